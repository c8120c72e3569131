"""The error an experiment file or request raises: a scenario-style error with the field path.

:class:`ExperimentError` is a :class:`~collabsim.scenario.ScenarioError` (same codes, so the GUI
translates both the same way) with a few codes of its own; ``str(err)`` is a one-line English
message naming the field, for the command line and logs.
"""

from __future__ import annotations

from collabsim.scenario.errors import _TEMPLATES, ScenarioError

UNKNOWN_LEVER = "unknown_lever"
UNKNOWN_INDICATOR = "unknown_indicator"
TOO_MUCH_WORK = "too_much_work"
MISSING_EXTRA = "missing_extra"
OUTPUT_EXISTS = "output_exists"
OTHER_RUN = "other_run"
BAD_OUTPUT = "bad_output"
INCONSISTENT = "inconsistent"

_OWN = {
    UNKNOWN_LEVER: "{value} is not a scenario field (no {detail!r} in {allowed})",
    UNKNOWN_INDICATOR: "{value} is not an output; choose from {allowed}",
    TOO_MUCH_WORK: "{detail}; the limit is {allowed}",
    MISSING_EXTRA: "needs the optional packages {detail}: pip install 'collabsim[{allowed}]'",
    OUTPUT_EXISTS: "already exists with results of another experiment (use --force to replace it)",
    OTHER_RUN: "{detail} holds an interrupted run of another experiment (use --fresh to discard it)",
    BAD_OUTPUT: "{detail}",
    INCONSISTENT: "{detail}",
}


class ExperimentError(ScenarioError):
    """An experiment file, lever or request is not acceptable; nothing was run or written."""

    def _format(self) -> str:
        where = f"{self.path}: " if self.path else ""
        template = _OWN.get(self.code) or _TEMPLATES.get(self.code, self.code)
        return where + template.format(**{**self.template_fields(), "allowed": self.allowed})


def need(module: str, extra: str = "experiments"):
    """Import an optional dependency, or raise MISSING_EXTRA naming the extra to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ExperimentError(MISSING_EXTRA, detail=module.split(".")[0], allowed=extra) from None
