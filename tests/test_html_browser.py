"""HTML reports in a real browser: Debian's headless Chromium driven by Selenium.

The pages are opened over file://, as an editor would open them. Skipped (with the reason)
only when /usr/bin/chromium or /usr/bin/chromedriver is not installed; `.ci/run` installs both.
Every run takes screenshots of the check, compare and audit pages; they go to the folder named
by $MTAUDIT_SCREENSHOTS, else to a temporary folder, so a test run leaves the checkout as it
was. The README's pictures are refreshed with:

    MTAUDIT_SCREENSHOTS=docs/screenshots python -m pytest tests/test_html_browser.py
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile

import pytest

from audit.cli import main

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEFING = os.path.join(ROOT, "corpus", "2020-05-20-scio-new-infrastructure")

pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
           "apt-get install -y chromium chromium-driver")


@pytest.fixture(scope="module")
def browser():
    # selenium is in the test extra: a missing one is a broken setup, not a reason to skip
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="mtaudit-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        for folder in _SHOTS:  # pictures of a plain test run: not kept
            shutil.rmtree(folder, ignore_errors=True)
        _SHOTS.clear()


@contextlib.contextmanager
def _cwd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def _open(browser, path):
    browser.get("file://" + os.path.abspath(path))


_SHOTS = []


def _screenshot(browser, name):
    folder = os.environ.get("MTAUDIT_SCREENSHOTS")
    if not folder:
        if not _SHOTS:
            _SHOTS.append(tempfile.mkdtemp(prefix="mtaudit-screenshots-"))
        folder = _SHOTS[0]
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    assert browser.save_screenshot(path)
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def check_pages(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("html")
    runner = CliRunner()
    files = sorted(os.path.relpath(os.path.join(BRIEFING, n), ROOT) for n in os.listdir(BRIEFING) if n.endswith(".txt"))
    html, js = out / "check.html", out / "check.json"
    with _cwd(ROOT):  # paths in the report as an editor in the checkout would type them
        for fmt, target in (("html", html), ("json", js)):
            r = runner.invoke(main, ["check", *files, "--format", fmt, "--output", str(target), "--fail-on", "never"])
            assert r.exit_code == 0, r.output
    return html, json.loads(js.read_text(encoding="utf-8"))


def test_check_highlights_match_the_json_report(browser, check_pages):
    html, report = check_pages
    _open(browser, html)
    marks = browser.execute_script(
        "return Array.from(document.querySelectorAll('section.doc')).map(function (s) {"
        "  return Array.from(s.querySelectorAll('mark.hl[data-start]')).map(function (m) {"
        "    var pieces = s.querySelectorAll('mark.hl[data-id=\"' + m.dataset.id + '\"]');"
        "    return [m.dataset.rule, +m.dataset.start, +m.dataset.end,"
        "            Array.from(pieces).map(function (p) { return p.textContent; }).join('')]; }); });")
    assert len(marks) == len(report["documents"])
    for shown, doc in zip(marks, report["documents"]):
        assert len(doc["findings"]) > 5
        expected = sorted((f["rule"], f["start"], f["end"]) for f in doc["findings"])
        assert sorted((r, s, e) for r, s, e, _ in shown) == expected
    # every highlight holds exactly its finding's text (nested and split pieces together)
    texts = {(f["rule"], f["start"], f["end"]): f["text"] for d in report["documents"] for f in d["findings"]}
    for shown in marks:
        for rule, start, end, text in shown:
            # a nested highlight's text is inside its parent's; pieces of one finding join up
            assert text.startswith(texts[(rule, start, end)][: len(text)])
    # the picture for the README: a finding picked in the list, its details shown
    browser.find_elements("css selector", "section.doc li.item")[1].click()
    browser.execute_script("window.scrollTo(0, 0);")
    _screenshot(browser, "check.png")


def test_clicking_a_finding_scrolls_to_its_highlight(browser, check_pages):
    html, report = check_pages
    _open(browser, html)
    items = browser.find_elements("css selector", "section.doc li.item")
    last = items[-1]
    target = last.get_attribute("data-target")
    browser.execute_script("window.scrollTo(0, 0);")
    mark = browser.find_element("id", target)
    before = browser.execute_script("return arguments[0].getBoundingClientRect().top;", mark)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", last)
    last.click()
    in_view = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark)
    assert in_view
    assert "flash" in mark.get_attribute("class")
    detail = browser.find_element("id", "detail")
    assert detail.is_displayed()
    assert last.get_attribute("data-message") in detail.text
    assert before != browser.execute_script("return arguments[0].getBoundingClientRect().top;", mark) or in_view


def test_filters_hide_and_show(browser, check_pages):
    html, report = check_pages
    _open(browser, html)
    section = browser.find_element("css selector", "section.doc")
    box = section.find_element("css selector", "input.sev-filter")
    severity = box.get_attribute("value")
    items = section.find_elements("css selector", f'li.item[data-severity="{severity}"]')
    assert items and all(i.is_displayed() for i in items)
    box.click()
    assert not any(i.is_displayed() for i in items)
    marks = section.find_elements("css selector", f'mark.hl[data-severity="{severity}"]')
    assert marks and all("off" in m.get_attribute("class") for m in marks)
    box.click()
    assert all(i.is_displayed() for i in items)
    assert not any("off" in m.get_attribute("class") for m in marks)
    rule_box = section.find_element("css selector", "input.rule-filter")
    rule = rule_box.get_attribute("value")
    rule_box.click()
    hidden = section.find_elements("css selector", f'li.item[data-rule="{rule}"]')
    shown = section.find_elements("css selector", f'li.item:not([data-rule="{rule}"])')
    assert hidden and not any(i.is_displayed() for i in hidden)
    assert all(i.is_displayed() for i in shown)


def test_script_in_a_document_stays_text(browser, tmp_path):
    from click.testing import CliRunner

    doc = tmp_path / "xss.txt"
    payload = ('BEIJING, May 21 -- The the minister said <script>window.pwned = 1; document.title = "pwned"</script> '
               'and <img src=x onerror="window.pwned = 2"> was shown?. Fine.\n')
    doc.write_text(payload, encoding="utf-8")
    out = tmp_path / "xss.html"
    r = CliRunner().invoke(main, ["check", str(doc), "--format", "html", "--output", str(out), "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    _open(browser, out)
    assert browser.execute_script("return window.pwned === undefined;")
    assert "pwned" not in browser.title
    article = browser.find_element("css selector", ".article")
    assert "<script>window.pwned = 1;" in article.text
    assert browser.execute_script("return document.querySelectorAll('.article script, .article img').length;") == 0
    assert browser.find_elements("css selector", "mark.hl[data-start]")


# ------------------------------------------------------------------ compare
@pytest.fixture(scope="module")
def compare_pages(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("compare")
    a, b = (os.path.relpath(os.path.join(BRIEFING, n), ROOT) for n in
            ("smm-wen-ku-digital-infrastructure.txt", "cover-news-wen-ku-new-consumption.txt"))
    html, js = out / "compare.html", out / "compare.json"
    with _cwd(ROOT):
        for fmt, target in (("html", html), ("json", js)):
            r = CliRunner().invoke(main, ["compare", a, b, "--format", fmt, "--output", str(target)])
            assert r.exit_code == 0, r.output
    return html, json.loads(js.read_text(encoding="utf-8"))


def test_compare_pairs_divergences_and_unaligned_text(browser, compare_pages):
    html, report = compare_pages
    _open(browser, html)
    assert report["pairs"] and report["divergences"]
    for side in ("a", "b"):
        shown = browser.execute_script(
            "return Array.from(document.querySelectorAll('#side-' + arguments[0] + ' span.pair[data-start]'))"
            ".map(function (p) { return [+p.dataset.pair, +p.dataset.start, +p.dataset.end]; });", side)
        assert sorted(map(tuple, shown)) == sorted((p["id"], p[side]["start"], p[side]["end"]) for p in report["pairs"])
        divs = browser.execute_script(
            "return Array.from(document.querySelectorAll('#side-' + arguments[0] + ' mark.div[data-start]'))"
            ".map(function (m) { return [m.dataset.kind, +m.dataset.start, +m.dataset.end,"
            " m.classList.contains('backed')]; });", side)
        expected = [(d["kind"], d[side]["start"], d[side]["end"], (d.get("canonical") or {}).get("side") == side)
                    for d in report["divergences"] if d.get(side)]
        assert sorted(map(tuple, divs)) == sorted(expected)
        grey = browser.execute_script(
            "return Array.from(document.querySelectorAll('#side-' + arguments[0] + ' span.unaligned'))"
            ".map(function (u) { return getComputedStyle(u).color; });", side)
        assert len(grey) >= len(report["unaligned"][side]) and set(grey) == {"rgb(158, 158, 158)"}
    # the glossary's verdict is spelled out in the list of divergences
    backed = [d for d in report["divergences"] if d.get("canonical")]
    listed = browser.find_element("css selector", ".divs").text
    assert all(d["canonical"]["form"] in listed for d in backed)
    _screenshot(browser, "compare.png")


def test_pointing_at_a_pair_highlights_its_partner(browser, compare_pages):
    from selenium.webdriver.common.action_chains import ActionChains

    html, report = compare_pages
    _open(browser, html)
    pair = report["pairs"][0]["id"]
    a = browser.find_element("css selector", f'#side-a span.pair[data-pair="{pair}"][data-start]')
    b = browser.find_element("css selector", f'#side-b span.pair[data-pair="{pair}"][data-start]')
    assert "linked" not in b.get_attribute("class")
    ActionChains(browser).move_to_element(a).perform()
    assert "linked" in b.get_attribute("class")
    others = browser.find_elements("css selector", f'span.pair.linked:not([data-pair="{pair}"])')
    assert not others
    ActionChains(browser).move_to_element(browser.find_element("css selector", "header.top")).perform()
    assert "linked" not in b.get_attribute("class")


# ------------------------------------------------------------------ audit
@pytest.fixture(scope="module")
def audit_site(tmp_path_factory):
    from click.testing import CliRunner

    import yaml

    out = tmp_path_factory.mktemp("audit") / "out"
    corpus = os.path.join(ROOT, "corpus")
    r = CliRunner().invoke(main, ["audit", corpus, "--output-dir", str(out), "--format", "html", "--fail-on", "never",
                                  "--isolated"])
    assert r.exit_code == 0, r.output
    with open(out / "summary.yaml", encoding="utf-8") as fh:
        return out, yaml.safe_load(fh)


def test_audit_index_charts_and_links(browser, audit_site):
    out, summary = audit_site
    _open(browser, out / "index.html")
    rows = [r.get_attribute("data-path") for r in browser.find_elements("css selector", "tr.doc")]
    assert rows == [d["path"] for d in summary["documents"]]
    normalized = [d["normalized"] for d in summary["documents"]]
    assert normalized == sorted(normalized, reverse=True)
    bars = browser.execute_script(
        "return Array.from(document.querySelectorAll('#by-severity svg g.bar'))"
        ".map(function (g) { return [g.dataset.label, +g.dataset.count,"
        " +g.querySelector('rect').getAttribute('width')]; });")
    assert {label: n for label, n, _ in bars} == summary["overall"]["by_severity"]
    widths = {label: w for label, _, w in bars}
    counts = summary["overall"]["by_severity"]
    assert (widths["minor"] > widths["major"]) == (counts["minor"] > counts["major"])
    rule_bars = browser.execute_script(
        "return Array.from(document.querySelectorAll('#by-rule svg g.bar')).map(function (g) {"
        " return [g.dataset.label, +g.dataset.count]; });")
    assert dict(rule_bars) == dict(list(summary["overall"]["by_rule"].items())[:25])
    _screenshot(browser, "audit.png")
    # a document's page: its highlights are its report's findings
    first = summary["documents"][0]["path"]
    browser.find_element("css selector", f'tr.doc[data-path="{first}"] a').click()
    with open(out / "documents" / (first + ".yaml"), encoding="utf-8") as fh:
        import yaml

        findings = yaml.safe_load(fh)["document"]["findings"]
    shown = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.hl[data-start]')).map(function (m) {"
        " return [m.dataset.rule, +m.dataset.start, +m.dataset.end]; });")
    assert sorted(map(tuple, shown)) == sorted((f["rule"], f["start"], f["end"]) for f in findings)
    browser.find_element("css selector", "a.back").click()
    assert browser.find_elements("css selector", "tr.doc")
    # a pair's page
    links = browser.find_elements("css selector", "li.pair a")
    assert links
    links[0].click()
    assert browser.find_elements("css selector", "#side-a span.pair[data-start]")
    assert browser.find_elements("css selector", "#side-b span.pair[data-start]")


def test_pointing_at_a_highlight_shows_message_suggestion_and_explanation(browser, check_pages):
    from selenium.webdriver.common.action_chains import ActionChains

    html, report = check_pages
    _open(browser, html)
    finding = next(f for f in report["documents"][0]["findings"] if f["suggestion"])
    mark = browser.find_element("css selector", f'mark.hl[data-start="{finding["start"]}"][data-rule="{finding["rule"]}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", mark)
    ActionChains(browser).move_to_element(mark).perform()
    detail = browser.find_element("id", "detail")
    assert detail.is_displayed()
    assert finding["rule"] in detail.find_element("css selector", ".head").text
    assert detail.find_element("css selector", ".msg").text == finding["message"]
    assert finding["suggestion"] in detail.find_element("css selector", ".fix").text
    assert len(detail.find_element("css selector", ".explain").get_attribute("textContent")) > 40
