"""A person named again by the surname alone, when the full name ended in a suffix ("Jr.", "III").

The articles are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of


def test_name_suffix_a_surname_named_again_is_the_person_with_the_suffix(code):
    result = code("MANILA, May 3 (Reuters) - President Ferdinand Marcos Jr. said on Tuesday that Chinese coast "
                  "guard ships had blocked a Philippine supply boat near the shoal.\n\n"
                  "Marcos has long accused China of bullying its smaller neighbours.", date="2025-05-03")
    [event] = [e for e in result.events if e.trigger.text == "accused"]
    assert "PHL" in actors_of(event.source)


def test_name_suffix_another_person_with_the_suffix_word_is_not_the_one_named(code):
    # must not apply to a different surname: "Jr." alone links no one
    result = code("MANILA, May 3 (Reuters) - President Ferdinand Marcos Jr. said on Tuesday that Chinese coast "
                  "guard ships had blocked a Philippine supply boat near the shoal.\n\n"
                  "Senator Juan Dela Cruz has long accused China of bullying its smaller neighbours.",
                  date="2025-05-03")
    [event] = [e for e in result.events if e.trigger.text == "accused"]
    assert "ferdinand-marcos-jr" not in actors_of(event.source)
