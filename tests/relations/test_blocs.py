"""Blocs and bridges (issue 13) on planted corpora stored as coded records (synthetic)."""

from __future__ import annotations

import numpy as np
import pytest

from detente.actors.kb import load_default
from detente.relations.blocs import ari, blocs, partition
from detente.relations.planted import plant, write_records

KB = load_default()  # the run's knowledge base, passed to every call as the CLI does


def test_blocs_ari_known_values():
    assert ari([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0
    assert ari([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)


def test_blocs_partition_of_a_balanced_signed_graph():
    camps = [0, 0, 0, 1, 1, 1, 2, 2, 2]
    weights = np.array([[0.0 if i == j else (1.0 if camps[i] == camps[j] else -1.0) for j in range(9)]
                        for i in range(9)])
    labels, q = partition(weights)
    assert ari(camps, labels) == 1.0 and q > 0


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    from detente.store import Store

    result = []
    for seed in (4, 5):  # a camp splits (even), two camps merge (odd)
        truth = plant(seed, noise=0.2, changing=0, stable=0, camps=3, camp_size=5)
        store = Store.open(tmp_path_factory.mktemp(f"camps{seed}") / "camps.duckdb")
        write_records(truth, store)
        result.append((truth, store))
    yield result
    for _, store in result:
        store.close()


def test_blocs_recover_planted_camps_and_moves(planted):
    for truth, store in planted:
        periods = blocs(store, by="year", kb=KB)
        assert [p.period for p in periods] == ["2021", "2022"]
        for period in periods:
            camps = truth.camps[period.period]
            members = sorted(camps)
            assert ari([camps[m] for m in members], [period.camp_of(m) for m in members]) >= 0.9
        moved = {m.key for m in periods[1].moves}
        changed = {c for c in truth.camps["2021"]
                   if any((truth.camps["2021"][c] == truth.camps["2021"][d]) != (truth.camps["2022"][c] ==
                                                                                 truth.camps["2022"][d])
                          for d in truth.camps["2021"])}
        assert moved and moved <= changed


def test_blocs_bridge_has_cooperative_ties_into_two_camps(planted):
    from detente.relations.planted import Planted, PlantedEvent

    truth, _ = planted[0]
    camps = truth.camps["2021"]
    left = [c for c in camps if camps[c] == 0][:3]
    right = [c for c in camps if camps[c] == 1][:3]
    import datetime as dt

    events = []
    for month in range(1, 13):
        day = dt.date(2021, month, 10)
        for group in (left, right):
            for i, x in enumerate(group):
                for y in group[i + 1:]:
                    events.append(PlantedEvent(day, x, y, "cooperative", "057"))
        for x in left:
            for y in right:
                events.append(PlantedEvent(day, x, y, "verbal conflict", "112"))
        events += [PlantedEvent(day, "CHE", left[0], "cooperative", "042"),
                   PlantedEvent(day, "CHE", right[0], "cooperative", "042")]
    names = dict(truth.names) | {"CHE": "Switzerland"}
    from detente.store import Store

    world = Planted(seed=99, noise=0.0, events=events, changes=[], stable=[], camps={}, names=names)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bridge.duckdb") as store:
        write_records(world, store)
        [period] = blocs(store, by=None, kb=KB)
    assert period.period == "all"
    che = next(b for b in period.bridges if b.key == "CHE")
    assert che.camps == sorted({period.camp_of(left[0]), period.camp_of(right[0])})
    assert not {b.key for b in period.bridges} & (set(left[1:]) | set(right[1:]))  # ties inside one camp only
    assert period.camp_of(left[0]) != period.camp_of(right[0])


def test_mediators_a_bridge_between_hostile_camps_ranks_first_and_one_sided_parties_never(tmp_path):
    """Issue 13: a third party with no events with one side is never a mediator candidate."""
    import datetime as dt

    from detente.relations import mediators, resolve_side
    from detente.relations.mediators import BRIDGE_WEIGHT
    from detente.relations.planted import Planted, PlantedEvent
    from detente.store import Store

    west, east = ["FRA", "DEU", "ITA"], ["IRN", "SYR", "IRQ"]
    events = []
    for month in range(1, 13):
        day = dt.date(2022, month, 5)
        for group in (west, east):
            events += [PlantedEvent(day, x, y, "cooperative", "057")
                       for i, x in enumerate(group) for y in group[i + 1:]]
        events += [PlantedEvent(day, x, y, "verbal conflict", "112") for x in west for y in east]
        events += [PlantedEvent(day, "OMN", "FRA", "cooperative", "061"),
                   PlantedEvent(day, "OMN", "IRN", "cooperative", "061"),
                   PlantedEvent(day, "GBR", "FRA", "cooperative", "061"),
                   PlantedEvent(day, "GBR", "FRA", "cooperative", "070")]
    names = {c: c for c in west + east + ["OMN", "GBR"]}
    with Store.open(tmp_path / "mediators.duckdb") as store:
        write_records(Planted(seed=7, noise=0.0, events=events, changes=[], stable=[], camps={}, names=names), store)
        france, iran = resolve_side("FRA", KB, store), resolve_side("IRN", KB, store)
        found = mediators(store, france, iran, kb=KB)
    assert found[0].key == "OMN" and found[0].bridge
    assert found[0].with_a == found[0].with_b == 12
    slow_score = sum(0.5 ** ((dt.date(2022, 12, 5) - dt.date(2022, m, 5)).days / 365.25) for m in range(1, 13))
    assert found[0].score == pytest.approx(2 * slow_score + BRIDGE_WEIGHT, rel=0.01)
    assert "GBR" not in [m.key for m in found]  # close to France, no dealings with Iran


def test_planted_corpus_does_not_move_when_the_knowledge_base_gains_a_country():
    # Before the pool was frozen (session 30) a new country with a demonym reshuffled every corpus, so a
    # knowledge-base addition silently changed these tests and `make eval-changes`.
    import dataclasses

    from detente.actors.kb import Entry

    extra = Entry(id="AAA", name="Ruritania", kind="country", code="AAA", country="AAA", demonyms=("Ruritanian",))
    grown = dataclasses.replace(KB, entries={**KB.entries, "AAA": extra})
    assert plant(4, kb=grown, changing=2, stable=2, camps=3, camp_size=5) == plant(
        4, kb=KB, changing=2, stable=2, camps=3, camp_size=5)


def test_planted_corpus_names_countries_the_knowledge_base_lacks():
    import dataclasses

    shrunk = dataclasses.replace(KB, entries={k: v for k, v in KB.entries.items() if k != "NPL"})
    with pytest.raises(ValueError, match="NPL"):
        plant(4, kb=shrunk)
