"""mtaudit: find, explain and score machine-translation errors in English news copy.

The library is a set of pure functions; ``audit.cli`` is a thin Click layer over them.
Nothing imported here loads torch or sentence-transformers.
"""
__version__ = "0.1.0"

from . import bytecode  # noqa: E402 (first: the modules below are read through it)

bytecode.install()

from .document import Document, InputError, load_document  # noqa: E402
from .engine import CheckResult, check_document, check_text  # noqa: E402
from .findings import Finding, Severity  # noqa: E402
from .rules import Catalog, Rule, RuleError, load_rules  # noqa: E402

__all__ = [
    "Catalog", "CheckResult", "Document", "Finding", "InputError", "Rule", "RuleError", "Severity",
    "check_document", "check_text", "load_document", "load_rules", "__version__",
]


def __getattr__(name):
    # audit.compare and audit.Alignment come from the aligner, which needs numpy (and torch
    # once it encodes): loaded on first use so `import audit` and `mtaudit check` stay light.
    if name in ("compare", "Alignment"):
        from . import align

        return getattr(align, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
