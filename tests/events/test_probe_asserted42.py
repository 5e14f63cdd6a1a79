"""The own-office probe of session 42 (issue 11, a deed told by the doer's own state body; h-asserted42).

``tests/data/probe_asserted42.jsonl`` holds 15 short synthetic articles (a dateline with its agency tag, a lead and
one more sentence, written for this probe the way wires write; none is taken from an evaluation set), about real
actors with invented facts, annotated by reading before the coder was run, in the format of ``probe_mod42.jsonl``;
only ``modality`` is checked. The constructions, chosen from a count of the deeds coded ``reported`` where the dev
gold has ``asserted`` (a deed relayed by the doer's own state organ is asserted with its attribution,
eval/wire/README.md): a state body the knowledge base does not know, named with its country by an adjective, a
compound or a possessive ("the Norwegian Joint Headquarters", "Bangladesh's Inter Services Public Relations"), a
mission abroad ("the New Zealand High Commission"), of its own state's seizures, arrests, aid, fire, closures and
signings. Controls: a third country's body telling another state's deed stays ``reported``. Five items are marked
``"aside": true``: their output was not looked at while fixing, and they are counted separately.
Before this session's rule (main 4c67df2a) the working items had 3 wrong modalities (the three country adjectives
on a body: possessives were already placed by the resolver), the aside items 2. After it
(``VouchRules._country_body_of_the_doer``, "command", "headquarters", "committee", "directorate" as ``state_body``
cues, "media division", "communications unit" as state organs in ``actors/sectors.tsv``): working 1, aside 2, the
limits below. Left: a mission abroad ("the New Zealand High Commission") is still another's account; "high
commission" as a state organ in sectors.tsv fixed it (and 2 dev strict matches) but makes "commission" a sector word
end, so "the Kenya Human Rights Commission" no longer reads as a body named after its country (probe_actors27), and
was dropped. One working act has no event (not counted).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_asserted42.jsonl"
FIELDS = ("modality",)
MAX_WRONG = {"modality": 1}
MAX_WRONG_ASIDE = {"modality": 2}


def test_probe_asserted42_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_asserted42_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_asserted42_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
