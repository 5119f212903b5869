"""HTML remnants: character entities (``&nbsp;`` ``&amp;``) and tags (``<br>`` ``</p>``).

Each becomes a :class:`Candidate` of kind ``html`` with its normalized replacement: entities their
character (a no-break space between Chinese text nothing), a block tag inside a line a line break,
any other tag nothing. :func:`masked_view` blanks them out (same length) for the other detectors.
"""

from __future__ import annotations

import html as _html
import re
from html.entities import html5 as _HTML5

from .patterns import junk_patterns
from .spans import Candidate

ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")
#: a Chinese character or mark near an entity (a page's text, not a link's query)
_CJK_NEAR_RE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—]")


def _truncated_entity(entity: str) -> str | None:
    """An entity whose name the page cut short (&ldqu; &rdqu;): the character of the one entity whose name it
    opens, the shortest (&ldqu; → “ of &ldquo;), else nothing (&hllp;: a remnant all the same); None for a name of
    another shape."""
    name = entity[1:-1]
    if not name.isascii() or not name.isalpha() or not 2 <= len(name) <= 8:
        return None
    names = sorted((k for k in _HTML5 if k.endswith(";") and k.startswith(name) and len(k) > len(name) + 1), key=len)
    return _HTML5[names[0]] if names and (len(names) == 1 or len(names[0]) < len(names[1])) else ""


#: a numeric entity whose ampersand the page lost (开展活动#xff0c;效果明显): the character all the same when it is
#: a Chinese character or punctuation
BROKEN_ENTITY_RE = re.compile(r"(?<![&A-Za-z0-9#])#(?:[xX][0-9a-fA-F]{2,6}|[0-9]{3,7});")
#: (Word's XML declarations and namespaced tags too: <?xml:namespace prefix = o … />, <o:p></o:p>)
TAG_RE = re.compile(r"<!--.*?-->|<\?xml[^<>\n]{0,300}>|</?([a-zA-Z][a-zA-Z0-9]{0,10}(?::[a-zA-Z][a-zA-Z0-9]{0,10})?)(?:\s[^<>\n]{0,300})?\s*/?>", re.S)
#: a tag written with entities, escaped twice by the page (&lt;p&gt;, &lt;/span&gt;): a tag all the same
ESCAPED_TAG_RE = re.compile(r"&lt;/?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^&<>\n]{0,300})?\s*/?&gt;")
_NBSP = {"\xa0", "\u3000", "\u2002", "\u2003", "\u2009"}


#: a script or a style element with its code, to its closing tag, or to the line's end where the excerpt cut it
#: (<script language=javascript> try { showAd(3,0,1); } catch(ex){} </script>)
_CODE_ELEMENT_RE = re.compile(r"<(script|style)\b[^<>]{0,300}>(?:[^<]{0,5000}?</\1\s*>|[^\n<]{0,5000}(?:</?[a-zA-Z]{0,6})?(?=\n|$))",
                              re.IGNORECASE)


