"""Batch audits: plan briefing groups over a corpus tree, run each group (check every
document, compare every pair, score against references), and write reports that a later run
can reuse.

The planner and the group runner are plain functions of their inputs, so the same group task
runs in this process, in a local process pool or on a Dask worker and gives the same bytes.
"""
from __future__ import annotations

import functools
import hashlib
import os
import stat
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

from . import __version__
from .document import InputError, load_document
from .baseline import Baseline
from .fileio import LOOKUP_FOLDERS, TEXT_SUFFIXES, display_path
from .bilingual.source import find_source
from .references import reference_scores
from .policy import Policy, apply_selection, check_path_ignores, gate, with_glossary
from .report import document_entry, internal_error_reason
from .rules import Catalog, load_rules
from . import yamlio

DOC_SCHEMA = "mtaudit-document/1"
SUMMARY_SCHEMA = "mtaudit-summary/1"
METADATA_NAMES = ("briefing.yaml", "briefing.yml", "metadata.yaml")


@dataclass
class Group:
    name: str
    paths: List[str]  # relative to the corpus root, sorted


@dataclass
class Settings:
    root: str
    rules_path: str
    rules_sha256: str
    max_bytes: int
    align: bool = True
    model: Optional[str] = None          # None: the packaged default model
    model_id: Optional[str] = None
    backend: Optional[str] = None        # None: audit.embeddings.DEFAULT_BACKEND
    cache_dir: Optional[str] = None
    # Rule selection and what counts (audit.policy); empty: the whole catalog as written.
    selection: Dict = field(default_factory=dict)   # select, ignore, extend-select, severity, glossary
    per_path: Dict = field(default_factory=dict)    # glob -> tokens ignored there
    base_dir: Optional[str] = None                  # folder globs and baseline paths are relative to
    baseline: Optional[str] = None                  # baseline file of accepted findings
    policy_sha256: str = ""                         # changes whenever any of the above does
    fail_on: str = "major"

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class GroupResult:
    name: str
    documents: List[tuple] = field(default_factory=list)  # (relative path, document report)
    pairs: List[tuple] = field(default_factory=list)      # (path a, path b, compare report)
    errors: List[dict] = field(default_factory=list)


# ------------------------------------------------------------------------------ planning
def _metadata(folder: str, errors: Optional[List[dict]] = None) -> dict:
    """The folder's briefing metadata. A file that cannot be read or parsed raises InputError,
    or, when ``errors`` is a list, is listed there and the folder is grouped as if it had none."""
    for name in METADATA_NAMES:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            try:
                with open(path, "rb") as fh:
                    data = yamlio.load(fh)
            except (OSError, yamlio.YAMLError) as exc:
                reason = f"unreadable briefing metadata: {(str(exc).splitlines() or [type(exc).__name__])[0]}"
                if errors is None:
                    raise InputError(f"{display_path(path)}: {reason}") from None
                errors.append({"path": display_path(path), "reason": reason})
                return {}
            if data is not None and not isinstance(data, dict):
                reason = f"unreadable briefing metadata: expected a mapping, got {type(data).__name__}"
                if errors is None:
                    raise InputError(f"{display_path(path)}: {reason}")
                errors.append({"path": display_path(path), "reason": reason})
            return data if isinstance(data, dict) else {}
    return {}


