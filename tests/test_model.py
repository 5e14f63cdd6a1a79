from detente.model import Article, content_id


def test_model_content_id_is_deterministic():
    assert content_id("a", "b") == content_id("a", "b")
    assert content_id("a", "b") != content_id("ab", "")


def test_model_article_id_defaults_to_content_hash():
    first = Article(text="Kenya and Ethiopia signed a border accord.")
    again = Article(text="Kenya and Ethiopia signed a border accord.")
    other = Article(text="Kenya and Ethiopia signed a trade accord.")
    assert first.id == again.id and first.id.startswith("a")
    assert first.id != other.id
    assert Article(text="x", id="given").id == "given"
