"""benchmarks/rule_precision.py --half: a stable split of the MQM data by source segment."""
import hashlib
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

import rule_precision as rp  # noqa: E402
from mqm_data import Segment  # noqa: E402

SOURCES = ["我希望大家能花点时间考虑一个非常简单的事实。", "光是我们了解宇宙的主要途径。", "谢谢大家。",
           "这是第一张照片。", "我们发现了一个新的星系。", "它离我们有十亿光年。", "但这还不是全部。", "为什么？"]


def _segment(system, i, source):
    return Segment(system=system, doc="talk.1", doc_id=1, seg_id=i, source=source, text=f"{system} {i}",
                   spans=(), unlocated=(), raters=frozenset(), score=0.0)


SEGMENTS = [_segment(system, i, src) for system in ("A", "B", "ref") for i, src in enumerate(SOURCES)]


def test_half_is_the_parity_of_the_sources_sha256():
    for src in SOURCES:
        expected = "write" if hashlib.sha256(src.encode("utf-8")).digest()[-1] % 2 == 0 else "check"
        assert rp.half_of(src) == expected
    # surrounding white space does not move a segment to the other half
    assert rp.half_of("  " + SOURCES[0] + "\n") == rp.half_of(SOURCES[0])


def test_halves_partition_the_segments_and_keep_each_source_whole():
    write = rp.select_half(SEGMENTS, "write")
    check = rp.select_half(SEGMENTS, "check")
    assert write and check  # these eight sources fall on both sides
    assert sorted(s.key for s in write + check) == sorted(s.key for s in SEGMENTS)
    assert not {s.source for s in write} & {s.source for s in check}
    # every system's translation of a source segment is in the same half
    for half in (write, check):
        for src in {s.source for s in half}:
            assert {s.system for s in half if s.source == src} == {"A", "B", "ref"}
    assert rp.select_half(SEGMENTS, None) == SEGMENTS


def test_unknown_half_is_refused():
    with pytest.raises(ValueError):
        rp.select_half(SEGMENTS, "both")
    with pytest.raises(SystemExit):
        rp.parse_args(["--half", "both"])


def test_half_option_reaches_the_signature():
    args = rp.parse_args(["--half", "check"])
    assert args.half == "check"
    assert rp.parse_args([]).half is None
