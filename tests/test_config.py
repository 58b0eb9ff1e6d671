"""Config files: discovery from the working directory upward, validation, precedence, and
`mtaudit config`."""
import json
import os

import pytest
import yaml

from audit.cli import main
from audit.config import ConfigError, find_config, glob_match, resolve

SAMPLE = "The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_walks_up_and_prefers_the_nearest(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert find_config(str(deep)) is None or not str(find_config(str(deep))).startswith(str(tmp_path))
    write(tmp_path / "pyproject.toml", "[tool.mtaudit]\nselect = ['fluency']\n")
    assert find_config(str(deep)) == str(tmp_path / "pyproject.toml")
    write(tmp_path / "a" / "pyproject.toml", "[tool.black]\nline-length = 100\n")  # no [tool.mtaudit]
    assert find_config(str(deep)) == str(tmp_path / "pyproject.toml")
    write(tmp_path / "a" / "b" / "mtaudit.yaml", "ignore: [fluency]\n")
    assert find_config(str(deep)) == str(tmp_path / "a" / "b" / "mtaudit.yaml")


def test_precedence_defaults_config_cli(tmp_path):
    write(tmp_path / "mtaudit.yaml", "select: [fluency]\nignore: [stray-punctuation]\nfail-on: minor\n"
                                     "rules: custom/rules.yaml\n")
    r = resolve({}, start=str(tmp_path))
    assert r["select"] == ["fluency"] and r.sources["select"] == str(tmp_path / "mtaudit.yaml")
    assert r["rules"] == str(tmp_path / "custom" / "rules.yaml")  # relative to the config file
    assert r["fail-on"] == "minor" and r["min-severity"] == "info" and r.sources["min-severity"] == "default"
    r = resolve({"select": ["terminology"], "ignore": ["glossary-form"], "fail-on": "critical"}, start=str(tmp_path))
    assert r["select"] == ["terminology"] and r.sources["select"] == "command line"      # replaces
    assert r["ignore"] == ["stray-punctuation", "glossary-form"]                          # adds
    assert r.sources["ignore"] == f"{tmp_path / 'mtaudit.yaml'} + command line"
    assert r["fail-on"] == "critical"
    assert resolve({}, start=str(tmp_path), use_config=False)["select"] is None


@pytest.mark.parametrize("text,message", [
    ("selct: [x]\n", "key 'selct': unknown setting"),
    ("select: 3\n", "key 'select': must be a list of strings"),
    ("fail-on: sometimes\n", "key 'fail-on': must be one of"),
    ("severity: {stray-punctuation: fatal}\n", "key 'severity'"),
    ("- a\n- b\n", "expected a mapping"),
    ("select: [a\n", "invalid YAML"),
])
def test_bad_config_is_one_line(tmp_path, text, message):
    write(tmp_path / "mtaudit.yaml", text)
    with pytest.raises(ConfigError, match=message) as info:
        resolve({}, start=str(tmp_path))
    assert "\n" not in str(info.value) and str(tmp_path / "mtaudit.yaml") in str(info.value)


def test_bad_toml_is_one_line(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.mtaudit]\nselect = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        resolve({}, start=str(tmp_path))


@pytest.mark.parametrize("pattern,path,hit", [
    ("drafts/**", "drafts/a/b.txt", True),
    ("drafts", "corpus/drafts/b.txt", True),
    ("*.md", "corpus/x/y.md", True),
    ("corpus/*.txt", "corpus/a.txt", True),
    ("corpus/*.txt", "corpus/sub/a.txt", False),
    ("**/notes.md", "notes.md", True),
    ("corpus/a?.txt", "corpus/ab.txt", True),
])
def test_globs(tmp_path, pattern, path, hit):
    assert glob_match([pattern], str(tmp_path / path), str(tmp_path)) is hit


@pytest.fixture
def project(tmp_path, monkeypatch):
    write(tmp_path / "news" / "a.txt", SAMPLE)
    write(tmp_path / "news" / "legacy" / "b.txt", SAMPLE)
    write(tmp_path / "drafts" / "c.txt", SAMPLE)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")  # discovery goes upward from here
    return tmp_path


def findings_by_path(report):
    return {os.path.basename(d["path"]): {f["rule"] for f in d["findings"]} for d in report["documents"]}


