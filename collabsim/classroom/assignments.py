"""Assignments: what a teacher hands out, what a student hands in, and the teacher's table of them.

A teacher saves a scenario with an ``assignment`` section (questions, a target, what each
control costs, every lever as handed out); a student fills in the ``submission`` section (name,
student number, answers), changes levers and saves. :func:`scan_folder` reads a folder of
handed-in files (each validated like any scenario file; a broken one becomes a row saying why)
and :func:`evaluate` runs each student's ensemble: the outcome, which levers they changed, the
control cost and whether the target is met. Everything is offline. No Qt here.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, replace
from pathlib import Path

from collabsim.classroom.debrief import key_numbers, run
from collabsim.classroom.stories import lever_values
from collabsim.engine import codes as C
from collabsim.scenario import FILE_SUFFIX, Scenario, ScenarioError, load_scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.model import LocalText

MAX_FILES = 500  # files read from one folder

#: Control costs in "cost points" (1 point ~ one full-time official on the task for its
#: duration), the same figures as resources/experiments/case_c_policy_search.collabsim-experiment;
#: a teacher can change them in the file.
DEFAULT_COSTS = (
    K.Cost("responsibility.attribution", 3.0, "individual"),
    K.Cost("assessment.scope", 1.0, "joint"),
    K.Cost("controls.supervision", 2.0, True),
    K.Cost("controls.coordination_team", 3.0, True),
    K.Cost("controls.reporting", 0.3, "informal"),
    K.Cost("controls.reporting", 1.0, "formal"),
    K.Cost("controls.meetings", 2.0),
    K.Cost("assessment.third_party", 2.5),
    K.Cost("task.kind", 6.0, "central"),
)


def make_assignment(s: Scenario, title: LocalText, instructions: LocalText,
                    questions: tuple[LocalText, ...], target: K.Target,
                    costs: tuple[K.Cost, ...] = DEFAULT_COSTS) -> Scenario:
    """``s`` handed out as an assignment: every lever recorded as the start, no submission."""
    start = tuple(K.Change(p, v) for p, v in lever_values(s).items())
    a = K.Assignment(title=title, instructions=instructions, questions=tuple(questions),
                     target=target, costs=tuple(costs), start=start)
    return replace(s, assignment=a, submission=None)


def control_cost(s: Scenario, costs: tuple[K.Cost, ...]) -> float:
    """The cost of ``s``'s controls: discrete levers at their costly value, number levers per unit."""
    values = lever_values(s)
    total = 0.0
    for c in costs:
        v = values.get(c.path)
        if c.value is None:
            total += c.cost * float(v or 0.0)
        elif v == c.value:
            total += c.cost
    return round(total, 6)


def levers_changed(s: Scenario) -> tuple[tuple[str, object, object], ...]:
    """(path, as handed out, now) of every lever the student changed (their departments too)."""
    if s.assignment is None:
        return ()
    now = lever_values(s)
    out = []
    for change in s.assignment.start:
        if change.path in now and now[change.path] != change.value:
            out.append((change.path, change.value, now[change.path]))
    given = {c.path for c in s.assignment.start}
    out += [(p, None, v) for p, v in now.items() if p not in given]  # departments added
    return tuple(out)


@dataclass(frozen=True)
class Outcome:
    form: int
    numbers: dict[str, float]
    cost: float
    met: bool
    unmet: tuple[str, ...]  # which parts of the target were missed (codes below)


#: parts of a target, as reported in Outcome.unmet
FORM, COLLUSION, PROGRESS, COOP, COST = "form", "collusion", "real_progress", "coop_effort", "cost"


def evaluate(s: Scenario, results=None) -> Outcome:
    """Run ``s`` (unless ``results`` are given) and check it against its assignment's target."""
    res = results if results is not None else run(s)
    nums = key_numbers(res)
    a = s.assignment
    target = a.target if a is not None else K.Target(form="")
    cost = control_cost(s, a.costs if a is not None else DEFAULT_COSTS)
    form = res.modal_form()
    unmet = []
    if target.form and C.FORM_NAMES[form] != target.form:
        unmet.append(FORM)
    if target.no_collusion and (form == C.COLLUSIVE or nums["reported_gap"] > target.max_gap):
        unmet.append(COLLUSION)
    if nums["real_progress"] < target.min_real_progress:
        unmet.append(PROGRESS)
    if nums["coop_effort"] < target.min_coop_effort:
        unmet.append(COOP)
    if target.max_cost > 0 and cost > target.max_cost:
        unmet.append(COST)
    return Outcome(form, nums, cost, not unmet, tuple(unmet))


@dataclass(frozen=True)
class Row:
    """One handed-in file: who, what they changed, their outcome, their answers (or why not)."""

    path: Path
    scenario: Scenario | None
    error: ScenarioError | None = None
    outcome: Outcome | None = None

    @property
    def name(self) -> str:
        sub = self.scenario.submission if self.scenario is not None else None
        return sub.name if sub is not None else ""

    @property
    def student_number(self) -> str:
        sub = self.scenario.submission if self.scenario is not None else None
        return sub.student_number if sub is not None else ""

    @property
    def answers(self) -> tuple[str, ...]:
        sub = self.scenario.submission if self.scenario is not None else None
        return sub.answers if sub is not None else ()

    @property
    def changed(self) -> tuple[tuple[str, object, object], ...]:
        return levers_changed(self.scenario) if self.scenario is not None else ()


def folder_files(folder: str | Path) -> list[Path]:
    """The scenario files in ``folder`` (not its subfolders), by name, at most MAX_FILES."""
    found = sorted(p for p in Path(folder).iterdir()
                   if p.suffix.lower() == FILE_SUFFIX and p.is_file())
    return found[:MAX_FILES]


def read_row(path: Path) -> Row:
    """Load one handed-in file (not yet evaluated)."""
    try:
        return Row(path, load_scenario(path))
    except ScenarioError as err:
        return Row(path, None, err)


def evaluated(row: Row) -> Row:
    if row.scenario is None or row.outcome is not None:
        return row
    return replace(row, outcome=evaluate(row.scenario))


def scan_folder(folder: str | Path) -> list[Row]:
    """Every handed-in file of ``folder``, loaded and evaluated."""
    return [evaluated(read_row(p)) for p in folder_files(folder)]


def rows_csv(rows: list[Row], questions: int | None = None) -> str:
    """The table as CSV text (UTF-8 with the header row; one column per answer)."""
    n = questions if questions is not None else max((len(r.answers) for r in rows), default=0)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "name", "student_number", "levers_changed", "changes", "form",
                "real_progress", "coop_effort", "reported_gap", "cost", "target_met", "error",
                *(f"answer_{i + 1}" for i in range(n))])
    for r in rows:
        o = r.outcome
        changes = "; ".join(f"{p}: {_v(a)} -> {_v(b)}" for p, a, b in r.changed)
        nums = o.numbers if o is not None else {}
        w.writerow([r.path.name, _cell(r.name), _cell(r.student_number), len(r.changed),
                    changes, C.FORM_NAMES[o.form] if o else "",
                    *(_num(nums.get(k)) for k in ("real_progress", "coop_effort", "reported_gap")),
                    _num(o.cost) if o else "", ("yes" if o.met else "no") if o else "",
                    str(r.error) if r.error else "",
                    *(_cell(r.answers[i]) if i < len(r.answers) else "" for i in range(n))])
    return buf.getvalue()


def _num(v) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.4g}"


def _v(v) -> str:
    return "—" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))


def _cell(text: str) -> str:
    """A spreadsheet cannot take a cell that starts like a formula as one (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
