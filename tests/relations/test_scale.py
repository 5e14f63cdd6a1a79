"""Turning points and camps at scale (issue 13, item 7): the batched maths (PELT on many series at
once, k-means runs done together) gives exactly what the one-series versions gave. The
references below are the implementations they replaced, kept here verbatim as the oracle."""

from __future__ import annotations

import math

import numpy as np

from detente.relations import blocs as bl
from detente.relations import segment as seg
from detente.relations.changes import find_changes, find_changes_many


def _reference_pelt(k, n, penalty, scale=1.0):
    """PELT on one series, as segment.pelt was written before the batched version."""
    size = len(n)
    if size < 2:
        return []
    ck = np.concatenate([[0], np.cumsum(np.asarray(k, dtype=np.int64))])
    cn = np.concatenate([[0], np.cumsum(np.asarray(n, dtype=np.int64))])
    table = seg._xlogx(np.arange(int(cn[-1]) + 1, dtype=np.float64)) / scale
    best = np.empty(size + 1)
    best[0] = -penalty
    last = np.zeros(size + 1, dtype=np.int64)
    alive = np.array([0], dtype=np.int64)
    for t in range(1, size + 1):
        kk, nn = ck[t] - ck[alive], cn[t] - cn[alive]
        costs = best[alive] + table[nn] - table[kk] - table[nn - kk]
        pick = int(np.argmin(costs))
        best[t] = costs[pick] + penalty
        last[t] = alive[pick]
        alive = np.append(alive[costs <= best[t]], t)
    bounds, t = [], size
    while t > 0:
        t = int(last[t])
        if t > 0:
            bounds.append(t)
    return sorted(bounds)


def _random_series(rng, count):
    """Series of non-empty periods with zero, one or two changes of share, some over-dispersed."""
    out = []
    for _ in range(count):
        size = int(rng.integers(1, 60))
        n = rng.integers(1, 12, size)
        cuts = sorted(rng.integers(0, max(size, 1), int(rng.integers(0, 3))))
        share = np.full(size, rng.uniform())
        for cut in cuts:
            share[cut:] = rng.uniform()
        k = rng.binomial(n, share)
        if rng.random() < 0.3:  # bursts: whole periods of one kind
            burst = rng.random(size) < 0.2
            k = np.where(burst, n, k)
        out.append((k.astype(np.int64), n.astype(np.int64)))
    return out


def test_scale_pelt_many_gives_each_series_its_own_pelt():
    rng = np.random.default_rng(3)
    series = _random_series(rng, 300)
    penalties = [math.log(max(2, int(n.sum()))) for _, n in series]
    scales = [1.0 if i % 3 else 1.0 + rng.uniform(0, 3) for i in range(len(series))]
    batched = seg.pelt_many([k for k, _ in series], [n for _, n in series], penalties, scales)
    alone = [_reference_pelt(k, n, p, s) for (k, n), p, s in zip(series, penalties, scales)]
    assert batched == alone
    assert sum(len(b) for b in alone) > 50  # the series do have changes to find


def test_scale_find_changes_many_is_find_changes_of_each():
    rng = np.random.default_rng(5)
    series = []
    for k, n in _random_series(rng, 200):
        material = rng.binomial(n - k, 0.5)
        reduce = (rng.random(len(n)) < 0.1).astype(np.int64)
        series.append((n, k, n - k - material, material, reduce))
    together = find_changes_many(series)
    assert together == [find_changes(*s) for s in series]
    assert sum(len(c) for c in together) > 30


def _reference_kmeans(points, k, rng):
    """k-means as blocs.kmeans was written before its runs were batched."""
    best, best_inertia = np.zeros(len(points), dtype=np.int64), math.inf
    for _ in range(bl.KMEANS_RESTARTS):
        seeds = [points[rng.integers(len(points))]]
        for _ in range(1, k):
            d2 = np.min(((points[:, None, :] - np.array(seeds)[None]) ** 2).sum(-1), axis=1)
            total = d2.sum()
            pick = rng.choice(len(points), p=d2 / total) if total > 0 else rng.integers(len(points))
            seeds.append(points[pick])
        centres = np.array(seeds)
        for _ in range(bl.KMEANS_ITERATIONS):
            labels = np.argmin(((points[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
            moved = np.array([points[labels == j].mean(0) if np.any(labels == j) else centres[j] for j in range(k)])
            if np.allclose(moved, centres):
                break
            centres = moved
        inertia = float(((points - centres[labels]) ** 2).sum())
        if inertia < best_inertia:
            best, best_inertia = labels, inertia
    return best


def test_scale_batched_kmeans_gives_the_same_camps():
    data = np.random.default_rng(11)
    for k in range(2, bl.MAX_CAMPS + 1):
        centres = data.normal(0, 3, (k, k))
        points = centres[data.integers(0, k, 150)] + data.normal(0, 1.5, (150, k))
        found = bl.kmeans(points, k, np.random.default_rng(k))
        assert np.array_equal(found, _reference_kmeans(points, k, np.random.default_rng(k)))
