"""The facts file: what a clerk knows about the branch (YAML or JSON), validated with pydantic.

>>> facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
...                      "members": {"total": 23, "full": 21, "probationary": 2}})
>>> facts.members.total, facts.unit_kind
(23, 'school')

Errors name the file and the key path (with the YAML/JSON line where it is known)::

    facts.yaml:5: members.total: Input should be a valid integer, unable to parse string as an integer (got 'abc')
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from ..classify.labels import LABELS
from ..errors import InputError
# the YAML alias guard, shared with every user YAML (profiles ...); re-exported here
from ..yamlsafe import YAML_MAX_DEPTH, YAML_MAX_NODES, refuse_yaml_bombs  # noqa: F401

#: unit kinds that templates and checker profiles know
UNIT_KINDS = ("school", "university", "village", "community", "enterprise", "hospital", "agency", "generic")
#: corpus org types accepted as aliases of a unit kind
ORG_TYPE_ALIASES = {
    "primary_school": "school", "secondary_school": "school", "state_enterprise": "enterprise",
    "private_enterprise": "enterprise", "public_institution": "agency", "social_org": "generic",
}
#: sections a facts file may give highlights for
HIGHLIGHT_SECTIONS = tuple(l for l in LABELS if l != "other")

_BLANK = re.compile(r"[xX]{2,}|某某|×{2,}|\*{2,}|＊{2,}|\{\{|\}\}")
#: larger counts in a facts file are reported as implausible, not used
MAX_FACT_COUNT = 1_000_000
NonNegInt = Field(default=None, ge=0, le=MAX_FACT_COUNT)
#: who an honour belongs to
HOLDERS = ("unit", "branch", "person")


def _no_blanks(value: str) -> str:
    m = _BLANK.search(value)
    if m:
        raise ValueError(f"contains the template blank {m.group(0)!r}; write the real value or leave the key out")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Members(BaseModel):
    """Member counts. ``total``, ``full`` (正式党员), ``probationary`` (预备党员), ``groups``
    (党小组), ``retired`` (离退休党员); further integer keys are kept as they are."""

    model_config = ConfigDict(extra="allow")

    total: int | None = NonNegInt
    full: int | None = NonNegInt
    probationary: int | None = NonNegInt
    groups: int | None = NonNegInt
    retired: int | None = NonNegInt

    @model_validator(mode="after")
    def _check(self) -> "Members":
        for key, value in (self.model_extra or {}).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{key}: extra member counts must be non-negative integers (got {value!r})")
        if self.total is not None and self.full is not None and self.probationary is not None:
            if self.full + self.probationary != self.total:
                raise ValueError(f"total ({self.total}) is not full + probationary "
                                 f"({self.full} + {self.probationary})")
        for part in ("full", "probationary", "retired"):
            value = getattr(self, part)
            if self.total is not None and value is not None and value > self.total:
                raise ValueError(f"{part} ({value}) is larger than total ({self.total})")
        return self


class Honor(_Model):
    """An honour: the year it was awarded and its title (``县级先进基层党组织``)."""

    year: int = Field(ge=1921, le=2100)
    title: str = Field(min_length=1)
    holder: str | None = None
    name: str | None = None

    _t = field_validator("title", "name")(lambda v: v if v is None else _no_blanks(v))

    @field_validator("holder")
    @classmethod
    def _holder(cls, value: str | None) -> str | None:
        if value is not None and value not in HOLDERS:
            raise ValueError(f"holder must be one of {', '.join(HOLDERS)} (the unit, the branch or one person)")
        return value

    def holder_kind(self) -> str:
        """The holder given, else the one the title tells (``文明校园``: the unit), else the branch."""
        if self.holder:
            return self.holder
        from ..check.regulations import honour_holder

        return honour_holder(self.title) or ("person" if self.name else "branch")


class Privacy(_Model):
    """What a draft may print about people: ``beneficiary_names`` (names of people who received
    help, in log titles and notes) is off unless the facts file turns it on."""

    beneficiary_names: bool = False


class Facts(_Model):
    """Everything a draft may state about the branch besides its logs."""

    org_name: str = Field(min_length=2)
    org_type: str
    year: int = Field(ge=1921, le=2100)
    title: str | None = None
    secretary: str | None = None
    members: Members | None = None
    activists: int | None = NonNegInt
    applicants: int | None = NonNegInt
    staff: int | None = NonNegInt
    honors: list[Honor] = Field(default_factory=list)
    highlights: dict[str, list[str]] = Field(default_factory=dict)
    privacy: Privacy = Field(default_factory=Privacy)
    date: _dt.date | None = None  # the date line of the .docx (成文日期); blank when not given
    _source: str = PrivateAttr(default="")

    _n = field_validator("org_name", "title", "secretary")(lambda v: v if v is None else _no_blanks(v))

    @field_validator("org_type")
    @classmethod
    def _kind(cls, value: str) -> str:
        value = value.strip()
        if value not in UNIT_KINDS and value not in ORG_TYPE_ALIASES:
            raise ValueError(f"unknown unit kind {value!r}; use one of {', '.join(UNIT_KINDS)}")
        return value

    @field_validator("highlights", mode="before")
    @classmethod
    def _highlights(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        out = {}
        for key, items in value.items():
            if key not in HIGHLIGHT_SECTIONS:
                raise ValueError(f"{key}: not a section label; use one of {', '.join(HIGHLIGHT_SECTIONS)}")
            items = [items] if isinstance(items, str) else items
            if isinstance(items, list):
                for i, item in enumerate(items):
                    if isinstance(item, str):
                        try:
                            _no_blanks(item)
                        except ValueError as exc:
                            raise ValueError(f"{key}.{i}: {exc}") from None
            out[key] = items
        return out

    @property
    def unit_kind(self) -> str:
        """The template/profile kind (``primary_school`` → ``school``)."""
        return ORG_TYPE_ALIASES.get(self.org_type, self.org_type)


def parse_facts(data: Any, source: str = "<facts>", lines: dict[tuple, int] | None = None) -> Facts:
    """Validate a parsed facts mapping; raise :class:`InputError` naming the bad key."""
    if not isinstance(data, dict):
        raise InputError(source, f"the facts file must be a mapping of keys to values, not {type(data).__name__}")
    try:
        return Facts.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(err["loc"])
        path = _key_path(loc)
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        if err["type"] == "less_than_equal" and isinstance(err.get("input"), int) and err["input"] > MAX_FACT_COUNT:
            msg = f"implausible value (more than {MAX_FACT_COUNT}); not used"
        elif err["type"] == "extra_forbidden":
            msg = "unknown key (check its spelling)"
        elif err["type"] == "missing":
            msg = "required key is missing"
        elif "input" in err and err["type"] not in ("value_error",) and not isinstance(err["input"], (dict, list)):
            msg += f" (got {err['input']!r})"
        line = _line_of(lines or {}, loc)
        where = f"{source}:{line}" if line else source
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(where, f"{path}: {msg}{more}" if path else msg + more) from None


def _key_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _line_of(lines: dict[tuple, int], loc: tuple) -> int | None:
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return None


def _yaml_lines(text: str) -> dict[tuple, int]:
    """1-based line of every key path of a YAML document (best effort)."""
    import yaml

    out: dict[tuple, int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return out

    def walk(node, path: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key = (*path, k.value)
                out[key] = k.start_mark.line + 1
                walk(v, key)
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                key = (*path, i)
                out[key] = v.start_mark.line + 1
                walk(v, key)

    if root is not None:
        walk(root, ())
    return out


def load_facts(path: str | Path) -> Facts:
    """Read and validate a facts file (``.yaml``/``.yml`` or ``.json``).

    Raises :class:`InputError` naming the file, the line where known, and the bad key path.
    """
    from ..loader import read_bytes

    name = str(path)
    return facts_from_bytes(read_bytes(name), name)


def facts_from_bytes(data: bytes, name: str = "facts.yaml") -> Facts:
    """A facts file held in memory (an upload); ``name`` gives the format by its suffix and labels
    the errors. Nothing is written to disk."""
    import yaml

    from ..encoding import decode_bytes

    text, _enc = decode_bytes(data, name)
    if not text.strip():
        raise InputError(name, "empty facts file")
    suffix = Path(name).suffix.lower()
    lines: dict[tuple, int] = {}
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{exc.lineno}", f"malformed JSON ({exc.msg}, column {exc.colno})") from None
    elif suffix in (".yaml", ".yml", ""):
        refuse_yaml_bombs(text, name)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{name}:{mark.line + 1}" if mark is not None else name
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(where, f"malformed YAML ({problem})") from None
        lines = _yaml_lines(text)
    else:
        raise InputError(name, "facts must be a .yaml, .yml or .json file")
    facts = parse_facts(data, name, lines)
    facts._source = name
    return facts


def facts_source(facts: Facts) -> str:
    """The file a :class:`Facts` was loaded from (``""`` when built in code)."""
    return facts._source