def plan_groups(root: str, errors: Optional[List[dict]] = None) -> List[Group]:
    """Documents in one folder form a group named after the folder, unless metadata gives a
    ``briefing:`` key (folder-wide, or per document under ``documents:``); documents that
    share a key form one group wherever they live. Paths only: no document is read here.
    Unreadable metadata goes to ``errors`` when it is a list (see ``_metadata``).
    ``sources/`` and ``references/`` folders below ``root`` are where documents' Chinese sources
    and reference translations are looked up (ROOT/sources/<briefing>/ for
    ROOT/corpus/<briefing>/): their files are not documents of the audit. A ROOT named
    ``sources`` or ``references`` is audited as asked."""
    groups: Dict[str, List[str]] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in LOOKUP_FOLDERS)
        docs = sorted(f for f in files if f.endswith(TEXT_SUFFIXES) and f.lower() != "readme.md")
        if not docs:
            continue
        meta = _metadata(folder, errors)
        rel_folder = os.path.relpath(folder, root)
        default = str(meta.get("briefing") or ("." if rel_folder == "." else rel_folder.replace(os.sep, "/")))
        per_doc = meta.get("documents") if isinstance(meta.get("documents"), dict) else {}
        for name in docs:
            info = per_doc.get(name) if isinstance(per_doc.get(name), dict) else {}
            key = str(info.get("briefing") or default)
            groups.setdefault(key, []).append(os.path.normpath(os.path.join(rel_folder, name)))
    return [Group(name, sorted(paths)) for name, paths in sorted(groups.items())]


# ------------------------------------------------------------------------------ running
_POLICIES: Dict[tuple, Policy] = {}


def policy_for(settings: Settings) -> Policy:
    # Loaded once per process (and per worker): a group task only names the rules file and
    # the selection.
    key = (settings.rules_path, settings.rules_sha256, settings.policy_sha256)
    if key not in _POLICIES:
        _POLICIES[key] = make_policy(settings)
    return _POLICIES[key]


def make_policy(settings: Settings) -> Policy:
    """The rules and filters of ``settings`` (raises RuleError, SelectionError, BaselineError)."""
    sel = settings.selection
    full = with_glossary(load_rules(settings.rules_path), sel.get("glossary"))
    check_path_ignores(settings.per_path, full)
    catalog = apply_selection(full, sel)
    baseline = Baseline.load(settings.baseline) if settings.baseline else None
    return Policy(catalog, settings.per_path, settings.base_dir or os.getcwd(), baseline, full.rules)


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block: load_document reports it
        raise OSError(f"not a regular file: {path}")
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def document_inputs(settings: Settings, sha256: str, group: str, source_sha256: Optional[str] = None) -> dict:
    # The group is an input too: a report must not keep a group the metadata has moved it from.
    # So are the score model (the report's calibrated estimate) and the source (bilingual mode):
    # refitted weights, or a source added, changed or removed, redo the report.
    inputs = {"sha256": sha256, "rules_sha256": settings.rules_sha256, "group": display_path(group),
              "tool_version": __version__, "score_model_sha256": _score_model_sha256()}
    if settings.policy_sha256:
        inputs["policy_sha256"] = settings.policy_sha256
    if source_sha256:
        inputs["source_sha256"] = source_sha256
    return inputs


@functools.lru_cache(maxsize=1)
def _score_model_sha256() -> str:
    from .calibration import MODEL_PATH

    try:
        return file_sha256(MODEL_PATH)
    except OSError:
        return ""


def source_of(path: str) -> Optional[Tuple[str, str]]:
    """The source file of the document at ``path`` and its file hash ("unreadable" when it
    cannot be read), or None without one (bilingual mode: ``sources/<briefing>/<same name>``).
    Found and hashed once per document, for its own report and for all its pairs."""
    source = find_source(path)
    if not source:
        return None
    try:
        return source, file_sha256(source)
    except OSError:
        return source, "unreadable"


def pair_inputs(settings: Settings, sha_a: str, sha_b: str, source_sha256: Optional[str] = None) -> dict:
    inputs = {"a_sha256": sha_a, "b_sha256": sha_b, "rules_sha256": settings.rules_sha256,
              "model": settings.model_id, "tool_version": __version__}
    if settings.policy_sha256:
        inputs["policy_sha256"] = settings.policy_sha256
    if source_sha256:
        inputs["source_sha256"] = source_sha256
    return inputs


def shared_source(a: Optional[Tuple[str, str]], b: Optional[Tuple[str, str]]) -> Optional[Tuple[str, str]]:
    """Of two documents' ``source_of``: the source both translate (the same readable bytes),
    or None."""
    if a and b and a[1] == b[1] != "unreadable":
        return a
    return None


