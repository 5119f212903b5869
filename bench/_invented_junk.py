"""Junk in wordings the cleaner was not written from: pieces invented by writers who never saw the code.

``bench/data/invented_junk/set*.json`` hold four sets of 400 pieces each (16 kinds: copyright notices,
breadcrumbs, navigation, page fields, bylines, contact blocks, teasers, document-site headers, gambling
brands, random strings, related links, captions, prompts, mastheads, advertisements, editor's notes),
written by four helpers from the kinds' names alone, each told where the piece stands on a page: a line of
its own (``line``), the page's head or foot, spliced into a sentence (``inline``), glued before a
paragraph's first words (``lead``) or after its last sentence (``tail``). Every name in them is invented.
Sets 1-3 were looked at while the cleaner was changed (development); set 4 was scored on arrival and
its misses were not looked at (see the README's bench row for the figures at that time).

The pieces are put, three to a document, into the clean text of the labelled reports (the synthetic
corpus's clean documents, seeded), the batch is cleaned with the CLI's defaults (a learning pass over the
batch, then cleaning; suggestions do not change what is removed, so they are off), and each piece counts as
removed when at most a tenth of its characters stay. Body characters removed are counted too.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "invented_junk"
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def build(pieces: list[dict], docs: dict[str, list[str]], seed: int = 0, per: int = 3) -> list[tuple[str, str, list]]:
    """Documents with the pieces put in: (name, text, spans), a span (start, end, piece index or None)."""
    rnd = random.Random(seed)
    names = sorted(docs)
    rnd.shuffle(names)
    order = list(range(len(pieces)))
    rnd.shuffle(order)
    built = []
    for di, batch in enumerate(order[i : i + per] for i in range(0, len(order), per)):
        lines = list(docs[names[di % len(names)]])
        n = len(lines)
        body = [i for i in range(1, n) if len(lines[i]) >= 40]
        if not body:
            continue
        segs = [[(line, None)] for line in lines]
        before, after = defaultdict(list), defaultdict(list)
        for p in batch:
            where, text = pieces[p]["where"], pieces[p]["text"]
            if where == "head":
                (before if rnd.random() < 0.5 else after)[0].append((text, p))
            elif where == "foot":
                after[n - 1].append((text, p))
            elif where == "line":
                after[rnd.choice(body[:-1] or body)].append((text, p))
            else:
                i = body[0] if where == "lead" else rnd.choice(body)
                cur = segs[i]
                if where == "lead":
                    segs[i] = [(text, p)] + cur
                elif where == "tail":
                    segs[i] = cur + [(text, p)]
                else:  # inline: between two Chinese characters of the line's longest stretch of body
                    k = max(range(len(cur)), key=lambda k: len(cur[k][0]) if cur[k][1] is None else -1)
                    s = cur[k][0]
                    cuts = [j for j in range(8, len(s) - 8) if _CJK_PAIR.match(s, j - 1)]
                    if not cuts:
                        segs[i] = cur + [(text, p)]
                        continue
                    j = rnd.choice(cuts)
                    segs[i] = cur[:k] + [(s[:j], None), (text, p), (s[j:], None)] + cur[k + 1 :]
        out = []
        for i in range(n):
            out += [[piece] for piece in before[i]]
            out.append(segs[i])
            out += [[piece] for piece in after[i]]
        text, spans = "", []
        for li, line in enumerate(out):
            if li:
                text += "\n"
            for t, p in line:
                spans.append((len(text), len(text) + len(t), p))
                text += t
        built.append((names[di % len(names)], text, spans))
    return built


def score(cleaner, pieces: list[dict], built: list[tuple[str, str, list]], show: int = 0) -> dict:
    """Pieces removed by kind and by place, body characters removed, and the first misses."""
    cleaner.fit(t for _, t, _ in built)
    got, total = defaultdict(int), defaultdict(int)
    lost, lost_docs, misses = 0, 0, []
    for _, text, spans in built:
        removed = bytearray(len(text))
        for f in cleaner.clean_text(text).findings:
            if f.action in ("removed", "restored") and f.kind not in ("mask", "placeholder"):
                removed[f.start : f.end] = b"\x01" * (f.end - f.start)
        doc_lost = 0
        for s, e, p in spans:
            idx = [i for i in range(s, e) if not text[i].isspace()]
            if p is None:
                doc_lost += sum(1 for i in idx if removed[i])
                continue
            ok = not idx or sum(1 for i in idx if not removed[i]) <= 0.1 * len(idx)
            key = (pieces[p]["kind"], pieces[p]["where"])
            total[key] += 1
            got[key] += ok
            if not ok and len(misses) < show:
                misses.append((pieces[p]["kind"], pieces[p]["where"], pieces[p]["text"]))
        lost += doc_lost
        lost_docs += bool(doc_lost)
    return {"got": dict(got), "total": dict(total), "lost": lost, "lost_docs": lost_docs, "docs": len(built), "misses": misses}


def rows(res: dict) -> list[tuple[str, str]]:
    g, t = sum(res["got"].values()), sum(res["total"].values())
    out = [("pieces removed", f"{g}/{t} = {g / max(t, 1):.3f}"),
           ("body characters removed", f"{res['lost']} in {res['lost_docs']} of {res['docs']} documents")]
    for axis, name in ((1, "by place"), (0, "by kind")):
        acc = defaultdict(lambda: [0, 0])
        for key, n in res["total"].items():
            acc[key[axis]][0] += res["got"].get(key, 0)
            acc[key[axis]][1] += n
        out.append((f"  {name}", "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(acc.items()))))
    return out


def sets() -> list[tuple[str, list[dict]]]:
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(DATA.glob("set*.json"))]
