"""Pipeline: stages ``Document -> Document`` chained over a stream of documents.

See :mod:`deedsnlp.pipeline.base` for the protocol.
"""

from .base import FunctionStage, Stage, StageStats, run_stages
from .stages import (
    LEARN_LIMIT, STAGE_ORDER, STAGES, CheckStage, ClassifyStage, CleanStage, DedupStage, NormalizeStage, OutlineStage,
    SegmentStage, clean_corpus, cluster_ids, fit_cleaner, make_stage, to_record,
)

__all__ = [
    "FunctionStage", "Stage", "StageStats", "run_stages", "LEARN_LIMIT", "STAGE_ORDER", "STAGES", "CheckStage", "ClassifyStage",
    "CleanStage", "DedupStage", "NormalizeStage", "OutlineStage", "SegmentStage", "clean_corpus", "cluster_ids",
    "fit_cleaner", "make_stage", "to_record",
]
