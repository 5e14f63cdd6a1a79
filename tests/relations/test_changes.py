"""Turning points (issue 13): the segmentation maths on hand-built counts, and the whole chain on
planted corpora stored as coded records (synthetic; no spaCy needed)."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import numpy as np
import pytest

from detente.actors.kb import load_default
from detente.relations import segment as seg
from detente.relations.changes import TurningPoint, find_changes, trend_of_counts, turning_points
from detente.relations.dyad import summarize, trend_of
from detente.relations.planted import plant, write_records

KB = load_default()  # the run's knowledge base, passed to every call as the CLI does


def _series(*regimes):
    """Counts per period from (periods, events per period, state) regimes."""
    events, coop, verbal, material = [], [], [], []
    for periods, n, state in regimes:
        for _ in range(periods):
            events.append(n)
            coop.append(n if state == "cooperative" else 0)
            verbal.append(n if state == "verbal conflict" else 0)
            material.append(n if state == "material conflict" else 0)
    return events, coop, verbal, material


def test_segment_pelt_dates_a_change_in_the_share():
    k = np.array([4, 4, 3, 4, 4, 0, 1, 0, 0, 0])
    n = np.array([4, 4, 4, 4, 4, 4, 4, 4, 4, 4])
    segments, penalty, _ = seg.segment(k, n)
    assert [s.start for s in segments] == [0, 5] and penalty == pytest.approx(np.log(40))


def test_segment_no_change_in_a_steady_series():
    k, n = np.array([3, 2, 3, 3, 2, 3, 3, 2]), np.array([3, 3, 3, 3, 3, 3, 3, 3])
    assert len(seg.segment(k, n)[0]) == 1


def test_changes_each_kind_from_counts():
    assert [c.kind for c in find_changes(*_series((6, 3, "cooperative"), (6, 3, "verbal conflict")))] == ["break"]
    assert [c.kind for c in find_changes(*_series((6, 3, "material conflict"), (6, 3, "cooperative")))] == \
        ["rapprochement"]
    found = find_changes(*_series((6, 3, "verbal conflict"), (6, 3, "material conflict"), (6, 3, "verbal conflict")))
    assert [(c.kind, c.index) for c in found] == [("escalation", 6), ("de-escalation", 12)]
    assert find_changes(*_series((12, 2, "cooperative"))) == []


def test_changes_a_relation_opened_by_reducing_relations_starts_with_a_break():
    events, coop, verbal, material = _series((1, 1, "material conflict"), (2, 2, "cooperative"))
    [opening, mending] = find_changes(events, coop, verbal, material, reduce=[1, 0, 0])
    assert (opening.kind, opening.index, opening.before[0]) == ("break", 0, "unrecorded")
    assert (mending.kind, mending.index) == ("rapprochement", 1)
    assert [c.kind for c in find_changes(events, coop, verbal, material, reduce=[0, 0, 0])] == ["rapprochement"]


def test_dyad_trend_cooperative_then_hostile_is_worsening():
    """Regression (issue 13): twelve cooperative months then twelve hostile ones read 'stable'."""
    def month(number, quad, goldstein):
        day = dt.date(2021 + number // 12, number % 12 + 1, 1)
        return summarize(day.isoformat()[:7], day, [
            SimpleNamespace(id=f"e{number}-{i}", quad_class=quad, goldstein=goldstein, plover=None, cameo="010",
                            first_day=day) for i in range(3)])

    periods = [month(m, 1, 4.0) for m in range(12)] + [month(m, 4, -8.0) for m in range(12, 24)]
    assert trend_of(periods) == "worsening"
    assert trend_of(periods[:12]) == "stable"
    assert trend_of_counts(*_series((8, 2, "verbal conflict"), (8, 2, "cooperative"))) == "improving"


def test_dyad_trend_of_a_relation_opened_by_a_break_in_its_one_month_is_worsening():
    """A pair whose events all fall in one month, opened by a sanction, has a turning point in
    `detente changes` (a break from 'unrecorded'); its trend read 'n/a', which contradicted it."""
    day = dt.date(2024, 11, 1)
    events = [SimpleNamespace(id=f"e{i}", quad_class=quad, goldstein=-4.0, plover=plover, cameo="163",
                              first_day=day) for i, (quad, plover) in enumerate([(4, "SANCTION"), (3, "ACCUSE"),
                                                                                 (3, "ACCUSE")])]
    month = summarize("2024-11", day, events)
    assert [c.kind for c in find_changes([3], [0], [2], [1], reduce=[1])] == ["break"]
    assert trend_of([month]) == "worsening"
    assert trend_of_counts([3], [0], [2], [1], [1]) == "worsening"
    assert trend_of_counts([3], [3], [0], [0], [0]) == "n/a"  # one month, nothing says it changed
    assert trend_of_counts([], [], [], [], []) == "n/a"


def test_dyad_trend_counts_sanctions_coded_coerce_as_reducing_relations():
    """Sanctions are CAMEO 163 with the PLOVER type COERCE: the store's turning points count CAMEO 16 as
    reducing relations, so the dyad's trend must too (it looked for the PLOVER type SANCTION only)."""
    day = dt.date(2024, 11, 1)
    events = [SimpleNamespace(id=f"e{i}", quad_class=quad, goldstein=-4.0, plover=plover, cameo=cameo, first_day=day)
              for i, (quad, plover, cameo) in enumerate([(4, "COERCE", "163"), (3, "ACCUSE", "112"),
                                                         (3, "ACCUSE", "112")])]
    month = summarize("2024-11", day, events)
    assert month.reduce_relations == 1
    assert trend_of([month]) == "worsening"


