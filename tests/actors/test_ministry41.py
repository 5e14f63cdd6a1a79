"""A ministry named without its state that speaks from a seat of government (issue 11, session 41, h-ministry41):
under another country's dateline, "the ministry said in a statement issued in Bangkok" or "said in Bangkok"
is Thailand's, and "It urged ..." after it then Thailand's too (``antecedents.statement_place``). The dateline is the
point, so the model parses these (a hand-built tree has none). Sentences written for the tests (synthetic, wire
style)."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("HANOI, May 2 (Reuters) - Thailand will cut rice imports, the foreign ministry said on "
                 "Saturday in a statement issued in Bangkok. It urged Vietnam to lift its quotas on sugar.", "THA",
                 id="statement_issued_in_anothers_capital"),
    pytest.param("HANOI, May 2 (Reuters) - Thailand will cut rice imports, the foreign ministry said on "
                 "Saturday in a statement released in Bangkok. It urged Vietnam to lift its quotas on sugar.", "THA",
                 id="statement_released_in_anothers_capital"),
    pytest.param("HANOI, May 2 (Reuters) - Thailand will cut rice imports, the foreign ministry said in Bangkok on "
                 "Saturday. It urged Vietnam to lift its quotas on sugar.", "THA", id="said_in_anothers_capital"),
    pytest.param("HANOI, May 2 (Reuters) - Thailand will cut rice imports, the foreign ministry said on "
                 "Saturday in a statement issued in Hanoi. It urged Thailand to lift its quotas on sugar.", "VNM",
                 id="statement_issued_in_the_datelines_capital"),
])
def test_ministry41_a_statement_from_a_capital_is_that_states(code, text, country):
    assert [p.country for p in event_on(code(text, date="2026-05-02"), "urged").source] == [country]
