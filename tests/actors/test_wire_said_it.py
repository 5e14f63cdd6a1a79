""""X said it ...": the pronoun subject of what a body says is that body, named by the body's phrase,
its apposition or its owner; a body the knowledge base does not know leaves the pronoun unknown, never
the latest other actor; "It" opening a sentence is the main subject of the sentence before (false
dyads; actors/antecedents.py, actors/pronouns.py).

All sentences are synthetic, written in agency style for these tests."""


def _pronoun_codes(result, after: str) -> set[str | None]:
    """The codes of the actors with an "it" mention after the first ``after`` of the text."""
    start = result.text.index(after)
    return {a.code for a in result.actors for m in a.mentions if m.start > start and m.text == "it"}


def test_wire_it_after_an_unknown_body_said_is_not_the_last_speaker(code):
    # synthetic: the consortium is unknown; "it" is not Norway, the subject of the sentence before
    result = code("OSLO, May 2 (Reuters) - Norway said on Monday it would send more aid to Sudan. A consortium "
                  "of aid groups said it had delivered tents to Port Sudan.", date="2025-05-02")
    assert "NOR" not in _pronoun_codes(result, "A consortium")


def test_wire_it_after_a_body_of_a_country_said_is_that_country(code):
    # synthetic: the body is unknown, its owner is not
    result = code("NAIROBI, May 2 (Reuters) - Uganda said on Monday it would reopen the border. Kenya's office "
                  "for refugee affairs said it had asked the U.N. refugee agency for tents.", date="2025-05-02")
    [asked] = [e for e in result.events if e.trigger.text.startswith("asked")]
    assert {p.country for p in asked.source} == {"KEN"}


def test_wire_it_after_a_known_body_said_is_still_that_body(code):
    # synthetic: the rule must keep the plain case
    result = code("NAIROBI, May 2 (Reuters) - Uganda said on Monday it would reopen the border. The World Food "
                  "Programme said it had suspended aid flights to the region.", date="2025-05-02")
    assert _pronoun_codes(result, "The World Food") == {"IGOUNOWFP"}


def test_wire_it_opening_a_sentence_is_the_main_subject_before(code):
    # synthetic: the troops are a subject inside the sentence before; "It" is the ministry that asked
    result = code("KABUL, May 2 (Reuters) - Afghanistan's defence ministry asked the United Nations to act on "
                  "Monday after Pakistani troops raided a village near the border. It called the raid a violation "
                  "of Afghan sovereignty.", date="2025-05-02")
    codes = {a.code for a in result.actors for m in a.mentions if m.text == "It"}
    assert codes and not {c for c in codes if c and c.startswith("PAK")}