def test_check_applies_the_config(runner, project):
    write(project / "mtaudit.yaml", """
ignore: [wuhan-hospital-names, glossary-]
severity: {stray-punctuation: minor}
per-path-ignores:
  "news/legacy/**": [fluency]
exclude: [drafts]
fail-on: major
""")
    result = runner.invoke(main, ["check", "../news", "../drafts", "--no-references"])
    report = yaml.safe_load(result.stdout)
    found = findings_by_path(report)
    assert set(found) == {"a.txt", "b.txt"}  # drafts excluded
    assert found["a.txt"] == {"stray-punctuation", "lowercase-sentence-start"}
    assert found["b.txt"] == set()  # fluency ignored under news/legacy
    sev = {f["rule"]: f["severity"] for f in report["documents"][0]["findings"]}
    assert sev["stray-punctuation"] == "minor"
    assert result.exit_code == 0  # no major finding left
    # the command line overrides the file
    result = runner.invoke(main, ["check", "../news/a.txt", "--no-references", "--fail-on", "minor"])
    assert result.exit_code == 1
    result = runner.invoke(main, ["check", "../news/a.txt", "--no-references", "--isolated"])
    assert "wuhan-hospital-names" in findings_by_path(yaml.safe_load(result.stdout))["a.txt"]


def test_config_in_pyproject(runner, project):
    write(project / "pyproject.toml", "[tool.mtaudit]\nselect = ['fluency/punctuation']\n")
    result = runner.invoke(main, ["check", "../news/a.txt", "--no-references", "--fail-on", "never"])
    assert findings_by_path(yaml.safe_load(result.stdout))["a.txt"] == {"stray-punctuation"}


def test_config_command_shows_values_and_sources(runner, project):
    write(project / "mtaudit.yaml", "select: [fluency]\nignore: [stray-punctuation]\n")
    result = runner.invoke(main, ["config", "--ignore", "lowercase-sentence-start", "--fail-on", "verdict",
                                  "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    config = str(project / "mtaudit.yaml")
    assert data["config"] == config
    s = data["settings"]
    assert s["select"] == {"value": ["fluency"], "source": config}
    assert s["ignore"] == {"value": ["stray-punctuation", "lowercase-sentence-start"],
                           "source": f"{config} + command line"}
    assert s["fail-on"] == {"value": "verdict", "source": "command line"}
    assert s["min-severity"]["source"] == "default"
    assert "stray-punctuation" not in data["selected_rules"] and data["selected_rules"]
    text = runner.invoke(main, ["config"]).stdout
    assert f"config file: {config}" in text
    assert f'select            ["fluency"]  [{config}]' in text


def test_bad_config_stops_check_with_a_usage_error(runner, project):
    write(project / "mtaudit.yaml", "select: [no-such-rule]\n")
    result = runner.invoke(main, ["check", "../news/a.txt"])
    assert result.exit_code == 2 and "no-such-rule" in result.output and "Traceback" not in result.output
    write(project / "mtaudit.yaml", "per-path-ignores: {'news/**': [fluency/punctuatio]}\n")
    result = runner.invoke(main, ["check", "../news/a.txt"])
    assert result.exit_code == 2 and "fluency/punctuatio" in result.output
    result = runner.invoke(main, ["audit", "../news", "--no-align", "-q"])
    assert result.exit_code == 2 and "fluency/punctuatio" in result.output and "Traceback" not in result.output
    result = runner.invoke(main, ["check", "../news/a.txt", "--config", "nowhere.yaml"])
    assert result.exit_code == 2 and "no such config file" in result.output


def test_glossary_setting_replaces_the_glossary_of_glossary_rules(runner, project):
    write(project / "terms.yaml", """version: 1
entries:
  - canonical: Qinghe Observatory
    zh: 清河天文台
    kind: facility
    variants: [Clear River Star Tower]
""")
    write(project / "news" / "g.txt", "They built Clear River Star Tower. The State Council Press Office spoke.\n")
    base = ["check", "../news/g.txt", "--no-references", "--fail-on", "never", "--select", "glossary-"]
    found = [f["text"] for f in yaml.safe_load(runner.invoke(main, base).stdout)["documents"][0]["findings"]]
    assert "State Council Press Office" in found and "Clear River Star Tower" not in found
    write(project / "mtaudit.yaml", "glossary: terms.yaml\n")
    found = [f["text"] for f in yaml.safe_load(runner.invoke(main, base).stdout)["documents"][0]["findings"]]
    assert found == ["Clear River Star Tower"]


def test_one_selection_step_sets_rules_severities_and_the_score_threshold():
    """check, score and audit select with ``policy.apply_selection``: the score threshold is
    part of the selection, not a step a caller may leave out."""
    from audit import load_rules
    from audit.policy import apply_selection, make_catalog

    full = load_rules()
    rid = full.rules[0].id
    plain = apply_selection(full, {})
    assert plain.scoring == full.scoring and [r.id for r in plain.rules] == [r.id for r in full.rules]
    chosen = apply_selection(full, {"select": [rid], "score-threshold": 60, "severity": {rid: "critical"}})
    assert [(r.id, r.severity.name.lower()) for r in chosen.rules] == [(rid, "critical")]
    assert chosen.scoring.threshold == 60.0 and full.scoring.threshold != 60.0
    assert make_catalog(full, [rid], score_threshold=0).scoring.threshold == 0.0
    assert make_catalog(full, [rid]).scoring == full.scoring
