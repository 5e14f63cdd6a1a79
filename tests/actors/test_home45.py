"""A state's own government named without a country (issue 11; session 45, h-dom45):

- a state nominal with a ``home_level_word`` ("the central government", "the federal government") or "the Centre"
  (``centre_noun``) that someone of a known country addresses, a governor or a chief minister included, is that
  country's government (``NominalRules._home_level``, ``the_centre``, ``_own_government`` with ``any_doer``), kept as
  the target even when the addresser's office resolves to the same government (``DocActors.home_level``), not the
  foreign state the story is about.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import countries_of, event_on


def test_home45_chief_minister_asks_the_central_government_of_his_own_state(code):
    result = code("NEW DELHI, Jan 8 (PTI) - Qatar detained eight Indian sailors aboard a cargo dhow off Ras Laffan on "
                  "Wednesday, India's foreign ministry said. Kerala's chief minister asked the central government "
                  "to press Doha for their early return.", date="2026-01-08")
    assert countries_of(event_on(result, "asked").target) == ["IND"]


def test_home45_chief_minister_urges_the_centre_kept_though_both_are_one_government(code):
    result = code("PATNA, Feb 2 (PTI) - Nepal opened the gates of the Koshi barrage on Sunday without notice to "
                  "India. The Bihar chief minister urged the Centre to send relief teams to the flooded districts.",
                  date="2026-02-02")
    assert countries_of(event_on(result, "urged").target) == ["IND"]


def test_home45_federal_government_with_a_foreign_possessor_is_that_state(code):
    result = code("ADDIS ABABA, March 4 (Reuters) - Ethiopia urged Somalia's federal government on Tuesday to rein in "
                  "militias along the frontier, its foreign ministry said.", date="2026-03-04")
    assert "ETH" not in countries_of(event_on(result, "urged").target)


def test_home45_centre_in_a_name_or_a_place_is_no_government(code):
    result = code("DHAKA, April 9 (Reuters) - Myanmar troops fired across the Naf river on Tuesday. Bangladesh's "
                  "foreign ministry said police took 12 injured people to a health centre in Teknaf.",
                  date="2026-04-09")
    assert all("centre" not in p.text.lower() or not p.actor for e in result.events for p in e.target)
