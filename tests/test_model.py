import dataclasses
import inspect

import pytest

from detente import model, records
from detente.actors import resolve
from detente.events import confidence, extract, speakers
from detente.model import Article, content_id, slot_init


def test_model_content_id_is_deterministic():
    assert content_id("a", "b") == content_id("a", "b")
    assert content_id("a", "b") != content_id("ab", "")


def test_model_article_text_loses_invisible_format_characters():
    article = Article(text="\ufeffKenya and Ethio\u00adpia signed a bor\u200bder ac\u200d\u2060cord.")
    assert article.text == "Kenya and Ethiopia signed a border accord."
    assert article.id == Article(text="Kenya and Ethiopia signed a border accord.").id
    kept = "Kenya\u00a0and Ethiopia — “signed”\tit."  # other characters are text
    assert Article(text=kept).text == kept


def test_model_article_id_defaults_to_content_hash():
    first = Article(text="Kenya and Ethiopia signed a border accord.")
    again = Article(text="Kenya and Ethiopia signed a border accord.")
    other = Article(text="Kenya and Ethiopia signed a trade accord.")
    assert first.id == again.id and first.id.startswith("a")
    assert first.id != other.id
    assert Article(text="x", id="given").id == "given"


def _slot_init_records() -> list[type]:
    return [cls for module in (model, records, resolve, extract, speakers, confidence) for cls in vars(module).values()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__init__.__module__ == cls.__module__
            and "_set_" in " ".join(cls.__init__.__code__.co_names)]


def test_model_slot_init_builds_the_record_dataclasses_would():
    made = _slot_init_records()
    assert {cls.__name__ for cls in made} >= {"Mention", "Participant", "Span", "Status", "Act",
                                              "ActorRef", "Candidate", "Speaker", "Evidence"}
    for cls in made:
        fields = dataclasses.fields(cls)
        # the same record written by dataclasses alone: the same parameters, defaults and annotations
        plain = dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, dataclasses.field(default=f.default))
                                                          for f in fields], frozen=True, slots=True)
        assert inspect.signature(cls) == inspect.signature(plain), cls.__name__
        values = [f"v{i}" for i in range(len(fields))]
        record = cls(*values)
        assert [getattr(record, f.name) for f in fields] == values
        assert record == cls(**{f.name: v for f, v in zip(fields, values)})
        assert dataclasses.replace(record, **{fields[0].name: "new"}) == cls("new", *values[1:])
        assert repr(record) == repr(plain(*values)) and hash(record) == hash(cls(*values))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, fields[0].name, "changed")
        with pytest.raises(TypeError):
            cls(*values, "one too many")


def test_model_slot_init_refuses_what_it_cannot_copy():
    @dataclasses.dataclass(slots=True)
    class Unfrozen:
        text: str

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        text: str

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    for cls in (Unfrozen, Checked, Listed):
        with pytest.raises(TypeError, match=cls.__name__):
            slot_init(cls)
