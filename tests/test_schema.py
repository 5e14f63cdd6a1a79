"""Output validates against the published JSON Schema; arbitrary text never crashes the coder."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.model import Article
from detente.schema import article_schema

VALIDATOR = jsonschema.Draft202012Validator(article_schema())
WORDS = ["Russia", "Hamas", "met", "said", "not", "will", "could", "Damascus", "the", "troops", "attacked",
         "“", "”", '"', "he", "his", "movement", "in", "2012", "on", "Monday", ",", ".", "?", "\n\n", "urged",
         "to", "talks", "sanctions", "imposed", "denied", "Haniyeh", "Lavrov", "Syrian", "official", "anonymity"]


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(article_schema())


def test_schema_sample_output_validates(code):
    result = code("An official said Russian troops attacked Ukrainian positions near Kharkiv on Monday. "
                  "“We will respond,” Kyiv said.")
    VALIDATOR.validate(json.loads(json.dumps(result.to_dict())))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join))
def test_schema_news_like_word_salad_never_crashes(coder, text):
    result = coder.code(Article(text=text, date=dt.date(2020, 3, 4)))
    VALIDATOR.validate(json.loads(json.dumps(result.to_dict())))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300))
def test_schema_arbitrary_unicode_never_crashes(coder, text):
    result = coder.code(Article(text=text))
    VALIDATOR.validate(json.loads(json.dumps(result.to_dict())))
