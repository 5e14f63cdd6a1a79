"""scripts/diagnose_articles.py: the developer's act-by-act diagnosis of annotated articles (session 66)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("diagnose_articles", ROOT / "scripts" / "diagnose_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_diagnose_articles_refuses_the_held_out_parts(tmp_path, capsys):
    held = tmp_path / "fresh"
    held.mkdir()
    assert _script().main([str(held)]) == 2
    assert "held-out" in capsys.readouterr().err


def test_diagnose_articles_lists_each_act_and_each_event(tmp_path):
    article = {"id": "wire-t1", "synthetic": True, "date": "2026-03-04", "source": "Reuters",
               "title": "Kenya summons Ugandan envoy",
               "text": "NAIROBI, March 4 (Reuters) - Kenya summoned Uganda's ambassador on Wednesday over the "
                       "detention of fishermen near Migingo island, the foreign ministry said.",
               "events": [{"plover": "ACCUSE", "alt_plover": [], "cameo": "111", "source": ["KEN", "Kenya"],
                           "target": ["UGA", "Uganda", "Ugandan"], "symmetric": False, "negated": False,
                           "modality": "asserted", "historical": False, "date": "2026-03-04", "location": None,
                           "attribution": None, "core": True, "evidence": ["Kenya summoned Uganda's ambassador"]}],
               "not_events": []}
    path = tmp_path / "t1.gold.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    out = tmp_path / "diag.txt"
    if _script().main([str(path), "--out", str(out)]) != 0:
        pytest.fail("diagnose_articles failed")
    text = out.read_text(encoding="utf-8")
    assert "=== wire-t1 acts=1" in text
    assert "  G1 " in text and "ACCUSE/111" in text
    assert "  E " in text and "summoned" in text
