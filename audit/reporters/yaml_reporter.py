"""YAML: the default report format (any report kind); loads back with ``yaml.safe_load``."""
from .. import yamlio

KINDS = ("check", "compare", "score", "summary")


def render(report: dict, **options) -> str:
    return yamlio.dump_report(report)  # the fast emitter; same data as yaml.dump
