"""The fixed section labels (ids are an interface: never rename them)."""

LABELS: tuple[str, ...] = (
    "overview", "study", "institutions", "carriers", "cadre_building", "integrity",
    "core_work", "achievements", "other",
)

LABEL_NAMES: dict[str, str] = {
    "overview": "基本情况",
    "study": "理论学习 / 思想政治建设",
    "institutions": "制度建设 / 组织建设",
    "carriers": "载体活动 / 特色活动 / 服务群众",
    "cadre_building": "干部队伍 / 党员队伍 / 人才队伍建设",
    "integrity": "党风廉政 / 作风建设",
    "core_work": "围绕中心 / 业务发展",
    "achievements": "工作成效 / 荣誉",
    "other": "其他",
}
