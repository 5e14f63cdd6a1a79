"""--explain: each event names the data lines and rules that made it (synthetic sentences written for the test)."""

import datetime as dt
import json
from pathlib import Path

from detente.model import Article

LEXICON = Path(__file__).parents[2] / "src/detente/data/lexicon"


def _line(name: str, cited: str) -> str:
    """The text of the line a citation such as ``verbs.tsv:412 ...`` points to."""
    number = int(cited.split(":", 1)[1].split()[0])
    return (LEXICON / name).read_text(encoding="utf-8").splitlines()[number - 1]


def test_explain_is_off_by_default(code):
    result = code("Kenya and Ethiopia signed a border accord.")
    assert result.events and all(e.explanation is None for e in result.events)


def test_explain_cites_the_verb_pattern_line(explaining):
    result = explaining.code(Article(text="Kenya condemned Ethiopia on Tuesday.", date=dt.date(2021, 5, 4)))
    [event] = result.events
    [cited] = event.explanation.lexicon
    assert cited.startswith("verbs.tsv:")
    line = _line("verbs.tsv", cited)
    assert line.split("\t")[0] == event.cameo and line.split("\t")[1].startswith("condemn")
    assert "anchored on 'condemned'" in event.explanation.status["date"]


def test_explain_cites_the_frame_combination(explaining):
    result = explaining.code(Article(text="Pakistan vowed to send aid to Sudan.", date=dt.date(2021, 5, 4)))
    [event] = [e for e in result.events if e.cameo.startswith("03")]
    frame = event.explanation.frame
    assert frame.startswith("intend frame 'vowed'")
    combination = frame.split("; ")[1]
    fields = _line("combinations.tsv", combination).split("\t")
    assert fields[0] == "intend" and fields[2] == event.cameo


def test_explain_names_the_negation_and_the_refusal(explaining):
    result = explaining.code(Article(text="Iran will not lift the sanctions.", date=dt.date(2021, 5, 4)))
    [event] = result.events
    rules = event.explanation.status
    assert "'not'" in rules["negated"] and "'will'" in rules["modality"]
    assert "a refusal" in rules["cameo"] and "combinations.tsv:" in rules["cameo"]


def test_explain_shows_pronoun_antecedent_and_dated_role(explaining):
    text = "Recep Tayyip Erdogan arrived in Doha. He praised Qatar's mediation."
    result = explaining.code(Article(text=text, date=dt.date(2021, 5, 4)))
    [event] = [e for e in result.events if e.plover == "SUPPORT"]
    [source] = [s for s in event.explanation.sides if s.startswith("source")]
    assert "pronoun -> 'Erdogan' (sentence 0)" in source
    assert "role on 2021-05-04" in source


def test_explain_says_a_target_is_the_country_of_a_place_in_its_phrase(explaining):
    # the country of a thing acted on (events/ground.py), not a "member of a group" (a state's troops: truckers
    # blocking a crossing obstruct in protest, 144, verbs.tsv)
    text = "Afghan troops blocked the Chaman border crossing on Monday."
    result = explaining.code(Article(text=text, date=dt.date(2021, 5, 4)))
    [event] = [e for e in result.events if e.cameo.startswith("19")]
    [target] = [s for s in event.explanation.sides if s.startswith("target")]
    assert "-> PAK: the country of the place 'Chaman' in this phrase" in target, target


def test_explain_cli_json_includes_the_explanation(tmp_path):
    from click.testing import CliRunner

    from detente.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Kenya condemned Ethiopia on Tuesday.\n", encoding="utf-8")  # synthetic
    result = CliRunner().invoke(main, ["code", str(path), "--date", "2021-05-04", "--format", "json", "--explain"])
    assert result.exit_code == 0, result.output
    [article] = json.loads(result.output)
    assert article["events"][0]["explanation"]["lexicon"][0].startswith("verbs.tsv:")


def test_explain_says_a_side_is_a_member_of_the_set_its_phrase_names(explaining):
    # session 55 (h-np2's label part): a set phrase's members were labelled "named inside this phrase", as if a word
    # of the phrase named them (synthetic wire sentences)
    text = ("Kenya and Tanzania signed a border accord on Monday. The two countries also agreed to hold talks on "
            "fishing rights.")
    result = explaining.code(Article(text=text, date=dt.date(2026, 5, 6)))
    sides = [s for e in result.events for s in e.explanation.sides if "The two countries" in s]
    assert sides, [e.explanation.sides for e in result.events]
    # the first member is the phrase's own mention (a nominal); the others were "named inside this phrase"
    assert any("-> TZA: a member of the set this phrase names" in s for s in sides), sides
    assert not any("named inside this phrase" in s for s in sides), sides
