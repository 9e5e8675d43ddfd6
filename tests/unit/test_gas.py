"""The GAS T-score (Kiresuk & Sherman) against cases worked out by hand."""

from __future__ import annotations

import math
from datetime import datetime
from uuid import uuid4

import pytest

from app.errors import BadInput
from app.services.gas import Rated, t_score, t_scores_over_time


def test_every_goal_met_as_expected_is_50():
    assert t_score([0, 0, 0]) == 50


def test_three_goals_each_one_better_than_expected():
    # 10·3 / √(0.7·3 + 0.3·9) = 30 / √4.8 = 13.693…
    assert t_score([1, 1, 1]) == pytest.approx(50 + 30 / math.sqrt(4.8))
    assert t_score([1, 1, 1]) == pytest.approx(63.693, abs=0.001)


def test_one_goal_at_minus_two():
    # 10·(−2) / √(0.7 + 0.3) = −20
    assert t_score([-2]) == pytest.approx(30.0)


def test_unequal_weights():
    # w = (1, 2), x = (+1, −1): 10·(1 − 2) / √(0.7·5 + 0.3·9) = −10 / √6.2 = −4.016…
    assert t_score([1, -1], [1, 2]) == pytest.approx(50 - 10 / math.sqrt(6.2))
    assert t_score([1, -1], [1, 2]) == pytest.approx(45.984, abs=0.001)
    assert t_score([1, -1], [2, 1]) == pytest.approx(50 + 10 / math.sqrt(6.2))


def test_rho_zero_is_the_plain_standardised_sum():
    assert t_score([2, 1], rho=0) == pytest.approx(50 + 30 / math.sqrt(2))


@pytest.mark.parametrize("levels,weights", [([], None), ([3], None), ([1, 1], [1]),
                                            ([1], [0])])
def test_impossible_inputs_are_refused_in_words(levels, weights):
    with pytest.raises(BadInput):
        t_score(levels, weights)


def test_over_time_each_goal_keeps_its_last_level():
    sleep, walks = uuid4(), uuid4()
    march, april, may = datetime(2027, 3, 1), datetime(2027, 4, 1), datetime(2027, 5, 1)
    points = t_scores_over_time([Rated(sleep, march, -1), Rated(walks, march, -1),
                                 Rated(sleep, april, 1), Rated(walks, may, 2)])
    assert [p.at for p in points] == [march, april, may]
    assert points[0].t_score == pytest.approx(t_score([-1, -1]))
    assert points[1].t_score == pytest.approx(t_score([1, -1]))  # walks still at −1
    assert points[2].t_score == pytest.approx(t_score([1, 2]))
    assert [p.goals for p in points] == [2, 2, 2]


def test_over_time_with_weights():
    sleep, walks = uuid4(), uuid4()
    march = datetime(2027, 3, 1)
    [point] = t_scores_over_time([Rated(sleep, march, 1), Rated(walks, march, -1)],
                                 {sleep: 1.0, walks: 2.0})
    assert point.t_score == pytest.approx(t_score([1, -1], [1, 2]))
