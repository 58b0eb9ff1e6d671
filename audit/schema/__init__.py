"""JSON Schemas of mtaudit's reports, and a validator tests and users can call."""
from __future__ import annotations

import json
import os
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))


@lru_cache(maxsize=None)
def load_schema(name: str = "report") -> dict:
    """The schema ``name`` (report, document, summary, compare). The per-document schema of
    batch audits shares the check report's definitions, so a finding is defined once."""
    with open(os.path.join(HERE, f"{name}.schema.json"), encoding="utf-8") as fh:
        schema = json.load(fh)
    if name == "document":
        schema["$defs"] = load_schema("report")["$defs"]
    return schema


def validate(report: dict, name: str = "report") -> None:
    """Raise ``jsonschema.ValidationError`` when ``report`` does not match the schema."""
    import jsonschema  # imported on use: only tests and `--validate` style callers need it

    jsonschema.validate(report, load_schema(name))
