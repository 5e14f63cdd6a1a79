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
    size = len(n)
    if size < 2:
        return []
    ck = np.concatenate([[0], np.cumsum(np.asarray(k, dtype=np.int64))])
    cn = np.concatenate([[0], np.cumsum(np.asarray(n, dtype=np.int64))])
    table = _xlogx(np.arange(int(cn[-1]) + 1, dtype=np.float64)) / scale  # counts are integers: look up x log x
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
        alive = np.append(alive[costs <= best[t]], t)  # pruning: these can never start the optimum again
    bounds, t = [], size
    while t > 0:
        t = int(last[t])
        if t > 0:
            bounds.append(t)
    return sorted(bounds)


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
    k, n = np.asarray(k, dtype=np.int64), np.asarray(n, dtype=np.int64)
    total = float(np.sum(n))
    if total <= 1 or len(n) < 2:
        return segments_of(k, n, []), 0.0, 1.0
    penalty = math.log(total)
    first = segments_of(k, n, pelt(k, n, penalty))
    phi = dispersion(k, n, first)
    if phi > 1.0:
        first = segments_of(k, n, pelt(k, n, penalty, scale=phi))
    return first, penalty, phi


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
    return 1.0 / (1.0 + math.exp(-(gain - penalty)))


def cooperative(segment: Segment) -> bool:
    return segment.share > 0.5
