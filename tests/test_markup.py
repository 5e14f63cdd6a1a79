"""Web pages as article text (detente.markup) and how the input layer reads them (detente.io)."""

import json

import pytest

from detente import markup
from detente.io import InputError, read_inputs

PAGE = """<!DOCTYPE html>
<html><head><title>Lesotho recalls envoy | Example Wire</title>
<style>p { color: red }</style><script>var s = "<p>Chad attacked Niger</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Lesotho recalls its envoy</h1>
<p>MASERU, May 4 (Reuters) - Lesotho <b>recalled</b> its ambassador
to Namibia on Monday, the foreign ministry said.</p>
<p>Namibia&#8217;s government &amp; its army<br>declined to comment.</p></article>
<form><button>Subscribe</button></form></body></html>"""


def test_markup_keeps_what_a_reader_sees_in_paragraphs():
    page = markup.to_text(PAGE)
    assert page.title == "Lesotho recalls its envoy"  # the headline, not the <title> with the site's name
    assert page.text == ("MASERU, May 4 (Reuters) - Lesotho recalled its ambassador to Namibia on Monday, the "
                         "foreign ministry said.\n\nNamibia\u2019s government & its army\n\ndeclined to comment.")


def test_markup_page_without_a_headline_takes_its_title():
    assert markup.to_text("<html><head><title> Talks  resume </title></head><body><p>Text.</p></body></html>"
                          ).title == "Talks resume"
    assert markup.to_text("<p>No title here.</p>").title is None


@pytest.mark.parametrize("text, html", [
    ("<p>Kenya accused Uganda.</p>", True),
    ("Kenya <b>accused</b> Uganda.", True),
    ("Kenya accused Uganda.<br/>Uganda denied it.", True),
    ("<!DOCTYPE html><html></html>", True),
    ("Troops < 500 and rockets > 20 were counted.", False),
    ("The index rose 3% (a<b) as <Reuters> reported.", False),
    ("Kenya accused Uganda.", False),
])
def test_markup_tells_html_from_text(text, html):
    assert markup.looks_like_html(text) is html


def test_io_reads_an_html_file_and_html_in_a_text_field(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "f", "text": "<p>Lesotho <i>recalled</i> its envoy.</p><p>Namibia "
                                 "regretted it.</p>"}) + "\n", encoding="utf-8")
    records = list(read_inputs([str(tmp_path)]))
    assert not [r for r in records if isinstance(r, InputError)]
    by_id = {r.article.id: r.article for r in records}
    assert by_id["story"].title == "Lesotho recalls its envoy"
    assert by_id["story"].text.startswith("MASERU, May 4 (Reuters) - Lesotho recalled its ambassador")
    assert "<" not in by_id["story"].text and "Subscribe" not in by_id["story"].text
    assert by_id["f"].text == "Lesotho recalled its envoy.\n\nNamibia regretted it."


def test_io_page_with_no_words_is_empty_text(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    [error] = list(read_inputs([str(page)]))
    assert isinstance(error, InputError) and "empty text" in error.message


def test_markup_html_article_codes_without_tags_in_its_sides(code):
    result = code(markup.to_text(PAGE).text, date="2024-05-06")
    assert result.events and all("<" not in p.text for e in result.events for p in (*e.source, *e.target))
    assert any(e.trigger.text.startswith("recalled") and e.plover == "SANCTION" for e in result.events)
