"""Whose a person or a bare body is when the knowledge base does not know them (session 25, issue 11's false dyads,
h-speakers25): a bare title on an unknown name placed by an opening capital, by "of" and a country, or by the state
whose act its holder reports; a head of state's title; a dateline written with a typographic apostrophe; a bare
body when the dateline is only where the parties met; "he" who cannot be a person of the state he acts on.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_of


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.country}


def _on(result, trigger: str, words: str) -> list:
    return [e for e in events_of(result) if trigger in e.trigger.text and words in e.sentence.text]


def test_speakers25_a_bare_title_after_an_opening_capital_is_that_capitals(code):
    # before: Egypt's (the dateline's, and the ministry that spoke last)
    result = code("CAIRO, May 6 (Reuters) - Egypt's foreign ministry said on Tuesday that talks on the Nile dam had "
                  "failed. In Addis Ababa, foreign ministry spokesman Nebiat Getachew accused Cairo of seeking to "
                  "block Ethiopia's development.", date="2026-05-06")
    accusations = _on(result, "accused", "Addis Ababa")
    assert accusations and all(_countries(e.source) == {"ETH"} for e in accusations), result.events


def test_speakers25_a_spokesman_reporting_his_states_act_is_not_the_side_acted_on(code):
    # before: the Philippines' (the dateline's), and "he" after him
    result = code("MANILA, May 6 (AP) — Beijing lodged a protest with Manila over a Philippine navy flight near "
                  "Scarborough Shoal, foreign ministry spokesman Guo Jiakun told a regular briefing. He urged the "
                  "Philippines to stop provocations.", date="2026-05-06")
    appeals = _on(result, "urged", "provocations")
    assert appeals and all(_countries(e.source) == {"CHN"} for e in appeals), result.events
    assert all(_countries(e.target) == {"PHL"} for e in appeals), result.events


def test_speakers25_where_a_spokesman_spoke_is_no_side(code):
    # "told reporters in Astana" names where he spoke: the dateline's country is still his (a guard: the sides of the
    # verb of the name a title is on, which this session's rules read, once took the town for a side)
    result = code("ASTANA, May 6 (Reuters) - Kazakhstan summoned Ukraine's ambassador on Wednesday over a drone "
                  "strike on an oil terminal. \"This is an attack on Kazakhstan's economy,\" foreign ministry "
                  "spokesman Aibek Smadiyarov told reporters in Astana. He accused Kyiv of endangering Kazakh "
                  "exports.", date="2026-05-06")
    accusations = _on(result, "accused", "endangering")
    assert accusations and all(_countries(e.source) == {"KAZ"} for e in accusations), result.events


def test_speakers25_a_head_of_states_title_is_not_the_body_that_spoke_last(code):
    # before: Australia's (the ministry that spoke in the sentence before); a king heads his own state
    result = code("NUKUALOFA, May 4 (AAP) - Australia's foreign ministry said on Monday it would send a navy ship "
                  "with water and food. King Tupou VI thanked Canberra for the help.", date="2026-05-04")
    thanks = _on(result, "thanked", "King")
    assert thanks and all(_countries(e.source) == {"TON"} for e in thanks), result.events


def test_speakers25_a_bare_title_with_of_and_a_country_is_that_countrys(code):
    result = code("JOHANNESBURG, Nov 3 (Reuters) - South Africa's foreign ministry said on Monday it would send "
                  "engineers to the region. King Tupou VI of Tonga met Chinese President Xi Jinping in Beijing.",
                  date="2026-11-03")
    meetings = _on(result, "met", "Tupou")
    assert meetings and all(_countries(e.source) == {"TON"} for e in meetings), result.events


def test_speakers25_a_dateline_written_with_a_typographic_apostrophe(code):
    # "NUKU‘ALOFA" is Nuku'alofa: before, no dateline country, so the government named last (New Zealand's)
    result = code("NUKU‘ALOFA, May 4 (AAP) - New Zealand's foreign minister said Wellington would send a trade "
                  "mission to Tonga. The government later asked Japan for help with the wharf.", date="2026-05-04")
    appeals = _on(result, "asked", "wharf")
    assert appeals and all(_countries(e.source) == {"TON"} for e in appeals), result.events


def test_speakers25_a_bare_army_is_the_partys_when_the_dateline_is_the_venue(code):
    # before: Qatar's army (the dateline's country, where the talks were held)
    result = code("DOHA, Feb 2 (Reuters) - Sudan's government and the Rapid Support Forces resumed talks in Doha "
                  "on Monday under Qatari mediation. The army accused the RSF of shelling a hospital in El Fasher.",
                  date="2026-02-02")
    accusations = _on(result, "accused", "El Fasher")
    assert accusations and all(_countries(e.source) == {"SDN"} for e in accusations), result.events


def test_speakers25_a_bare_ministry_is_the_partys_when_the_dateline_is_the_venue(code):
    result = code("NAIROBI, Feb 2 (AFP) - Ethiopia's government and the Fano militia signed a ceasefire in "
                  "Nairobi on Monday, Kenyan mediators said. The defence ministry accused Fano fighters of "
                  "attacking a convoy in Amhara hours later.", date="2026-02-02")
    accusations = _on(result, "accused", "convoy")
    assert accusations and all(_countries(e.source) == {"ETH"} for e in accusations), result.events


def test_speakers25_a_lead_with_one_doer_leaves_the_dateline_home(code):
    # one attacker, no parties meeting there: the dateline is not a venue, the air force is Ukraine's (a guard)
    result = code("KYIV, Feb 2 (Reuters) - Russia struck energy facilities in Kyiv overnight with drones and "
                  "missiles. The air force said it had shot down 40 drones.", date="2026-02-02")
    downings = _on(result, "shot", "40 drones")
    assert downings and all(_countries(e.source) == {"UKR"} for e in downings), result.events


def test_speakers25_he_is_not_a_person_of_the_state_he_thanks(code):
    # before: Erdogan, the latest subject; no one thanks his own government
    result = code("ANKARA, May 6 (Anadolu) - Iraqi Prime Minister Mohammed Shia al-Sudani held talks with "
                  "President Recep Tayyip Erdogan in Ankara on Tuesday. Erdogan said Turkey would help build a "
                  "railway to Basra. He thanked Ankara for releasing more water into the Tigris.", date="2026-05-06")
    thanks = _on(result, "thanked", "Tigris")
    assert thanks and all(_countries(e.source) == {"IRQ"} for e in thanks), result.events


def test_speakers25_a_bare_spokesperson_after_a_ministrys_act_is_that_ministrys(code):
    # before: South Korea's (the dateline's): the ministry that rejected the protest speaks through her
    result = code("SEOUL, May 6 (Yonhap) -- South Korea protested on Wednesday after a Chinese ship entered the "
                  "Yellow Sea zone. China's foreign ministry rejected the protest. Spokesperson Mao Ning told a "
                  "briefing in Beijing that the ship was on a routine patrol.\n\nShe urged Seoul to stay calm.",
                  date="2026-05-06")
    appeals = _on(result, "urged", "calm")
    assert appeals and all(_countries(e.source) == {"CHN"} for e in appeals), result.events
