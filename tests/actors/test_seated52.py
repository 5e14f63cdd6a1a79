"""Session 52 (h-tgt52): a government noun for a state's rule itself (words.tsv ``seated_noun``: "the authorities",
"the government") placed by a seat of government after "in" is that seat's state's, as "the Kabul authorities" is,
also where the parser hangs the "in" phrase on the verb (invented items)."""

from __future__ import annotations

from tests.conftest import event_on

SEATED = ("BAMAKO, Oct 2 (Reuters) - Mali closed its border crossing at Diboli on Thursday. Its foreign minister "
          "called on the authorities in Dakar to free the detained traders.")
ON_VERB = ("MANAGUA, Oct 2 (Reuters) - Nicaragua broke off relations with the government in Taipei in 2021 and "
           "recognised Beijing the same day.")


def _countries(participants) -> list[str | None]:
    return [p.country for p in participants if p.actor is not None]


def test_the_authorities_in_a_capital_are_its_states(code):
    event = event_on(code(SEATED, date="2026-10-02"), "called")
    assert _countries(event.target) == ["SEN"], event.target


def test_the_government_in_a_capital_the_parser_hangs_on_the_verb(code):
    event = event_on(code(ON_VERB, date="2026-10-02"), "broke off relations")
    assert _countries(event.target) == ["TWN"], event.target

