"""A rule whose detector ``mode`` is none the detector reads is a rule file error naming the key,
the modes it knows and the value given (``detectors.check_choice``), for every detector type that
has a mode; the loader turns it into a one-line error, never a traceback."""
import pytest

from audit import load_rules
from audit.detectors import DETECTORS, ParamError
from audit.rules import RuleError

CATALOG = load_rules()
# one catalog rule of each detector type that has a ``mode`` key
WITH_MODE = {}
for _rule in CATALOG.rules:
    if "mode" in DETECTORS[_rule.type].keys:
        WITH_MODE.setdefault(_rule.type, _rule)


def test_the_catalog_has_detector_types_with_modes():
    assert len(WITH_MODE) >= 10


@pytest.mark.parametrize("rule", WITH_MODE.values(), ids=lambda r: r.type)
@pytest.mark.parametrize("mode", ["no-such-mode", ["title_run"]])
def test_an_unknown_mode_is_a_param_error(rule, mode):
    assert DETECTORS[rule.type].prepare(dict(rule.params))  # the rule's own mode is read
    with pytest.raises(ParamError) as err:
        DETECTORS[rule.type].prepare(dict(rule.params, mode=mode))
    assert err.value.key == "mode"
    message = str(err.value)
    assert message.startswith("expected one of ") and rule.params["mode"] in message
    assert message.endswith(f"got {mode!r}")


def test_the_loader_names_the_rule_and_the_key(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("""rules:
  - id: caps-test
    type: capital_clause
    category: fluency
    severity: minor
    message: "x"
    description: "x"
    mode: titles
    examples:
      flag: ["a"]
      pass: ["b"]
""", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(str(path))
    text = str(err.value)
    assert "caps-test" in text and "mode" in text and "got 'titles'" in text and "\n" not in text
