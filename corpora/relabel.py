"""Apply the mechanical rules of the taxonomy guide (README.md) to the labelled corpus.

Run from the repository root: ``python corpora/relabel.py [FILE ...]`` (default: every file of
``corpora/labelled``); then ``python corpora/build.py``. Only the ``label`` of the paragraphs a
rule names changes; every other line of a file is left byte for byte. Prints what changed.

Rules (the guide's cases that a pattern can decide; the others are judged by the writer):

* a body paragraph opening with an outlook (下一步, 今后, 未来, 展望未来…), or whose outlook
  sentences make up two thirds of it or more, → ``other``;
* a paragraph labelled ``institutions`` whose lead is about recruiting members (发展党员,
  入党积极分子, 推优入党…), or whose first sentences speak of recruiting and that names no
  organisational system (三会一课, 组织生活, 民主评议, 主题党日, 制度), → ``cadre_building``;
* a paragraph labelled ``cadre_building`` whose lead names a post, badge or campaign (亮身份,
  示范岗, 先锋岗, 责任区) → ``carriers``;
* a paragraph labelled ``study`` whose lead is 党纪学习教育 / 警示教育 / 廉政教育 → ``integrity``;
* a paragraph labelled ``study`` whose lead is 课程思政 → ``core_work``.

Only the standard library is used.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）][、.．]?|\d{1,2}[、.．]|"
                    r"第[一二三四五六七八九十]{1,3}[，,、]|[①-⑳])\s*")
OUTLOOK = re.compile(r"^(?:下一步|今后|在今后|未来|展望未来|展望新|面向未来|新的一年|站在新的起点)")
RECRUIT = re.compile(r"发展党员|党员发展|入党积极分子|发展对象|推优入党|预备党员转正|党员队伍发展")
DISCIPLINE = re.compile(r"党纪学习教育|警示教育|廉政教育|廉洁教育")
IDEOLOGY_IN_TEACHING = re.compile(r"课程思政")
OUTLOOK_SENTENCE = re.compile(r"(?<=[。！；!;])\s*(?:下一步|今后|在今后|未来|展望未来|站在新的起点)")
SYSTEMS = re.compile(r"三会一课|组织生活|民主评议|主题党日|制度|党务公开")
POSTS = re.compile(r"亮身份|示范岗|先锋岗|责任区")
LEAD = 25


def rule(row: dict) -> str | None:
    """The label the guide gives ``row``, or None when no mechanical rule applies."""
    text = MARKER.sub("", row["text"], count=1)
    lead = text[:LEAD]
    label = row["label"]
    if row.get("noise"):
        return None
    if not row["is_heading"] and label != "other" and OUTLOOK.match(text):
        return "other"
    m = OUTLOOK_SENTENCE.search(text)
    if not row["is_heading"] and label == "achievements" and m is not None and m.start() <= len(text) / 3:
        return "other"
    if label == "institutions" and (RECRUIT.search(lead) or RECRUIT.search(text[: 2 * LEAD]) and not SYSTEMS.search(text)):
        return "cadre_building"
    if label == "cadre_building" and POSTS.search(lead):
        return "carriers"
    if label == "study" and DISCIPLINE.search(lead):
        return "integrity"
    if label == "study" and IDEOLOGY_IN_TEACHING.search(lead):
        return "core_work"
    return None


def relabel_file(path: Path) -> list[tuple[int, str, str, str]]:
    changes = []
    lines = path.read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        row = json.loads(line)
        new = rule(row)
        if new is None or new == row["label"]:
            continue
        changes.append((row["index"], row["label"], new, row["text"][:40]))
        row["label"] = new
        lines[n] = json.dumps(row, ensure_ascii=False)
    if changes:
        path.write_text("\n".join(lines), encoding="utf-8")
    return changes


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or sorted((HERE / "labelled").glob("*.jsonl"))
    total = 0
    for path in files:
        for index, old, new, text in relabel_file(path):
            print(f"{path.stem}:{index}: {old} -> {new}: {text}")
            total += 1
    print(f"{total} paragraphs relabelled in {len(files)} files")


if __name__ == "__main__":
    main(sys.argv[1:])
