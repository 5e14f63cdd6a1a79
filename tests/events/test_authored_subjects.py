"""A document as a verb's subject speaks for whoever its "by" phrase names (``authored_noun`` in
``data/lexicon/words.tsv``; events/participants.py).

The sentences are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of


def test_authored_a_report_by_un_experts_accuses_for_the_un(code):
    result = code("KAMPALA, May 5 (Reuters) - A report by U.N. experts accused Kenya's army of shelling "
                  "border villages.", date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text == "accused"]
    assert "IGOUNO" in {p.code for p in event.source}
    assert "KEN" in actors_of(event.target)


def test_authored_a_report_with_no_author_stays_unknown(code):
    result = code("KAMPALA, May 5 (Reuters) - A report published on Monday accused Kenya's army of shelling "
                  "border villages.", date="2025-05-05")
    for event in result.events:
        assert "IGOUNO" not in {p.code for p in event.source}
