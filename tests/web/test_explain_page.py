"""The article page explains its events on request (?explain=1), re-coding the stored text."""


def test_web_article_page_explains_events_on_request(client):
    event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    article_id = event["evidence"]["article_id"]
    plain = client.get(f"/articles/{article_id}")
    assert plain.status_code == 200 and "verbs.tsv:" not in plain.text and "?explain=1" in plain.text
    explained = client.get(f"/articles/{article_id}", params={"explain": "1"})
    assert explained.status_code == 200
    assert 'class="explanation"' in explained.text
    assert "lexicon: verbs.tsv:" in explained.text or "lexicon: nouns.tsv:" in explained.text
