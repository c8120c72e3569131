"""Generates the field and constant tables of the documentation from the code, so they cannot drift.

The tables sit between marker comments in resources/docs/*.md::

    <!-- BEGIN GENERATED: name -->  ...  <!-- END GENERATED: name -->

Blocks: ``fields`` (file_format.md: every path of a .collabsim file), ``params_en`` / ``params_zh``
(model docs: every scenario parameter with its symbol), ``constants_en`` / ``constants_zh``
(model docs: every ModelConstants field with its value, range and role). Ranges, choices,
defaults, meanings and article passages come from the dataclass metadata in
collabsim/scenario/model.py; the constants' values, ranges and roles (en, zh) from their metadata
in collabsim/engine/constants.py. Only the scenario fields' symbols and Chinese wording live here,
and the script refuses to run when one is missing, so a new field cannot go undocumented.

    python tools/gen_field_docs.py           rewrite the blocks in place
    python tools/gen_field_docs.py --check   exit 1 if any block is out of date (used by tests)
"""

from __future__ import annotations

import re
import sys
from dataclasses import MISSING, dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from collabsim.engine.constants import DEFAULT_CONSTANTS, ModelConstants  # noqa: E402
from collabsim.scenario.model import Department, Scenario  # noqa: E402

DOCS = ROOT / "resources" / "docs"


@dataclass(frozen=True)
class FieldDoc:
    path: str  # e.g. "assessment.weight", "departments[].resources", "meta.title.zh"
    kind: str  # "object", "list", "number", "integer", "boolean", "choice", "text"
    spec: dict
    default: Any


def _default(f: Any) -> Any:
    return f.default_factory() if f.default_factory is not MISSING else f.default


def iter_fields(cls: type = Scenario, prefix: str = "") -> list[FieldDoc]:
    """Every field path of a scenario file, containers first, in file order."""
    out: list[FieldDoc] = []
    for f in fields(cls):
        path = f"{prefix}{f.name}"
        default = _default(f)
        spec = dict(f.metadata)
        if "section" in spec:  # a classroom section (story, assignment, submission)
            out.append(FieldDoc(path, "section", spec, None))
        elif f.name == "departments" and cls is Scenario:
            out.append(FieldDoc(path, "list", spec, len(default)))
            out.extend(iter_fields(Department, f"{path}[]."))
        elif is_dataclass(default):
            out.append(FieldDoc(path, "object", spec, None))
            out.extend(iter_fields(type(default), f"{path}."))
        elif "bool" in spec:
            out.append(FieldDoc(path, "boolean", spec, default))
        elif "choices" in spec:
            out.append(FieldDoc(path, "choice", spec, default))
        elif "text" in spec:
            out.append(FieldDoc(path, "text", spec, default))
        else:
            out.append(FieldDoc(path, "integer" if spec.get("integer") else "number", spec, default))
    return out


def parameter_fields() -> list[FieldDoc]:
    """The fields that change the model's behaviour (not text, not containers)."""
    return [d for d in iter_fields() if d.kind not in ("object", "list", "text", "section")]


def text_fields() -> list[FieldDoc]:
    return [d for d in iter_fields() if d.kind == "text"]


# --- formatting -------------------------------------------------------------------------------
def fmt_num(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) < 1e15):
        return f"{int(x):,}" if abs(x) >= 100_000 else str(int(x))
    return f"{x:g}"


def fmt_range(d: FieldDoc) -> str:
    s = d.spec
    if d.kind in ("number", "integer"):
        lo, hi = s["range"]
        return f"{fmt_num(lo)} – {fmt_num(hi)}" + (" (integer)" if d.kind == "integer" else "")
    if d.kind == "choice":
        return " / ".join(f"`{c}`" for c in s["choices"])
    if d.kind == "boolean":
        return "`true` / `false`"
    if d.kind == "text":
        return f"≤ {fmt_num(s['text'])} characters"
    return ""


def fmt_default(d: FieldDoc) -> str:
    if d.kind == "object":
        return "(object)"
    if d.kind == "section":
        return "absent"
    if d.kind == "list":
        return f"{d.default} departments"
    if d.kind == "text":
        return '""' if d.default == "" else f"`{d.default}`"
    if d.kind == "choice":
        return f"`{d.default}`"
    if d.kind == "boolean":
        return f"`{fmt_num(d.default)}`"
    return fmt_num(d.default)


def cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


TYPE_NAMES = {"object": "object", "list": "array of objects", "number": "number",
              "integer": "integer", "boolean": "boolean", "choice": "string (one of)",
              "text": "string", "section": "object (optional)"}

OBJECT_MEANING = {
    "meta": "descriptive metadata shown to users; the engine ignores it",
    "meta.title": "title (object with `zh` and `en`)",
    "meta.description": "description (object with `zh` and `en`)",
    "meta.teacher_notes": "notes for teachers (object with `zh` and `en`)",
    "task": "the task the superior assigns (§三 task attributes)",
    "departments": "the departments taking part, 2 to 50, exactly one with `lead: true`",
    "responsibility": "how responsibility for the task is attributed (§三(四))",
    "assessment": "how the superior assesses the task (§三)",
    "controls": "control mechanisms attached to the task (§三)",
    "attention": "the lead department's competition for superiors' attention (§四)",
    "rivals": "other lead departments' tasks competing for the same superiors' attention (§四; format 3)",
    "party_building": ("党建引领 across departments: an extension, not a finding of the "
                       "article (§五; format 3)"),
    "simulation": "how the scenario is simulated",
    "story": "a guided story told with this scenario (see “Classroom sections” below)",
    "assignment": "an assignment a teacher hands out (see “Classroom sections” below)",
    "submission": "a student's name, number and answers (see “Classroom sections” below)",
}


def fields_table() -> str:
    rows = ["| path | type | range / choices | default | meaning | article passage |",
            "| --- | --- | --- | --- | --- | --- |"]
    for d in iter_fields():
        meaning = OBJECT_MEANING.get(d.path, d.spec.get("meaning", ""))
        if d.kind in ("object", "list", "section") and d.path not in OBJECT_MEANING:
            raise SystemExit(f"gen_field_docs: add a meaning for object {d.path!r} to OBJECT_MEANING")
        article = d.spec.get("article", "") or "—"
        rows.append(f"| `{d.path}` | {TYPE_NAMES[d.kind]} | {cell(fmt_range(d))} | "
                    f"{cell(fmt_default(d))} | {cell(meaning)} | {cell(article)} |")
    return "\n".join(rows)


