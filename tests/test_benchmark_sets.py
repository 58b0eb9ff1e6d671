"""The clean sets the benchmarks read: only those listed in ``benchmarks/clean_sets.py``.

A new clean set is blind until its first measurement; the benchmarks that print every finding
(``terms_detector.py``, ``literal_detector.py`` ...) must not read it before then.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, os.pardir, "benchmarks")
sys.path.insert(0, BENCH)

import clean_sets  # noqa: E402
import detector_bench  # noqa: E402


def test_every_listed_clean_set_is_a_folder_of_stories():
    root = os.path.dirname(BENCH)
    for folder, what in clean_sets.CLEAN_SETS:
        path = os.path.join(root, folder)
        assert os.path.isdir(path), folder
        assert any(name.endswith(".txt") for name in os.listdir(path)), folder
        assert what.strip(), folder


def test_the_finding_benchmarks_read_the_listed_sets_only():
    listed = {os.path.normpath(os.path.join(detector_bench.ROOT, f)) for f, _ in clean_sets.CLEAN_SETS}
    assert {os.path.normpath(d) for d in detector_bench.CLEAN_DIRS} == listed
    read = {os.path.dirname(p) for p, _ in detector_bench.clean_set_texts()}
    assert read == {os.path.relpath(d, detector_bench.ROOT) for d in listed}
