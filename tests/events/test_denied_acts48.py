"""A denial of its own side's hostile act takes the side the act was done to (``events/denied_acts.py``, session 48);
a rejected document a speaker the knowledge base does not know reports is the reported words' authors'
(``events/referents.py``).

Sentences written for these tests, about real states with invented facts."""

from __future__ import annotations

from tests.conftest import actors_of, events_of


def _denial(result):
    [event] = [e for e in events_of(result, cameo="016") if e.trigger.text.startswith("denied")]
    return event


def test_denial_of_an_attack_takes_the_side_attacked(code):
    result = code("BAKU, June 3 (AFP) - Azerbaijan's defence ministry said on Tuesday that its positions near Lachin "
                  "had come under fire overnight. Yerevan denied that its troops had attacked Azerbaijani positions.",
                  date="2026-06-03")
    assert actors_of(_denial(result).target) & {"AZE"}


def test_denial_of_a_seizure_takes_the_side_whose_boats_were_seized(code):
    result = code("COLOMBO, Jan 9 (Reuters) - Sri Lanka said on Friday that four of its trawlers had not come home "
                  "from the Palk Strait. New Delhi denied that its coast guard had seized Sri Lankan trawlers.",
                  date="2026-01-09")
    assert actors_of(_denial(result).target) & {"LKA"}


def test_denial_of_help_to_a_third_state_does_not_take_it(code):
    # a cooperation denied names what the charge is about, not who made it
    result = code("BERLIN, May 5 (dpa) - Germany's customs office reported on Monday a rise in machine tool trade "
                  "through the Caucasus. Yerevan denied that it had sold machine tools to Russia.",
                  date="2026-05-05")
    assert "RUS" not in actors_of(_denial(result).target)


def test_denial_of_another_sides_attack_does_not_take_its_victim(code):
    # the denied act is not the denier's own side's: its victim is no accuser of the denier
    result = code("BAKU, June 3 (AFP) - Azerbaijan said on Tuesday that shells had hit a village near Lachin. "
                  "Yerevan denied that rebels it backs had attacked Azerbaijani villages.",
                  date="2026-06-03")
    assert "AZE" not in actors_of(_denial(result).target)


def test_denial_explains_the_rule(explaining):
    import datetime as dt

    from detente.model import Article

    result = explaining.code(Article(text="BAKU, June 3 (AFP) - Azerbaijan's defence ministry said on Tuesday that "
                                          "its positions near Lachin had come under fire overnight. Yerevan denied "
                                          "that its troops had attacked Azerbaijani positions.",
                                     date=dt.date(2026, 6, 3)))
    [line] = [s for s in _denial(result).explanation.sides if s.startswith("target")]
    assert "events/denied_acts.py" in line


def test_rejected_resolution_takes_the_authors_of_the_words_a_speaker_reports(code):
    # "..., in a resolution ..., the regional grouping said": the speaker names no known actor; the resolution is the
    # bloc's whose appeal it reports (events/referents.document_authors), not the accuser told just before
    result = code("ABUJA, Oct 6 (AFP) - The Economic Community of West African States on Monday urged Guinea to hold "
                  "elections by June, in a resolution adopted at a summit of its leaders, the regional grouping said "
                  "in a statement. The summit, which Senegal had requested last month, also called on Mali to free "
                  "detained politicians. Senegal's foreign minister accused Conakry of jailing opposition leaders. "
                  "Guinea's junta rejected the resolution as interference in its internal affairs.", date="2026-10-06")
    [event] = [e for e in events_of(result, cameo="12") if e.trigger.text.startswith("rejected")]
    assert "SEN" not in actors_of(event.target) and event.target
