"""Output formats: a registry from format name to ``render(report) -> str``."""
from __future__ import annotations

from . import json_reporter, text_reporter, yaml_reporter

REPORTERS = {
    "yaml": yaml_reporter.render,
    "json": json_reporter.render,
    "text": text_reporter.render,
}
