"""The optional transformers fill-mask path, with a tiny random BERT built on the spot."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from deedsnlp.clean import Cleaner, MaskedLMFiller, NgramMaskFiller  # noqa: E402

CHARS = list("加强干部队伍管理建设党员支部学习教育活动组织生活制度廉政风险")


@pytest.fixture(scope="module")
def tiny_mlm(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "，", "。", *CHARS]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False)
    tokenizer.save_pretrained(str(folder))
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=128,
    )
    transformers.BertForMaskedLM(config).save_pretrained(str(folder))
    return folder


def test_masked_lm_suggestions_have_the_mask_length(tiny_mlm):
    filler = MaskedLMFiller(tiny_mlm)
    sugg = filler.suggest("进一步加", 2, "部队伍管理", top=4)
    assert 1 <= len(sugg) <= 4
    assert all(len(s.text) == 2 and all(ch in CHARS for ch in s.text) for s in sugg)
    assert [s.score for s in sugg] == sorted((s.score for s in sugg), reverse=True)


def test_masked_lm_scores_ngram_candidates(tiny_mlm):
    ngram = NgramMaskFiller(order=3).fit(["加强干部队伍管理", "加强党员教育管理"])
    filler = MaskedLMFiller(tiny_mlm, ngram=ngram, beam=2, branch=2)
    texts = [s.text for s in filler.suggest("进一步加", 2, "部队伍管理", top=10)]
    assert "强干" in texts  # the n-gram model's candidate, scored by the masked LM


def test_cleaner_with_mlm_path(tiny_mlm):
    result = Cleaner(mlm_path=str(tiny_mlm), restore=True, min_confidence=0.0).clean_text("进一步加**部队伍管理。")
    (mask,) = result.findings
    assert mask.kind == "mask" and mask.action == "restored" and len(mask.data["replacement"]) == 2
    assert result.cleaned.startswith("进一步加") and "**" not in result.cleaned


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        MaskedLMFiller(tmp_path / "nope")