@pytest.fixture(scope="module")
def planted_store(tmp_path_factory):
    from detente.store import Store

    planted = plant(3, noise=0.1, changing=4, stable=4, camps=2, camp_size=4)
    store = Store.open(tmp_path_factory.mktemp("planted") / "planted.duckdb")
    write_records(planted, store)
    yield planted, store
    store.close()


def _month_number(day: dt.date) -> int:
    return day.year * 12 + day.month


def test_changes_finds_the_planted_turning_points(planted_store):
    planted, store = planted_store
    found = turning_points(store, by="month", kb=KB)
    assert all(isinstance(t, TurningPoint) for t in found)
    for truth in planted.changes:
        hits = [t for t in found if (t.a_key, t.b_key) == (truth.a, truth.b)]
        assert [t.kind for t in hits] == [truth.kind], truth
        assert abs(_month_number(hits[0].date) - _month_number(truth.date)) <= 1
        assert hits[0].a == planted.names[truth.a] and hits[0].evidence
    for a, b in planted.stable:
        assert not [t for t in found if (t.a_key, t.b_key) == (a, b)]
    assert [t.date for t in found] == sorted((t.date for t in found), reverse=True)


def test_changes_evidence_is_stored_events_of_both_states(planted_store):
    planted, store = planted_store
    truth = next(c for c in planted.changes if c.kind == "break")
    [brk] = [t for t in turning_points(store, kb=KB) if (t.a_key, t.b_key) == (truth.a, truth.b)]
    events = [store.event(e) for e in brk.evidence]
    before = [e for e in events if e.first_day < brk.date]
    after = [e for e in events if e.first_day >= brk.date]
    assert before and after
    assert all(e.quad_class in (1, 2) for e in before) and all(e.quad_class in (3, 4) for e in after)
    assert brk.before.state == "cooperative" and brk.after.state in ("verbal conflict", "material conflict")
    assert brk.before.end < brk.date <= brk.after.start


def test_changes_json_is_plain(planted_store):
    _, store = planted_store
    [first, *_] = turning_points(store, by="quarter", kb=KB)
    data = json.loads(json.dumps(first.to_dict()))
    assert set(data) >= {"a", "b", "kind", "date", "before", "after", "confidence", "evidence"}
    assert dt.date.fromisoformat(data["date"]) and data["period"].count("-Q") == 1
    assert 0.0 <= data["confidence"] <= 1.0 and data["before"]["state"] in ("cooperative", "verbal conflict",
                                                                           "material conflict", "unrecorded")


def test_changes_actor_filter_and_min_events(planted_store):
    planted, store = planted_store
    from detente.relations import resolve_side

    truth = planted.changes[0]
    side = resolve_side(truth.a, KB, store)
    found = turning_points(store, [side], kb=KB)
    assert found and all(truth.a in (t.a_key, t.b_key) for t in found)
    assert turning_points(store, min_events=10_000, kb=KB) == []
    with pytest.raises(ValueError, match="by must be one of"):
        turning_points(store, by="day", kb=KB)


def test_changes_seed_article_shows_the_2012_break_and_the_rapprochement(coder, shared_dir, tmp_path):
    """The user's example story: Hamas left Damascus in 2012, and has been mending since 2017."""
    from detente.io import read_inputs
    from detente.relations import resolve_side
    from detente.store import Store, ingest

    store = Store.open(tmp_path / "seed.duckdb")
    path = str(shared_dir / "seed" / "000_9f22587bb5b35aa5.txt")
    ingest(read_inputs([path], default_date=dt.date(2020, 3, 5)), store, coder)
    sides = [resolve_side("Hamas", KB, store), resolve_side("Syria", KB, store)]
    found = sorted(turning_points(store, sides, by="year", kb=KB), key=lambda t: t.date)
    store.close()
    assert [(t.kind, t.date.year) for t in found][:1] == [("break", 2012)]
    assert any(t.kind == "rapprochement" and t.date.year > 2012 for t in found)


def test_changes_on_a_planted_corpus_coded_by_detente(coder, tmp_path):
    """The same corpora as synthetic wire sentences, coded by the real coder (issue 13)."""
    from detente.io import read_inputs
    from detente.relations.planted import wire_articles
    from detente.store import Store, ingest

    planted = plant(2, noise=0.0, changing=2, stable=1, camps=0, camp_size=0, rate=(3.0, 4.0), sparse=0.0)
    source = tmp_path / "planted.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in wire_articles(planted)) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "coded.duckdb") as store:
        assert ingest(read_inputs([str(source)]), store, coder).failed == 0
        found = turning_points(store, by="month", kb=KB)
    for truth in planted.changes:  # a break and a rapprochement
        hits = [t for t in found if {t.a_key, t.b_key} == {truth.a, truth.b}]
        assert [t.kind for t in hits] == [truth.kind], (truth, hits)
        assert abs(_month_number(hits[0].date) - _month_number(truth.date)) <= 1
    [(a, b)] = planted.stable
    assert not [t for t in found if {t.a_key, t.b_key} == {a, b}]