def run_group(group: Group, settings: Settings, skip_docs=(), skip_pairs=()) -> GroupResult:
    """Check every document of ``group`` (but those in ``skip_docs``), compare every pair (but
    ``skip_pairs``) when alignment is on, and return report dicts. Writes nothing."""
    policy = policy_for(settings)
    catalog = policy.catalog
    result = GroupResult(group.name)
    docs, findings = {}, {}
    for rel in group.paths:
        path = os.path.join(settings.root, rel)
        try:
            doc = load_document(path, max_bytes=settings.max_bytes)
        except InputError as exc:
            result.errors.append({"path": display_path(rel), "reason": str(exc)})
            continue
        docs[rel] = doc
        if rel in skip_docs:
            doc.path = display_path(rel)
            continue
        try:
            source = find_source(path)  # bilingual mode (issue 15): sources/<briefing>/<same name>
            if source:
                from .bilingual.run import use_source  # the multilingual encoder only when a source exists

                source_warnings = use_source(doc, source, max_bytes=settings.max_bytes)
            checked, hidden = policy.check(doc, path)  # the catalog's bilingual rules use the source
            checked.references = reference_scores(doc)  # looked up from the file's real path
            if source:
                from .bilingual.run import attach

                attach(checked, source_warnings)
        except Exception as exc:  # a bug: listed for this document (exit 3), the others go on
            if os.environ.get("MTAUDIT_DEBUG") == "1":
                raise
            result.errors.append({"path": display_path(rel), "reason": internal_error_reason(exc)})
            del docs[rel]
            continue
        findings[rel] = checked.findings
        doc.path = display_path(rel)
        entry = document_entry(checked, catalog, hidden=hidden)
        result.documents.append((rel, {
            "schema": DOC_SCHEMA,
            "tool": {"name": "mtaudit", "version": __version__},
            "inputs": document_inputs(settings, doc.sha256, group.name,
                                      checked.bilingual["source"]["sha256"] if checked.bilingual else None),
            "group": display_path(group.name),
            "document": entry,
        }))
    if settings.align:
        from .limits import compare_size_problem

        names = [rel for rel in group.paths if rel in docs]
        todo = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if (a, b) not in skip_pairs]
        # A document too long to compare is listed once; its pairs are left out (bounded memory).
        too_long = {rel: compare_size_problem(docs[rel]) for rel in sorted({r for pair in todo for r in pair})}
        for rel, problem in too_long.items():
            if problem:
                result.errors.append({"path": display_path(rel), "reason": problem})
        todo = [(a, b) for a, b in todo if not too_long[a] and not too_long[b]]
        if todo:
            embedder = _embedder(settings)  # one per group: each document is embedded once
            sources = {rel: source_of(os.path.join(settings.root, rel)) for rel in {r for pair in todo for r in pair}}
            try:
                for a, b in todo:
                    try:
                        for rel in (a, b):
                            if rel not in findings:  # reused report: the findings are needed again
                                findings[rel] = policy.check(docs[rel], os.path.join(settings.root, rel))[0].findings
                        # English against English: findings tied to a source span stay out, so a pair
                        # report is the same whether its documents were checked now or reused
                        english = tuple([f for f in findings[rel] if f.source is None] for rel in (a, b))
                        report = _compare(docs[a], docs[b], embedder, catalog, english)
                        source = shared_source(sources[a], sources[b])
                        if source:  # two translations of one source: each pair shows the source it renders
                            _add_source(report, docs[a], docs[b], source, settings)
                    except Exception as exc:  # a bug in one comparison: listed (exit 3), the other pairs go on
                        if os.environ.get("MTAUDIT_DEBUG") == "1":
                            raise
                        result.errors.append({"path": f"{display_path(a)} <-> {display_path(b)}",
                                              "reason": internal_error_reason(exc)})
                        continue
                    report["inputs"] = pair_inputs(settings, docs[a].sha256, docs[b].sha256,
                                                   report.get("source", {}).get("sha256"))
                    report["group"] = display_path(group.name)
                    result.pairs.append((a, b, report))
            finally:
                if embedder.cache is not None:
                    embedder.cache.close()  # one SQLite connection per group, not one per run
    return result


