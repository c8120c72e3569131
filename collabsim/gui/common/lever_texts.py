"""Translated names and tooltips of the levers: what each stands for in the article.

Which levers exist, in which group and order, is derived from the scenario's dataclasses
(:mod:`collabsim.gui.levers.fields`); only the words live here, as literal strings so that
lupdate can extract them. They are shared by the levers and the error messages (which name a
field by its label), hence ``common``. ``tests/test_gui_levers.py`` fails when a scenario field,
choice, section or department column has no entry here. The article passage from the metadata
is appended to each tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def group_titles() -> dict[str, str]:
    """Section name -> group title."""
    translate = QCoreApplication.translate
    return {
        "task": translate("Levers", "Task"),
        "departments": translate("Levers", "Departments"),
        "responsibility": translate("Levers", "Responsibility"),
        "assessment": translate("Levers", "Assessment"),
        "controls": translate("Levers", "Control mechanisms"),
        "attention": translate("Levers", "Attention (顺势 / 借势 / 造势)"),  # short: a narrow panel
        "rivals": translate("Levers", "Competing tasks"),
        "party_building": translate("Levers", "党建 (extension)"),
        "simulation": translate("Levers", "Simulation"),
    }


def field_texts() -> dict[str, tuple[str, str]]:
    """path -> (label, tooltip) in the current language."""
    translate = QCoreApplication.translate
    return {
        "task.kind": (translate("Levers", "Kind of task"), translate(
            "Levers", "Routine work, the government's central task (中心任务, a “number-one project”) "
            "or an emergency. Central and emergency tasks get the superior's attention.")),
        "task.complexity": (translate("Levers", "Complexity"), translate(
            "Levers", "How much the result needs every department at once (0: contributions simply "
            "add up; 1: the weakest department decides). Wicked problems make collaboration a must.")),
        "task.size": (translate("Levers", "Size of the task"), translate(
            "Levers", "How many steps the task needs when every department works at full effort: "
            "the tension between the task and the departments' resources.")),
        "task.deadline": (translate("Levers", "Deadline"), translate(
            "Levers", "The step by which the task is due (0: no deadline). In case A no deadline "
            "was set.")),
        "task.horizon": (translate("Levers", "Steps simulated"), translate(
            "Levers", "How many steps the simulation runs.")),
        "task.step_unit": (translate("Levers", "One step is"), translate(
            "Levers", "What one simulated step stands for: a week or a month.")),
        "responsibility.attribution": (translate("Levers", "Responsibility lies with"), translate(
            "Levers", "Who is held accountable: nobody clearly (ambiguous), the lead department alone, "
            "or individual leaders of every department (责任到人). Clear, individual responsibility "
            "spreads accountability risk and makes departments collaborate.")),
        "assessment.weight": (translate("Levers", "Weight in the assessment"), translate(
            "Levers", "How much the task counts in the departments' performance scores (in case B: "
            "40 points, 40% of the total).")),
        "assessment.scope": (translate("Levers", "What is assessed"), translate(
            "Levers", "Each department's own output, or the joint result of the collaboration. The "
            "article finds no assessment of the joint effect in the loose cases.")),
        "assessment.frequency": (translate("Levers", "Frequency of checks"), translate(
            "Levers", "The probability of a check in a step (e.g. monthly special meetings that "
            "inspect progress).")),
        "assessment.unpredictability": (translate("Levers", "Unpredictability"), translate(
            "Levers", "The share of checks that are unannounced (暗访) or at random times. "
            "Uncertain assessment keeps departments working.")),
        "assessment.third_party": (translate("Levers", "Third-party evaluation"), translate(
            "Levers", "How independent the evaluator is. Third-party evaluation makes it hard for "
            "departments to collude in inflating reported progress.")),
        "assessment.sanction": (translate("Levers", "Severity of accountability"), translate(
            "Levers", "How severely a shortfall is punished (high-intensity administrative "
            "accountability).")),
        "controls.supervision": (translate("Levers", "Supervision (督导)"), translate(
            "Levers", "A dedicated supervision mechanism follows the task.")),
        "controls.reporting": (translate("Levers", "Information reporting"), translate(
            "Levers", "None; informal (no fixed frequency, format or scoring, as in case A); or "
            "formal reporting with fixed periods and content.")),
        "controls.coordination_team": (translate("Levers", "Coordination team"), translate(
            "Levers", "A dedicated cross-department coordination team (协调小组 / 专班) with staff "
            "seconded from the departments, as in case C.")),
        "controls.promotion": (translate("Levers", "Promotion for results"), translate(
            "Levers", "A credible promise to promote cadres for task results (依任务提拔).")),
        "controls.meetings": (translate("Levers", "Mobilisation meetings"), translate(
            "Levers", "How intensively the superior holds deployment, progress and summary "
            "meetings (部署会、推进会、总结会).")),
        "attention.central_task": (translate("Levers", "A central task is active"), translate(
            "Levers", "A central task (中心任务) occupies the jurisdiction, e.g. poverty alleviation; "
            "the lead can ride on it.")),
        "attention.task_fit": (translate("Levers", "Fit with the central task"), translate(
            "Levers", "How plausibly this task fits the central task; riding on it works only when "
            "the fit is credible.")),
        "attention.ride": (translate("Levers", "顺势: ride the central task"), translate(
            "Levers", "顺势 (riding the trend): the lead bundles its task with the central task so "
            "that superiors' attention carries over.")),
        "attention.borrow": (translate("Levers", "借势: borrow superiors' weight"), translate(
            "Levers", "借势 (borrowing momentum): highlights, meetings with superiors and quick "
            "results to win an endorsement (站台). Over-claiming can backfire.")),
        "attention.build": (translate("Levers", "造势: build publicity"), translate(
            "Levers", "造势 (building momentum): publications, information bulletins and new "
            "media that raise the task's profile.")),
        "attention.competing_demands": (translate("Levers", "Other business"), translate(
            "Levers", "How much of the superiors' own routine business competes for their scarce "
            "attention (rival tasks, the central task and emergencies are simulated besides it).")),
        "attention.emergencies": (translate("Levers", "Emergencies"), translate(
            "Levers", "Emergencies arrive at random (expected number per month); each draws the "
            "superiors' attention away for a while.")),
        "attention.tier": (translate("Levers", "Seek attention of"), translate(
            "Levers", "Whose attention the lead seeks: the government, step by step (逐级依赖), or "
            "the party committee over the government's head (越级依赖). The party committee's "
            "attention is scarcer but carries more authority; seeking it costs more, and a "
            "backfire there costs more.")),
        "attention.mode": (translate("Levers", "Strategies"), translate(
            "Levers", "Fixed: the three strategy levers above set what the lead does. Adaptive: the "
            "lead chooses each step, weighing expected benefit (attention, authority, partners' "
            "compliance) against the risk of backfire, extra problems and cost; the levers are "
            "then its starting levels.")),
        "rivals.count": (translate("Levers", "Rival tasks"), translate(
            "Levers", "How many other lead departments' tasks compete for the same superiors' "
            "attention, simulated alongside.")),
        "rivals.salience": (translate("Levers", "Rivals' salience"), translate(
            "Levers", "How prominent the rival tasks are on their own (routine about 0.15, a "
            "central task about 0.85).")),
        "rivals.spread": (translate("Levers", "Rivals' spread"), translate(
            "Levers", "How much the rival tasks differ in salience, spread evenly around the "
            "value above.")),
        "rivals.ride": (translate("Levers", "Rivals' 顺势"), translate(
            "Levers", "How much the rival leads ride the central task (only while one is active).")),
        "rivals.borrow": (translate("Levers", "Rivals' 借势"), translate(
            "Levers", "How much the rival leads stage highlights and meetings with superiors.")),
        "rivals.build": (translate("Levers", "Rivals' 造势"), translate(
            "Levers", "How much the rival leads build publicity.")),
        "rivals.delivery": (translate("Levers", "Rivals' delivery"), translate(
            "Levers", "What the rival tasks reliably deliver. Attention they win beyond it raises "
            "expectations they cannot meet, and they backfire.")),
        "rivals.tier": (translate("Levers", "Rivals seek"), translate(
            "Levers", "Whose attention the rival leads seek: the government (逐级) or the party "
            "committee (越级). Rivals at the other tier do not compete with this task.")),
        "party_building.intensity": (translate("Levers", "Intensity"), translate(
            "Levers", "Joint party-building mechanisms across the departments (joint meetings, "
            "cross-department party groups). An EXTENSION of the model, not a finding of the "
            "article, which only asks the question: assumed to build a shared identity that "
            "makes departments reciprocate each other's effort and lowers the cost of "
            "coordinating.")),
        "simulation.seed": (translate("Levers", "Random seed"), translate(
            "Levers", "Base seed of the ensemble: replicate k uses seed + k. The same seed gives "
            "the same runs, so two scenarios are compared on common random numbers.")),
        "simulation.replicates": (translate("Levers", "Replicates"), translate(
            "Levers", "How many runs make up the ensemble whose median and 10–90% band are drawn.")),
        "simulation.noise": (translate("Levers", "Noise"), translate(
            "Levers", "Strength of random variation in the departments' decisions.")),
        "simulation.initial_effort": (translate("Levers", "Initial effort"), translate(
            "Levers", "Every department's effort on the joint task at the start (a department's "
            "own value in the table overrides it). Where shared fate is a coordination game, the "
            "start decides which stable outcome is reached.")),
        "assessment.standard": (translate("Levers", "Required standard"), translate(
            "Levers", "The result the superior requires, as a share of what full joint work "
            "produces. A joint result below it is sanctioned; under joint assessment every "
            "responsible department shares that risk.")),
        "assessment.extra_case_bonus": (translate("Levers", "Bonus for extra results"), translate(
            "Levers", "KPI points that results beyond the quota still earn, relative to the quota "
            "(case B: +1 point per extra case, at most 5 of 40 points).")),
        "assessment.participation_floor": (translate("Levers", "Participation floor"), translate(
            "Levers", "The lead's staff lose points when their participation falls below this "
            "share (case B: 70–80%); 0 means no such rule.")),
    }


def choice_texts() -> dict[str, str]:
    """'path=choice' -> translated label."""
    translate = QCoreApplication.translate
    return {
        "task.kind=routine": translate("Levers", "Routine task"),
        "task.kind=central": translate("Levers", "Central task (中心任务)"),
        "task.kind=emergency": translate("Levers", "Emergency"),
        "task.step_unit=week": translate("Levers", "Week"),
        "task.step_unit=month": translate("Levers", "Month"),
        "responsibility.attribution=ambiguous": translate("Levers", "Ambiguous (nobody clearly)"),
        "responsibility.attribution=lead": translate("Levers", "The lead department"),
        "responsibility.attribution=individual": translate("Levers", "Individual leaders (责任到人)"),
        "assessment.scope=own": translate("Levers", "Own output of each department"),
        "assessment.scope=joint": translate("Levers", "Joint result"),
        "controls.reporting=none": translate("Levers", "None"),
        "controls.reporting=informal": translate("Levers", "Informal"),
        "controls.reporting=formal": translate("Levers", "Formal"),
        "attention.tier=government": translate("Levers", "Government (逐级)"),
        "attention.tier=party": translate("Levers", "Party committee (越级)"),
        "attention.mode=fixed": translate("Levers", "Fixed"),
        "attention.mode=adaptive": translate("Levers", "The lead's choice"),
        "rivals.tier=government": translate("Levers", "Government (逐级)"),
        "rivals.tier=party": translate("Levers", "Party committee (越级)"),
    }


def department_texts() -> dict[str, tuple[str, str]]:
    """Department table columns: Department field -> (header, tooltip)."""
    translate = QCoreApplication.translate
    return {
        "name": (translate("Levers", "Name"), translate("Levers", "Name shown in the interface (Chinese).")),
        "name_en": (translate("Levers", "English name"),
                    translate("Levers", "Name shown in the English interface.")),
        "lead": (translate("Levers", "Lead"), translate(
            "Levers", "The lead department (主责 / 牵头部门); exactly one department leads.")),
        "resources": (translate("Levers", "Resources"), translate(
            "Levers", "Institutional and self-raised resources (0 poor, 1 rich); they differ much "
            "between departments.")),
        "kpi_credit": (translate("Levers", "KPI credit"), translate(
            "Levers", "How much the task counts in this department's own KPIs: for a cooperating "
            "department often only “icing on the cake” (锦上添花).")),
        "own_workload": (translate("Levers", "Own workload"), translate(
            "Levers", "The department's own routine work competing for its effort; attention is "
            "allocated around each department's own duties.")),
        "quota_gap": (translate("Levers", "Quota gap"), translate(
            "Levers", "Share of its own KPI quota that its routine work leaves unmet, which the joint "
            "task can fill (case B: hard for the bureau, easy for the others).")),
        "initial_effort": (translate("Levers", "Initial effort"), translate(
            "Levers", "This department's effort at the start; −1 uses the scenario's initial effort.")),
    }


def article_note(article: str) -> str:
    if not article or article == "—":
        return ""
    return QCoreApplication.translate("Levers", "Article: {0}").format(article)
