"""Every list key of every detector type, given a list that holds a number or a mapping instead of words, is a
clear rule error (or is read as text), never a crash when it runs: the bundled rule of each type with that key
changed, loaded through the real loader."""
import os

import pytest
import yaml

from audit import check_text
from audit.detectors import DETECTORS
from audit.rules import RuleError
from rule_helpers import ROOT, one_rule


def _cases():
    with open(os.path.join(ROOT, "rules.yaml"), encoding="utf-8") as fh:
        rules = yaml.safe_load(fh)["rules"]
    first = {}
    for rule in rules:
        first.setdefault(rule.get("type"), rule)
    for name, dtype in sorted(DETECTORS.items()):
        if name not in first:
            continue
        for key, spec in sorted(dtype.keys.items()):
            if list in spec.types:
                yield pytest.param(first[name], key, id=f"{name}-{key}")


@pytest.mark.parametrize("item", [-1, {"a": 1}], ids=["number", "mapping"])
@pytest.mark.parametrize("rule, key", list(_cases()))
def test_an_item_that_is_no_word_in_a_list_key_is_a_rule_error_or_text(tmp_path, rule, key, item):
    changed = dict(rule)
    changed[key] = [item]
    try:
        catalog = one_rule(tmp_path, changed)
    except RuleError:
        return
    check_text("Officials of the Ministry of Commerce said Li Wei met Wang Fang in Beijing on Monday.", catalog)
