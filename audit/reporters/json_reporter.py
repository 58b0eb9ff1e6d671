"""JSON: the same data as the YAML report, for tools that prefer it."""
import json


def render(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