def find_html(text: str) -> list[Candidate]:
    """HTML entities and tags in ``text``, with their replacements."""
    pats = junk_patterns()
    found: list[tuple[int, int, str, str]] = []  # start, end, kind(entity/tag), name
    escaped = [(m.start(), m.end(), "tag", m.group(1).lower()) for m in ESCAPED_TAG_RE.finditer(text)] if "&lt;" in text else []
    entities = list(ENTITY_RE.finditer(text))
    # the reach of each run of entities side by side (&bsp;&bsp;&bsp;): Chinese text near the run is near each of them
    reach = {}
    k = 0
    while k < len(entities):
        j = k
        while j + 1 < len(entities) and not text[entities[j].end() : entities[j + 1].start()].strip():
            j += 1
        for i in range(k, j + 1):
            reach[i] = (entities[k].start(), entities[j].end())
        k = j + 1
    for i, m in enumerate(entities):
        if escaped and any(a <= m.start() < b for a, b, _, _ in escaped):
            continue  # part of a tag written with entities (&lt;p&gt;)
        value = _html.unescape(m.group())
        a, b = reach[i]
        if value != m.group():
            found.append((m.start(), m.end(), "entity", value))
        elif (value := _truncated_entity(m.group())) is not None and _CJK_NEAR_RE.search(text, max(0, a - 4), b + 4):
            found.append((m.start(), m.end(), "entity", value))
    if "#" in text:
        for m in BROKEN_ENTITY_RE.finditer(text):
            value = _html.unescape("&" + m.group())
            if len(value) == 1 and ord(value) >= 0x2000:  # a Chinese character or punctuation (#123; is no lost entity)
                found.append((m.start(), m.end(), "entity", value))
    found += escaped
    code = [(m.start(), m.end()) for m in _CODE_ELEMENT_RE.finditer(text)] if "<s" in text or "<S" in text else []
    for a, b in code:  # a script or a style with its code: the code is no text of the page
        found.append((a, b, "tag", "script"))
    for m in TAG_RE.finditer(text):
        if code and any(a <= m.start() < b for a, b in code):
            continue
        name = (m.group(1) or "").lower()
        found.append((m.start(), m.end(), "tag", name))
    if not found:
        return []
    found.sort()
    spans = [(s, e) for s, e, _, _ in found]
    out: list[Candidate] = []
    last_end = -1
    for i, (s, e, what, value) in enumerate(found):
        if s < last_end:
            continue
        last_end = e
        before = _line_text_before(text, s, spans)
        after = _line_text_after(text, e, spans)
        if what == "entity":
            rep = value
            if value in _NBSP:
                prev = text[s - 1] if s > 0 else "\n"
                nxt = text[e] if e < len(text) else "\n"
                ascii_both = prev.isascii() and nxt.isascii() and not prev.isspace() and not nxt.isspace()
                rep = " " if ascii_both and before and after else ""
            reason = f"HTML entity {text[s:e]} → {rep!r}"
        else:
            if value in pats.block_tags and before and after:
                rep = "\n"
                reason = f"HTML tag {text[s:e]} inside a line → line break"
            elif value == "script":
                rep = ""
                reason = f"HTML script or style with its code removed: {text[s:e][:40]}"
            else:
                rep = ""
                reason = f"HTML tag {text[s:e]} removed"
        # the actions are removed / flagged / restored: an entity or tag remnant is removed and
        # its normalized replacement (a space, a line break, the character) is in data["replacement"]
        out.append(Candidate("html", s, e, "removed", reason, replacement=rep, priority=1))
    return out


def _line_text_before(text: str, pos: int, spans) -> bool:
    """Is there non-space text, html aside, between the line start and ``pos``?"""
    ls = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    chunk = _strip_spans(text, ls, pos, spans)
    return bool(chunk.strip())


def _line_text_after(text: str, pos: int, spans) -> bool:
    cands = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    le = min(cands) if cands else len(text)
    chunk = _strip_spans(text, pos, le, spans)
    return bool(chunk.strip())


def _strip_spans(text: str, a: int, b: int, spans) -> str:
    parts = []
    pos = a
    for s, e in spans:
        if e <= a or s >= b:
            continue
        if s > pos:
            parts.append(text[pos:s])
        pos = max(pos, e)
    if pos < b:
        parts.append(text[pos:b])
    return "".join(parts).replace("&nbsp;", "")


def masked_view(text: str, candidates: list[Candidate]) -> str:
    """``text`` with each html span blanked to spaces (a line break at its end when it becomes one)."""
    if not candidates:
        return text
    out = []
    pos = 0
    for c in sorted(candidates, key=lambda c: c.start):
        out.append(text[pos : c.start])
        n = c.end - c.start
        out.append(" " * (n - 1) + "\n" if c.replacement == "\n" else " " * n)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)
