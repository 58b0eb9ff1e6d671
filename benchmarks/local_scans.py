"""What trying a pattern only where an attempt may match (``screen.local_finditer``) saves on
short texts, against one finditer over the text (issue 13).

    PYTHONPATH=. python benchmarks/local_scans.py DIR [--repeat N]

Runs ``check DIR`` once in this process and records two kinds of scans as the run makes them:

- pattern rules (the ``pattern`` detector): each search of a document that the rule's
  prefilter and re2 screen let through, from the screen's first start;
- detector modules' patterns (``screen.Screened``): each whole-text ``finditer`` (each way
  below asks the pattern's re2 screen first, as ``Screened`` does).

Then times them again, least CPU seconds of N rounds, one finditer each (the old path of a text
under 20,000 characters) against ``local_finditer`` with the start-up allowances named below,
and says whether every way found the same matches. The figures print; nothing is asserted."""
import argparse
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def record(directory):
    """(pattern-rule searches, Screened scans) that ``check directory`` makes."""
    import audit.cli
    from audit.detectors import pattern, screen

    rules, scans = [], []
    plain_finditer = screen.Screened.finditer

    def scanned(self, text, *args, **kwargs):
        if not args and not kwargs:
            scans.append((self, text))
        return plain_finditer(self, text, *args, **kwargs)

    first_start = screen.first_start

    def started(doc, pattern_text, flags=0):
        start = first_start(doc, pattern_text, flags)
        if start is not None:
            rules.append((pattern_text, flags, doc.text, start))
        return start

    screen.Screened.finditer, screen.first_start = scanned, started
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                audit.cli.main.main(["check", directory, "--format", "json", "-o", os.path.join(tmp, "r.json"),
                                     "--fail-on", "never", "--no-references"])
            except SystemExit:
                pass
    finally:
        screen.Screened.finditer, screen.first_start = plain_finditer, first_start
    return rules, scans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from audit.detectors import programs, screen

    rules, scans = record(args.directory)
    searches = []
    for pattern_text, flags, text, start in rules:
        compiled = programs.PROGRAMS.compile(pattern_text, flags)
        starts = screen.compiled_from_start(pattern_text, flags)
        if starts is not None and "\\G" not in pattern_text:
            searches.append((compiled, starts, text, screen.screen_text(text), start))

    def rule_finditer():
        return [[m.span() for m in c.finditer(t, s)] for c, _st, t, _sc, s in searches]

    def rule_local(allowance):
        return lambda: [[m.span() for m in screen.local_finditer(c, st, t, sc, s, None, screen.PATTERN_SCAN_NS,
                                                                   allowance)]
                        for c, st, t, sc, s in searches]

    def module_finditer():  # the old path of a short text: the re2 screen, then one finditer
        return [[m.span() for m in s.compiled.finditer(t)] if s.may_match(t) else [] for s, t in scans]

    def module_local(per_char):
        def run():
            out = []
            for s, t in scans:
                if not s.may_match(t):
                    out.append([])
                    continue
                starts = screen.compiled_from_start(s.pattern, s.flags & screen._FLAGS)
                if starts is None or "\\G" in s.pattern or s.flags & 0x400:  # as Screened: no \\G, no reverse
                    out.append([m.span() for m in s.compiled.finditer(t)])
                    continue
                allowance = None if per_char is None else per_char * len(t)
                out.append([m.span() for m in screen.local_finditer(s.compiled, starts, t, screen.screen_text(t), 0,
                                                                    None, screen.MODULE_SCAN_NS, allowance)])
            return out
        return run

    ways = [("pattern rules: one finditer", rule_finditer),
            ("pattern rules: local, allowance 100 us", rule_local(None)),
            ("module patterns: one finditer", module_finditer),
            ("module patterns: local, allowance 100 us", module_local(None)),
            (f"module patterns: local, {screen.SHORT_ALLOWANCE_PER_CHAR_NS} ns a character",
             module_local(screen.SHORT_ALLOWANCE_PER_CHAR_NS))]
    best, found = {}, {}
    for _ in range(args.repeat):
        for name, way in ways:
            t = time.process_time()
            found[name] = way()
            spent = time.process_time() - t
            best[name] = min(spent, best.get(name, spent))
    print(f"{len(searches)} pattern-rule searches, {len(scans)} module-pattern scans "
          f"(least CPU of {args.repeat} rounds)")
    for name, _way in ways:
        kind = name.split(":")[0]
        same = found[name] == found[f"{kind}: one finditer"]
        print(f"  {name:48s} {best[name] * 1000:8.1f} ms  {'same matches' if same else 'OTHER MATCHES'}")


if __name__ == "__main__":
    main()
