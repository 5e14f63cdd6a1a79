"""Change points in a dyad's series of event counts: the maths (numpy only, no store).

Method: **penalised segmentation by PELT** (Killick, Fearnhead & Eckley 2012, "Optimal detection
of changepoints with a linear computational cost") with a **binomial cost**. Why: events between
two parties are sparse counts; what changes at a turning point is the *mix* of what they do to
each other (the share of cooperation), not how many events the news reports. A binomial
likelihood weighs each period by its number of events (a month with one event says little, one
with forty says a lot) and empty periods cost nothing, so the series is reduced to its non-empty
periods and a change can only start where there is evidence. PELT finds the exact optimum of
``cost + penalty x segments``; unlike comparing two halves it finds several changes and dates each.

Two stages, one question each:

1. cooperation vs conflict: ``k`` = cooperative events (quad classes 1-2) out of ``n`` events;
   a segment is ``cooperative`` when more than half of its events are;
2. inside the conflictual stretches, material vs verbal conflict: ``k`` = material conflict
   events (quad 4) out of the conflict events (quads 3-4): ``material conflict`` when more than half.

Neighbouring segments with the same state are merged; a change of state is a turning point.

Penalty: BIC, ``log(N)`` per extra segment (a segment adds two parameters, its share and its
start: ``2/2 x log N``), N the events of the series - and **scaled to the noise**: the series'
dispersion ``phi`` (Pearson chi-square of the segmented fit over its degrees of freedom, at
least 1) divides the log-likelihood, as in a quasi-binomial model, so that news that reports
events in bursts (over-dispersed counts) needs stronger evidence for a change.

Confidence of a turning point: ``1 / (1 + exp(-(gain - penalty)))``, ``gain`` the log-likelihood
gained by splitting the two merged neighbouring segments at that point (0.5 when the gain just
pays the penalty, near 1 when it is far above).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from detente.mathx import logistic

MIN_DISPERSION_PERIODS = 5  # fewer non-empty periods than this: the dispersion is taken as 1


@dataclass(frozen=True, slots=True)
class Segment:
    """Non-empty periods ``start`` to ``stop`` (excluded) of a series, with its totals."""

    start: int
    stop: int
    k: int
    n: int

    @property
    def share(self) -> float:
        return self.k / self.n if self.n else 0.0


def _xlogx(x: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = x * np.log(x)
    return np.where(x > 0, out, 0.0)


def binomial_cost(k: np.ndarray | float, n: np.ndarray | float) -> np.ndarray:
    """Minus the maximised binomial log-likelihood of ``k`` successes in ``n`` trials (0 when n = 0)."""
    k, n = np.asarray(k, dtype=np.float64), np.asarray(n, dtype=np.float64)
    return _xlogx(n) - _xlogx(k) - _xlogx(n - k)


def pelt(k: np.ndarray, n: np.ndarray, penalty: float, scale: float = 1.0) -> list[int]:
    """Optimal boundaries (indices where a new segment starts, 0 excluded) of the series
    ``k`` of ``n`` (integer counts) minimising ``cost / scale + penalty x (segments - 1)``, by PELT."""
    return pelt_many([k], [n], [penalty], [scale])[0]


def pelt_many(ks: list, ns: list, penalties, scales) -> list[list[int]]:
    """:func:`pelt` of many series at once (series ``i``: ``ks[i]`` of ``ns[i]``, its penalty and
    scale), the same boundaries with the same arithmetic: the series are the rows of one matrix and
    each step of the recursion is done for all of them together (numpy), not series by series."""
    sizes = np.array([len(n) for n in ns], dtype=np.int64)
    out: list[list[int]] = [[] for _ in ns]
    rows = np.flatnonzero(sizes >= 2)
    if len(rows) == 0:
        return out
    rows = rows[np.argsort(-sizes[rows], kind="stable")]  # longest first: the rows still running are a prefix
    size = sizes[rows]
    longest = int(size[0])
    ck = np.zeros((len(rows), longest + 1), dtype=np.int64)
    cn = np.zeros((len(rows), longest + 1), dtype=np.int64)
    for r, i in enumerate(rows):
        ck[r, 1:size[r] + 1] = np.cumsum(np.asarray(ks[i], dtype=np.int64))
        cn[r, 1:size[r] + 1] = np.cumsum(np.asarray(ns[i], dtype=np.int64))
    table = _xlogx(np.arange(int(cn.max()) + 1, dtype=np.float64))  # counts are integers: look up x log x
    scale = np.asarray(scales, dtype=np.float64)[rows][:, None]
    penalty = np.asarray(penalties, dtype=np.float64)[rows]
    best = np.empty((len(rows), longest + 1))
    best[:, 0] = -penalty
    last = np.zeros((len(rows), longest + 1), dtype=np.int64)
    alive = np.zeros((len(rows), longest + 1), dtype=bool)
    alive[:, 0] = True
    running = len(rows)
    for t in range(1, longest + 1):
        while size[running - 1] < t:
            running -= 1
        live = alive[:running, :t]
        kk = ck[:running, t, None] - ck[:running, :t]
        nn = cn[:running, t, None] - cn[:running, :t]
        sc = scale[:running]
        # the same operations in the same order as one series' PELT, so the same floats
        costs = best[:running, :t] + table[nn] / sc - table[kk] / sc - table[nn - kk] / sc
        costs[~live] = np.inf
        pick = np.argmin(costs, axis=1)
        top = costs[np.arange(running), pick]
        best[:running, t] = top + penalty[:running]
        last[:running, t] = pick
        live &= costs <= best[:running, t, None]  # pruning: these can never start the optimum again
        alive[:running, t] = True
    for r, i in enumerate(rows):
        bounds, t = [], int(size[r])
        while t > 0:
            t = int(last[r, t])
            if t > 0:
                bounds.append(t)
        out[i] = sorted(bounds)
    return out


def segments_of(k: np.ndarray, n: np.ndarray, bounds: list[int]) -> list[Segment]:
    edges = [0, *bounds, len(n)]
    return [Segment(s, e, int(np.sum(k[s:e])), int(np.sum(n[s:e]))) for s, e in zip(edges, edges[1:])]


def dispersion(k: np.ndarray, n: np.ndarray, segments: list[Segment]) -> float:
    """Pearson chi-square of the segmented fit over its degrees of freedom, at least 1."""
    if len(n) < MIN_DISPERSION_PERIODS or len(n) <= len(segments):
        return 1.0
    chi2 = 0.0
    for seg in segments:
        p = seg.share
        if 0.0 < p < 1.0:
            kk, nn = k[seg.start:seg.stop], n[seg.start:seg.stop]
            chi2 += float(np.sum((kk - nn * p) ** 2 / (nn * p * (1 - p))))
    return max(1.0, chi2 / (len(n) - len(segments)))


def segment(k: np.ndarray, n: np.ndarray) -> tuple[list[Segment], float, float]:
    """The segments of one binomial series (module docstring), its penalty and its dispersion."""
    return segment_many([k], [n])[0]


def segment_many(ks: list, ns: list) -> list[tuple[list[Segment], float, float]]:
    """:func:`segment` of many series at once (PELT run on all of them together)."""
    ks = [np.asarray(k, dtype=np.int64) for k in ks]
    ns = [np.asarray(n, dtype=np.int64) for n in ns]
    out: list[tuple[list[Segment], float, float]] = [(segments_of(k, n, []), 0.0, 1.0) for k, n in zip(ks, ns)]
    todo = [i for i, n in enumerate(ns) if float(np.sum(n)) > 1 and len(n) >= 2]
    penalties = [math.log(float(np.sum(ns[i]))) for i in todo]
    found = pelt_many([ks[i] for i in todo], [ns[i] for i in todo], penalties, [1.0] * len(todo))
    again = []  # over-dispersed: segmented again with the log-likelihood scaled down
    for i, penalty, bounds in zip(todo, penalties, found):
        first = segments_of(ks[i], ns[i], bounds)
        phi = dispersion(ks[i], ns[i], first)
        out[i] = (first, penalty, phi)
        if phi > 1.0:
            again.append(i)
    scaled = pelt_many([ks[i] for i in again], [ns[i] for i in again], [out[i][1] for i in again],
                       [out[i][2] for i in again])
    for i, bounds in zip(again, scaled):
        out[i] = (segments_of(ks[i], ns[i], bounds), out[i][1], out[i][2])
    return out


def merge(segments: list[Segment], label) -> list[tuple[str, Segment]]:
    """Neighbouring segments with the same label (``label(segment)``) joined into one."""
    out: list[tuple[str, Segment]] = []
    for seg in segments:
        name = label(seg)
        if out and out[-1][0] == name:
            prev = out[-1][1]
            out[-1] = (name, Segment(prev.start, seg.stop, prev.k + seg.k, prev.n + seg.n))
        else:
            out.append((name, seg))
    return out


def confidence(left: Segment, right: Segment, penalty: float, phi: float) -> float:
    """How sure a split between two neighbouring segments is (module docstring)."""
    gain = float(binomial_cost(left.k + right.k, left.n + right.n) - binomial_cost(left.k, left.n)
                 - binomial_cost(right.k, right.n)) / phi
    return logistic(gain - penalty)


def cooperative(segment: Segment) -> bool:
    return segment.share > 0.5
