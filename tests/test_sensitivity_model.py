"""The model's Morris screening (tools/sensitivity_model.py, ODD §8): what it varies and measures,
and that the ODD's tables are a screening of the model as it is now (every lever and constant)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from collabsim.engine import run
from collabsim.engine.constants import constant_ranges

ROOT = Path(__file__).resolve().parents[1]
SUPERIORS = ("attention.emergencies", "attention.tier", "attention.mode", "rivals.count",
             "rivals.salience", "rivals.spread", "rivals.ride", "rivals.borrow", "rivals.build",
             "rivals.delivery", "rivals.tier", "party_building.intensity")


@pytest.fixture(scope="module")
def tool():
    name = "sensitivity_model"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def screened(tool) -> list[str]:
    base = tool.load_base("competing_leads")
    return [lv.path for lv in tool.scenario_levers(base)] + [f"constants.{n}" for n in constant_ranges()]


def test_the_superiors_levers_and_constants_are_screened(tool):
    names = screened(tool)
    assert set(SUPERIORS) <= set(names)
    for constant in ("friction", "pressure_threshold", "contest_r", "party_authority", "party_backfire",
                     "superior_implication", "emergency_salience", "rival_noise", "strategy_gain",
                     "pb_meeting_rate"):
        assert f"constants.{constant}" in names, constant
    assert "competing_leads" in tool.BASES  # two leads compete for one superior: a base of its own


def test_the_outcomes_include_the_leads_authority_and_attention(tool):
    assert tool.OUTCOMES == ("coop_effort", "real_progress", "collusion", "authority", "attention")
    res = run(tool.load_base("competing_leads"), seed=0, replicates=4, record="summary")
    out = tool.outcomes(res)
    assert list(out) == list(tool.OUTCOMES + tool.OTHER)
    assert all(np.isfinite(v) for v in out.values())
    half = res.summaries["authority"].mean[len(res.steps) // 2:]
    assert out["authority"] == pytest.approx(float(np.mean(half)))
    assert 0 < out["attention"] < 1 and 0 < out["authority"] <= 1


def test_the_table_has_a_column_per_outcome_and_says_what_an_inert_input_acts_on(tool):
    names = ["a", "b", "c"]
    mu = {o: {"a": 1.0, "b": 0.0, "c": 0.0} for o in tool.OUTCOMES + tool.OTHER}
    mu["authority"]["b"] = 0.5  # b matters for authority only
    mu["publicity"]["c"] = 1.0  # c for none of the five, but it moves publicity
    rows = tool.table({"x": {"names": names, "mu_star": mu, "points": 1}}).splitlines()
    assert rows[0].count("|") == 3 + len(tool.OUTCOMES) and "lead's authority" in rows[0]
    by_name = {r.split("`")[1]: r for r in rows[2:]}
    assert by_name["b"].endswith("| authority |") and by_name["c"].endswith("| (publicity) |")
    zh = tool.table({"x": {"names": names, "mu_star": mu, "points": 1}}, "zh")
    assert "牵头部门权威" in zh and "（宣传积累）" in zh


@pytest.mark.parametrize("doc", ["model_en.md", "model_zh.md"])
def test_the_odd_tables_screen_every_current_input(tool, doc):
    """A new lever or constant (as issue 10's were) must be screened and the tables rerun."""
    text = (ROOT / "resources" / "docs" / doc).read_text(encoding="utf-8")
    block = re.search(r"<!-- BEGIN SENSITIVITY -->\n(.*?)<!-- END SENSITIVITY -->", text, re.S).group(1)
    rows = [r for r in block.splitlines() if r.startswith("| `")]
    assert {r.split("`")[1] for r in rows} == set(screened(tool))
    assert all(r.count("|") == 3 + len(tool.OUTCOMES) for r in rows)
    assert "competing_leads" in block


@pytest.mark.parametrize("doc", ["model_en.md", "model_zh.md"])
def test_every_input_that_screens_as_inert_is_justified_in_the_text(doc):
    """§8 names, outside the table, every input the table finds acting on none of the outcomes."""
    text = (ROOT / "resources" / "docs" / doc).read_text(encoding="utf-8")
    section = text[text.index("## 8 "):text.index("<!-- BEGIN SENSITIVITY -->")]
    block = re.search(r"<!-- BEGIN SENSITIVITY -->\n(.*?)<!-- END SENSITIVITY -->", text, re.S).group(1)
    inert = [r.split("`")[1] for r in block.splitlines()
             if r.startswith("| `") and ("nothing (<" in r or "均无" in r)]
    unjustified = [n for n in inert if f"`{n.removeprefix('constants.')}`" not in section]
    assert not unjustified, unjustified
