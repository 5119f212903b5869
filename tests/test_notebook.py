"""The walkthrough notebook runs top to bottom on the shipped samples, and matches its build script."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK = NOTEBOOKS / "walkthrough.ipynb"


def _builder():
    spec = importlib.util.spec_from_file_location("make_walkthrough", NOTEBOOKS / "make_walkthrough.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_walkthrough", module)
    spec.loader.exec_module(module)
    return module


def test_notebook_is_built_by_its_script():
    """Edit notebooks/make_walkthrough.py, then run it: the committed notebook must be its output."""
    committed = nbformat.read(NOTEBOOK, as_version=4)
    built = _builder().build()
    assert [(c.cell_type, c.source) for c in committed.cells] == [(c.cell_type, c.source) for c in built.cells]


def test_committed_notebook_was_executed_without_errors():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "run notebooks/make_walkthrough.py to execute it"
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]


def test_notebook_executes():
    """Runs every cell in a fresh kernel; any exception fails the test (nbclient raises it)."""
    builder = _builder()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    builder.execute(nb, timeout=900)
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "reports loaded, 0 errors" in text
    if importlib.util.find_spec("deedsnlp.check"):
        assert "missing: [('载体活动" in text
