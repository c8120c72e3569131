"""Many scenarios in one vectorised run: scenarios stacked side by side along the column axis.

``run_batch(scenarios, seed, replicates)`` runs ``replicates`` replicates of every scenario in
one :class:`BatchSimulation`, whose parameters are the scenarios' own, column-stacked
(:func:`collabsim.engine.params.stack`): scenario j occupies columns ``j * replicates`` to
``(j + 1) * replicates - 1`` and its replicate k uses seed ``seed + k``, as when it runs alone
(the random streams are drawn once and shared: common random numbers). The step only does
elementwise arithmetic on per-column parameters (the batching contract of params.py), so each
scenario's :class:`~collabsim.engine.results.Results` equal its run alone, bit for bit — series,
summaries, detail, decision components, ties, flows, events, final state, forms
(tests/test_engine_batch.py). A sweep of 100 scenarios x 100 replicates then runs as one
10,000-column ensemble instead of paying numpy's per-call overhead 100 times.

Scenarios stack when they share the department count, the step length and the number of rival
tasks (:func:`batch_key`; rival tasks add rows of events and attention shares);
horizons and leads may differ (the batch steps to the longest horizon; a shorter scenario's
results stop at its own). :func:`groups` splits a list accordingly.
"""

from __future__ import annotations

from collabsim.engine import codes as C
from collabsim.engine.budget import resolve_record
from collabsim.engine.constants import DEFAULT_CONSTANTS, ModelConstants
from collabsim.engine.params import STEP_MONTHS, derive, stack
from collabsim.engine.recorder import Layout
from collabsim.engine.results import Results
from collabsim.engine.simulation import Simulation, check_run
from collabsim.scenario.model import Scenario

#: columns of one batch: full recording keeps every trajectory (float64), so it is bounded by
#: the values it stores; summary recording only by the state (N x N x columns ties)
FULL_VALUES = 25_000_000  # 200 MB of recorded trajectories
MAX_COLUMNS = 200_000


def batch_key(s: Scenario) -> tuple:
    """Scenarios with the same key can run in one batch."""
    return (s.n_departments, s.task.step_unit, s.rivals.count)


def groups(scenarios: list[Scenario]) -> list[list[int]]:
    """Indices of ``scenarios`` grouped by :func:`batch_key`, in order of first appearance."""
    out: dict[tuple, list[int]] = {}
    for i, s in enumerate(scenarios):
        out.setdefault(batch_key(s), []).append(i)
    return list(out.values())


class BatchSimulation(Simulation):
    """A Simulation of several scenarios of the same :func:`batch_key`, side by side.

    ``record`` and ``detail`` mean what they mean for one scenario's run (``'auto'`` decides by
    ``replicates``, the replicates of one scenario); :meth:`results` returns a list, one
    Results per scenario, in order.
    """

    def __init__(self, scenarios: list[Scenario], seed: int = 0, replicates: int = 1,
                 record: str = "auto", detail: int = 1,
                 constants: ModelConstants = DEFAULT_CONSTANTS) -> None:
        if not scenarios:
            raise ValueError("a batch needs at least one scenario")
        if len({batch_key(s) for s in scenarios}) > 1:
            raise ValueError("scenarios of one batch must share the department count, step unit and "
                             "number of rival tasks")
        check_run(seed, replicates, record)
        first = scenarios[0]
        self.scenarios = list(scenarios)
        self.scenario = first
        self.k = constants
        self.p = stack([derive(s, constants) for s in scenarios], int(replicates))
        self.n = first.n_departments
        horizons = [s.task.horizon for s in scenarios]
        self.horizon = max(horizons)
        self.dt = STEP_MONTHS[first.task.step_unit]
        self.seed = int(seed)
        self.per_scenario = int(replicates)
        self.replicates = len(scenarios) * int(replicates)  # columns
        full = record != "final" and resolve_record(record, int(replicates)) == "full"
        layout = Layout(self.per_scenario, horizons, [s.lead_index for s in scenarios], detail)
        self._start(layout, full, record == "final")

    def results(self) -> list[Results]:  # type: ignore[override]
        """Each scenario's results so far, as its run alone returns them."""
        return [self._recorder.results(s, self.seed, self.v, part=j) for j, s in enumerate(self.scenarios)]

    def run(self) -> list[Results]:  # type: ignore[override]
        while not self.done:
            self.step()
        return self.results()


def columns_per_batch(n: int, horizon: int, full: bool) -> int:
    """How many columns one batch of ``n`` departments over ``horizon`` steps may have."""
    if not full:
        return MAX_COLUMNS
    per_dept = sum(C.INDICATORS.values())
    values = (horizon + 1) * (per_dept * n + len(C.INDICATORS) - per_dept)
    return int(max(1, min(MAX_COLUMNS, FULL_VALUES // values)))


def run_batch(scenarios: list[Scenario], seed: int = 0, replicates: int = 1, record: str = "auto",
              detail: int = 1, constants: ModelConstants = DEFAULT_CONSTANTS) -> list[Results]:
    """Run ``replicates`` replicates (seeds seed, seed + 1, ...) of every scenario and return
    their results in order, each equal to ``Simulation(s, seed, replicates, record).run()``;
    scenarios of different :func:`batch_key` run in separate batches, and a group too large
    for one batch's memory bound in several."""
    check_run(seed, replicates, record)
    out: list[Results | None] = [None] * len(scenarios)
    full = record != "final" and resolve_record(record, int(replicates)) == "full"
    for idx in groups(scenarios):
        # horizon of the group, for the memory bound (a chunk steps to its longest horizon)
        longest = max(scenarios[i].task.horizon for i in idx)
        per = max(1, columns_per_batch(scenarios[idx[0]].n_departments, longest, full) // replicates)
        order = sorted(idx, key=lambda i: scenarios[i].task.horizon)  # similar horizons together
        for start in range(0, len(order), per):
            chunk = order[start:start + per]
            sim = BatchSimulation([scenarios[i] for i in chunk], seed, replicates, record, detail,
                                  constants)
            for i, res in zip(chunk, sim.run(), strict=True):
                out[i] = res
    return out  # type: ignore[return-value]

