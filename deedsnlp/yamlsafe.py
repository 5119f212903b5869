"""YAML for deedsnlp: one guard for files users give, one fast loader for every YAML text.

* :func:`refuse_yaml_bombs` — a user's YAML (facts, profiles, recipes) is refused before anything
  is constructed when its aliases would expand beyond :data:`YAML_MAX_NODES` nodes ("billion
  laughs") or its collections nest deeper than :data:`YAML_MAX_DEPTH`. It reads the parser's event
  stream only, so memory stays flat whatever the aliases multiply to.
* :func:`safe_load` — :func:`yaml.safe_load` through LibYAML's ``CSafeLoader`` when PyYAML has it
  (the same data, some ten times faster: the shipped pattern and rule files cost ~0.1 s of every
  command's start-up with the pure-Python loader), else the pure-Python ``SafeLoader``.
* :func:`load_untrusted` — both, for a user's file.

>>> safe_load("a: &x [1, 2]\\nb: *x\\n")
{'a': [1, 2], 'b': [1, 2]}
>>> load_untrusted("a: [1, [2, [3]]]", "f.yaml", max_depth=2)
Traceback (most recent call last):
...
deedsnlp.errors.InputError: f.yaml:1: YAML nested deeper than 2 levels (refused before loading)
"""

from __future__ import annotations

from typing import Any

from .errors import InputError

__all__ = ["YAML_MAX_NODES", "YAML_MAX_DEPTH", "refuse_yaml_bombs", "safe_load", "load_untrusted", "safe_loader"]

#: most YAML nodes a user's file may stand for once its aliases are expanded (a real facts or
#: profile file has ~100)
YAML_MAX_NODES = 20_000
#: deepest nesting of YAML collections in a user's file
YAML_MAX_DEPTH = 64


def safe_loader():
    """PyYAML's safe loader class: LibYAML's ``CSafeLoader`` when built in, else ``SafeLoader``."""
    import yaml

    return getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


def safe_load(text: str) -> Any:
    """:func:`yaml.safe_load` of ``text`` with the fastest safe loader PyYAML has (no guard: for
    shipped data and for texts :func:`refuse_yaml_bombs` has passed). Raises ``yaml.YAMLError``."""
    import yaml

    return yaml.load(text, Loader=safe_loader())  # noqa: S506 - a safe loader


def refuse_yaml_bombs(text: str, name: str, max_nodes: int = YAML_MAX_NODES, max_depth: int = YAML_MAX_DEPTH) -> None:
    r""":class:`InputError` naming ``name`` and the line when a YAML text would expand beyond
    ``max_nodes`` nodes through its aliases ("billion laughs") or nests deeper than ``max_depth``.
    Reads the parser's event stream only — nothing is constructed or walked. Malformed YAML passes
    (the loader reports it with its line).

    >>> refuse_yaml_bombs("a: &x [1, 2]\nb: *x\n", "f.yaml")
    >>> bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    ...     f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    >>> refuse_yaml_bombs(bomb, "f.yaml")
    Traceback (most recent call last):
    ...
    deedsnlp.errors.InputError: f.yaml:5: YAML aliases expand to more than 20000 nodes (refused before loading)
    """
    import yaml

    sizes: dict[str, int] = {}
    stack: list[list] = [[None, 0]]  # [anchor, nodes so far] of each open collection
    total = 0
    try:
        # the pure-Python parser: LibYAML stops at 1,000 levels with a YAMLError that would read as
        # "malformed" here, and the loader behind would then recurse past Python's stack
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                stack.append([event.anchor, 1])
                if len(stack) > max_depth + 1:
                    raise InputError(f"{name}:{event.start_mark.line + 1}",
                                     f"YAML nested deeper than {max_depth} levels (refused before loading)")
                continue
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                anchor, size = stack.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor, 1)
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            stack[-1][1] += size
            total = max(total, sum(n for _, n in stack))
            if total > max_nodes:
                raise InputError(f"{name}:{event.start_mark.line + 1}",
                                 f"YAML aliases expand to more than {max_nodes} nodes (refused before loading)")
    except yaml.YAMLError:
        return  # malformed: the loader reports it with its line


def load_untrusted(text: str, name: str, max_nodes: int = YAML_MAX_NODES, max_depth: int = YAML_MAX_DEPTH) -> Any:
    """A user's YAML text: :func:`refuse_yaml_bombs`, then :func:`safe_load` (``yaml.YAMLError``
    for malformed YAML is left to the caller, which knows how to word it)."""
    refuse_yaml_bombs(text, name, max_nodes, max_depth)
    return safe_load(text)
