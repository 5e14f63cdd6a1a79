"""Requests with an addressee (session 56, h-arg56; ``events/addressed.py``): the parties of the deed asked of the
addressee are not the request's target.

Probe ``tests/data/probe_arg56.jsonl``: 12 short synthetic wire items (a dateline, an agency tag and two sentences
written for this probe about real states with invented facts; none taken or paraphrased from an evaluation set).
Each is an appeal or demand made to an addressee (a state, a bloc, "donors", "aid agencies", "the international
community") to do a deed that names another state ("called on donors not to let Chad carry the burden alone"); one
item is a demand with no addressee ("demanded that Bolivia withdraw"), whose one asked to act stays its target.
Every act was annotated by reading before the coder was run on the items; four items (``"aside": true``) were kept
out of sight while writing the rule, only their counts looked at.

Counts by ``target_counts`` before the rule (main, ed12c2e6): working items 2 wrong (the state of the deed asked of
unnamed donors or of "the international community" given as the target), 0 missing, 0 wrong source, 0 no event;
aside 0 wrong, 0 missing, 0 no event.
After it (the limits below): working 0 wrong, 0 missing; aside 0 wrong, 0 missing.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_arg56.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def _parse(vocab, rows: list[tuple[str, int, str, str]]):
    """A parse built by hand: (word, head, dep, pos) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows])


def _view(doc):
    from detente.parse_view import ParseView

    return ParseView.of(doc)


def test_addressed_deed_of_an_object_addressee_is_the_infinitive_less_nothing():
    from spacy import blank

    from detente.events.addressed import asked_deed

    doc = _parse(blank("en").vocab, [
        ("Kenya", 1, "nsubj", "PROPN"), ("urged", 1, "ROOT", "VERB"), ("its", 3, "poss", "PRON"),
        ("partners", 1, "dobj", "NOUN"), ("to", 5, "aux", "PART"), ("ratify", 1, "xcomp", "VERB"),
        ("the", 7, "det", "DET"), ("pact", 5, "dobj", "NOUN"), ("with", 7, "prep", "ADP"),
        ("Egypt", 8, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")])
    assert asked_deed(_view(doc), 1) == {5, 4, 6, 7, 8, 9}


def test_addressed_deed_of_a_for_clause_leaves_out_its_subject():
    from spacy import blank

    from detente.events.addressed import asked_deed

    doc = _parse(blank("en").vocab, [
        ("Sweden", 1, "nsubj", "PROPN"), ("called", 1, "ROOT", "VERB"), ("for", 6, "mark", "SCONJ"),
        ("the", 4, "det", "DET"), ("bloc", 6, "nsubj", "NOUN"), ("to", 6, "aux", "PART"),
        ("negotiate", 1, "advcl", "VERB"), ("with", 6, "prep", "ADP"), ("Turkey", 7, "pobj", "PROPN"),
        (".", 1, "punct", "PUNCT")])
    assert asked_deed(_view(doc), 1) == {2, 5, 6, 7, 8}


def test_addressed_no_deed_without_an_addressee():
    from spacy import blank

    from detente.events.addressed import asked_deed

    doc = _parse(blank("en").vocab, [
        ("Chile", 1, "nsubj", "PROPN"), ("demanded", 1, "ROOT", "VERB"), ("that", 4, "mark", "SCONJ"),
        ("Peru", 4, "nsubj", "PROPN"), ("withdraw", 1, "ccomp", "VERB"), ("its", 6, "poss", "PRON"),
        ("troops", 4, "dobj", "NOUN"), (".", 1, "punct", "PUNCT")])
    assert asked_deed(_view(doc), 1) == set()


def _targets(coder, text: str, trigger: str) -> list:
    from detente.model import Article

    result = coder.code(Article(text=text, date="2026-03-03"))
    return [p.actor for e in result.events if trigger in e.trigger.text for p in e.target]


def test_addressed_state_in_the_deed_asked_of_donors_is_no_target(coder):
    text = "OSLO, March 3 (Reuters) - Norway's foreign minister called on donors not to let Eritrea go hungry again."
    assert "ERI" not in _targets(coder, text, "called")


def test_addressed_state_asked_stays_the_target(coder):
    text = "OSLO, March 3 (Reuters) - Norway asked Denmark to stop the ships bound for Iceland."
    assert _targets(coder, text, "asked") == ["DNK"]


def test_probe_arg56_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_arg56_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_addressed_explanation_names_the_rule(explaining):
    from detente.model import Article

    text = "OSLO, March 3 (Reuters) - Norway's foreign minister called on donors not to let Eritrea go hungry again."
    result = explaining.code(Article(text=text, date="2026-03-03"))
    [event] = [e for e in result.events if "called" in e.trigger.text]
    assert any("events/addressed.py" in side and "Eritrea" in side for side in event.explanation.sides), \
        event.explanation.sides
