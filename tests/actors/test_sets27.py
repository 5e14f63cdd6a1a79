"""Which pair a set phrase ("the two countries", "both sides", "the two leaders") points back to, session 27
(issue 11, false dyads; h-pairs27): the pair a clause of a ``mutual_verb`` names, as its subjects ("Pashinyan and
Aliyev met") or as its subject and its "with" partner ("Bhutan has been negotiating its boundary with Beijing"),
before a third party named more often; the subjects of a clause of the set's own background sentence; a demonym
on the set ("the two Sudanese sides") narrowing it to that country's parties.

All articles are synthetic, written in agency style for these tests (facts invented)."""

from tests.conftest import actors_of


def _event(result, trigger: str):
    [event] = [e for e in result.events if e.trigger.text.split()[0] == trigger]
    return event


def _pooled(event) -> set[str]:
    return actors_of([*event.source, *event.target])


def test_sets27_a_subject_and_its_with_partner_of_a_mutual_verb_are_the_pair(code):
    # Laos is named more often than Cambodia, but the sentence before the set names the pair in one clause
    result = code("BANGKOK, April 7 (Reuters) - Laos said on Monday that Cambodia had kept it informed of the "
                  "border talks. Laos has long watched Thai projects near its border, and Lao officials raised the "
                  "matter with Bangkok last year. Laos said it would send an observer.\n\n"
                  "Thailand, which depends on Laos for much of its power, has been negotiating the crossings with "
                  "Cambodia since 2016. The two countries signed a transit protocol in 2019.", date="2026-04-07")
    pooled = _pooled(_event(result, "signed"))
    assert {"THA", "KHM"} <= pooled
    assert "LAO" not in pooled


def test_sets27_the_subjects_of_a_meeting_are_the_two_leaders(code):
    result = code("MOSCOW, Sept 15 (Reuters) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
                  "Ilham Aliyev met in Abu Dhabi on Monday, the Armenian government said. Russian Foreign Minister "
                  "Sergei Lavrov said Moscow was ready to help. Lavrov added that Russia still had troops in the "
                  "region. The two leaders agreed to meet again next month.", date="2026-09-15")
    pooled = {p.actor for e in result.events if e.trigger.text.startswith("agreed")
              for p in (*e.source, *e.target)}
    assert {"nikol-pashinyan", "ilham-aliyev"} <= pooled
    assert "sergey-lavrov" not in pooled


def test_sets27_a_pair_of_the_sets_own_background_sentence_is_the_pair(code):
    result = code("ULAANBAATAR, March 12 (Reuters) - China halted coal traffic at its border crossing with Mongolia "
                  "on Thursday, Mongolian officials said. Beijing said the crossing had been closed for checks. "
                  "The United States said Washington stood with Mongolia.\n\nRussia's Gazprom and China National "
                  "Petroleum Corp signed a memorandum on the pipeline in September 2025, and Mongolia, which would "
                  "earn transit fees, has pressed both sides to agree a price.", date="2026-03-12")
    pressed = _event(result, "pressed")
    assert {p.actor for p in pressed.target} == {"gazprom", "cnpc"}


def test_sets27_a_demonym_narrows_the_set_to_that_countrys_parties(code):
    result = code("NAIROBI, July 9 (Reuters) - Kenyan President William Ruto met Egyptian President Abdel Fattah "
                  "al-Sisi in Nairobi on Wednesday and discussed the war in Sudan, Kenya's presidency said. Egypt "
                  "backs Sudan's army, while Kenya has hosted leaders of the Rapid Support Forces, a stance that has "
                  "angered Egypt. Ruto said Kenya was ready to host talks between the two Sudanese sides.",
                  date="2026-07-09")
    [host] = [e for e in result.events if "host talks" in e.trigger.text]
    assert actors_of(host.target) >= {"SDN", "rsf"}
    assert not actors_of(host.target) & {"EGY", "KEN"}
