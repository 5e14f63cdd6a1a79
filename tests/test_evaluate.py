"""detente eval on small gold files written for these tests."""

from __future__ import annotations

import json

import pytest

from detente.evaluate import (
    PRF,
    EvalError,
    _gold_spans,
    detect_kind,
    dev_quad,
    eval_quad,
    eval_records,
    eval_spans,
    plover_name,
    read_bio,
)


def test_evaluate_quad_of_cameo_codes():
    assert [dev_quad(c) for c in ("010", "020", "036", "057", "061", "085", "112", "138", "141", "163", "190")] == \
        [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]
    assert dev_quad("163", "plover") == 3 and dev_quad("190", "plover") == 4


def test_evaluate_prf_arithmetic():
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75 and prf.recall == 0.6 and round(prf.f1, 4) == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert PRF().f1 == 0.0


def test_evaluate_gold_spans_with_reciprocal():
    tags = ["B-R", "O", "B-R", "I-R", "O", "O", "B-S", "O", "B-T", "I-T"]
    spans = _gold_spans(tags)
    assert spans["S"] == {(0, 1), (2, 4), (6, 7)}
    assert spans["T"] == {(0, 1), (2, 4), (8, 10)}


def test_evaluate_old_plover_names_map_to_2_0():
    assert [plover_name(n) for n in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "consult")] == \
        ["REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "CONSULT"]


def test_evaluate_detects_formats_and_rejects_unknown(tmp_path):
    assert detect_kind(tmp_path / "a.tsv") == "quad"
    assert detect_kind(tmp_path / "a.bio") == "spans"
    assert detect_kind(tmp_path / "a.jsonl") == "records"
    with pytest.raises(EvalError, match="unknown gold format"):
        detect_kind(tmp_path / "a.csv")


def test_evaluate_bad_bio_line_is_named(tmp_path):
    path = tmp_path / "bad.bio"
    path.write_text("Kenya B-S\nmet X-Q\n", encoding="utf-8")
    with pytest.raises(EvalError, match="bad.bio line 2"):
        read_bio(path)


def test_evaluate_quad_file_end_to_end(coder, tmp_path):
    path = tmp_path / "quad.tsv"
    path.write_text("Kenya and Uganda signed a border agreement.\t1\n"
                    "Chad accused Sudan of shelling border towns.\t3\n"
                    "Egyptian troops attacked rebel positions in the desert.\t4\n"
                    "The weather in Oslo was mild on Sunday.\t0\n", encoding="utf-8")
    report = eval_quad(coder, path)
    assert report.metrics["accuracy"] == 1.0
    assert report.confusion["gold 3"]["pred 3"] == 1 and not report.misses


def test_evaluate_spans_file_end_to_end(coder, tmp_path):
    # (not "Chad accused Sudan of shelling towns": the shelling is Sudan's act, a second event whose
    # source this one-event gold does not mark)
    lines = "Chad B-S\ncondemned O\nSudan B-T\nover O\nthe O\nborder O\nclashes O\n. O\n\n" \
            "Kenya B-R\nand O\nUganda B-R\nmet O\n. O\n"
    path = tmp_path / "spans.bio"
    path.write_text(lines, encoding="utf-8")
    report = eval_spans(coder, path)
    assert report.metrics["source_f1"] == 1.0 and report.metrics["target_f1"] > 0.6


def test_evaluate_gold_records_end_to_end(coder, tmp_path):
    path = tmp_path / "gold.jsonl"
    records = [{"text": "Chad accused Sudan of shelling border towns.", "event": "DISAPPROVE",
                "source": [{"actorText": "Chad", "code": "TCD", "sector": "GOV"}],
                "target": [{"actorText": "Sudan", "code": "SDN", "sector": "GOV"}]},
               {"text": "Kenya and Uganda held talks in Nairobi.", "event": "CONSULT", "source": [], "target": []}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    report = eval_records(coder, path)
    assert report.per_class["ACCUSE"].tp == 1 and report.per_class["CONSULT"].tp == 1
    assert report.metrics["micro_recall"] == 1.0


def test_evaluate_accuracy_bins_leave_out_empty_bins_and_name_the_share():
    from detente.evaluate import accuracy_bins

    scored = [(0.05, False), (0.55, True), (0.58, False), (1.0, True)]
    assert accuracy_bins(scored, (0.0, 0.5, 0.9, 1.01), "strict_accuracy") == [
        {"confidence": "0.0-0.5", "events": 1, "strict_accuracy": 0.0},
        {"confidence": "0.5-0.9", "events": 2, "strict_accuracy": 0.5},
        {"confidence": "0.9-1.0", "events": 1, "strict_accuracy": 1.0}]
    assert accuracy_bins(scored, (0.6, 0.9)) == []
