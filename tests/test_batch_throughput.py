"""benchmarks/batch_throughput.py: the ``--components`` breakdown runs against the engine as it
is (it calls the detectors the way ``check_documents`` does) and prints every stage."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

import batch_throughput  # noqa: E402


def test_components_prints_every_stage(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The city will give better play to the role of parks.?. It grew 5%.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("BEIJING, July 10 (Xinhua) -- Officials met on Tuesday.\n", encoding="utf-8")
    batch_throughput.components(str(corpus))
    out = capsys.readouterr().out
    assert "CPU by stage" in out and "reading 2 documents" in out
    assert "rules by type" in out and "pattern" in out and "literal" in out
    assert "batched again" in out