def _embedder(settings: Settings):
    # Imported here: only runs with alignment load numpy, and torch only once something
    # actually has to be encoded (the model itself is loaded once per process).
    from .embeddings import Embedder, load_model

    return Embedder.for_model(load_model(settings.model, backend=settings.backend, cache_dir=settings.cache_dir),
                              cache_dir=settings.cache_dir)


def _add_source(report: dict, doc_a, doc_b, shared: Tuple[str, str], settings: Settings) -> None:
    """The pair's source text (``audit.bilingual.compare``; ``shared``: the source's path and
    hash); left out, with a warning in the report, when the source cannot be read or the
    multilingual encoder is missing."""
    from .bilingual.compare import add_source
    from .bilingual.encoder import EncoderUnavailable, load_embedder
    from .detectors.bilingual import SOURCE_KEY

    source_path, sha = shared
    # a document checked in this run holds its decoded source already
    held = [d.cache[SOURCE_KEY] for d in (doc_a, doc_b) if getattr(d.cache.get(SOURCE_KEY), "sha256", None) == sha]
    try:
        source = held[0] if held else load_document(source_path, max_bytes=settings.max_bytes)
        embed = load_embedder(cache_dir=settings.cache_dir).embed  # as for the documents' own sources
    except (InputError, EncoderUnavailable) as exc:
        report.setdefault("warnings", []).append(f"source {display_path(source_path)}: {exc}")
        return
    add_source(report, (doc_a, doc_b), source, embed, display_path(source_path))


def _compare(doc_a, doc_b, embedder, catalog: Catalog, findings) -> dict:
    from .align import build_report, compare

    return build_report(compare(doc_a, doc_b, embedder, catalog, findings=findings), __version__)


# ------------------------------------------------------------------------------ outputs
# A file name is at most 255 bytes on common file systems; ".yaml" and the ".mtaudit-*.tmp"
# of an atomic write must fit beside it.
NAME_BYTES = 200


def safe_name(name: str) -> str:
    """``name`` as one file-name component: no separators, NUL or control characters, and at
    most NAME_BYTES bytes (a longer one keeps its start and gets a hash of the whole name)."""
    clean = "".join("_" if ch < " " or ch == "\x7f" else ch for ch in name.replace(os.sep, "__").replace("/", "__"))
    raw = clean.encode("utf-8", "surrogateescape")
    if len(raw) <= NAME_BYTES:
        return clean
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    head = raw[:NAME_BYTES - len(digest) - 1].decode("utf-8", "ignore")  # never half a character
    return f"{head}~{digest}"


def report_path(out_dir: str, rel: str) -> str:
    parts = rel.replace(os.sep, "/").split("/")
    return os.path.join(out_dir, "documents", *(safe_name(p) for p in parts[:-1]), safe_name(parts[-1]) + ".yaml")


