"""Two resolution rules of session 40 (h-unit40; issue 11).

A group's name made its breakaway part by a ``splinter_word`` (words.tsv: "FARC dissidents", "dissidents of the
FARC", "a FARC splinter group") stands for the one faction the article names whose ``parent`` (groups.jsonl) is
that group (the EMC, the Segunda Marquetalia), else for the group itself
(``actors/doc_resolver._splinter_phrase``, ``_branch_of``).

A generic vessel noun with a ``state_craft_word`` modifier ("the patrol vessel", "the navy ship") is no ship named
before by another word (the trawler it stopped, whose flag is not the craft's): a ship of its own word, else the
forces named latest before it (``actors/nominals.ship_named_before``, ``_state_craft``).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from __future__ import annotations

from tests.conftest import actors_of, events_with_trigger


def _sides(result, trigger, side="source"):
    return {a for e in events_with_trigger(result, trigger) for a in actors_of(getattr(e, side))}


def test_dissidents_of_a_group_are_the_faction_the_article_names(code):
    result = code("POPAYAN, Apr 9 (Reuters) - FARC dissidents bombed a power line in Cauca on Wednesday, the "
                  "army said. Officers blamed the Estado Mayor Central for the blast.", date="2026-04-09")
    sources = _sides(result, "bombed")
    assert "emc-farc-dissidents" in sources and "farc" not in sources


def test_dissidents_after_of_are_the_faction(code):
    result = code("PASTO, Apr 9 (Reuters) - Soldiers captured six dissidents of the FARC near Tumaco on Tuesday, "
                  "the army said. The men were members of the Segunda Marquetalia.", date="2026-04-09")
    targets = _sides(result, "captured", "target")
    assert "segunda-marquetalia" in targets and "farc" not in targets


def test_dissidents_with_no_faction_named_stay_the_group(code):
    result = code("POPAYAN, Apr 9 (Reuters) - FARC dissidents bombed a power line in Cauca on Wednesday, the "
                  "army said.", date="2026-04-09")
    assert "farc" in _sides(result, "bombed")


def test_the_group_itself_is_not_its_faction(code):
    result = code("BOGOTA, Apr 9 (Reuters) - The FARC attacked a police post in Meta in 2001, the court heard. The "
                  "Estado Mayor Central was formed years later.", date="2026-04-09")
    sources = _sides(result, "attacked")
    assert "emc-farc-dissidents" not in sources


def test_patrol_vessel_is_the_forces_not_the_foreign_boats(code):
    result = code("MALE, Apr 9 (Reuters) - The Maldives coast guard detained two Sri Lankan fishing boats on "
                  "Tuesday, an official said. The patrol vessel Huravee fired warning shots at the boats when they "
                  "tried to escape.", date="2026-04-09")
    sources = _sides(result, "fired")
    assert "LKA" not in {s[:3] for s in sources}
    assert any(s.startswith("MDV") for s in sources)


def test_plain_vessel_still_names_the_ship_before(code):
    result = code("MALE, Apr 9 (Reuters) - A Sri Lankan fishing boat entered Maldivian waters on Tuesday, an "
                  "official said. The coast guard ordered the vessel to leave.", date="2026-04-09")
    targets = _sides(result, "ordered", "target")
    assert any(t.startswith("LKA") for t in targets)
