"""benchmarks/mqm_correlation.py: the tau-b, system-level and rank helpers on small tables
(no ../shared/data)."""
import math
import os
import sys
from collections import namedtuple

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

import mqm_correlation as mc  # noqa: E402

Seg = namedtuple("Seg", "system doc seg_id")


@pytest.mark.parametrize("x, y, expected", [
    ([1, 2, 3, 4], [1, 2, 3, 4], 1.0),
    ([1, 2, 3, 4], [4, 3, 2, 1], -1.0),
    ([1, 2, 3], [1, 3, 2], 1 / 3),
    # tau-b with ties: C=4, D=0, one pair tied in x, one in y: 4 / sqrt(5 * 5)
    ([1, 1, 2, 3], [1, 2, 2, 3], 4 / 5),
    ([1, 2, 3, 4], [2, 1, 4, 3], 1 / 3),
])
def test_kendall_tau_b(x, y, expected):
    assert mc.kendall_tau_b(x, y) == pytest.approx(expected)


def test_kendall_tau_b_constant_is_nan():
    assert math.isnan(mc.kendall_tau_b([1, 1, 1], [1, 2, 3]))


def test_kendall_tau_b_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    x = [0, 0, -1, -5, 0, -1, -0.1, 0, -2, -2]
    y = [-1, 0, -3, -7, 0, -1, -2, -0.5, -1, -6]
    assert mc.kendall_tau_b(x, y) == pytest.approx(scipy_stats.kendalltau(x, y, variant="b").statistic)


def test_system_tau_uses_each_systems_mean():
    segs = [Seg("a", "d", 1), Seg("a", "d", 2), Seg("b", "d", 1), Seg("b", "d", 2), Seg("c", "d", 1)]
    values = [1.0, 3.0, 0.0, 0.0, 5.0]    # means a 2, b 0, c 5
    human = [-1.0, -1.0, -4.0, -2.0, 0.0]  # means a -1, b -3, c 0
    assert mc.system_tau(segs, values, human, ["a", "b", "c"]) == pytest.approx(1.0)
    assert mc.system_tau(segs, [-v for v in values], human, ["a", "b", "c"]) == pytest.approx(-1.0)


def test_item_ranks_scale_and_ties():
    segs = [Seg("ref", "d", 1), Seg("x", "d", 1), Seg("y", "d", 1),
            Seg("ref", "d", 2), Seg("x", "d", 2), Seg("y", "d", 2)]
    # item 1: ref best (rank 0); item 2: ref tied with x, y better -> (1 + 0.5) / 2 = 0.75
    values = [3.0, 2.0, 1.0, 1.0, 1.0, 2.0]
    assert mc.item_ranks(segs, values, "ref") == pytest.approx((0 + 0.75) / 2)
    assert mc.item_ranks(segs, values, "y") == pytest.approx((1.0 + 0.0) / 2)
    assert math.isnan(mc.item_ranks(segs, values, "absent"))


def test_correlations_counts_constant_items_as_zero_in_item0():
    segs = [Seg(s, "d", i) for i in (1, 2) for s in ("ref", "refB", "x")]
    values = [0.0, 1.0, 2.0, 5.0, 5.0, 5.0]   # item 2 constant: skipped in "item"
    human = [-2.0, -1.0, 0.0, -1.0, 0.0, -3.0]
    row = mc.correlations(segs, values, human, [2, 5], ["ref", "refB", "x"])
    assert row["item_grouped"] == pytest.approx(1.0) and row["items"] == 1
    assert row["item_grouped_all"] == pytest.approx(0.5)
    assert row["rank_ref"] == pytest.approx((1.0 + 0.5) / 2)


def test_standardized():
    z = mc.standardized([1.0, 2.0, 3.0])
    assert z == pytest.approx([-math.sqrt(1.5), 0.0, math.sqrt(1.5)])
    assert mc.standardized([2.0, 2.0]) == [0.0, 0.0]


def test_partial_tau_holds_the_control_fixed():
    x, y, z = [1, 3, 2, 5, 4, 6], [2, 1, 4, 3, 6, 5], [1, 2, 3, 4, 5, 6]
    # x has 2 of its 15 pairs out of order against z, y has 3, x against y 5: tau = (C - D) / 15
    txy, txz, tyz = 5 / 15, 11 / 15, 9 / 15
    assert mc.kendall_tau_b(x, y) == pytest.approx(txy)
    assert mc.kendall_tau_b(x, z) == pytest.approx(txz) and mc.kendall_tau_b(y, z) == pytest.approx(tyz)
    expected = (txy - txz * tyz) / math.sqrt((1 - txz ** 2) * (1 - tyz ** 2))
    assert mc.partial_tau(x, y, z) == pytest.approx(expected)
    assert expected < txy                       # most of their agreement was the control's
    assert mc.partial_tau(y, x, z) == pytest.approx(mc.partial_tau(x, y, z))
    assert math.isnan(mc.partial_tau(x, y, y))  # nothing left when y is the control


def test_a_missing_data_file_is_one_line_and_exit_2(tmp_path, capsys):
    assert mc.main(["--data", str(tmp_path / "missing.tsv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot load ") and "\n" not in err
