"""The one clipped logistic the confidence model, the attacher and their fitting scripts share."""

from __future__ import annotations

import math
import warnings

import numpy as np

from detente.mathx import logistic


def test_mathx_logistic_of_a_number_is_a_float():
    value = logistic(1.5)
    assert type(value) is float and abs(value - 1 / (1 + math.exp(-1.5))) < 1e-15
    assert logistic(0.0) == 0.5


def test_mathx_logistic_of_an_array_is_element_by_element():
    z = np.array([[-2.0, 0.0], [1.0, 3.0]])
    p = logistic(z)
    assert p.shape == (2, 2)
    assert np.allclose(p, [[1 / (1 + math.exp(2.0)), 0.5], [1 / (1 + math.exp(-1.0)), 1 / (1 + math.exp(-3.0))]])


def test_mathx_logistic_clips_instead_of_overflowing():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow in exp would be a RuntimeWarning
        low, high = logistic(np.array([-1e6, 1e6]))
        assert low == logistic(-30.0) == 1 / (1 + math.exp(30.0)) and high == logistic(30.0)
        assert logistic(-1e308) == logistic(-30.0)


def test_mathx_logistic_of_a_number_is_np_clips_value_bit_for_bit():
    # a float skips np.clip (slow on one number); the confidence in the output must not change
    z = [-1e308, -31.0, -30.0, -29.999, -7.25, -0.0, 0.0, 1e-12, 0.4375, 2.5, 29.999, 30.0, 31.0, 1e308]
    z += [k / 97 for k in range(-3000, 3001, 7)]
    clipped = [float(1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))) for x in z]
    assert [logistic(x) for x in z] == clipped
    assert [logistic(np.float64(x)) for x in z] == clipped
    assert math.isnan(logistic(float("nan")))
