"""Hypothesis properties: loading and outlining never crash; offsets always index the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from deedsnlp.encoding import decode_bytes
from deedsnlp.errors import InputError
from deedsnlp.loader import build_document

ALPHABET = st.sampled_from(list("一二三四五六七八九十（）()、.．。，；：,;:①②③第部分章 \n\r\t\u3000１２３4567890党支部学习制度加强**xx>…") )
texty = st.one_of(st.text(ALPHABET, max_size=300), st.text(max_size=300))


@settings(max_examples=300, deadline=None)
@given(texty)
def test_build_document_never_crashes_and_offsets_index_text(raw):
    doc = build_document(raw, "h")
    prev_end = -1
    for p in doc.passages:
        assert 0 <= p.start <= p.end <= len(doc.text)
        assert p.start > prev_end
        chunk = doc.text[p.start : p.end]
        assert chunk and "\n" not in chunk and chunk == chunk.strip()
        prev_end = p.end
    for h in doc.outline:
        assert doc.text[h.start : h.end] == h.title
        assert h.parent is None or doc.outline[h.parent].level < h.level
    # passages tile the text: what lies between them (line breaks, and the space where a run-on
    # line was split into paragraphs) is whitespace only, so no character of the text is lost
    gaps, pos = [], 0
    for p in doc.passages:
        gaps.append(doc.text[pos : p.start])
        pos = p.end
    gaps.append(doc.text[pos:])
    assert all(not g.strip() for g in gaps)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_gives_text_or_input_error(data):
    try:
        text, enc = decode_bytes(data, "x.bin")
    except InputError as err:
        assert err.source == "x.bin"
    else:
        assert isinstance(text, str) and enc
