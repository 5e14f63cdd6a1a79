"""Objects named with their compound modifier, and "set free" (issue 11: events of a wrong type or missed on the
quad sentences).

The matcher also matches an object joined to its compound modifier ("war games": wargame, "a rescue
operation": rescueoperation), so a verbs.tsv line can name the kind of object a modifier makes it. All sentences
here are synthetic, written in agency style for the tests; none comes from a development set or a real article."""


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_compound_a_rescue_operation_is_no_attack(code):
    result = code("JAKARTA, March 4 (Reuters) - Indonesia launched a rescue operation for 12 missing Malaysian "
                  "fishermen on Tuesday.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith(("18", "19", "20"))], _codes(result)
    both = code("LAGOS, March 4 (AFP) - Nigeria launched a search and rescue operation after a ferry capsized "
                "on Lake Chad.", date="2025-03-04")
    assert "190" not in _codes(both), _codes(both)


def test_compound_a_military_operation_stays_an_attack(code):
    result = code("ANKARA, March 4 (Reuters) - Turkey launched a new operation against Kurdish militants in "
                  "northern Syria on Tuesday.", date="2025-03-04")
    assert "190" in _codes(result), _codes(result)


def test_compound_war_games_are_exercises(code):
    one = code("MOSCOW, March 4 (Reuters) - Russia launched war games near the Norwegian border on Monday.",
               date="2025-03-04")
    assert "150" in _codes(one) and "190" not in _codes(one), _codes(one)
    joint = code("CAIRO, March 4 (AFP) - Egypt and Sudan launched war games near their border on Monday.",
                 date="2025-03-04")
    assert "062" in _codes(joint), _codes(joint)


def test_compound_peacekeepers_deploying_are_peacekeeping(code):
    result = code("ACCRA, March 4 (AFP) - Ghanaian peacekeepers began deploying in southern Lebanon on Monday, "
                  "the army said.", date="2025-03-04")
    assert "074" in _codes(result) and "154" not in _codes(result), _codes(result)
    joined = code("LIMA, March 4 (AP) - Peruvian troops left for the Central African Republic on Monday to join "
                  "the UN peacekeeping mission there.", date="2025-03-04")
    assert "074" in _codes(joined), _codes(joined)


def test_compound_legal_action_is_a_lawsuit(code):
    took = code("SANTIAGO, March 4 (Reuters) - Chile took legal action against Bolivia over the river waters "
                "on Tuesday.", date="2025-03-04")
    assert "115" in _codes(took) and "170" not in _codes(took), _codes(took)
    launched = code("NAIROBI, March 4 (AFP) - Kenya launched legal proceedings against Somalia at the World Court.",
                    date="2025-03-04")
    assert "115" in _codes(launched), _codes(launched)
    force = code("ANKARA, March 4 (AFP) - Turkey took military action against Kurdish militants on Friday.",
                 date="2025-03-04")
    assert "115" not in _codes(force), _codes(force)


def test_compound_access_allowed_to_someone_is_access(code):
    allowed = code("KHARTOUM, March 4 (Reuters) - Sudan allows UN aid workers access to Darfur, officials said.",
                   date="2025-03-04")
    assert "0863" in _codes(allowed), _codes(allowed)
    given = code("TEHRAN, March 4 (AFP) - Iran gave IAEA inspectors access to the site on Monday.", date="2025-03-04")
    assert "0863" in _codes(given) and "070" not in _codes(given), _codes(given)


def test_set_free_is_a_release(code):
    result = code("HANOI, March 4 (AFP) - Vietnam set free 15 Chinese fishermen on Monday, officials said.",
                  date="2025-03-04")
    assert "0841" in _codes(result), _codes(result)
    let = code("BAKU, March 4 (Reuters) - Azerbaijan let free some 30 Armenian detainees after talks with Yerevan.",
               date="2025-03-04")
    assert "0841" in _codes(let), _codes(let)
