"""Scenario data model: frozen dataclasses describing one collaboration set-up.

Every field carries metadata (range or choices, default, meaning, the article's passage), from
which validation (:mod:`collabsim.scenario.io`), the file-format documentation and the GUI's
lever ranges are all derived, so the three can never disagree.

No Qt and no numpy here: the scenario model is plain standard-library Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

FORMAT_VERSION = 3
FILE_SUFFIX = ".collabsim"
MAX_DEPARTMENTS = 50
MAX_HORIZON = 2000
MAX_TEXT = 20_000
MAX_NAME = 80
MAX_RIVALS = 6  # rival tasks simulated alongside (issue 10)


def _num(lo: float, hi: float, meaning: str, article: str, integer: bool = False) -> dict:
    return {"range": (lo, hi), "integer": integer, "meaning": meaning, "article": article}


def _choice(choices: tuple[str, ...], meaning: str, article: str) -> dict:
    return {"choices": choices, "meaning": meaning, "article": article}


def _flag(meaning: str, article: str) -> dict:
    return {"bool": True, "meaning": meaning, "article": article}


def _section(name: str, meaning: str) -> dict:
    """A classroom section (collabsim.scenario.classroom): not a lever, not a model parameter."""
    return {"section": name, "meaning": meaning, "article": ""}


def _text(meaning: str, limit: int = MAX_TEXT) -> dict:
    return {"text": limit, "meaning": meaning, "article": ""}


@dataclass(frozen=True)
class LocalText:
    """A piece of text in Chinese and English."""

    zh: str = field(default="", metadata=_text("Chinese text"))
    en: str = field(default="", metadata=_text("English text"))

    def get(self, lang: str) -> str:
        """Text in ``lang`` ('zh' or 'en'), falling back to the other language."""
        first, second = (self.zh, self.en) if lang.startswith("zh") else (self.en, self.zh)
        return first or second


@dataclass(frozen=True)
class Meta:
    """Descriptive metadata shown to users; the engine ignores it."""

    title: LocalText = field(default_factory=LocalText, metadata=_text("title"))
    description: LocalText = field(default_factory=LocalText, metadata=_text("description"))
    author: str = field(default="", metadata=_text("author", 200))
    teacher_notes: LocalText = field(
        default_factory=LocalText, metadata=_text("notes for teachers: story, questions")
    )


@dataclass(frozen=True)
class Task:
    """The task the superior assigns (§三 task attributes)."""

    kind: str = field(
        default="routine",
        metadata=_choice(
            ("routine", "central", "emergency"),
            "routine work, the government's central task (中心任务), or an emergency",
            "§三(四) 中心任务和应急任务…作为一把手工程; §三(一) 任务的常规性",
        ),
    )
    complexity: float = field(
        default=0.5,
        metadata=_num(
            0, 1, "how much the task is a weakest-link joint product (0 additive, 1 weakest-link)",
            "§二(一) 棘手问题…部门间协作成为必须",
        ),
    )
    size: float = field(
        default=24.0,
        metadata=_num(
            1, 1000,
            "task size: months of full joint work by departments of full capacity (capacity is "
            "0.5 + 0.5 x resources, so weaker departments need longer)",
            "§二(二) 任务与资源的张力",
        ),
    )
    deadline: int = field(
        default=0,
        metadata=_num(
            0, MAX_HORIZON, "step by which the task is due (0 = no deadline)",
            "§三(一) 并未规定志愿服务平台建设的时间期限; §三(三) 三年行动计划", integer=True,
        ),
    )
    horizon: int = field(
        default=36,
        metadata=_num(1, MAX_HORIZON, "number of simulated steps", "—", integer=True),
    )
    step_unit: str = field(
        default="month",
        metadata=_choice(("week", "month"),
                         "what one step stands for; rates are per month and scaled to the step",
                         "§三(二) 很难每月或者每周都搞"),
    )


@dataclass(frozen=True)
class Department:
    """One government department taking part in the task."""

    name: str = field(default="", metadata=_text("name shown in the interface", MAX_NAME))
    name_en: str = field(default="", metadata=_text("English name (optional)", MAX_NAME))
    lead: bool = field(
        default=False,
        metadata=_flag("the lead department (主责/牵头部门); exactly one", "§三 主责部门、配合部门"),
    )
    resources: float = field(
        default=0.5,
        metadata=_num(
            0, 1, "institutional and self-raised resources (0 poor, 1 rich)",
            "§二(二) 自致资源的获取…在各个地区之间、各个部门之间呈现出较大的差异性",
        ),
    )
    kpi_credit: float = field(
        default=0.3,
        metadata=_num(
            0, 1, "how much the task counts in this department's own KPIs",
            "§三(二) 联合执法对不同参与部门的激励并不均衡…锦上添花",
        ),
    )
    own_workload: float = field(
        default=0.5,
        metadata=_num(
            0, 1, "the department's own routine workload competing for its effort",
            "§二(一) 注意力分配…均围绕部门职责展开",
        ),
    )
    quota_gap: float = field(
        default=0.2,
        metadata=_num(
            0, 1, "share of its own KPI quota that its routine work leaves unmet (the task can fill it)",
            "§三(二) 我们的查案指标很难完成…其日常工作便能够完成大部分的查案指标",
        ),
    )
    initial_effort: float = field(
        default=-1.0,
        metadata=_num(
            -1, 1, "effort on the joint task at the start (-1: the scenario's initial effort)", "—",
        ),
    )

    def display_name(self, lang: str) -> str:
        if lang.startswith("en") and self.name_en:
            return self.name_en
        return self.name or self.name_en


@dataclass(frozen=True)
class Responsibility:
    """How responsibility for the task is attributed (§三(四))."""

    attribution: str = field(
        default="lead",
        metadata=_choice(
            ("ambiguous", "lead", "individual"),
            "ambiguous (spread, nobody to blame), on the lead department, or to individual leaders",
            "§三(四) 责任归属清晰(尤其是责任到人)…如若责任分配集中于其中一个部门…"
            "或者责任分配在各部门之间是模糊的",
        ),
    )


@dataclass(frozen=True)
class Assessment:
    """How the superior assesses the task (§三)."""

    weight: float = field(
        default=0.3,
        metadata=_num(0, 1, "weight of the task in performance scores", "§三(二) 40分…占总考核的40%"),
    )
    scope: str = field(
        default="own",
        metadata=_choice(
            ("own", "joint"),
            "each department's own output, or the joint result",
            "§三(四) 缺乏针对整体协作效果的绩效考核机制",
        ),
    )
    frequency: float = field(
        default=0.2,
        metadata=_num(0, 1, "probability of a check in a month", "§三(三) 每月召开一次专题会议…督促检查"),
    )
    unpredictability: float = field(
        default=0.2,
        metadata=_num(
            0, 1, "share of checks that are unannounced (暗访) or at random times",
            "§三(三) 考评形式的多样性(如暗访、第三方评估)…高度不确定性",
        ),
    )
    third_party: float = field(
        default=0.0,
        metadata=_num(
            0, 1, "independence of the evaluator (third-party evaluation)",
            "§三(三) 第三方评估; §三(四) 部门间共谋",
        ),
    )
    sanction: float = field(
        default=0.4,
        metadata=_num(0, 1, "severity of accountability for a shortfall", "§二(二) 高强度的行政问责"),
    )
    standard: float = field(
        default=0.5,
        metadata=_num(
            0.1, 0.9, "the result the superior requires, as a share of full joint production "
            "(a shortfall below it is sanctioned)", "§三(三) 考评细则、验收标准; §三(一) 未严格规定…验收标准",
        ),
    )
    extra_case_bonus: float = field(
        default=0.0,
        metadata=_num(
            0, 1, "KPI points extra results can still earn once the quota is met, relative to the quota",
            "§三(二) 超额完成处罚量考核分配任务的，每案加1分(上限5分)",
        ),
    )
    participation_floor: float = field(
        default=0.0,
        metadata=_num(
            0, 1, "the lead's staff lose KPI points when their participation falls below this (0: no rule)",
            "§三(二) 执法人员参与执法率在70%~80%，以及低于70%的分别扣除对应分值",
        ),
    )


@dataclass(frozen=True)
class Controls:
    """Control mechanisms attached to the task (§三)."""

    supervision: bool = field(default=False, metadata=_flag("supervision (督导)", "§三(三) 专门的督导机制"))
    reporting: str = field(
        default="informal",
        metadata=_choice(
            ("none", "informal", "formal"),
            "information reporting: none, without fixed frequency/format/scoring, or formal",
            "§三(一) 并未就信息上报的频次、周期和内容格式作出具体规定",
        ),
    )
    coordination_team: bool = field(
        default=False,
        metadata=_flag("a dedicated cross-department coordination team (协调小组/专班)",
                       "§三(三) 扶贫协调小组"),
    )
    promotion: bool = field(
        default=False,
        metadata=_flag("promotion tied to task results (依任务提拔)", "§三(三) “依任务提拔”的可信承诺"),
    )
    meetings: float = field(
        default=0.2,
        metadata=_num(
            0, 1, "intensity of mobilisation meetings (部署会/推进会/总结会)",
            "§三(二) 部署会、推进会、总结会",
        ),
    )


@dataclass(frozen=True)
class Attention:
    """The lead department's competition for superiors' attention (§四)."""

    central_task: bool = field(
        default=False,
        metadata=_flag("a central task (中心任务) is active in the jurisdiction", "§四(一) 中心任务"),
    )
    task_fit: float = field(
        default=0.5,
        metadata=_num(0, 1, "how plausibly the task fits the central task",
                      "§四(一) 本质上与扶贫工作是契合的"),
    )
    ride: float = field(
        default=0.0,
        metadata=_num(0, 1, "顺势: bundle the task with the central task", "§四(一) 顺势"),
    )
    borrow: float = field(
        default=0.0,
        metadata=_num(0, 1, "借势: highlights, meetings with superiors, quick results", "§四(二) 借势"),
    )
    build: float = field(
        default=0.0,
        metadata=_num(0, 1, "造势: publications, information, new media", "§四(三) 造势"),
    )
    competing_demands: float = field(
        default=0.5,
        metadata=_num(
            0, 1, "the superior's other business competing for its limited attention (besides the "
            "rival tasks, the central task and emergencies, which are simulated)",
            "§四 竞争上级注意力…上级注意力的稀缺性",
        ),
    )
    emergencies: float = field(
        default=0.0,
        metadata=_num(
            0, 1, "emergencies arriving at random, expected number per month; each draws the "
            "superior's attention away for a while",
            "§三(四) 中心任务和应急任务…作为一把手工程; §四 竞争上级注意力",
        ),
    )
    tier: str = field(
        default="government",
        metadata=_choice(
            ("government", "party"),
            "whose attention the lead seeks: the government (逐级依赖, step by step) or the party "
            "committee over the government's head (越级依赖): stronger authority, higher cost, "
            "harder fall after a backfire",
            "§四(二) 三元差序结构…逐级依赖…越级依赖",
        ),
    )
    mode: str = field(
        default="fixed",
        metadata=_choice(
            ("fixed", "adaptive"),
            "the strategies are set by the levers above (fixed), or the lead chooses them each "
            "step by weighing their expected benefit against their risks (adaptive; the levers "
            "are then its starting levels)",
            "§四(三) 小心翼翼地平衡收益与风险，并据此做出理性选择",
        ),
    )


@dataclass(frozen=True)
class Rivals:
    """Other lead departments' tasks competing for the same superiors' attention (§四)."""

    count: int = field(
        default=0,
        metadata=_num(0, MAX_RIVALS, "number of rival tasks, each with its own lead department, "
                      "simulated alongside", "§四 上级注意力的稀缺性…横向竞争", integer=True),
    )
    salience: float = field(
        default=0.3,
        metadata=_num(0, 1, "base salience of a rival task (routine about 0.15, central about 0.85)",
                      "§四(一) 中心工作是…优先目标"),
    )
    spread: float = field(
        default=0.0,
        metadata=_num(0, 1, "how much the rival tasks' base saliences differ (spread evenly around "
                      "the salience above)", "—"),
    )
    ride: float = field(
        default=0.0,
        metadata=_num(0, 1, "the rival leads' 顺势 (counts only while a central task is active)",
                      "§四(一) 顺势"),
    )
    borrow: float = field(
        default=0.0,
        metadata=_num(0, 1, "the rival leads' 借势: highlights, meetings with superiors", "§四(二) 借势"),
    )
    build: float = field(
        default=0.0,
        metadata=_num(0, 1, "the rival leads' 造势: publications, information, new media", "§四(三) 造势"),
    )
    delivery: float = field(
        default=0.5,
        metadata=_num(0, 1, "what a rival task reliably delivers (same scale as the joint result; "
                      "below the expectations its attention raises, it backfires)",
                      "§四(三) 确保其绩效产出具有稳定预期"),
    )
    tier: str = field(
        default="government",
        metadata=_choice(("government", "party"),
                         "whose attention the rival leads seek (逐级: government; 越级: party committee)",
                         "§四(二) 逐级依赖…越级依赖"),
    )


@dataclass(frozen=True)
class PartyBuilding:
    """党建引领 across departments: an EXTENSION of the model, not a finding of the article (§五)."""

    intensity: float = field(
        default=0.0,
        metadata=_num(
            0, 1, "joint party-building mechanisms across the departments (joint meetings, "
            "cross-department party groups). Extension, not a finding of the article: assumed "
            "to build a shared identity that raises reciprocity and lowers coordination cost",
            "§五 “党建”这一重要的组织机制将对部门间协作产生怎样的影响? (open question)",
        ),
    )


@dataclass(frozen=True)
class SimulationSettings:
    """How the scenario is simulated."""

    seed: int = field(default=1, metadata=_num(0, 2**32 - 1, "base random seed", "—", integer=True))
    replicates: int = field(
        default=100, metadata=_num(1, 10_000, "ensemble size shown in the app", "—", integer=True)
    )
    noise: float = field(
        default=0.3, metadata=_num(0, 1, "strength of random variation in decisions", "—")
    )
    initial_effort: float = field(
        default=0.2,
        metadata=_num(0, 1, "every department's effort on the joint task at the start "
                      "(a department's own value overrides it)", "—"),
    )


def _default_departments() -> tuple[Department, ...]:
    return (
        Department(name="牵头部门", name_en="Lead department", lead=True, kpi_credit=0.6),
        Department(name="配合部门甲", name_en="Partner A"),
        Department(name="配合部门乙", name_en="Partner B"),
        Department(name="配合部门丙", name_en="Partner C"),
    )


@dataclass(frozen=True)
class Scenario:
    """A complete, validated collaboration scenario."""

    meta: Meta = field(default_factory=Meta)
    task: Task = field(default_factory=Task)
    departments: tuple[Department, ...] = field(default_factory=_default_departments)
    responsibility: Responsibility = field(default_factory=Responsibility)
    assessment: Assessment = field(default_factory=Assessment)
    controls: Controls = field(default_factory=Controls)
    attention: Attention = field(default_factory=Attention)
    rivals: Rivals = field(default_factory=Rivals)
    party_building: PartyBuilding = field(default_factory=PartyBuilding)
    simulation: SimulationSettings = field(default_factory=SimulationSettings)
    # classroom sections (collabsim.scenario.classroom; validated by classroom_io): None when
    # absent and then not written; the engine never reads them
    story: Any = field(default=None, metadata=_section("story", "a guided story: steps and questions"))
    assignment: Any = field(default=None, metadata=_section("assignment", "an assignment handed out"))
    submission: Any = field(default=None, metadata=_section("submission", "a student's name and answers"))

    @property
    def lead_index(self) -> int:
        return next(i for i, d in enumerate(self.departments) if d.lead)

    @property
    def n_departments(self) -> int:
        return len(self.departments)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict including ``format_version``."""
        out = {k: v for k, v in _to_plain(self).items() if v is not None}  # absent sections
        return {"format_version": FORMAT_VERSION, **out}

    def with_changes(self, path: str, value: Any) -> Scenario:
        """Return a copy with the field at dotted ``path`` (e.g. 'assessment.weight') replaced."""
        head, _, rest = path.partition(".")
        if not rest:
            return replace(self, **{head: value})
        part = getattr(self, head)
        if isinstance(part, tuple):
            idx, _, sub = rest.partition(".")
            items = list(part)
            items[int(idx)] = replace(items[int(idx)], **{sub: value}) if sub else value
            return replace(self, **{head: tuple(items)})
        return replace(self, **{head: _replace_path(part, rest, value)})


def _replace_path(obj: Any, path: str, value: Any) -> Any:
    head, _, rest = path.partition(".")
    if not rest:
        return replace(obj, **{head: value})
    return replace(obj, **{head: _replace_path(getattr(obj, head), rest, value)})


def _to_plain(obj: Any) -> Any:
    if isinstance(obj, tuple):
        return [_to_plain(x) for x in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _to_plain(getattr(obj, f.name)) for f in fields(obj)}
    return obj


def field_spec(cls: type, name: str) -> dict:
    """The metadata of field ``name`` of dataclass ``cls`` (range, choices, meaning, article)."""
    for f in fields(cls):
        if f.name == name:
            return dict(f.metadata)
    raise KeyError(name)
