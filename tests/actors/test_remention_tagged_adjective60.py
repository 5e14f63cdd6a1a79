"""A definite person noun names again a private person described before (``antecedents.remention``) even when the
tagger read that person's noun as an adjective: "arrested a Chinese national suspected of spying" tags "national"
JJ, so "the 47-year-old man" two sentences on found no noun, named nobody, and a later "him" (a court ordering him
held) lost the target. An indefinite article on a ``private_person_noun`` makes it a noun whatever its tag
(``antecedents._noun_read_as_adjective``). Session 60, h-tgt60b.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from types import SimpleNamespace

from tests.conftest import event_on

from detente.actors.antecedents import _noun_read_as_adjective


def _view(words: list[tuple[str, str, str, int]]) -> SimpleNamespace:
    """A parse view by hand: (lower, pos, dep, head) per word; children derived from the heads."""
    children: list[list[int]] = [[] for _ in words]
    for i, (_, _, _, head) in enumerate(words):
        if head != i:
            children[head].append(i)
    return SimpleNamespace(lower=[w[0] for w in words], pos=[w[1] for w in words], dep=[w[2] for w in words],
                           head=[w[3] for w in words], children=children)


WORDS = SimpleNamespace(private_person_noun=frozenset({"national", "man"}))


def test_remention_an_article_makes_a_person_noun_tagged_adjective_a_noun():
    # "police arrested a Chinese national suspected of spying"
    view = _view([("police", "NOUN", "nsubj", 1), ("arrested", "VERB", "ROOT", 1), ("a", "DET", "det", 4),
                  ("chinese", "ADJ", "amod", 4), ("national", "ADJ", "dobj", 1), ("suspected", "VERB", "acl", 4)])
    assert _noun_read_as_adjective(view, 4, WORDS)
    # no article: an adjective ("Chinese national interests" reads no person), nor any other adjective
    bare = _view([("chinese", "ADJ", "amod", 2), ("national", "ADJ", "amod", 2), ("interests", "NOUN", "ROOT", 2)])
    assert not _noun_read_as_adjective(bare, 1, WORDS)
    assert not _noun_read_as_adjective(view, 3, WORDS)


def test_remention_the_man_is_the_national_described_before(code):
    text = ("OSLO, March 3 (Reuters) - Norway summoned Russia's ambassador on Tuesday after police arrested a "
            "Russian national suspected of spying on exiles living in the country, the foreign ministry said.\n\n"
            "The envoy was told at the ministry that such surveillance was unacceptable, the ministry said.\n\n"
            "The 52-year-old man was arrested at his home in Bergen on Saturday, police said. A court ordered him "
            "held in custody for four weeks on Sunday.")
    event = event_on(code(text, date="2026-03-03"), "ordered him held")
    assert {p.country for p in event.target} == {"RUS"}
