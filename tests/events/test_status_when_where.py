"""Date and place rules added with the date and place probe (session 20, tests/data/probe_dates.jsonl).
Articles written for the tests (synthetic, wire style); dates worked out from a calendar."""

from tests.conftest import events_of


def test_status_when_where_participle_of_a_dated_recall_shares_its_day(code):
    # "recall" is also a reporting verb ("he recalled that ..."); with an envoy as its object it is an act,
    # and a bare participle after it tells more of that act, on its day
    text = ("DHAKA, Feb 12 (Reuters) - Bangladesh recalled its high commissioner from Myanmar on Monday, "
            "accusing Naypyitaw of shelling villages near the border.")
    [accuse] = events_of(code(text, date="2026-02-12"), "ACCUSE")
    assert accuse.date is not None and accuse.date.value == "2026-02-09"
