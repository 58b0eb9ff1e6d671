"""The pre-commit hook and the README's CI examples are valid and name real options."""
import os
import re
import shlex

import yaml

from audit.cli import main
from audit.config import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def readme_blocks(lang):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        text = fh.read()
    return re.findall(rf"```{lang}\n(.*?)```", text, re.DOTALL)


def test_pre_commit_hook_runs_a_real_command(runner, tmp_path):
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as fh:
        hooks = yaml.safe_load(fh)
    (hook,) = hooks
    assert hook["id"] == "mtaudit" and hook["language"] == "python"
    assert re.search(hook["files"], "news/a.md") and re.search(hook["files"], "b.txt")
    assert not re.search(hook["files"], "setup.cfg")
    argv = shlex.split(hook["entry"])
    assert argv[0] == "mtaudit"
    doc = tmp_path / "a.txt"
    doc.write_text("Fine text here.\n", encoding="utf-8")
    result = runner.invoke(main, argv[1:] + ["--isolated", str(doc)])
    assert result.exit_code == 0, result.output


def test_readme_workflow_uploads_sarif():
    workflows = [yaml.safe_load(b) for b in readme_blocks("yaml") if "upload-sarif" in b]
    assert len(workflows) == 1
    steps = workflows[0]["jobs"]["audit"]["steps"]
    runs = [s["run"] for s in steps if "run" in s and s["run"].startswith("mtaudit")]
    assert any("--format sarif" in r and "--output mtaudit.sarif" in r for r in runs)
    assert any("--format github" in r for r in runs)
    upload = [s for s in steps if "upload-sarif" in s.get("uses", "")][0]
    assert upload["with"]["sarif_file"] == "mtaudit.sarif"
    assert workflows[0]["permissions"]["security-events"] == "write"


def test_readme_config_examples_are_valid(tmp_path):
    (config,) = [b for b in readme_blocks("yaml") if b.startswith("# mtaudit.yaml")]
    settings = validate(yaml.safe_load(config), str(tmp_path / "mtaudit.yaml"))
    assert settings["fail-on"] == "major" and settings["rules"] == str(tmp_path / "rules.yaml")
    try:
        import tomllib
    except ModuleNotFoundError:
        import tomli as tomllib
    (toml,) = readme_blocks("toml")
    settings = validate(tomllib.loads(toml)["tool"]["mtaudit"], str(tmp_path / "pyproject.toml"))
    assert settings["severity"] == {"stray-punctuation": "critical"}
