"""benchmarks/apart.py: a held-apart passage set is counted, and a blind one is never listed."""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "benchmarks"))

import apart  # noqa: E402
from audit import load_rules  # noqa: E402

SET = """# a tiny set
flag:
  - {shape: literal, span: "3.6 ten thousand yuan", text: "Each household received 3.6 ten thousand yuan in subsidies."}
  - {shape: none, span: "rose", text: "Prices rose in March."}
pass:
  - "Each household received 36,000 yuan in subsidies."
  - {text: "Prices rose in March."}
"""


def _write(tmp_path, header=""):
    path = tmp_path / "set.yaml"
    path.write_text(header + SET, encoding="utf-8")
    return str(path)


def test_measure_counts_found_items_and_false_alarms(tmp_path):
    data = apart.load(_write(tmp_path))
    m = apart.measure(load_rules(), data)
    assert m["total"] == {"literal": 1, "none": 1}
    assert m["found"]["literal"] == 1 and m["found"]["none"] == 0
    assert [item["span"] for item in m["missed"]] == ["rose"]
    assert m["stray"] == []


def test_blind_set_refuses_listing(tmp_path, capsys):
    path = _write(tmp_path, apart.BLIND_MARK + "\n")
    assert apart.is_blind(path)
    with pytest.raises(SystemExit) as err:
        apart.main([path, "-v"])
    assert "blind" in str(err.value)
    apart.main([path])
    assert "recall       1/2" in capsys.readouterr().out


def test_span_must_occur_once(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text('flag:\n  - {shape: x, span: "a", text: "a a"}\npass: []\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        apart.load(str(path))
