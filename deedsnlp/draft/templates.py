"""Section templates (Jinja2) and the traced rendering that turns them into sentences.

Templates live in ``deedsnlp/data/templates/<section>/<kind>.j2`` (``generic.j2`` is the
fallback of every unit kind); a user folder with the same layout is searched first. A rendered
template is line-oriented: ``# `` starts a section heading, ``## `` a sub-heading, ``### `` a
third-level heading; other lines are body text, and a blank line ends a paragraph (lines of one
paragraph are joined without a separator, as Chinese text is).

Traceability is structural:

* every ``{{ ... }}`` goes through ``finalize``: a traced value (:class:`~deedsnlp.draft.traced.Num`,
  :class:`~deedsnlp.draft.traced.Day`, :class:`~deedsnlp.draft.traced.Text`) becomes a private
  token that is swapped back for its text after rendering, and recorded on the sentence it ends
  up in; a bare ``int``/``float`` or a string with digits is refused (:class:`UntracedNumber`);
* a missing fact (``None`` or an undefined name) renders as a *hole*, and the sentence that
  contains a hole is dropped — no blanks, no placeholders;
* literal template text with an Arabic digit is refused the same way.

Phrasings are chosen with ``one_of("…", "…")`` and ``variant(n)``, deterministically from the
seed, the section and the options (``random.Random`` over a string: stable across runs).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..text.sentences import sentence_pattern
from .traced import Traced, TracedSentence

OPEN, CLOSE, HOLE = "\ue000", "\ue001", "\ue002"
_TOKEN = re.compile(OPEN + r"(\d+)" + CLOSE)
_SENTENCE = sentence_pattern("。！？", "”’」』）)", newline=False)
_DIGIT = re.compile(r"\d")


class UntracedNumber(InputError):
    """A template tried to state a number that is not a traced fact or log value."""


def packaged_template_dir() -> Path:
    return Path(str(resources.files("deedsnlp.data").joinpath("templates")))


class Tracer:
    """Collects the traced values a render outputs; each becomes a token in the text."""

    def __init__(self) -> None:
        self.values: list[Traced] = []

    def token(self, value: Traced) -> str:
        self.values.append(value)
        return f"{OPEN}{len(self.values) - 1}{CLOSE}"


@dataclass
class RenderedBlock:
    """A heading (``level`` 1–3) or a paragraph (``level`` 0) of a rendered template."""

    level: int
    sentences: list[TracedSentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)


def _make_env(template_dir: str | Path | None):
    from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, pass_context
    from jinja2.sandbox import SandboxedEnvironment

    class HoleUndefined(ChainableUndefined):
        """A missing fact: renders as a hole (its sentence is dropped), is false, iterates empty."""

        def __str__(self) -> str:
            return HOLE

    @pass_context
    def finalize(ctx, value):
        tracer: Tracer = ctx["_tracer"]
        if isinstance(value, Traced):
            return tracer.token(value)
        if value is None or isinstance(value, HoleUndefined):
            return HOLE
        if isinstance(value, (bool, int, float, Decimal)):
            raise UntracedNumber(ctx.name or "<template>", f"outputs the bare number {value!r}; numbers must be "
                                 "facts, log values or their aggregates (traced values)")
        if isinstance(value, (list, tuple, dict, set)):
            raise UntracedNumber(ctx.name or "<template>", "outputs a whole list; use the join_items filter")
        text = str(value)
        if _DIGIT.search(_TOKEN.sub("", text)):
            raise UntracedNumber(ctx.name or "<template>", f"outputs a string with digits that is not a traced value: {text!r}")
        return text

    @pass_context
    def one_of(ctx, *options: str) -> str:
        if not options:
            return ""
        return options[_pick(ctx, "one_of", len(options), "\x1f".join(map(str, options)))]

    @pass_context
    def variant(ctx, n: int, name: str = "") -> int:
        return _pick(ctx, "variant", int(n), name)

    @pass_context
    def join_items(ctx, items, limit: int | None = None, sep: str = "、", last: str = "和", etc: str = "等") -> str:
        """Traced items joined ``A、B和C``; at most ``limit`` of them, then ``A、B等`` when some
        were left out."""
        tracer: Tracer = ctx["_tracer"]
        items = [x for x in (items or []) if x]
        more = limit is not None and len(items) > int(limit)
        if more:
            items = items[: int(limit)]
        parts = [tracer.token(x) if isinstance(x, Traced) else finalize(ctx, x) for x in items]
        if not parts:
            return HOLE

        shown = {p: (x.display() if isinstance(x, Traced) else str(x)) for p, x in zip(parts, items)}

        def visible(text: str) -> str:
            return shown.get(text, text)

        out = parts[0]
        for i, p in enumerate(parts[1:], start=1):
            if visible(parts[i - 1]).endswith("》") and visible(p).startswith("《"):
                out += p  # no 顿号 between titles in 《》
            else:
                out += (sep if more or i < len(parts) - 1 else last) + p
        return out + etc if more else out

    @pass_context
    def as_sentence(ctx, value) -> str:
        """A traced text as a sentence: ends with 。 unless it already ends a sentence."""
        text = finalize(ctx, value)
        raw = str(value) if value is not None else ""
        return text if raw.endswith(("。", "！", "？", "”", "」")) else text + "。"

    loaders = []
    if template_dir is not None:
        d = Path(template_dir)
        if not d.is_dir():
            raise InputError(str(d), "template folder not found")
        loaders.append(FileSystemLoader(str(d)))
    loaders.append(FileSystemLoader(str(packaged_template_dir())))
    env = SandboxedEnvironment(loader=ChoiceLoader(loaders), undefined=HoleUndefined, finalize=finalize,
                               trim_blocks=True, lstrip_blocks=True, autoescape=False, keep_trailing_newline=True)
    def sum_field(items, name: str):
        """Traced sum of ``name`` over items (types or totals); undefined when none has it."""
        from .traced import sum_of

        return sum_of(getattr(x, name, None) for x in (items or []) if x)

    def _narrator(ctx):
        from .narrate import Narrator

        org = ctx.get("org")
        return Narrator(ctx["_tracer"].token, seed=ctx.get("_seed", 0), org="" if org is None else str(org),
                        section=ctx.get("_section", ""), kind_words=dict(ctx.get("kind") or {}),
                        year=ctx.get("year"), vocab=ctx.get("vocab"), shortfalls=ctx.get("shortfalls") or (),
                        campaign=ctx.get("campaign"), spirit=ctx.get("spirit"), private=ctx.get("private", True),
                        rich=int(ctx.get("rich") or 0), max_rows=int(ctx.get("max_rows") or 12))

    @pass_context
    def section_lead(ctx) -> str:
        """The section's opening paragraph (framed by the year's campaign in ``study``)."""
        return "".join(_narrator(ctx).lead())

    @pass_context
    def section_body(ctx) -> list:
        """Sub-headings and paragraphs telling the section's log rows (:mod:`.narrate`)."""
        return _narrator(ctx).body(ctx.get("agg"))

    env.globals.update(one_of=one_of, variant=variant, sum_field=sum_field, section_lead=section_lead,
                       section_body=section_body)
    env.filters.update(join_items=join_items, as_sentence=as_sentence)
    return env


