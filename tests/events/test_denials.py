"""Denials (issue 11): a denial is a REJECT by the denier (CODING-GUIDE 3; eval/wire/README.md), coded CAMEO 016
with the PLOVER type REJECT (scripts/build_cameo_table.py), and aimed at the accuser its sentence tells
(events/context.py, ``denials``). Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_of


def test_denials_a_bare_denial_is_a_rejection_by_the_denier(code):
    result = code("MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov on Tuesday denied that Russian agents had "
                  "set fire to the depot.", date="2026-05-20")
    [denial] = events_of(result, cameo="016")
    assert denial.plover == "REJECT" and not denial.negated
    assert [p.country for p in denial.source] == ["RUS"]
    # what is denied stays a negated act of its own
    assert all(e.negated for e in result.events if e.cameo != "016")


def test_denials_the_accusation_joined_to_a_denial_names_the_accuser(code):
    # the denier goes on to accuse the other side of the quarrel: the denial answers it
    result = code("PRAGUE (Reuters) - Kremlin spokesman Dmitry Peskov denied that Russia had any role in the fire "
                  "and accused Czech authorities of spy mania.", date="2026-05-20")
    [denial] = events_of(result, cameo="016")
    assert [p.country for p in denial.target] == ["CZE"]


def test_denials_a_charge_denied_after_the_accusation_answers_the_accuser(code):
    for text, accuser in [
            ("KAMPALA (Reuters) - A report by U.N. experts accused Uganda's military of supplying M23 rebels, a "
             "charge Kampala denied.", "un"),
            ("OSLO (Reuters) - Moscow has accused Oslo of militarizing the islands — a charge Norway denies.",
             "RUSGOV")]:
        [denial] = events_of(code(text, date="2026-05-20"), cameo="016")
        assert [p.actor for p in denial.target] == [accuser], text


def test_denials_a_denial_with_no_accuser_told_keeps_no_target(code):
    # must not change: nothing in the text says whose charge it is
    result = code("TEHRAN (AP) - Iran's foreign ministry spokesman denied on Monday that any civilians had been "
                  "harmed.", date="2026-05-20")
    [denial] = events_of(result, cameo="016")
    assert not denial.target


def test_denials_a_territorial_dispute_is_no_denial(code):
    # synthetic: "dispute" is a denial verb ("disputed the report that ..."), but two states that have disputed a
    # bay for decades deny nothing (verbs.tsv: a "-" line silences the verb's denial sense)
    result = code("LJUBLJANA (Reuters) - The two former Yugoslav republics have disputed the bay since they "
                  "declared independence in 1991.", date="2026-05-20")
    assert not events_of(result, cameo="016")
    # must not change: disputing a report is a denial
    result = code("ZAGREB (Reuters) - Croatia disputed the report that its police had fired on the boat.",
                  date="2026-05-20")
    assert events_of(result, cameo="016")