# --- scenario parameters in the model docs ----------------------------------------------------
#: path -> (symbol used in the formulas, Chinese meaning)
PARAMS: dict[str, tuple[str, str]] = {
    "task.kind": ("kind", "任务类型：常规任务、中心任务或应急任务"),
    "task.complexity": ("ω", "任务的“最短板”程度（0 = 各部门贡献可相加，1 = 完全取决于最弱部门）"),
    "task.size": ("S", "任务规模：所有部门全力投入、全员到场、资源充足时完成任务所需的月数"),
    "task.deadline": ("T_d", "任务期限所在的步（0 = 无期限）"),
    "task.horizon": ("T", "模拟的总步数"),
    "task.step_unit": ("—", "每一步代表的时间（周或月）；速率按月给出，按步长换算"),
    "departments[].lead": ("lead_i", "是否为主责/牵头部门（恰好一个）"),
    "departments[].resources": ("r_i", "制度化资源与自致资源（0 匮乏，1 充裕）"),
    "departments[].kpi_credit": ("κ_i", "该任务在本部门自身考核指标中的分量"),
    "departments[].own_workload": ("u_i", "本部门日常工作负荷，与协作任务争夺投入"),
    "departments[].quota_gap": ("q_i", "本部门日常工作完不成的考核指标份额（协作任务可以补上）"),
    "departments[].initial_effort": ("e0_i", "开始时在协作任务上的投入（−1：用情景的初始投入）"),
    "responsibility.attribution": ("A", "责任归属：模糊、集中于牵头部门、责任到人"),
    "assessment.weight": ("w", "任务在绩效考核中的权重"),
    "assessment.scope": ("J", "考核范围：各部门自身产出（J = 0）或整体协作结果（J = 1）"),
    "assessment.frequency": ("f", "每月发生一次检查的概率"),
    "assessment.unpredictability": ("u", "检查中暗访或随机时间检查的比例"),
    "assessment.third_party": ("ι", "评估者的独立性（第三方评估）"),
    "assessment.sanction": ("s", "未完成任务时问责的严厉程度"),
    "assessment.standard": ("x*", "上级要求的结果，占全力协作产出的比例（低于它即被问责）"),
    "assessment.extra_case_bonus": ("b", "完成指标后超额成果还能挣得的考核分（相对指标）"),
    "assessment.participation_floor": ("φ_p", "牵头部门人员参与率低于此值即被扣分（0 = 无此规定）"),
    "controls.supervision": ("sup", "督导机制"),
    "controls.reporting": ("ρ", "信息报送：无、不定频次/格式/评分、正式（ρ = 0 / 0.35 / 1）"),
    "controls.coordination_team": ("team", "跨部门协调小组/专班"),
    "controls.promotion": ("promo", "依任务提拔"),
    "controls.meetings": ("mt", "动员会议（部署会、推进会、总结会）的强度"),
    "attention.central_task": ("CT", "本地区当前是否有中心任务"),
    "attention.task_fit": ("fit", "本任务与中心任务的契合程度"),
    "attention.ride": ("a_ride", "顺势：把任务与中心任务打包"),
    "attention.borrow": ("a_borrow", "借势：打造亮点、请上级出席会议、尽快出成果"),
    "attention.build": ("a_build", "造势：内部刊物、信息报送、新媒体宣传"),
    "attention.competing_demands": ("cd", "上级的其他日常事务对其有限注意力的争夺"
                                          "（竞争任务、中心任务与突发事件另行模拟）"),
    "attention.emergencies": ("em", "随机发生的突发事件，每月期望次数；每次都会暂时吸走上级的注意力"),
    "attention.tier": ("tier", "牵头部门争取谁的注意力：政府（逐级依赖）或越过政府直接争取党委（越级依赖）"),
    "attention.mode": ("mode", "策略由上面的杠杆固定（fixed），或由牵头部门每步权"
                               "衡收益与风险自行选择（adaptive；杠杆为起始水平）"),
    "rivals.count": ("M", "与本任务争夺同一上级注意力的竞争任务数（各有自己的牵头部门，同步模拟）"),
    "rivals.salience": ("z_rv", "竞争任务的基础显著度（常规约 0.15，中心任务约 0.85）"),
    "rivals.spread": ("Δz_rv", "各竞争任务基础显著度的差异（围绕上面的显著度均匀分布）"),
    "rivals.ride": ("rv_ride", "竞争任务牵头部门的顺势（仅在有中心任务时起作用）"),
    "rivals.borrow": ("rv_borrow", "竞争任务牵头部门的借势"),
    "rivals.build": ("rv_build", "竞争任务牵头部门的造势"),
    "rivals.delivery": ("rv_deliv", "竞争任务可靠的交付水平（与协作结果同一"
                                    "量纲；低于其注意力带来的期望即会反噬）"),
    "rivals.tier": ("rv_tier", "竞争任务牵头部门争取谁的注意力（逐级：政府；越级：党委）"),
    "party_building.intensity": ("pb", "跨部门党建机制（联合党建活动、跨部门党小组）的强度。扩"
                                       "展假设，非原文结论：建立共同身份，提高互惠、降低协调成本"),
    "simulation.seed": ("seed", "基础随机种子"),
    "simulation.replicates": ("R", "程序中显示的重复运行次数（集合规模）"),
    "simulation.noise": ("ν", "决策中随机扰动的强度"),
    "simulation.initial_effort": ("e0", "开始时各部门在协作任务上的投入（部门自己的取值优先）"),
}

TEXT_ZH = {
    "meta.title.zh": "标题（中文）", "meta.title.en": "标题（英文）",
    "meta.description.zh": "说明（中文）", "meta.description.en": "说明（英文）",
    "meta.author": "作者",
    "meta.teacher_notes.zh": "教师备注（中文）", "meta.teacher_notes.en": "教师备注（英文）",
    "departments[].name": "部门名称（界面显示）", "departments[].name_en": "部门英文名（可选）",
}

