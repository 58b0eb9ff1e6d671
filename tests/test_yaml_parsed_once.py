"""Large YAML files (the rule catalog) are parsed once per content and read back from the
cache directory (``yamlio.load_file``): the same data as parsing, never stale, never an error."""
import datetime

import pytest
import yaml

from audit import yamlio


def _big(tmp_path, body, name="big.yaml"):
    path = tmp_path / name
    text = body + "".join(f"rule{k}:\n  id: r{k}\n  text: \"line {k} with ünïcode\"\n  n: [{k}, {k}.5, true, null]\n"
                          for k in range(yamlio.PARSED_KEPT_BYTES // 40))
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= yamlio.PARSED_KEPT_BYTES
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _no_parsing(monkeypatch):
    def refuse(stream):
        raise AssertionError("parsed again")

    monkeypatch.setattr(yamlio, "load", refuse)


def test_a_large_file_is_read_back_as_parsed(tmp_path, cache, monkeypatch):
    path = _big(tmp_path, "top: {a: 1, b: [x, y]}\n")
    raw, data = yamlio.load_file(str(path))
    assert data == yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(cache.glob("tables/yaml-*.marshal"))
    with monkeypatch.context() as m:
        _no_parsing(m)
        assert yamlio.load_file(str(path)) == (raw, data)


def test_changed_content_is_parsed_again(tmp_path, cache):
    path = _big(tmp_path, "top: 1\n")
    assert yamlio.load_file(str(path))[1]["top"] == 1
    path.write_text(path.read_text(encoding="utf-8").replace("top: 1", "top: 2"), encoding="utf-8")
    assert yamlio.load_file(str(path))[1]["top"] == 2
    path.write_text(path.read_text(encoding="utf-8").replace("top: 2", "top: 3"), encoding="utf-8")
    assert yamlio.load_file(str(path))[1]["top"] == 3
    assert len(list(cache.glob("tables/yaml-*.marshal"))) == 2  # the oldest table of the file is removed


def test_data_marshal_cannot_keep_is_parsed_every_time(tmp_path, cache):
    path = _big(tmp_path, "when: 2024-05-01\n")
    for _ in range(2):
        assert yamlio.load_file(str(path))[1]["when"] == datetime.date(2024, 5, 1)


def test_bad_yaml_is_still_a_one_line_error(tmp_path, cache):
    path = _big(tmp_path, "top: [unclosed\n")
    for _ in range(2):
        with pytest.raises(yamlio.YamlFileError, match=r"invalid YAML at line \d+, column \d+"):
            yamlio.load_file(str(path))


def test_small_files_are_parsed(tmp_path, cache, monkeypatch):
    path = tmp_path / "small.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert yamlio.load_file(str(path))[1] == {"a": 1}
    assert not list(cache.glob("tables/yaml-*"))


def test_an_unusable_cache_means_parsing(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(blocker / "cache"))
    path = _big(tmp_path, "top: 3\n")
    for _ in range(2):
        assert yamlio.load_file(str(path))[1]["top"] == 3
