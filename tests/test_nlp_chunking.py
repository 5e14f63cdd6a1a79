"""Long texts are parsed in paragraph-aligned chunks; offsets in the joined doc are the text's own.
Uses a tokenizer-only pipeline (no model)."""

from detente import nlp as nlp_mod

PARAGRAPH = "Kenya and Uganda signed a trade agreement on Monday, officials said. " * 20  # synthetic


def test_nlp_chunks_end_after_paragraph_breaks():
    text = "\n\n".join([PARAGRAPH] * 10)
    chunks = list(nlp_mod._chunks(text, 4000))
    assert "".join(chunks) == text and len(chunks) > 1
    assert all(chunk.endswith("\n\n") for chunk in chunks[:-1])
    assert all(len(chunk) <= 4000 for chunk in chunks)


def test_nlp_chunks_without_paragraphs_end_at_a_space():
    text = PARAGRAPH * 5
    chunks = list(nlp_mod._chunks(text, 3000))
    assert "".join(chunks) == text
    assert all(chunk.endswith(" ") for chunk in chunks[:-1])


def test_nlp_long_text_offsets_are_unchanged(blank_nlp):
    text = "\n\n".join([PARAGRAPH] * ((nlp_mod.CHUNK_CHARS // len(PARAGRAPH)) + 5))
    assert len(text) > nlp_mod.CHUNK_CHARS
    doc = blank_nlp.parse(text)
    assert doc.text == text
    for token in doc[-50:]:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    [short, long_doc] = list(blank_nlp.pipe(["Kenya met Uganda.", text]))
    assert short.text == "Kenya met Uganda." and long_doc.text == text
