"""Morris screening of the model itself: every lever and every model constant, headless.

A developer tool (the user-facing ``collabsim sensitivity`` of collabsim.experiments varies the
levers of an experiment file; this one also varies the behavioural constants of
collabsim/engine/constants.py over their documented ranges, the superiors' side's included). For
each base scenario (the three cases, two leads competing for one superior (``competing_leads``),
and two regimes where quieter mechanisms switch on: collusion under extreme pressure and shared
fate as a coordination game, by default) it draws Morris trajectories (SALib; Morris 1991,
Campolongo et al. 2007) over the unit hypercube of all inputs, runs every point as an ensemble on
common seeds, and reports ``mu_star`` (mean absolute elementary effect, in outcome units per full
range of the input) for five outcomes: cooperating effort (mean over the second half), real
progress (final), collusion (mean over the second half), and the lead's authority and the
attention this task gets from the tier its lead seeks (both means over the second half); for an
input that matters for none of them it names what else it acts on (the reported-minus-real gap,
participation, exposure and its evenness, joint operations, the lead's effort, reputation, extra
load, the superior's reputation, publicity, shared identity), in parentheses. Every input is
varied over its whole range from every base (the base gives the departments, the horizon and the
step unit), so the superiors' levers (rival tasks, emergencies, the tier, the adaptive strategy,
党建) are screened around every base, not only ``competing_leads``. A regime holds the levers that
define it (collusion's extreme assessment, shared fate's rules) while the rest vary, and each base
has its own Morris design (the seed offset by the base's name).

Levers are the scenario's numeric, switch and choice fields (collabsim.experiments.levers);
a department field (``departments.*.resources``) shifts every department's own value by the same
amount, so the differences between departments stay; the structural fields (horizon, step unit,
seed, replicates, which department leads) and the per-department start (covered by
``simulation.initial_effort``) are left out.

    python tools/sensitivity_model.py                   print the table
    python tools/sensitivity_model.py --update-docs     also write it into the ODD (§8)
    python tools/sensitivity_model.py --bases case_c --trajectories 4 --replicates 10
    python tools/sensitivity_model.py --save mu.json    keep the mu_star (``--load`` redraws tables)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from collabsim.engine import DEFAULT_CONSTANTS, ModelConstants, run  # noqa: E402
from collabsim.engine.constants import constant_ranges  # noqa: E402
from collabsim.experiments import levers as L  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402

STRUCTURAL = {"task.horizon", "task.step_unit", "simulation.seed", "simulation.replicates",
              "departments.*.lead", "departments.*.initial_effort"}  # simulation.initial_effort stays
OUTCOMES = ("coop_effort", "real_progress", "collusion", "authority", "attention")
#: further outcomes, to say what an input acts on when it matters for none of the five above
OTHER = ("gap", "participation", "exposure", "evenness", "joint_ops", "lead_effort", "reputation",
         "extra_load", "superior_reputation", "publicity", "identity")
#: an input "matters" for an outcome when its mu_star reaches this share of the largest one
MATTERS = 0.05
DOCS = ROOT / "resources" / "docs"


#: bases beyond the presets, where mechanisms that are quiet around the cases switch on
REGIMES = {
    # collusion: case C under the heaviest, least predictable checks with no independent evaluator
    "collusion": ("case_c", {"assessment.sanction": 1.0, "assessment.unpredictability": 1.0,
                             "assessment.third_party": 0.0}),
    # shared fate as a coordination game (tests/test_validation.py: two stable outcomes)
    "shared_fate": ("default", {"assessment.scope": "joint", "responsibility.attribution": "individual",
                                "controls.reporting": "none", "assessment.sanction": 0.6,
                                "assessment.unpredictability": 1.0, "assessment.frequency": 0.6,
                                "simulation.initial_effort": 0.5}),
}


#: the bases screened by default: the three cases, two leads competing for one superior, the regimes
BASES = ("case_a", "case_b", "case_c", "competing_leads", *REGIMES)


def pinned_levers(name: str) -> dict:
    """The levers a regime holds at its values while everything else varies (none for a preset):
    sampled like the others, a regime's extreme assessment would be gone at every point."""
    return dict(REGIMES[name][1]) if name in REGIMES else {}


def load_base(name: str):
    if name in REGIMES:
        preset, changes = REGIMES[name]
        return L.apply(load_preset(preset), changes)
    return load_preset(name)


def scenario_levers(base) -> list[L.Lever]:
    out, seen = [], set()
    for lever in L.all_levers(base):
        path = re.sub(r"^departments\.\d+\.", "departments.*.", lever.path)
        if path in STRUCTURAL or path in seen:
            continue
        seen.add(path)
        out.append(replace(lever, path=path) if path != lever.path else lever)
    return out


