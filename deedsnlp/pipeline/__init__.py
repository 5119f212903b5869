"""Pipeline: stages ``Document -> Document`` chained over a stream of documents.

See :mod:`deedsnlp.pipeline.base` for the protocol.
"""

from .base import FunctionStage, Stage, StageStats, run_stages

__all__ = ["FunctionStage", "Stage", "StageStats", "run_stages"]
