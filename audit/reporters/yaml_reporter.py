"""YAML: the default report format; loads back with ``yaml.safe_load``."""
import yaml


def render(report: dict) -> str:
    return yaml.safe_dump(report, sort_keys=False, allow_unicode=True, width=100)
