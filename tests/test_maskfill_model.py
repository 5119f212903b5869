"""The character model's arrays: batch lookups, the .npz file, the pattern index of the mask filler."""

from __future__ import annotations

import re

import numpy as np
import pytest

from deedsnlp.charlm import CharNgramLM
from deedsnlp.clean.maskfill import NgramMaskFiller, TextIndex

TRAIN = [
    "支部严格落实三会一课制度，每月召开一次支委会。",
    "党员干部带头落实三会一课制度，按时参加组织生活。",
    "进一步加强干部队伍建设，提高干部队伍整体素质。",
    "加强党风廉政建设，筑牢拒腐防变的思想防线。",
]
CONTEXTS = ["", "加", "加强", "三会一", "落实三会", "从未见过", "\x02支部"]


@pytest.mark.parametrize("smoothing", ["kneser-ney", "witten-bell"])
@pytest.mark.parametrize("order", [2, 3, 5])
def test_batch_probabilities_equal_single_ones(order, smoothing):
    lm = CharNgramLM(order, smoothing).fit(TRAIN)
    chars = list(lm.char_ids_) + ["\U0002a6a5", "x"]
    pairs = [(c, ctx) for ctx in CONTEXTS for c in chars]
    batch = lm.probs([c for c, _ in pairs], [ctx for _, ctx in pairs])
    assert batch.tolist() == [lm.prob(c, ctx) for c, ctx in pairs]
    seqs = ["干部队伍", "廉政建设", "从未见过"]
    rows = lm.seq_probs("进一步加强", seqs)
    assert rows.shape == (3, 4)
    for seq, row in zip(seqs, rows.tolist()):
        assert row == [lm.prob(ch, "进一步加强" + seq[:j]) for j, ch in enumerate(seq)]


@pytest.mark.parametrize("smoothing", ["kneser-ney", "witten-bell"])
def test_model_file_round_trip(tmp_path, smoothing):
    lm = CharNgramLM(4, smoothing).fit(TRAIN)
    lm.save(tmp_path / "lm.npz")
    back = CharNgramLM.load(tmp_path / "lm.npz")
    assert (back.order, back.smoothing, back.total_, back.vocab_size_) == (lm.order, lm.smoothing, lm.total_, lm.vocab_size_)
    pairs = [(c, ctx) for ctx in CONTEXTS for c in lm.char_ids_]
    assert [back.prob(c, x) for c, x in pairs] == [lm.prob(c, x) for c, x in pairs]
    assert back.followers("三会") == lm.followers("三会") and back.counts_ == lm.counts_
    with np.load(tmp_path / "lm.npz", allow_pickle=False) as data:  # plain arrays, no objects
        assert all(data[name].dtype != object for name in data.files)


def test_filler_file_checks_its_training_text(tmp_path):
    filler = NgramMaskFiller(order=4).fit(TRAIN)
    filler.save(tmp_path / "f.npz")
    back = NgramMaskFiller.load(tmp_path / "f.npz", TRAIN)
    assert back.suggest("村党支部坚持三会", 2, "制度") == filler.suggest("村党支部坚持三会", 2, "制度")
    with pytest.raises(ValueError, match="build_mask_model"):
        NgramMaskFiller.load(tmp_path / "f.npz", TRAIN[:2])


def _regex_fills(text, left, length, right, limit):
    pat = re.compile(re.escape(left) + f"([^\\n]{{{length}}})" + re.escape(right))
    out = []
    for i, m in enumerate(pat.finditer(text)):
        if i >= limit:
            break
        if re.fullmatch("[\u3400-\u4dbf\u4e00-\u9fff]+", m.group(1)):
            out.append(m.group(1))
    return out


@pytest.mark.parametrize("left,length,right", [
    ("加强", 2, "队伍"), ("三会", 2, "制度"), ("哈", 1, "哈"), ("哈哈", 2, "哈"), ("的", 1, "的"), ("，", 1, "部"), ("无", 2, "有"),
])
def test_text_index_finds_what_a_regex_scan_finds(left, length, right):
    text = "\n".join(TRAIN + ["哈哈哈哈哈哈哈", "的的的的的", "加强\n部队伍", "加强ab队伍", "加强干部队伍加强党员队伍"])
    index = TextIndex(text)
    for limit in (1, 2, 100):
        assert index.fills(left, length, right, limit) == _regex_fills(text, left, length, right, limit)


def test_best_score_is_the_best_suggestion_over_lengths():
    filler = NgramMaskFiller(order=4).fit(TRAIN)
    for left, right in [("进一步加", "部队伍"), ("落实三会", "制度"), ("从未", "见过")]:
        l, r = filler._contexts(left, right)
        tops = [filler.suggest(left, n, right, top=3) for n in (1, 2, 3)]
        expected = max((filler.score(l, s.text, r) for top in tops for s in top), default=None)
        assert filler.best_score(left, (1, 2, 3), right) == expected


def test_best_score_stops_once_enough():
    filler = NgramMaskFiller(order=4).fit(TRAIN)
    full = filler.best_score("进一步加", (1, 2, 3), "部队伍")
    assert filler.best_score("进一步加", (1, 2, 3), "部队伍", enough=float("-inf")) <= full
    assert filler.best_score("进一步加", (1, 2, 3), "部队伍", enough=float("inf")) == full