def _pick(ctx, what: str, n: int, key: str) -> int:
    if n <= 1:
        return 0
    seed = ctx.get("_seed", 0)
    org = ctx.get("org")
    where = f"{'' if org is None else org}|{ctx.get('_section', '')}|{ctx.name or ''}"
    return random.Random(f"{seed}|{where}|{what}|{key}").randrange(n)


class TemplateSet:
    """The templates of a folder (searched first) and the packaged ones."""

    def __init__(self, template_dir: str | Path | None = None):
        self.template_dir = Path(template_dir) if template_dir is not None else None
        self.env = _make_env(template_dir)

    def find(self, section: str, kind: str):
        """The template of ``section`` for unit ``kind`` (``generic`` as fallback), or None."""
        from jinja2 import TemplateNotFound

        for name in (f"{section}/{kind}.j2", f"{section}/generic.j2"):
            try:
                return self.env.get_template(name)
            except TemplateNotFound:
                continue
        return None

    def kinds(self) -> dict[str, dict[str, str]]:
        """Words per unit kind (``templates/kinds.yaml``), the user folder's entries first."""
        import yaml

        out: dict[str, dict[str, str]] = {}
        for d in [packaged_template_dir(), self.template_dir]:
            if d is None or not (d / "kinds.yaml").is_file():
                continue
            data = yaml.safe_load((d / "kinds.yaml").read_text("utf-8")) or {}
            for k, words in data.items():
                out.setdefault(k, {}).update(words or {})
        return out

    def period(self, year: int) -> dict[str, str]:
        """Wording for the report year (``templates/periods.yaml``; the user folder's first)."""
        import yaml

        for d in [self.template_dir, packaged_template_dir()]:
            if d is None or not (d / "periods.yaml").is_file():
                continue
            for p in yaml.safe_load((d / "periods.yaml").read_text("utf-8")) or []:
                if int(p.get("from", 0)) <= year <= int(p.get("to", 9999)):
                    return {k: v for k, v in p.items() if k not in ("from", "to")}
        return {}

    def render(self, section: str, kind: str, context: dict[str, Any], *, seed: int = 0) -> list[RenderedBlock]:
        """Render the template of ``section`` into blocks of traced sentences (empty if none)."""
        template = self.find(section, kind)
        if template is None:
            return []
        tracer = Tracer()
        text = template.render(**context, _tracer=tracer, _seed=seed, _section=section)
        return split_blocks(text, tracer.values, template.name or section)


