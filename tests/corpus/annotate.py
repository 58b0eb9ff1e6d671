"""Build and verify an annotated set (tests/corpus/heldout/, tests/corpus/heldout2/).

Each story is written once, in src/NAME.marked, with every defect marked inline as
{{kind::text::note}}.  This script strips the marks, writes NAME.txt (the document
as a checker sees it) and NAME.yaml (the annotations: start/end are Python
character offsets into the decoded text, and text == document[start:end]), then
re-reads both files and checks every offset.

    python tests/corpus/annotate.py tests/corpus/heldout           # rebuild and verify
    python tests/corpus/annotate.py tests/corpus/heldout2 --check  # verify only

One script serves every set in this format: the folder is its one argument.
"""
import glob
import os
import re
import sys

import yaml

KINDS = {"idiom", "term", "collocation", "number", "capitals", "punctuation",
         "name-order", "truncated-name", "boilerplate", "other"}
MARK = re.compile(r"\{\{([a-z-]+)::(.+?)::(.+?)\}\}", re.S)


def build(src_path):
    raw = open(src_path, encoding="utf-8").read()
    out, defects, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, text, note = m.group(1), m.group(2), m.group(3)
        if kind not in KINDS:
            raise SystemExit(f"{src_path}: unknown kind {kind!r}")
        defects.append({"start": length, "end": length + len(text), "text": text,
                        "kind": kind, "note": note.strip()})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(raw[pos:])
    doc = "".join(out)
    if "{{" in doc or "}}" in doc or "::" in doc:
        raise SystemExit(f"{src_path}: unparsed mark left in text")
    return doc, defects


def check(here, name):
    txt = os.path.join(here, name + ".txt")
    doc = open(txt, encoding="utf-8", newline="").read()
    assert "\r" not in doc, txt
    data = yaml.safe_load(open(os.path.join(here, name + ".yaml"), encoding="utf-8"))
    for d in data["defects"]:
        assert doc[d["start"]:d["end"]] == d["text"], (name, d)
        assert d["kind"] in KINDS, (name, d)
    return doc, data["defects"]


def main(argv=None):
    args = sys.argv[1:] if argv is None else list(argv)
    folders = [a for a in args if a != "--check"]
    if len(folders) != 1 or any(a.startswith("-") and a != "--check" for a in args):
        raise SystemExit("usage: annotate.py SET_FOLDER [--check]")
    here = os.path.abspath(folders[0])
    names = sorted(os.path.basename(p)[:-7] for p in glob.glob(os.path.join(here, "src", "*.marked")))
    if not names:
        raise SystemExit(f"annotate.py: no src/*.marked files in {folders[0]}")
    if "--check" not in args:
        for name in names:
            doc, defects = build(os.path.join(here, "src", name + ".marked"))
            with open(os.path.join(here, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(doc)
            with open(os.path.join(here, name + ".yaml"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(f"# Defects in {name}.txt; start/end are character offsets (Python str slicing).\n")
                yaml.safe_dump({"document": name + ".txt", "defects": defects}, fh,
                               allow_unicode=True, sort_keys=False, width=1000)
    kinds, words = {}, 0
    for name in names:
        doc, defects = check(here, name)
        words += len(doc.split())
        for d in defects:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        print(f"{name}: {len(doc.split())} words, {len(defects)} defects")
    print(f"{len(names)} documents, {words} words, {sum(kinds.values())} defects")
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")


if __name__ == "__main__":
    main()
