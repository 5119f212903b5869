"""The package's modules bind each top-level name once: a second rule given an existing name silently replaces the
first (a regex, a function), and every use of the name then reads the second. A name may be bound again only from
its own earlier value (``X = wrap(X)``) or after a ``None`` placeholder."""

from __future__ import annotations

import ast
from pathlib import Path

import deedsnlp

PACKAGE = Path(deedsnlp.__file__).parent


def _rebound(tree: ast.Module) -> list[str]:
    first: dict[str, ast.AST] = {}
    out = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound = [(node.name, None)]
        elif isinstance(node, ast.Assign):
            bound = [(t.id, node.value) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound = [(node.target.id, node.value)]
        else:
            continue
        for name, value in bound:
            if name in first:
                earlier = first[name]
                placeholder = isinstance(earlier, ast.Constant) and earlier.value is None
                refines = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
                if not (placeholder or refines):
                    out.append(f"{name} (line {node.lineno})")
            first[name] = value
    return out


def test_no_module_binds_a_top_level_name_twice():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        twice = _rebound(ast.parse(path.read_text(encoding="utf-8")))
        if twice:
            found[str(path.relative_to(PACKAGE))] = twice
    assert not found, found


def test_the_check_finds_a_second_rule_of_one_name():
    src = "import re\nA = re.compile('x')\nB = None\nB = 1\nC = re.compile('y')\nC = wrap(C)\ndef f(): pass\nA = re.compile('z')\ndef f(): pass\n"
    assert _rebound(ast.parse(src)) == ["A (line 8)", "f (line 9)"]
