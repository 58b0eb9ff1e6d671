"""The disk cache keeps two versions of each table (``diskcache.KEEP_PER_NAME``): two checkouts
or two data files used in turn on one cache directory each read their own table back instead
of rebuilding what the other one replaced."""
import os

from audit import diskcache


def _names(folder):
    return sorted(os.listdir(folder))


def test_two_versions_used_in_turn_are_built_once_each(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    data, module = tmp_path / "data.txt", tmp_path / "builder.py"
    data.write_text("rows")
    builds = []

    def run(version):
        module.write_text(f"# {version}")
        return diskcache.derived("t", str(data), [str(module)], [], lambda: builds.append(version) or [version], tuple)

    for version in ["one", "two", "one", "two", "one"]:
        assert run(version) == (version,)
    assert builds == ["one", "two"]  # with one table per name: five builds


def test_a_third_version_removes_the_oldest(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "tables"
    for age, key in enumerate(["a", "b"]):
        diskcache.save("t", key, [key])
        # written in this order, whatever the clock's granularity
        os.utime(folder / f"t-{key}.marshal", ns=(10**18 + age, 10**18 + age))
    diskcache.save("t", "c", ["c"])
    assert _names(folder) == ["t-b.marshal", "t-c.marshal"]
    assert diskcache.load("t", "a") is None and diskcache.load("t", "b") == ["b"] and diskcache.load("t", "c") == ["c"]


def test_a_name_that_extends_another_keeps_its_tables(tmp_path, monkeypatch):
    # "t-x" starts with "t-": its tables are not versions of "t".
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "tables"
    diskcache.save("t-x", "k", [0])
    for key in ["a", "b", "c", "d"]:
        diskcache.save("t", key, [key])
    names = _names(folder)
    assert "t-x-k.marshal" in names and len([n for n in names if not n.startswith("t-x-")]) == 2
    assert diskcache.load("t-x", "k") == [0] and diskcache.load("t", "d") == ["d"]