def shifted(base, levers: list[L.Lever], values: dict):
    """``base`` with the levers set; a department field moves every department's own value by the
    same shift (u - 0.5 of its range, clipped), so the differences between departments stay."""
    plain = {p: v for p, v in values.items() if not p.startswith("departments.*.")}
    s = L.apply(base, plain)
    for lv in levers:
        if lv.path.startswith("departments.*.") and lv.path in values:
            name = lv.path.rsplit(".", 1)[1]
            shift = values[lv.path] - (lv.low + lv.high) / 2
            for j, d in enumerate(s.departments):
                value = min(max(getattr(d, name) + shift, lv.low), lv.high)
                s = s.with_changes(f"departments.{j}.{name}", value)
    return s


def _late(res, name: str) -> float:
    """Ensemble mean of ``name`` over the second half of the run (as the half means)."""
    mean = res.summaries[name].mean
    return float(np.mean(mean[len(mean) // 2:]))


def outcomes(res) -> dict[str, float]:
    """The five outcomes, then the others, in the order of OUTCOMES + OTHER."""
    h, f = res.half_means, res.final
    values = {"coop_effort": float(np.mean(h["coop_effort"])),
              "real_progress": float(np.mean(f["real_progress"])),
              "collusion": float(np.mean(h["collusion"])),
              "authority": _late(res, "authority"),
              "attention": _late(res, "attention"),
              "exposure": float(np.mean(f["exposure"])),
              "evenness": float(np.mean(f["exposure_evenness"])),
              "joint_ops": float(np.mean(h["joint_op"])),
              "participation": float(np.mean(res.summaries["participation"].mean)),
              "lead_effort": float(np.mean(h["lead_effort"])),
              "gap": float(np.mean(f["reported_progress"] - f["real_progress"])),
              "reputation": float(np.mean(f["reputation"])),
              "extra_load": float(np.mean(f["extra_load"])),
              "superior_reputation": float(np.mean(f["superior_reputation"])),
              "publicity": _late(res, "publicity"),
              "identity": _late(res, "identity")}
    return {name: values[name] for name in OUTCOMES + OTHER}


def screen(base_name: str, trajectories: int, replicates: int, levels: int, seed: int) -> dict:
    """mu_star of every input for every outcome, around preset ``base_name``."""
    from SALib.analyze import morris as analyze
    from SALib.sample import morris as sample

    base = load_base(base_name)
    levers = scenario_levers(base)
    ranges = constant_ranges()
    names = [lv.path for lv in levers] + [f"constants.{n}" for n in ranges]
    problem = {"num_vars": len(names), "names": names, "bounds": [[0.0, 1.0]] * len(names)}
    # each base its own design (the same seed would put every base's trajectories at the same
    # points of the hypercube, so the bases would differ only in their departments)
    X = sample.sample(problem, trajectories, num_levels=levels, seed=seed + zlib.crc32(base_name.encode()))
    Y = np.empty((len(X), len(OUTCOMES) + len(OTHER)))
    consts = list(ranges.items())
    pinned = pinned_levers(base_name)
    for i, row in enumerate(X):
        values = {lv.path: lv.from_unit(min(float(u), 1 - 1e-12)) for lv, u in zip(levers, row, strict=False)}
        values.update(pinned)  # a regime holds its levers (their effect there is 0), the rest vary
        k = {name: lo + float(u) * (hi - lo)
             for (name, (lo, hi)), u in zip(consts, row[len(levers):], strict=True)}
        res = run(shifted(base, levers, values), seed=0, replicates=replicates, record="summary",
                  constants=replace(DEFAULT_CONSTANTS, **k))
        Y[i] = list(outcomes(res).values())
    out = {}
    for j, name in enumerate(OUTCOMES + OTHER):
        r = analyze.analyze(problem, X, Y[:, j], num_levels=levels, seed=seed)
        out[name] = dict(zip(names, np.asarray(r["mu_star"], dtype=float), strict=True))
    return {"names": names, "mu_star": out, "points": len(X)}


def table(results: dict[str, dict], lang: str = "en") -> str:
    """One row per input: its largest mu_star over the bases for each outcome, and its rank."""
    names = next(iter(results.values()))["names"]
    every = OUTCOMES + OTHER
    best = {o: {n: max(r["mu_star"][o][n] for r in results.values()) for n in names} for o in every}
    top = {o: max(best[o].values()) or 1.0 for o in every}
    score = {n: max(best[o][n] / top[o] for o in OUTCOMES) for n in names}
    order = sorted(names, key=lambda n: -score[n])
    head = ("| input | cooperating effort | real progress | collusion | lead's authority | attention "
            "| matters for |" if lang == "en"
            else "| 输入 | 配合部门投入 | 实际进度 | 共谋 | 牵头部门权威 | 注意力 | 起作用于 |")
    rows = [head, "| --- | --- | --- | --- | --- | --- | --- |"]
    label = {"coop_effort": ("effort", "投入"), "real_progress": ("progress", "进度"),
             "collusion": ("collusion", "共谋"), "authority": ("authority", "权威"),
             "attention": ("attention", "注意力"),
             "superior_reputation": ("(superior's reputation)", "（上级声誉）"),
             "publicity": ("(publicity)", "（宣传积累）"), "identity": ("(shared identity)", "（共同认同）"),
             "exposure": ("(exposure)", "（问责风险）"), "evenness": ("(evenness)", "（均衡度）"),
             "joint_ops": ("(operations)", "（联合行动）"), "gap": ("(reported − real)", "（上报 − 实际）"),
             "participation": ("(participation)", "（出勤）"),
             "reputation": ("(reputation)", "（声誉）"), "extra_load": ("(extra load)", "（追加负荷）"),
             "lead_effort": ("(lead effort)", "（牵头部门投入）")}
    for n in order:
        which = [label[o][0 if lang == "en" else 1] for o in OUTCOMES if best[o][n] >= MATTERS * top[o]]
        if not which:  # what else it acts on
            which = [label[o][0 if lang == "en" else 1] for o in OTHER if best[o][n] >= MATTERS * top[o]]
        none = "nothing (< 5 % of the largest effect)" if lang == "en" else "均无（不到最大效应的 5 %）"
        rows.append(f"| `{n}` | " + " | ".join(f"{best[o][n]:.3f}" for o in OUTCOMES)
                    + f" | {', '.join(which) if which else none} |")
    return "\n".join(rows)


def update_docs(text_en: str, text_zh: str) -> None:
    for name, body in (("model_en.md", text_en), ("model_zh.md", text_zh)):
        path = DOCS / name
        doc = path.read_text(encoding="utf-8")
        pattern = re.compile(r"(<!-- BEGIN SENSITIVITY -->\n).*?(<!-- END SENSITIVITY -->)", re.S)
        if not pattern.search(doc):
            raise SystemExit(f"{name}: no sensitivity markers")
        path.write_text(pattern.sub(lambda m, body=body: m.group(1) + body + "\n" + m.group(2), doc,
                                    count=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bases", nargs="+", default=list(BASES),
                    help=f"presets or regimes ({', '.join(REGIMES)})")
    ap.add_argument("--trajectories", type=int, default=10)
    ap.add_argument("--replicates", type=int, default=20)
    ap.add_argument("--levels", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--update-docs", action="store_true")
    ap.add_argument("--save", metavar="JSON", help="write the settings and every mu_star to this file")
    ap.add_argument("--load", metavar="JSON", help="draw the tables from a file of --save (no runs)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.load:
        saved = json.loads(Path(args.load).read_text(encoding="utf-8"))
        results = saved.pop("results")
        vars(args).update(saved)
    else:
        results = {}
        for b in args.bases:
            results[b] = screen(b, args.trajectories, args.replicates, args.levels, args.seed)
            print(f"{b}: {results[b]['points']} points ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
            if args.save:  # after each base: a long screening interrupted keeps what it has
                keep = {k: getattr(args, k) for k in ("trajectories", "replicates", "levels", "seed")}
                Path(args.save).write_text(json.dumps({**keep, "bases": list(results), "results": results},
                                                      indent=1), encoding="utf-8")
    points = sum(r["points"] for r in results.values())
    inputs = len(next(iter(results.values()))["names"])
    n_const = len(fields(ModelConstants))
    intro_en = (f"Morris screening (`tools/sensitivity_model.py`): {inputs} inputs ({inputs - n_const} "
                f"levers, {n_const} constants over their ranges), {args.trajectories} trajectories "
                f"with {args.levels} levels around each of {', '.join(args.bases)}; {points} "
                f"scenarios × {args.replicates} replicates. Outcomes: cooperating effort, collusion, the "
                f"lead's authority and this task's attention at the tier its lead seeks (means over "
                f"the second half), real progress (final). Each cell is the largest mu_star over "
                f"the bases: the mean absolute change of the outcome when the input moves across "
                f"its range (a department field shifts every department's value alike). An input "
                f"matters for an "
                f"outcome when its mu_star is at least {MATTERS:.0%} of that outcome's largest.")
    intro_zh = (f"Morris 筛选（`tools/sensitivity_model.py`）：{inputs} 个输入（{inputs - n_const} 个杠杆，"
                f"{n_const} 个常数按其范围变化），在 {', '.join(args.bases)} 附近各取 {args.trajectories} "
                f"条轨迹、{args.levels} 个水平；共 {points} 个情景 × {args.replicates} 次重复。"
                f"结果：配合部门投入、共谋、牵头部门的权威和本任务在其所争取层级获得的注意力"
                f"（后半程均值），实际进度（期末）。每格为各基准"
                f"情景中最大的 mu_star：输入在其范围内变化时结果的平均绝对变化"
                f"（部门字段使各部门的取值同样平移）。"
                f"mu_star 达到该结果最大值的 {MATTERS:.0%} 即视为起作用。")
    en, zh = intro_en + "\n\n" + table(results, "en"), intro_zh + "\n\n" + table(results, "zh")
    print(en)
    print(f"\n({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    if args.update_docs:
        update_docs(en, zh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
