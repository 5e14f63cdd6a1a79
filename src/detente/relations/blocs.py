"""Blocs and bridges: camps of parties from the signed, weighted graph of their relations,
period by period, with who moved between camps, and the parties that bridge camps.

The graph: one edge per pair of parties with at least ``min_events`` dated events in the period,
signed and weighted by ``(cooperative - conflictual) / events x log(1 + events)`` (the net tone,
bounded, growing slowly with the volume of dealings so that a few very busy pairs do not outweigh
the rest).

Camps (structural balance: friends inside a camp, foes across): **SPONGE** signed spectral
clustering (Cucuringu, Davies, Glielmo & Tyagi 2019, "SPONGE: a generalized eigenproblem for
clustering signed networks"): the ``k`` smallest generalised eigenvectors of
``(L+ + D-) v = lambda (L- + D+) v`` (``L+``/``L-`` the Laplacians of the positive/negative
edges, ``D+``/``D-`` their degree matrices), then k-means (k-means++ seeding, fixed seed, best of
ten), then single nodes are moved between camps while that raises the signed modularity
(Louvain's local moving). SPONGE handles more than two camps, unlike the signed Laplacian. The number of camps is the
``k`` (1 to ``MAX_CAMPS``) with the highest **signed modularity** (Gomez, Jensen & Arenas 2009).
Each connected component is split on its own. Implemented with numpy (no maintained Python
library for signed clustering fits our pinned stack: SigNet needs scikit-learn and an old networkx).

Periods: camps are found independently in each period and numbered so that a camp keeps its
number when it keeps most of its members (greedy matching of the largest overlaps); a party
whose camp number changes has **moved**. A **bridge** is a party with cooperative ties (positive
edges) into more than one camp.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

MAX_CAMPS = 8
KMEANS_RESTARTS = 10
KMEANS_ITERATIONS = 60
SEED = 13
MIN_EVENTS = 2


@dataclass(frozen=True, slots=True)
class Camp:
    number: int
    members: list[str]  # party keys, most active first
    names: list[str]


@dataclass(frozen=True, slots=True)
class Move:
    key: str
    name: str
    from_camp: int | None
    to_camp: int


@dataclass(frozen=True, slots=True)
class Bridge:
    key: str
    name: str
    camps: list[int]


@dataclass(frozen=True, slots=True)
class BlocPeriod:
    """The camps of one period, its bridges, and who moved since the period before."""

    period: str
    start: dt.date | None
    camps: list[Camp]
    bridges: list[Bridge]
    moves: list[Move]
    modularity: float

    def camp_of(self, key: str) -> int | None:
        return next((c.number for c in self.camps if key in c.members), None)


def modularity_matrix(weights: np.ndarray) -> np.ndarray:
    """Gomez-Jensen-Arenas: the signed modularity of a partition is the sum of this matrix over
    the pairs of nodes in the same camp."""
    pos, neg = np.clip(weights, 0, None), np.clip(-weights, 0, None)
    wp, wn = pos.sum(), neg.sum()
    if wp + wn == 0:
        return np.zeros_like(weights)
    dp, dn = pos.sum(axis=1), neg.sum(axis=1)
    expected = (np.outer(dp, dp) / wp if wp else 0.0) - (np.outer(dn, dn) / wn if wn else 0.0)
    return (pos - neg - expected) / (wp + wn)


def signed_modularity(weights: np.ndarray, labels: np.ndarray, b: np.ndarray | None = None) -> float:
    """Gomez-Jensen-Arenas modularity of a partition of a signed weighted graph (``b``: its
    :func:`modularity_matrix`, when already computed)."""
    same = labels[:, None] == labels[None, :]
    return float(((modularity_matrix(weights) if b is None else b) * same).sum())


def refine(weights: np.ndarray, labels: np.ndarray, k: int, b: np.ndarray | None = None) -> np.ndarray:
    """Move single nodes to the camp (of ``k``) that raises the signed modularity most, until no
    move does (the local-moving step of Louvain): repairs what k-means got wrong."""
    if b is None:
        b = modularity_matrix(weights)
    labels = labels.copy()
    onehot = np.zeros((len(labels), k))
    onehot[np.arange(len(labels)), labels] = 1.0
    sums = b @ onehot  # sums[i, c]: modularity of node i with camp c
    for _ in range(10 * len(labels)):
        gain = sums - sums[np.arange(len(labels)), labels][:, None] + np.diag(b)[:, None]
        gain[np.arange(len(labels)), labels] = 0.0
        node, camp = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if gain[node, camp] <= 1e-12:
            break
        sums[:, labels[node]] -= b[:, node]
        sums[:, camp] += b[:, node]
        labels[node] = camp
    return labels


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Labels of the best of ``KMEANS_RESTARTS`` k-means runs with k-means++ seeding (the runs'
    iterations are done together, each stopping when its own centres stop moving)."""
    starts = []
    for _ in range(KMEANS_RESTARTS):
        seeds = [points[rng.integers(len(points))]]
        for _ in range(1, k):
            d2 = np.min(((points[:, None, :] - np.array(seeds)[None]) ** 2).sum(-1), axis=1)
            total = d2.sum()
            pick = rng.choice(len(points), p=d2 / total) if total > 0 else rng.integers(len(points))
            seeds.append(points[pick])
        starts.append(np.array(seeds))
    centres = np.stack(starts)  # (runs, k, dimensions)
    labels = np.zeros((len(centres), len(points)), dtype=np.int64)
    running = np.ones(len(centres), dtype=bool)
    for _ in range(KMEANS_ITERATIONS):
        live = np.flatnonzero(running)
        if len(live) == 0:
            break
        now = centres[live]
        found = np.argmin(((points[None, :, None, :] - now[:, None]) ** 2).sum(-1), axis=2)
        labels[live] = found
        moved = _means(points, found, now)
        still = np.all(np.abs(moved - now) <= 1e-8 + 1e-5 * np.abs(now), axis=(1, 2))  # np.allclose, per run
        centres[live[~still]] = moved[~still]
        running[live[still]] = False
    best, best_inertia = np.zeros(len(points), dtype=np.int64), math.inf
    for run in range(len(centres)):
        inertia = float(((points - centres[run][labels[run]]) ** 2).sum())
        if inertia < best_inertia:
            best, best_inertia = labels[run], inertia
    return best


