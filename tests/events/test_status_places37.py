"""The ground of force used on the people of the country a story is datelined in (session 37, h-loc37:
events/places_home.py ``struck_home``): inferred where the text names no place, for the day's news only, and
giving way to a place a mention of the same act names. Sentences written for the tests (synthetic, wire style)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_force_on_the_datelines_people_falls_on_its_ground(code):
    # a story told from the country hit: its soldiers, its farmers
    result = code("BANGKOK, March 12 (Reuters) - Thailand summoned Cambodia's ambassador on Thursday after Cambodian "
                  "soldiers shot dead two Thai soldiers on Wednesday.", date="2026-03-12")
    shots = _on(result, "shot")
    assert shots and _countries(shots) == ["THA"] * len(shots)
    result = code("BANGKOK, March 12 (Reuters) - Cambodian soldiers killed two Thai farmers on Wednesday, the army "
                  "said.", date="2026-03-12")
    killings = _on(result, "killed")
    assert killings and _countries(killings) == ["THA"] * len(killings)


def test_places_force_on_the_datelines_people_no_ground_where_not_the_days_or_not_told_from_there(code):
    # told from the doer's side, or from no dateline: the soldiers may have been anywhere
    for dateline in ("PHNOM PENH, March 12 (Reuters) - ", ""):
        result = code(f"{dateline}Cambodian soldiers killed two Thai soldiers on Wednesday, the army said.",
                      date="2026-03-12")
        killings = _on(result, "killed")
        assert killings and _countries(killings) == [None] * len(killings)
    # background, denied, or only left open
    for sentence in ("Cambodian soldiers killed two Thai soldiers in 2019, the army said.",
                     "Cambodian soldiers did not fire at Thai soldiers on Wednesday, the army said.",
                     "Cambodian soldiers could attack Thai police posts, the army said."):
        result = code(f"BANGKOK, March 12 (Reuters) - {sentence}", date="2026-03-12")
        acts = [e for e in result.events if e.plover == "ASSAULT"]
        assert acts and _countries(acts) == [None] * len(acts), sentence


def test_places_force_on_the_datelines_boat_has_no_ground(code):
    # a boat sails off its country's ground
    result = code("BANGKOK, March 12 (Reuters) - Cambodian gunboats fired on a Thai navy patrol boat on Wednesday, "
                  "the navy said.", date="2026-03-12")
    fired = _on(result, "fired")
    assert fired and _countries(fired) == [None] * len(fired)


def test_places_force_on_the_datelines_people_own_force_stays_home_ground(code):
    # force on one's own people is the home ground's rule, at home whatever the dateline
    result = code("BANGKOK, March 12 (Reuters) - Thai soldiers killed two Thai smugglers on Wednesday, the army "
                  "said.", date="2026-03-12")
    killings = _on(result, "killed")
    assert killings and _countries(killings) == ["THA"] * len(killings)


def test_places_a_place_a_mention_names_places_the_act_before_an_inferred_ground(code):
    # the later mention names where the soldiers were killed: across the border, not the dateline's ground; and the
    # ground inferred for the first mention keeps the two mentions one act
    result = code("BANGKOK, March 12 (Reuters) - Cambodian soldiers killed two Thai soldiers on Wednesday, the army "
                  "said. The soldiers were killed in Cambodia's Oddar Meanchey province, the army said.",
                  date="2026-03-12")
    killings = _on(result, "killed")
    assert len(killings) == 1 and _countries(killings) == ["KHM"]


def test_places_an_arrival_that_names_no_place_came_where_the_story_is_told_from(code):
    # "who arrived on Tuesday evening" names only when: the visitor came to the dateline's country
    result = code("HANOI, March 12 (Reuters) - Indonesian President Prabowo Subianto began a state visit to Vietnam "
                  "on Wednesday. Prabowo, who arrived on Tuesday evening, held talks with Prime Minister Pham Minh "
                  "Chinh.", date="2026-03-12")
    talks = _on(result, "talks")
    assert talks and _countries(talks) == ["VNM"] * len(talks)
    # also a verb joined to the arrival with no subject of its own
    result = code("DAMASCUS, March 12 (Reuters) - A Russian delegation, led by Deputy Prime Minister Alexander Novak, "
                  "arrived on Tuesday and met President Ahmed al-Sharaa.", date="2026-03-12")
    meetings = _on(result, "met")
    assert meetings and _countries(meetings) == ["SYR"] * len(meetings)


def test_places_an_arrival_from_somewhere_still_came_here_but_with_no_dateline_nowhere(code):
    # where it came from is no place the act was at, and the visitor still arrived where the story is told from
    result = code("DAMASCUS, March 12 (Reuters) - A Russian delegation, led by Deputy Prime Minister Alexander Novak, "
                  "arrived from Tehran on Tuesday and met President Ahmed al-Sharaa.", date="2026-03-12")
    meetings = _on(result, "met")
    assert meetings and _countries(meetings) == ["SYR"] * len(meetings)
    # with no dateline, nowhere is where the story is told from
    result = code("A Russian delegation, led by Deputy Prime Minister Alexander Novak, arrived on Tuesday and met "
                  "President Ahmed al-Sharaa.", date="2026-03-12")
    meetings = _on(result, "met")
    assert meetings and _countries(meetings) == [None] * len(meetings)
