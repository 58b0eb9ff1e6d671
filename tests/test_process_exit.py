"""The console path ends its process with ``os._exit`` (``cli._end_process``): the exit status,
everything written to standard output and error, and the exit functions must be as with the
interpreter's own exit."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# An exit function registered before the command: it must run after the report is out.
_SCRIPT = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("exit function ran\\n"))
sys.argv = ["mtaudit"] + sys.argv[1:]
from audit.cli import program
program()
"""


def _run(*args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop("MTAUDIT_DEBUG", None)
    return subprocess.run([sys.executable, "-c", _SCRIPT, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


def test_a_failing_check_keeps_its_status_its_report_and_its_exit_functions(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("It is understood that the the plan works.\n", encoding="utf-8")
    done = _run("check", str(doc), "--format", "json", "--fail-on", "minor", "--no-references", "--isolated")
    assert done.returncode == 1
    report = json.loads(done.stdout)  # the whole report reached the pipe
    assert report["summary"]["findings"] >= 1 and report["summary"]["gate"]["exit_code"] == 1
    assert done.stderr.endswith("exit function ran\n")


def test_an_input_error_keeps_status_2_and_its_message(tmp_path):
    done = _run("check", str(tmp_path / "missing.txt"), "--format", "json", "--no-references", "--isolated")
    assert done.returncode == 2
    assert "missing.txt: no such file or directory" in done.stderr
    assert done.stderr.endswith("exit function ran\n")
    assert json.loads(done.stdout)["summary"]["errors"] == 1


def test_a_usage_error_keeps_status_2():
    done = _run("check", "--no-such-option")
    assert done.returncode == 2
    assert "No such option" in done.stderr and done.stderr.endswith("exit function ran\n")


def test_a_profiler_still_prints_its_report(tmp_path):
    # `python -m cProfile -m audit check ...` prints its table after the command returns; the
    # quick exit would skip it, so a watched process ends as the interpreter ends it
    doc = tmp_path / "a.txt"
    doc.write_text("The plan works.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-m", "cProfile", "-s", "tottime", "-m", "audit", "check", str(doc),
                           "--format", "json", "--fail-on", "never", "--no-references", "--isolated"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0
    assert "function calls" in done.stdout and "Ordered by: internal time" in done.stdout


def test_a_trace_function_keeps_the_ordinary_exit(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The plan works.\n", encoding="utf-8")
    script = ("import sys\nsys.settrace(lambda *a: None)\nsys.argv = ['mtaudit'] + sys.argv[1:]\n"
              "from audit import cli\nended = []\ncli.os._exit = lambda code: ended.append(code)\n"
              "try:\n    cli.program()\nexcept SystemExit as exc:\n    print('ordinary exit', exc.code, ended)\n")
    env = dict(os.environ, PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-c", script, "check", str(doc), "--format", "json", "--fail-on", "never",
                           "--no-references", "--isolated", "-o", str(tmp_path / "r.json")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.stdout.strip() == "ordinary exit 0 []"


def test_main_called_in_a_python_process_never_ends_that_process(tmp_path):
    # A test suite or a script that runs ``main()`` with ``sys.argv`` set gets the ordinary
    # SystemExit and goes on: ending the process from inside main ended a pytest run with
    # status 0 and no summary (the later tests never ran)
    doc = tmp_path / "a.txt"
    doc.write_text("The plan works.\n", encoding="utf-8")
    script = ("import gc, sys\nsys.argv = ['mtaudit'] + sys.argv[1:]\nfrom audit.cli import main\n"
              "from audit import diskcache\nthreshold = gc.get_threshold()\n"
              "try:\n    main()\nexcept SystemExit as exc:\n    print('went on after', exc.code)\n"
              "print(gc.get_freeze_count(), diskcache.after_table, gc.get_threshold() == threshold)\n")
    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop("MTAUDIT_DEBUG", None)
    done = subprocess.run([sys.executable, "-c", script, "check", str(doc), "--format", "json", "--fail-on", "never",
                           "--no-references", "--isolated", "-o", str(tmp_path / "r.json")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0
    assert done.stdout.strip().splitlines() == ["went on after 0", "0 None True"]  # its heap handed back
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["findings"] == 0
