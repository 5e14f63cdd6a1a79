"""The country of unnamed speakers and bodies from place phrases (issue 11, session 38, h-nom38).

- a title whose sector word is a compound on the subject ("a government spokeswoman", "a foreign ministry official")
  takes the government of the capital that opens its clause ("In Kigali, ..."), as a bare subject ("the foreign
  ministry") does, whatever the dateline or the story's main state; a title that names its own state ("Germany's
  government spokesman") keeps it (``antecedents.seated_in``).

Articles are synthetic, written in agency style for these tests."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "word", "country"), [
    pytest.param("BUJUMBURA, March 4 (Reuters) - Burundi accused Rwanda on Wednesday of shelling the border town of "
                 "Gatumba. In Kigali, a government spokeswoman denied the report and accused Burundi of arming "
                 "rebels.", "denied", "RWA", id="compound_title_takes_the_opening_capital"),
    pytest.param("DHAKA, March 4 (Reuters) - Bangladesh signed a port deal with China on Wednesday. In Beijing, a "
                 "foreign ministry official rejected criticism of the deal by India.", "rejected", "CHN",
                 id="two_word_compound_title_takes_the_opening_capital"),
    pytest.param("WARSAW, March 4 (Reuters) - Poland protested on Wednesday over the pipeline. In Warsaw, Germany's "
                 "government spokesman rejected the protest.", "rejected", "DEU",
                 id="a_title_naming_its_own_state_keeps_it"),
])
def test_nom38_compound_title_speaks_for_the_opening_capitals_state(code, text, word, country):
    assert [p.country for p in event_on(code(text, date="2026-03-04"), word).source] == [country]
