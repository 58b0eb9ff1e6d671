"""``cut_names._subjects`` reads each body's official name from the names file's entries, not
from the built bodies (``_Catalog.bodies``, which preparing the rule no longer builds): the same
subjects as read from the bodies, for the bundled file and for a small one."""
import os

from audit.detectors import cut_names
from audit.detectors import official_names as names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _from_bodies(catalog) -> frozenset:
    """The form ``_subjects`` is held to: the words of each built body's ``en``."""
    got = set()
    for b in catalog.bodies:
        words = [names._bare(w) for w in b.en.split()]
        rest = tuple(w for w in words if w not in names.GENERIC and w not in names.HEADS and w not in cut_names._LEVELS)
        if rest:
            got.add(rest)
    return frozenset(got)


def test_subjects_from_the_entries_are_those_of_the_bodies():
    catalog = names.load_catalog(names.DEFAULT_PATH if os.path.isabs(names.DEFAULT_PATH)
                                 else os.path.join(ROOT, names.DEFAULT_PATH))
    catalog._bodies = None
    subjects = cut_names._subjects(catalog)
    assert catalog._bodies is None  # nothing built to read them
    assert subjects == _from_bodies(catalog)
    assert len(subjects) > 100 and ("public", "security") in subjects


def test_preparing_the_rule_builds_no_bodies(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text("bodies:\n  - {zh: 公安部, en: Ministry of Public Security}\n"
                    "  - {zh: 商务部, en: Ministry of Commerce, short: [Commerce Ministry]}\n", encoding="utf-8")
    catalog = names.load_catalog(str(path))
    state = cut_names.prepare({"path": str(path)})
    assert catalog._bodies is None
    assert state["subjects"] == _from_bodies(catalog) == frozenset({("public", "security"), ("commerce",)})
