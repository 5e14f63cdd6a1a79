"""Small numeric helpers shared by the fitted models and the scripts that fit them."""

from __future__ import annotations

from typing import overload

import numpy as np

CLIP = 30.0  # exp(30) is about 1e13: far from overflow, and 1 / (1 + exp(-30)) is 1.0 to double precision


@overload
def logistic(z: float) -> float: ...
@overload
def logistic(z: np.ndarray) -> np.ndarray: ...
def logistic(z):
    """1 / (1 + exp(-z)) with z clipped to [-30, 30] so that no exponent overflows: a float for a number,
    an array (element by element) for an array."""
    if isinstance(z, float):  # one number (np.float64 too): np.clip on a scalar costs ten times the rest
        return float(1.0 / (1.0 + np.exp(-min(max(z, -CLIP), CLIP))))  # max(nan, ...) is nan, as np.clip
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -CLIP, CLIP)))
    return float(p) if np.ndim(p) == 0 else p
