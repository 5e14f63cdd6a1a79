"""The event-type probe of session 54 (issue 11, h-type54): acts whose sides are right and whose type is not, in two
constructions that wire copy of every region uses.

``tests/data/probe_type54.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set):

- a courtesy call, "the visiting minister called on the king / on President X": a visit (042, ``CONSULT``), which the
  bare line ``020  call on`` made an appeal; with a to-infinitive ("called on President X to release ...") it stays an
  appeal (two control items);
- people wanted for crimes handed over to another state ("handed over four suspected traffickers", "two cartel
  bosses"): judicial cooperation (063, ``COOPERATE``), which the bare ``084  hand over`` made a return; bodies or freed
  fishermen handed back stay a return (two control items).

The lines are in ``verbs.tsv`` (``call on +president|...`` 042 under ``call on +president|... ~*`` 020, and the
wanted people of ``hand over +suspect|...`` 063); ``events/lexicon.py`` matches a preposition's object on each of the
verb's prepositions of that word ("called on the king at the palace on Tuesday": the date's "on" no longer hides the
king's).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the lines (only their counts were looked at).

Counts by ``type_failures(doer=True)`` (spurious, missed, wrong quad) before the change (main 26fca83d): working 0, 6,
0 (three calls coded 020, three handovers 084) and aside 0, 3, 0. After it (the limits below): working 0, 1, 0 (the
parser reads "three gang members wanted for murder" as a clause whose subject is the members, so "handed over" has no
object) and aside 0, 1, 0.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_type54.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 1, 0)


def test_probe_type54_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_type54_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_type54_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


def _codes(result, word: str) -> list[tuple[str, list, list]]:
    return [(e.cameo, [p.country for p in e.source], [p.country for p in e.target])
            for e in result.events if e.trigger.text.startswith(word)]


def test_courtesy_call_on_a_head_of_state_is_a_visit(code):
    result = code("RIYADH, May 4 (SPA) - Jordan's foreign minister called on the crown prince at his palace in Riyadh "
                  "on Monday, the agency said.", date="2026-05-04")
    assert _codes(result, "called") == [("042", ["JOR"], ["SAU"])]


def test_call_on_a_minister_with_a_complement_stays_an_appeal(code):
    result = code("ANKARA, May 4 (AA) - Turkey called on President Ilham Aliyev to free the detained journalists, the "
                  "ministry said on Monday.", date="2026-05-04")
    assert [c[0][:2] for c in _codes(result, "called")] == ["02"]


def test_call_on_a_state_is_no_courtesy_call(code):
    result = code("ANKARA, May 4 (AA) - Turkey called on Azerbaijan to free the detained journalists, the ministry "
                  "said on Monday.", date="2026-05-04")
    assert not [e for e in result.events if e.cameo == "042"]


def test_wanted_people_handed_to_another_state_are_judicial_cooperation(code):
    result = code("ABUJA, May 4 (Reuters) - Nigeria handed over six suspected smugglers to Benin on Monday, the "
                  "immigration service said.", date="2026-05-04")
    assert _codes(result, "handed") == [("063", ["NGA"], ["BEN"])]


def test_prisoners_handed_back_stay_a_return(code):
    result = code("ABUJA, May 4 (Reuters) - Nigeria handed over six Beninese soldiers to Benin on Monday, the army "
                  "said.", date="2026-05-04")
    assert [c[0][:3] for c in _codes(result, "handed")] == ["084"]


def test_lexicon_object_of_a_repeated_preposition(coder):
    from detente.model import Article

    result = coder.code(Article(text="SEOUL, May 4 (Yonhap) - The visiting Philippine foreign secretary called on the "
                                     "president at the presidential office on Monday, officials said."))
    assert [e.cameo for e in result.events if e.trigger.text.startswith("called")] == ["042"]