def pair_path(out_dir: str, group: str, a: str, b: str) -> str:
    """One file per pair, named from both documents' whole relative paths (folders and
    extensions included, so x.txt/x.md or same-named files in two folders never collide)
    under a folder per group (its name hashed in, so groups 'a/b' and 'a__b' differ too).
    Names too long for the file system are shortened with a hash (``safe_name``)."""
    def flat(p):
        return p.replace(os.sep, "__").replace("/", "__")

    digest = hashlib.sha256(group.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    folder = safe_name(f"{flat(group) or 'root'}-{digest}")
    return os.path.join(out_dir, "comparisons", folder, safe_name(f"{flat(a)}--{flat(b)}") + ".yaml")


def prune_reports(out_dir: str, keep, tops=("documents", "comparisons"), suffix: str = ".yaml") -> int:
    """Delete the document and pair reports under ``out_dir`` that this run did not write or
    reuse (their document was deleted, excluded or can no longer be read), then the folders
    that leaves empty; return how many reports went. Only ``*.yaml`` files (``suffix``) under
    ``documents/`` and ``comparisons/`` (``tops``) are touched: whatever else a user keeps
    there stays."""
    keep = {os.path.normpath(p) for p in keep}
    removed = 0
    for top in tops:
        base = os.path.join(out_dir, top)
        for folder, _dirs, files in os.walk(base, topdown=False):
            for name in files:
                path = os.path.normpath(os.path.join(folder, name))
                if name.endswith(suffix) and path not in keep:
                    try:
                        os.unlink(path)
                        removed += 1
                    except OSError:
                        pass
            if folder != base:
                try:
                    os.rmdir(folder)  # only when empty
                except OSError:
                    pass
    return removed


def read_report(path: str) -> Optional[dict]:
    try:
        with open(path, "rb") as fh:
            data = yamlio.load(fh)
    except (OSError, yamlio.YAMLError):
        return None
    return data if isinstance(data, dict) else None


def summary_entry(doc_report: dict) -> dict:
    d = doc_report["document"]
    by_rule: Dict[str, int] = {}
    by_severity: Dict[str, int] = {}
    counted: Dict[str, int] = {}  # minor or worse, for the top rules
    for f in d["findings"]:
        by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        by_severity[f["severity"]] = by_severity.get(f["severity"], 0) + 1
        if f["severity"] != "info":
            counted[f["rule"]] = counted.get(f["rule"], 0) + 1
    top = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    entry = {
        "path": d["path"],
        "group": doc_report.get("group"),
        "words": d["words"],
        "findings": len(d["findings"]),
        "penalty": d["score"]["penalty"],
        "normalized": d["score"]["normalized"],
        "verdict": d["score"]["verdict"],
        "top_rules": [{"rule": r, "count": n} for r, n in top],
        "by_severity": by_severity,
        "by_rule": by_rule,
    }
    if d.get("adequacy"):
        entry["adequacy"] = d["adequacy"]["document"]
    refs = d.get("references")
    if refs:
        entry["references"] = {k: v for k, v in refs.items() if k in ("chrf", "bleu", "ter")}
    return entry


def pair_summary(pair: dict) -> dict:
    s = pair.get("summary", {})
    coverage = s.get("coverage") or {}
    shares = [v for v in (coverage.get("a"), coverage.get("b")) if isinstance(v, (int, float))]
    return {
        "a": pair.get("documents", {}).get("a", {}).get("path"),
        "b": pair.get("documents", {}).get("b", {}).get("path"),
        "pairs": s.get("pairs"),
        "aligned_share": round(sum(shares) / len(shares), 4) if shares else None,
        "divergences": s.get("divergences"),
        "by_kind": s.get("by_kind", {}),
    }


def build_summary(settings: Settings, entries: List[dict], groups: List[dict], errors: List[dict]) -> dict:
    by_rule: Dict[str, int] = {}
    by_severity = {"info": 0, "minor": 0, "major": 0, "critical": 0}
    docs = []
    for e in entries:
        e = dict(e)
        for rule, n in e.pop("by_rule", {}).items():
            by_rule[rule] = by_rule.get(rule, 0) + n
        for sev, n in e["by_severity"].items():
            by_severity[sev] = by_severity.get(sev, 0) + n
        docs.append(e)
    return {
        "schema": SUMMARY_SCHEMA,
        "tool": {"name": "mtaudit", "version": __version__},
        "rules": {"path": os.path.basename(settings.rules_path), "sha256": settings.rules_sha256},
        "model": settings.model_id if settings.align else None,
        "overall": {
            "documents": len(docs),
            "groups": len(groups),
            "errors": len(errors),
            "findings": sum(e["findings"] for e in docs),
            "by_severity": by_severity,
            "by_rule": dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))),
            "passed": sum(1 for e in docs if e["verdict"] == "pass"),
            "failed": sum(1 for e in docs if e["verdict"] == "fail"),
            "gate": gate([(e["by_severity"], e["verdict"]) for e in docs], errors, settings.fail_on),
        },
        "documents": sorted(docs, key=lambda e: (-e["normalized"], e["path"])),
        "groups": groups,
        "errors": sorted(errors, key=lambda e: e["path"]),
    }


# ------------------------------------------------------------------------------ driving
@dataclass
class Task:
    group: Group
    settings: Settings
    skip_docs: tuple = ()
    skip_pairs: tuple = ()


