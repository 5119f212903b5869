"""Scoring a cleaner on annotated real pages (the schema of ``../shared/realpages/README.md``).

A folder holds ``pages/<stem>.txt`` and ``annotations.json``; per page: ``junk`` (substrings to
remove, every occurrence), ``repeat_junk`` (repeated titles: exactly one copy stays), ``keep``
(body substrings that must survive), ``masks`` (``text`` inside ``context``; ``kind`` placeholder
or censor) and ``pinyin_glosses`` (how many ``業(yè)`` glosses the page carries).

Used by ``bench/clean.py``; the pages are read at run time and never stored.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

#: a pinyin gloss: parentheses around one toned pinyin syllable, maybe a space before the closing one
#: (業(yè), 獲(huò )) (to compare keep strings)
GLOSS_RE = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7} ?[)）]")

#: a gloss cut by a keep string's end or start (…結(jié)構(gòu, ò)…): half a gloss, not body
_GLOSS_PART_RE = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ ]{0,7}$|^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ ]{0,7}[)）]")


def _body_of(keep: str) -> str:
    """A keep string without its glosses, whole or cut at its ends."""
    return _GLOSS_PART_RE.sub("", GLOSS_RE.sub("", keep))


def load_pages(folder: Path) -> list[dict]:
    from _realpages import load_annotations  # one reader of realpages-style folders for both benches

    pages_dir, ann = load_annotations(folder)
    out = []
    for stem, a in sorted(ann.items()):
        path = pages_dir / f"{stem}.txt"
        if path.exists():
            out.append({"id": stem, "text": path.read_text(encoding="utf-8"), **a})
    return out


_SPACE_RE = re.compile(r"\s+")


def _occurrences(text: str, sub: str) -> list[int]:
    out, k = [], text.find(sub) if sub else -1
    while k >= 0:
        out.append(k)
        k = text.find(sub, k + 1)
    return out


def score_pages(pages: list[dict], clean_fn, show: int = 0) -> dict:
    """``clean_fn(text) -> (cleaned_text, findings)`` with findings carrying raw offsets and actions."""
    junk_got = junk_total = 0
    rep_got = rep_total = 0
    keep_got = keep_total = 0
    title_got = title_total = 0
    mask_got = mask_total = 0
    kind_got: Counter = Counter()
    kind_total: Counter = Counter()
    gloss_left = gloss_total = 0
    flagged_extra = 0
    misses, losses, mask_misses = [], [], []
    for page in pages:
        text = page["text"]
        cleaned, findings = clean_fn(text)
        removed = bytearray(len(text))
        # a gloss is neither junk nor body (the README lists glosses apart): its characters count
        # for no junk string, so one inside a repeated title does not make that copy look removed
        neutral = bytearray(len(text))
        for g in GLOSS_RE.finditer(text):
            neutral[g.start() : g.end()] = b"\x01" * (g.end() - g.start())
        flags = []
        for f in findings:
            if f.action in ("removed", "restored") and f.kind not in ("mask", "placeholder"):
                removed[f.start : f.end] = b"\x01" * (f.end - f.start)
            elif f.kind in ("mask", "placeholder"):
                flags.append((f.start, f.end))
        repeat = set(page.get("repeat_junk") or [])
        for j in page.get("junk") or []:
            occ = _occurrences(text, j)
            if j in repeat:
                rep_total += 1
                left = sum(1 for k in occ if _kept_share(text, removed, k, k + len(j), neutral) > 0.5)
                ok = left == 1
                rep_got += ok
                if not ok and len(misses) < show:
                    misses.append((page["id"], f"repeat title, {left} copies left", j[:60]))
                continue
            junk_total += 1
            ok = all(_kept_share(text, removed, k, k + len(j), neutral) <= 0.1 for k in occ)
            junk_got += ok
            if not ok and len(misses) < show:
                misses.append((page["id"], "junk", j[:70]))
        for kstr in page.get("keep") or []:
            keep_total += 1
            ok = _body_of(kstr) in GLOSS_RE.sub("", cleaned)
            keep_got += ok
            if not ok and len(losses) < show:
                losses.append((page["id"], kstr))
        title = page.get("title")
        if title and title in text:  # the report's own title: its words left once the junk inside it is out
            want = title
            for j in sorted(page.get("junk") or [], key=len, reverse=True):
                if j not in repeat and j.strip() and j.strip() != title.strip():
                    want = want.replace(j, "")
            want = _SPACE_RE.sub("", GLOSS_RE.sub("", want))
            if want:
                title_total += 1
                ok = want in _SPACE_RE.sub("", GLOSS_RE.sub("", cleaned))
                title_got += ok
                if not ok and len(losses) < show:
                    losses.append((page["id"], f"title: {title}"))
        used = set()
        for m in page.get("masks") or []:
            mask_total += 1
            kind_total[m["kind"]] += 1
            ok = False
            for c in _occurrences(text, m["context"]):
                k = text.find(m["text"], c, c + len(m["context"]))
                if k < 0:
                    continue
                s, e = k, k + len(m["text"])
                if any(fs < e and s < fe for fs, fe in flags):
                    ok = True
                    used.add((s, e))
                    break
            mask_got += ok
            kind_got[m["kind"]] += ok
            if not ok and len(mask_misses) < show:
                mask_misses.append((page["id"], m["kind"], m["context"]))
        if "masks" in page:
            flagged_extra += sum(1 for s, e in flags if not any(s < b and a < e for a, b in used))
        n = page.get("pinyin_glosses") or 0
        gloss_total += n
        gloss_left += min(n, len(GLOSS_RE.findall(cleaned)))
    return {
        "pages": len(pages), "junk": (junk_got, junk_total), "repeat": (rep_got, rep_total), "keep": (keep_got, keep_total),
        "titles": (title_got, title_total),
        "masks": (mask_got, mask_total), "mask_kinds": {k: (kind_got[k], kind_total[k]) for k in kind_total},
        "glosses": (gloss_total - gloss_left, gloss_total), "flags_unannotated": flagged_extra,
        "misses": misses, "losses": losses, "mask_misses": mask_misses,
    }


def _kept_share(text: str, removed: bytearray, s: int, e: int, neutral: bytearray | None = None) -> float:
    idx = [i for i in range(s, e) if not text[i].isspace() and not (neutral and neutral[i])]
    if not idx:
        return 0.0
    return sum(1 for i in idx if not removed[i]) / len(idx)


def rows(res: dict) -> list[tuple[str, str]]:
    def frac(pair):
        a, b = pair
        return f"{a}/{b} = {a / max(b, 1):.3f}"

    out = [
        ("pages", str(res["pages"])),
        ("junk pieces removed (every occurrence)", frac(res["junk"])),
        ("repeated titles: exactly one copy left", frac(res["repeat"])),
        ("body (keep) strings kept", frac(res["keep"])),
        ("report titles kept (junk inside them out)", frac(res["titles"])),
        ("masks and placeholders flagged", frac(res["masks"])),
    ]
    for k, pair in sorted(res["mask_kinds"].items()):
        out.append((f"  {k}", frac(pair)))
    out += [
        ("pinyin glosses removed", frac(res["glosses"])),
        ("flags on unannotated spans", str(res["flags_unannotated"])),
    ]
    return out
