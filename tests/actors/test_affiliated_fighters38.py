"""Fighters an affiliation word joins to an armed group (``affiliation_word`` in words.tsv; issue 11, session 38):
"al Qaeda-linked fighters", "militants linked to Islamic State" are that group's, or the one group the article names
that belongs to it (its ``parent`` in groups.jsonl: JNIM for al Qaeda), never the dateline country's rebels. A
country so joined is a backer or an owner, not the fighters' side ("Iran-aligned militias").

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from __future__ import annotations

from tests.conftest import actors_of, events_with_trigger


def _sources(result, trigger):
    return {a for e in events_with_trigger(result, trigger) for a in actors_of(e.source)}


def test_affiliated_fighters_are_the_branch_the_article_names(code):
    result = code("CONAKRY, May 6 (Reuters) - Guinea shut its border on Monday, two days after al Qaeda-linked "
                  "fighters ambushed a fuel convoy in Mali and killed five Guinean drivers. JNIM said on Sunday that "
                  "its fighters had carried out the attack.", date="2026-05-06")
    sources = _sources(result, "ambushed")
    assert "jnim" in sources and "GIN" not in sources


def test_affiliated_fighters_without_a_branch_are_the_group(code):
    result = code("ABIDJAN, May 6 (Reuters) - On Tuesday al Qaeda-linked fighters ambushed a column of Ivorian "
                  "lorries near Sikasso in southern Mali, the drivers' union said.", date="2026-05-06")
    sources = _sources(result, "ambushed")
    assert "al-qaeda" in sources and "CIV" not in sources


def test_affiliated_fighters_after_the_noun(code):
    result = code("ABUJA, May 6 (Reuters) - On Tuesday fighters linked to Islamic State attacked a military base in "
                  "northeastern Borno state, the army said.", date="2026-05-06")
    sources = _sources(result, "attacked")
    assert "NGA" not in sources and "islamic-state" in sources


def test_affiliated_fighters_two_branches_named_keep_the_parent(code):
    result = code("NIAMEY, May 6 (Reuters) - Islamic State-affiliated militants killed 12 soldiers near the border "
                  "with Mali on Sunday. Both ISWAP and IS Sahel are active in the area.", date="2026-05-06")
    sources = _sources(result, "killed")
    assert "islamic-state" in sources and not {"iswap", "is-sahel", "NER"} & sources


def test_affiliated_fighters_leave_a_country_backer(code):
    result = code("BAGHDAD, May 6 (Reuters) - Iran-aligned militias fired rockets at a base hosting U.S. troops "
                  "in western Iraq on Tuesday, officials said.", date="2026-05-06")
    assert "IRN" not in _sources(result, "fired rockets")
