"""YAML: the default report format; loads back with ``yaml.safe_load``."""
from .. import yamlio


def render(report: dict) -> str:
    return yamlio.dump(report)