def _means(points: np.ndarray, labels: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """The mean of each run's camps' points (``labels``: runs x points; a camp without points
    keeps its centre): the sums are taken point by point in order, as ``points[labels ==
    j].mean(0)`` takes them, so the same floats."""
    runs, k = centres.shape[:2]
    dims = points.shape[1]
    flat = (labels + k * np.arange(runs)[:, None]).ravel()
    sizes = np.bincount(flat, minlength=runs * k).reshape(runs, k)
    cells = (flat[:, None] * dims + np.arange(dims)).ravel()  # (run, camp, dimension), point by point
    sums = np.bincount(cells, weights=np.tile(points.ravel(), runs), minlength=runs * k * dims).reshape(runs, k, dims)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / sizes[:, :, None]
    return np.where(sizes[:, :, None] > 0, means, centres)


def sponge(weights: np.ndarray, k: int, tau: float = 1.0) -> np.ndarray:
    """The SPONGE embedding of a connected signed graph: its ``k`` smallest generalised
    eigenvectors, one row per node (module docstring)."""
    pos, neg = np.clip(weights, 0, None), np.clip(-weights, 0, None)
    dp, dn = np.diag(pos.sum(1)), np.diag(neg.sum(1))
    left = dp - pos + tau * dn
    right = dn - neg + tau * dp + 1e-6 * np.eye(len(weights))
    inv = np.linalg.inv(np.linalg.cholesky(right))
    _, vectors = np.linalg.eigh(inv @ left @ inv.T)
    return inv.T @ vectors[:, :k]


def partition(weights: np.ndarray, seed: int = SEED) -> tuple[np.ndarray, float]:
    """Camp labels (0..k-1) of every node of a signed weighted graph, and the modularity."""
    size = len(weights)
    labels = np.full(size, -1, dtype=np.int64)
    adjacency = weights != 0
    rng = np.random.default_rng(seed)
    next_label = 0
    for component in _components(adjacency):
        sub = weights[np.ix_(component, component)]
        b = modularity_matrix(sub)
        best, best_q = np.zeros(len(component), dtype=np.int64), signed_modularity(sub, np.zeros(len(component)), b)
        most = min(MAX_CAMPS, len(component))
        if most >= 2:  # a single node is its own camp
            embedding = sponge(sub, most)
            for k in range(2, most + 1):
                found = refine(sub, kmeans(embedding[:, :k], k, rng), k, b)
                q = signed_modularity(sub, found, b)
                if q > best_q + 1e-9:
                    best, best_q = found, q
        _, best = np.unique(best, return_inverse=True)
        labels[component] = best + next_label
        next_label += int(best.max()) + 1
    return labels, signed_modularity(weights, labels)


def _components(adjacency: np.ndarray) -> list[np.ndarray]:
    seen = np.zeros(len(adjacency), dtype=bool)
    out = []
    for start in range(len(adjacency)):
        if seen[start]:
            continue
        stack, members = [start], []
        seen[start] = True
        while stack:
            node = stack.pop()
            members.append(node)
            for other in np.flatnonzero(adjacency[node] & ~seen):
                seen[other] = True
                stack.append(int(other))
        out.append(np.array(sorted(members)))
    return out


def edge_weight(cooperative: np.ndarray, conflictual: np.ndarray) -> np.ndarray:
    """The signed weight of an edge (module docstring)."""
    events = cooperative + conflictual
    return np.where(events > 0, (cooperative - conflictual) / np.maximum(events, 1) * np.log1p(events), 0.0)


def ari(truth: list, found: list) -> float:
    """Adjusted Rand index of two labelings of the same items (Hubert & Arabie 1985)."""
    _, t = np.unique(np.asarray(truth, dtype=str), return_inverse=True)
    _, f = np.unique(np.asarray(found, dtype=str), return_inverse=True)
    table = np.zeros((t.max() + 1, f.max() + 1))
    np.add.at(table, (t, f), 1)

    def pairs(x):
        return (x * (x - 1) / 2).sum()

    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    total = len(t) * (len(t) - 1) / 2
    expected = rows * cols / total if total else 0.0
    top = (rows + cols) / 2 - expected
    return 1.0 if top == 0 else float((index - expected) / top)


def blocs(store, *, by: str | None = "year", since: dt.date | None = None, until: dt.date | None = None,
          min_events: int = MIN_EVENTS, grouping: str = "party", include_historical: bool = True,
          kb=None) -> list[BlocPeriod]:
    """The camps of each period (``by``: week, month, quarter, year; ``None``: the whole span
    as one period), oldest first (module docstring)."""
    from detente.relations.changes import parties_of, period_label
    from detente.store.aggregates import pair_period_counts

    parties, index = parties_of(store, grouping, kb)
    counts = pair_period_counts(store, parties, by or "year", since=since, until=until,
                                include_historical=include_historical)
    starts: list[tuple[dt.date | None, str]]  # None, "all": the whole span
    if by is None:
        starts = [(None, "all")] if len(counts["a"]) else []
        group = np.zeros(len(counts["a"]), dtype=np.int64)
    else:
        periods, group = np.unique(counts["period"], return_inverse=True)  # oldest first
        starts = [(p.astype(dt.date), period_label(p.astype(dt.date), by)) for p in periods]
    out, previous = [], None
    for number, (start, label) in enumerate(starts):
        rows = group == number
        period = _period(label, start, {k: v[rows] for k, v in counts.items()}, min_events, index, previous)
        out.append(period)
        previous = period
    return out


def _period(label, start, counts: dict, min_events: int, index, previous: BlocPeriod | None) -> BlocPeriod:
    a, b = counts["a"].astype(str), counts["b"].astype(str)
    coop = counts["cooperative"].astype(np.float64)
    conflict = (counts["verbal_conflict"] + counts["material_conflict"]).astype(np.float64)
    pair_totals: dict[tuple[str, str], list[float]] = {}
    for x, y, c, k in zip(a, b, coop, conflict):
        total = pair_totals.setdefault((x, y), [0.0, 0.0])
        total[0] += c
        total[1] += k
    kept = {pair: ck for pair, ck in pair_totals.items() if ck[0] + ck[1] >= min_events}
    nodes = sorted({n for pair in kept for n in pair})
    where = {n: i for i, n in enumerate(nodes)}
    weights = np.zeros((len(nodes), len(nodes)))
    activity = np.zeros(len(nodes))
    signs = edge_weight(np.array([ck[0] for ck in kept.values()]), np.array([ck[1] for ck in kept.values()]))
    for ((x, y), (c, k)), w in zip(kept.items(), signs.tolist()):
        weights[where[x], where[y]] = weights[where[y], where[x]] = w
        activity[where[x]] += c + k
        activity[where[y]] += c + k
    labels, q = partition(weights) if nodes else (np.zeros(0, dtype=np.int64), 0.0)
    numbers = _renumber(nodes, labels, previous)
    camp_of = {n: numbers[int(labels[i])] for i, n in enumerate(nodes)}
    camps = []
    for number in sorted(set(camp_of.values())):
        members = sorted((n for n in nodes if camp_of[n] == number), key=lambda n: (-activity[where[n]], n))
        camps.append(Camp(number=number, members=members, names=[index.name(m) for m in members]))
    bridges = []
    camp_numbers = np.array([camp_of[n] for n in nodes], dtype=np.int64)
    for i, n in enumerate(nodes):
        tied = [int(c) for c in np.unique(camp_numbers[weights[i] > 0])]
        if len(tied) > 1:
            bridges.append(Bridge(key=n, name=index.name(n), camps=tied))
    moves = []
    if previous is not None:
        for n in nodes:
            before = previous.camp_of(n)
            if before is not None and before != camp_of[n]:
                moves.append(Move(key=n, name=index.name(n), from_camp=before, to_camp=camp_of[n]))
    return BlocPeriod(period=label, start=start, camps=camps, bridges=bridges, moves=moves, modularity=q)


def compare(previous: BlocPeriod, current: BlocPeriod) -> list[Move]:
    """Who is in another camp in ``current`` than in ``previous`` (camps matched by their largest
    overlaps, as between periods); parties present in both only."""
    nodes = [m for c in current.camps for m in c.members]
    labels = np.array([current.camp_of(n) for n in nodes], dtype=np.int64)
    numbers = _renumber(nodes, labels, previous)
    names = {m: n for c in current.camps for m, n in zip(c.members, c.names)}
    out = []
    for node, label in zip(nodes, labels):
        before = previous.camp_of(node)
        if before is not None and before != numbers[int(label)]:
            out.append(Move(key=node, name=names[node], from_camp=before, to_camp=int(label)))
    return out


def _renumber(nodes: list[str], labels: np.ndarray, previous: BlocPeriod | None) -> dict[int, int]:
    """Camp numbers (from 1) for this period's labels: a camp takes the number of the previous
    period's camp it shares most members with (largest overlaps first), else a new number."""
    found = sorted(set(int(x) for x in labels))
    if previous is None or not previous.camps:
        by_size = sorted(found, key=lambda lab: (-int(np.sum(labels == lab)), lab))
        return {lab: i + 1 for i, lab in enumerate(by_size)}
    overlaps = []
    for lab in found:
        members = {nodes[i] for i in np.flatnonzero(labels == lab)}
        for camp in previous.camps:
            shared = len(members & set(camp.members))
            if shared:
                overlaps.append((-shared, lab, camp.number))
    out, taken = {}, set()
    for _, lab, number in sorted(overlaps):
        if lab not in out and number not in taken:
            out[lab] = number
            taken.add(number)
    fresh = max([c.number for c in previous.camps] + list(taken) + [0]) + 1
    for lab in found:
        if lab not in out:
            out[lab] = fresh
            fresh += 1
    return out