def split_blocks(text: str, values: list[Traced], name: str = "<template>") -> list[RenderedBlock]:
    """Rendered template text → heading and paragraph blocks of traced sentences.

    Sentences with a hole are dropped, then paragraphs left empty, then headings with nothing
    under them.
    """
    raw: list[tuple[int, str]] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            raw.append((0, "".join(buf)))
            buf.clear()

    for line in text.split("\n"):
        s = line.strip()
        if not s:
            flush()
            continue
        m = re.match(r"^(#{1,3})\s+(.*)$", s)
        if m:
            flush()
            raw.append((len(m.group(1)), m.group(2).strip()))
        else:
            buf.append(s)
    flush()

    blocks: list[RenderedBlock] = []
    for level, body in raw:
        parts = [body] if level else [p for p in _SENTENCE.findall(body) if p.strip()]
        sentences = [s for s in (_sentence(p.strip(), values, name) for p in parts) if s is not None]
        if sentences:
            blocks.append(RenderedBlock(level, sentences))
    # drop headings that have nothing under them (before the next heading of the same or a higher level)
    keep: list[RenderedBlock] = []
    for i, b in enumerate(blocks):
        if b.level:
            has_body = False
            for nxt in blocks[i + 1:]:
                if nxt.level and nxt.level <= b.level:
                    break
                if not nxt.level:
                    has_body = True
                    break
            if not has_body:
                continue
        keep.append(b)
    return keep


def _sentence(text: str, values: list[Traced], name: str) -> TracedSentence | None:
    if HOLE in text or not text:
        return None
    literal = _TOKEN.sub("", text)
    if _DIGIT.search(literal):
        raise UntracedNumber(name, f"template text states a number that is not a traced value: {literal!r}")
    used: list[Traced] = []

    def sub(m: re.Match[str]) -> str:
        v = values[int(m.group(1))]
        used.append(v)
        return v.display()

    return TracedSentence(_TOKEN.sub(sub, text), used)


@lru_cache(maxsize=8)
def default_templates(template_dir: str | None = None) -> TemplateSet:
    return TemplateSet(template_dir)