def run_task(task: Task) -> GroupResult:
    """Top-level (picklable) entry point for process pools and Dask workers."""
    return run_group(task.group, task.settings, set(task.skip_docs), set(task.skip_pairs))


def _entry_or_none(make, old: dict) -> Optional[dict]:
    """``make(old)``, or None when ``old`` lacks what the summary needs: a report cut short or
    edited by hand is recomputed instead of stopping every later run."""
    try:
        entry = make(old)
        yamlio.dump(entry)  # it must be writable into the summary too
    except (KeyError, TypeError, AttributeError, ValueError, yamlio.YAMLError):
        return None
    numbers = [entry[k] for k in ("words", "penalty", "normalized") if k in entry]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers):
        return None
    return entry


# Documents per task when no pairs are compared (--no-align): small enough that a folder of
# thousands of files keeps every worker busy and an interrupt loses little, large enough that
# the cost of a task (sending it, loading the catalog once per worker) stays small.
TASK_DOCUMENTS = 16


def plan_tasks(groups: List[Group], settings: Settings, out_dir: Optional[str], reused: Dict[str, dict]) -> Iterator[Task]:
    """One task per group with work left (with --no-align, one per TASK_DOCUMENTS documents
    of a group still to check). Reports whose recorded inputs (document hash, rules
    hash, model, tool version) match are reused instead: their summary entries go into
    ``reused``."""
    for group in groups:
        skip_docs, skip_pairs, shas, sources = [], [], {}, {}
        if out_dir:
            for rel in group.paths:
                try:
                    shas[rel] = file_sha256(os.path.join(settings.root, rel))
                except OSError:
                    continue
                sources[rel] = source_of(os.path.join(settings.root, rel))
                old = read_report(report_path(out_dir, rel))
                expected = document_inputs(settings, shas[rel], group.name, sources[rel] and sources[rel][1])
                if old and old.get("inputs") == expected and "document" in old:
                    entry = _entry_or_none(summary_entry, old)  # only the summary's share: memory stays flat
                    if entry is not None:  # else a damaged report (cut short, edited): redo it
                        skip_docs.append(rel)
                        reused[rel] = entry
            if settings.align:
                for i, a in enumerate(group.paths):
                    for b in group.paths[i + 1:]:
                        if a in shas and b in shas:
                            old = read_report(pair_path(out_dir, group.name, a, b))
                            source = shared_source(sources[a], sources[b])
                            expected = pair_inputs(settings, shas[a], shas[b], source and source[1])
                            if old and old.get("inputs") == expected:
                                entry = _entry_or_none(pair_summary, old)
                                if entry is not None:
                                    skip_pairs.append((a, b))
                                    reused[("pair", a, b)] = entry
        if not settings.align:
            # Without pairs the documents of a group need not be checked together: tasks of at
            # most TASK_DOCUMENTS, so a large folder is spread over --jobs and an interrupted
            # run keeps the reports of the tasks that finished.
            reused_here = set(skip_docs)
            todo = [rel for rel in group.paths if rel not in reused_here]
            for i in range(0, len(todo), TASK_DOCUMENTS):
                yield Task(Group(group.name, todo[i:i + TASK_DOCUMENTS]), settings)
            continue
        n_pairs = len(group.paths) * (len(group.paths) - 1) // 2
        if len(skip_docs) < len(group.paths) or len(skip_pairs) < n_pairs:
            yield Task(group, settings, tuple(skip_docs), tuple(skip_pairs))


def local_mapper(jobs: int, ordered: bool = True):
    """``map(fn, tasks)`` in this process (jobs == 1) or a process pool. Results may come in
    any order: every report is a function of its own inputs and the summary is sorted, so
    the bytes written do not depend on it. ``ordered``: in submission order (the stdout
    stream); else each as soon as it is done, so a slow task never holds back the reports
    of those finished after it (nor loses them to an interrupt)."""
    def mapper(fn, tasks):
        if jobs <= 1:
            for task in tasks:
                yield fn(task)
            return
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(fn, t) for t in tasks]
            try:
                for fut in (futures if ordered else as_completed(futures)):
                    yield fut.result()
            except BaseException:
                for fut in futures:
                    fut.cancel()
                raise

    return mapper