ZH_WORDS = {" (integer)": "（整数）", "characters": "字符"}


def _zh(text: str) -> str:
    for en, zh in ZH_WORDS.items():
        text = text.replace(en, zh)
    return text


def params_table(lang: str) -> str:
    if lang == "en":
        head = ["| symbol | path | meaning | range | default | article passage |"]
    else:
        head = ["| 符号 | 路径 | 含义 | 取值范围 | 默认值 | 原文出处 |"]
    rows = head + ["| --- | --- | --- | --- | --- | --- |"]
    for d in parameter_fields():
        if d.path not in PARAMS:
            raise SystemExit(f"gen_field_docs: add a symbol and Chinese meaning for {d.path!r} to PARAMS")
        symbol, zh = PARAMS[d.path]
        meaning = d.spec["meaning"] if lang == "en" else zh
        rng = fmt_range(d) if lang == "en" else _zh(fmt_range(d))
        rows.append(f"| {symbol} | `{d.path}` | {cell(meaning)} | {cell(rng)} | "
                    f"{cell(fmt_default(d))} | {cell(d.spec.get('article') or '—')} |")
    texts = text_fields()
    for d in texts:
        if d.path not in TEXT_ZH:
            raise SystemExit(f"gen_field_docs: add a Chinese meaning for {d.path!r} to TEXT_ZH")
    if lang == "en":
        tail = "Descriptive text fields (ignored by the engine): " + ", ".join(
            f"`{d.path}` ({d.spec['meaning']}, {fmt_range(d)})" for d in texts) + "."
    else:
        tail = "描述性文本字段（引擎不使用）：" + "，".join(
            f"`{d.path}`（{TEXT_ZH[d.path]}，{_zh(fmt_range(d))}）" for d in texts) + "。"
    return "\n".join(rows) + "\n\n" + tail


# --- model constants ------------------------------------------------------------------------
def constants_table(lang: str) -> str:
    """Every ModelConstants field with its value, range and role (from the field's metadata)."""
    head = ("| constant | value | range | role and grounding |" if lang == "en"
            else "| 常数 | 取值 | 范围 | 作用与依据 |")
    rows = [head, "| --- | --- | --- | --- |"]
    for f in fields(ModelConstants):
        meta = f.metadata
        if not {"range", "en", "zh"} <= set(meta):
            raise SystemExit(f"gen_field_docs: ModelConstants.{f.name} needs range, en and zh metadata")
        lo, hi = meta["range"]
        value = getattr(DEFAULT_CONSTANTS, f.name)
        rows.append(f"| `{f.name}` | {value:g} | {lo:g} – {hi:g} | {cell(meta[lang])} |")
    return "\n".join(rows)


# --- writing ------------------------------------------------------------------------------------
BLOCKS = {
    "file_format.md": {"fields": fields_table},
    "model_en.md": {"params_en": lambda: params_table("en"), "constants_en": lambda: constants_table("en")},
    "model_zh.md": {"params_zh": lambda: params_table("zh"), "constants_zh": lambda: constants_table("zh")},
}


def render(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- BEGIN GENERATED: {name} -->\n).*?(<!-- END GENERATED: {name} -->)",
                         re.S)
    if not pattern.search(text):
        raise SystemExit(f"gen_field_docs: markers for block {name!r} not found")
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text, count=1)


def stale_blocks(docs: Path = DOCS) -> list[str]:
    """Names of the blocks whose text differs from what the code says now."""
    stale = []
    for fname, blocks in BLOCKS.items():
        text = (docs / fname).read_text(encoding="utf-8")
        for name, make in blocks.items():
            if render(text, name, make()) != text:
                stale.append(f"{fname}:{name}")
    return stale


def write(docs: Path = DOCS) -> None:
    for fname, blocks in BLOCKS.items():
        path = docs / fname
        text = path.read_text(encoding="utf-8")
        for name, make in blocks.items():
            text = render(text, name, make())
        path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_blocks()
        if stale:
            print("out of date (run python tools/gen_field_docs.py):", ", ".join(stale))
            return 1
        return 0
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
