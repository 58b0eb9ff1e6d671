"""The HTML pages of an audit output folder: ``index.html`` (the summary) and one page per
document and per pair under ``html/``, built from the reports the audit wrote there and the
documents themselves (the reports hold offsets, the pages show the text).

``site_pages`` only reads and renders; the command writes what it returns.
"""
from __future__ import annotations

import os
import posixpath
from typing import Dict, Optional
from urllib.parse import quote

from .batch import pair_path, read_report, report_path
from .document import InputError, load_document
from .reporters import render


def _text(root: str, rel: str, sha256: Optional[str]) -> Optional[str]:
    try:
        doc = load_document(os.path.join(root, rel))
    except (InputError, OSError):
        return None
    return doc.text if sha256 is None or doc.sha256 == sha256 else None  # changed since the audit


def _href(rel_page: str) -> str:
    return quote(rel_page.replace(os.sep, "/"))


def _back(rel_page: str) -> str:
    depth = rel_page.replace(os.sep, "/").count("/")
    return "../" * depth + "index.html"


def site_pages(summary: dict, output_dir: str, root: str, catalog=None) -> Dict[str, str]:
    """``{path relative to output_dir: html}`` for the index and every page it links to."""
    pages: Dict[str, str] = {}
    doc_links, pair_links = {}, {}
    for entry in summary.get("documents", []):
        rel = entry["path"]
        data = read_report(report_path(output_dir, rel))
        if not data or "document" not in data:
            continue
        doc = data["document"]
        page = posixpath.join("html", "documents", rel.replace(os.sep, "/") + ".html")
        report = {"schema": "mtaudit-report/1", "tool": summary.get("tool", {}), "rules": summary.get("rules", {}),
                  "documents": [doc], "errors": [],
                  "summary": {"documents": 1, "findings": len(doc.get("findings", []))}}
        texts = {doc["path"]: t} if (t := _text(root, rel, doc.get("sha256"))) is not None else {}
        if doc.get("source"):  # bilingual mode: the page shows the source beside the translation
            from .bilingual.source import find_source

            found = find_source(os.path.join(root, rel))
            src = _text(os.path.dirname(found), os.path.basename(found), doc["source"].get("sha256")) if found else None
            if src is not None:
                texts[doc["source"]["path"]] = src
        pages[page] = render("html", report, catalog=catalog, texts=texts, back=_back(page))
        doc_links[rel] = _href(page)
    for group in summary.get("groups", []):
        paths = group.get("documents", [])
        for i, a in enumerate(paths):
            for b in paths[i + 1:]:
                yaml_path = pair_path(output_dir, group.get("name", ""), a, b)
                data = read_report(yaml_path)
                if not data:
                    continue
                rel_yaml = os.path.relpath(yaml_path, output_dir)
                page = posixpath.join("html", rel_yaml.replace(os.sep, "/")[: -len(".yaml")] + ".html")
                docs = data.get("documents", {})
                texts = {}
                for side, rel in (("a", a), ("b", b)):
                    path = docs.get(side, {}).get("path")
                    t = _text(root, rel, docs.get(side, {}).get("sha256"))
                    if path is not None and t is not None:
                        texts[path] = t
                pages[page] = render("html", data, texts=texts, back=_back(page))
                pair_links[(docs.get("a", {}).get("path"), docs.get("b", {}).get("path"))] = _href(page)
    pages["index.html"] = render("html", summary, links={"documents": doc_links, "pairs": pair_links})
    return pages
