"""The debrief after a story or a run: the form, the key numbers against the baseline, what moved them.

"What moved them" is measured, not asserted: for every lever that differs from the baseline the
ensemble is run again with that one lever set back (same seeds), and the lever's effect is the
difference it makes to the key numbers with all the other changes in place. Its main channel is
the part of the cooperating departments' effort decision (``codes.COMPONENTS``, the explanation
panel's bars) that changed most, averaged over the second half of the run. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from collabsim.classroom.stories import lever_changes, lever_values
from collabsim.engine import Results, Simulation
from collabsim.engine import codes as C
from collabsim.scenario import Scenario
from collabsim.scenario.model import LocalText

#: the key numbers, in the order of the indicators panel
KEYS = ("real_progress", "reported_gap", "coop_effort", "lead_effort", "exposure_evenness", "collusion")
#: below this (the most exposed department's exposure, averaged over the runs) there is no
#: accountability risk to spread and "risk spread evenly" means nothing
MIN_EXPOSURE = 0.02
MAX_LEVERS = 16  # levers measured one at a time (beyond these: listed, not measured)


def run(s: Scenario) -> Results:
    """The ensemble the app shows for ``s`` (its seed and replicates)."""
    return Simulation(s, seed=s.simulation.seed, replicates=s.simulation.replicates).run()


def key_numbers(results: Results, step: int | None = None) -> dict[str, float]:
    """Median indicators at ``step`` (default: the last), cooperating effort averaged."""
    t = len(results.steps) - 1 if step is None else min(max(step, 0), len(results.steps) - 1)
    med = {n: results.summary(n).median for n in ("real_progress", "reported_progress", "effort",
                                                   "exposure_evenness", "collusion")}
    lead = results.scenario.lead_index
    effort = med["effort"][t]
    coop = np.delete(effort, lead)
    # the mean over the runs, not the median: in case C most runs end with hardly any exposure
    # (everyone meets the standard) while some carry a lot, and the spread is still even
    spread = results.summary("exposure").mean[t].max() >= MIN_EXPOSURE
    return {
        "real_progress": float(med["real_progress"][t]),
        "reported_gap": float(med["reported_progress"][t] - med["real_progress"][t]),
        "coop_effort": float(coop.mean()) if coop.size else 0.0,
        "lead_effort": float(effort[lead]),
        "exposure_evenness": float(med["exposure_evenness"][t]) if spread else float("nan"),
        "collusion": float(med["collusion"][t]),
    }


def coop_components(results: Results) -> np.ndarray:
    """Mean decision components of the cooperating departments over the run's second half."""
    comps = results.mean_components  # (steps, departments, components)
    half = comps[len(comps) // 2:]
    coop = np.delete(half, results.scenario.lead_index, axis=1)
    return coop.mean(axis=(0, 1)) if coop.size else np.zeros(comps.shape[-1])


@dataclass(frozen=True)
class Driver:
    """One lever that differs from the baseline and what it does with the others in place."""

    path: str
    before: object
    after: object
    effects: dict[str, float]  # key number -> current minus (current with this lever set back)
    channel: str  # the decision component (codes.COMPONENTS) that moved most; "" if none
    channel_change: float
    measured: bool = True

    @property
    def size(self) -> float:
        """How much the lever moved the outcome (cooperating effort and real progress)."""
        return abs(self.effects.get("coop_effort", 0.0)) + abs(self.effects.get("real_progress", 0.0))


@dataclass(frozen=True)
class Debrief:
    scenario: Scenario
    baseline: Scenario | None
    form: int
    form_share: float
    replicates: int
    baseline_form: int | None
    numbers: dict[str, float]
    baseline_numbers: dict[str, float] | None
    drivers: tuple[Driver, ...]  # largest first
    questions: tuple[LocalText, ...]


def compute(current: Scenario, baseline: Scenario | None = None, results: Results | None = None,
            baseline_results: Results | None = None, max_levers: int = MAX_LEVERS) -> Debrief:
    """The debrief of ``current`` against ``baseline`` (None: no comparison, no drivers)."""
    res = results if results is not None and results.scenario == current else run(current)
    base_res = None
    if baseline is not None:
        base_res = (baseline_results if baseline_results is not None
                    and baseline_results.scenario == baseline else run(_same_run(baseline, current)))
    drivers = _drivers(current, baseline, res, max_levers) if baseline is not None else ()
    story = current.story
    return Debrief(
        scenario=current, baseline=baseline, form=res.modal_form(),
        form_share=res.form_shares()[C.FORM_NAMES[res.modal_form()]], replicates=res.replicates,
        baseline_form=None if base_res is None else base_res.modal_form(),
        numbers=key_numbers(res), baseline_numbers=None if base_res is None else key_numbers(base_res),
        drivers=drivers, questions=story.questions if story is not None else ())


def _same_run(s: Scenario, like: Scenario) -> Scenario:
    """``s`` with ``like``'s seeds and replicates (common random numbers)."""
    from dataclasses import replace

    return replace(s, simulation=replace(s.simulation, seed=like.simulation.seed,
                                         replicates=like.simulation.replicates))


def _drivers(current: Scenario, baseline: Scenario, res: Results, max_levers: int) -> tuple[Driver, ...]:
    changes = lever_changes(baseline, current)
    if not changes:
        return ()
    old = lever_values(baseline)
    now = key_numbers(res)
    comps_now = coop_components(res)
    out = []
    for k, change in enumerate(c for c in changes if not c.path.startswith("simulation.")):
        if k >= max_levers:
            out.append(Driver(change.path, old[change.path], change.value, {}, "", 0.0, measured=False))
            continue
        back = run(current.with_changes(change.path, old[change.path]))
        then = key_numbers(back)
        effects = {key: now[key] - then[key] for key in KEYS}
        delta = comps_now - coop_components(back)
        i = int(np.argmax(np.abs(delta))) if delta.size else 0
        channel = C.COMPONENTS[i] if delta.size and abs(delta[i]) > 1e-3 else ""
        out.append(Driver(change.path, old[change.path], change.value, effects, channel,
                          float(delta[i]) if delta.size else 0.0))
    out.sort(key=lambda d: (not d.measured, -d.size))
    return tuple(out)
