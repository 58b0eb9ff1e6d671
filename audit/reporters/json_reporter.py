"""JSON: the same data as the YAML report, for tools that prefer it (any report kind)."""
import json

KINDS = ("check", "compare", "score", "summary")


def render(report: dict, **options) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
