"""``audit.yamlio`` imports PyYAML on first use; its names and errors stay the same."""
import subprocess
import sys

import yaml

from audit import yamlio


def test_the_loader_dumper_and_error_are_pyyamls():
    assert yamlio.SafeLoader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert yamlio.SafeDumper is getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    assert yamlio.YAMLError is yaml.YAMLError


def test_importing_the_module_imports_no_yaml():
    code = "import sys, audit.yamlio, audit.batch; print('yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_parsed_cache_key_changes_with_pyyamls_source(tmp_path, monkeypatch):
    stamp = yamlio._yaml_stamp()
    assert stamp and all(isinstance(part, str) for part in stamp)
    assert any(part.startswith("_yaml.") for part in stamp) == hasattr(yaml, "CSafeLoader")


def test_a_bad_file_is_named_as_before(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: [1, 2\n")
    try:
        yamlio.load_file(str(path))
    except yamlio.YamlFileError as exc:
        assert str(exc).startswith("invalid YAML at line")
    else:  # pragma: no cover
        raise AssertionError("no error")