def dask_mapper(scheduler: str, ordered: bool = True):
    """Run each group task on a Dask distributed cluster (``pip install mtaudit[distributed]``);
    ``ordered`` as for ``local_mapper``."""
    def mapper(fn, tasks):
        try:
            from dask.distributed import Client, as_completed
        except ImportError:
            raise InputError("--executor dask needs dask[distributed]: pip install 'mtaudit[distributed]'") from None
        try:
            client = Client(scheduler, timeout="10s")
        except Exception as exc:  # OSError, TimeoutError, ValueError for a bad address
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            futures = client.map(fn, list(tasks), pure=False)
            for fut in (futures if ordered else as_completed(futures)):  # as for local runs
                yield fut.result()
        finally:
            client.close()

    return mapper


def run_audit(settings: Settings, out_dir: Optional[str], mapper, emit=None, progress=None,
              groups: Optional[List[Group]] = None, plan_errors: List[dict] = ()) -> dict:
    """Plan, run and record an audit; return the summary. With ``out_dir`` reports are written
    there (atomically, one per document and per pair) and reused on the next run; without it
    ``emit(kind, data)`` receives each report. ``progress(n)`` is called first with the number
    of documents whose reports are reused, then after each task with the documents it
    finished (errors included). ``groups``: the plan, when the caller made it
    (and ``plan_errors``, the metadata errors it met)."""
    from .fileio import write_atomic

    errors: List[dict] = list(plan_errors)
    groups = plan_groups(settings.root, errors) if groups is None else groups
    reused: Dict = {}
    tasks = list(plan_tasks(groups, settings, out_dir, reused))
    entries: Dict[str, dict] = {}
    pairs: Dict[tuple, dict] = {}
    for rel, entry in reused.items():
        if isinstance(rel, tuple):
            pairs[rel[1:]] = entry
        else:
            entries[rel] = entry
    if progress:
        progress(len([k for k in reused if not isinstance(k, tuple)]))

    def dump(data):
        return yamlio.dump(data)

    by_name = {g.name: g for g in groups}
    for result in mapper(run_task, tasks):
        group = by_name[result.name]
        for rel, rep in result.documents:
            if out_dir:
                write_atomic(report_path(out_dir, rel), dump(rep))
            elif emit:
                emit("document", rep)
            entries[rel] = summary_entry(rep)
        for a, b, rep in result.pairs:
            if out_dir:
                write_atomic(pair_path(out_dir, group.name, a, b), dump(rep))
            elif emit:
                emit("comparison", rep)
            pairs[(a, b)] = pair_summary(rep)
        errors.extend(result.errors)
        if progress:
            progress(len(result.documents) + len(result.errors))
    group_entries = []
    for g in groups:
        listed = [pairs[(a, b)] for i, a in enumerate(g.paths) for b in g.paths[i + 1:] if (a, b) in pairs]
        shares = [p["aligned_share"] for p in listed if isinstance(p.get("aligned_share"), (int, float))]
        group_entries.append({
            "name": display_path(g.name),  # names that are not UTF-8 are shown with U+FFFD
            "documents": [display_path(p) for p in g.paths],
            "pairs": listed,
            "aligned_share": round(sum(shares) / len(shares), 4) if shares else None,
            "divergences": sum(p.get("divergences") or 0 for p in listed),
        })
    summary = build_summary(settings, list(entries.values()), group_entries, errors)
    if out_dir:
        keep = {report_path(out_dir, rel) for rel in entries}
        keep.update(pair_path(out_dir, g.name, a, b) for g in groups for i, a in enumerate(g.paths)
                    for b in g.paths[i + 1:] if a in entries and b in entries)
        prune_reports(out_dir, keep)
        write_atomic(os.path.join(out_dir, "summary.yaml"), dump(summary))
    elif emit:
        emit("summary", summary)
    return summary
