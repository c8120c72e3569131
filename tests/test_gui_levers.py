"""Levers are derived from the scenario's fields: none missing, none unlabelled, no silent fall-through."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass

import pytest
from gui_helpers import GUI_MARKS

from collabsim.gui.app import create_application
from collabsim.gui.common import i18n
from collabsim.gui.common import lever_texts as texts
from collabsim.gui.document.document import Document
from collabsim.gui.levers import fields as F
from collabsim.gui.levers.panel import LeversPanel
from collabsim.gui.levers.widgets import ChoiceLever, make_lever
from collabsim.presets import load_preset
from collabsim.scenario import model as M

pytestmark = GUI_MARKS
CJK = re.compile(r"[\u4e00-\u9fff]")
WHERE = "collabsim/gui/common/lever_texts.py"


def scenario_leaves(cls=M.Scenario, prefix=""):
    """Every settable scalar path of a scenario, found independently of the lever code."""
    out = []
    for f in fields(cls):
        if cls is M.Scenario and (f.name == "meta" or "section" in f.metadata):
            continue  # descriptive texts; classroom sections (story, assignment, submission)
        default = f.default_factory() if callable(f.default_factory) else f.default
        if isinstance(default, tuple):
            continue  # the departments table, checked below
        if is_dataclass(default):
            out += scenario_leaves(type(default), f"{prefix}{f.name}.")
        else:
            out.append(f"{prefix}{f.name}")
    return out


@pytest.fixture(scope="module")
def panel():
    create_application([])
    i18n.install_language("en")
    p = LeversPanel(Document(load_preset("case_c")))
    yield p
    p.deleteLater()


def test_every_scenario_field_has_a_lever_in_field_order(panel):
    leaves = scenario_leaves()
    assert len(leaves) > 20
    assert list(panel.levers) == leaves  # group and order follow the dataclasses
    assert set(panel.groups) == {f.name for f in fields(M.Scenario)
                                 if "section" not in f.metadata} - F.NOT_LEVERS
    columns = [c.name for c in F.table_columns()]
    assert columns == [f.name for f in fields(M.Department)]
    assert panel.departments.table.columnCount() == len(columns)


def test_levers_show_the_scenario(panel):
    s = load_preset("case_c")
    for path, lever in panel.levers.items():
        assert lever.value() == pytest.approx(F.read_path(s, path)), path


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_lever_section_choice_and_column_has_its_words(panel, lang):
    i18n.install_language(lang)
    try:
        words, choices = texts.field_texts(), texts.choice_texts()
        titles, columns = texts.group_titles(), texts.department_texts()
        for lf in F.lever_fields():
            assert lf.path in words, f"{lf.path}: add its label and tooltip to field_texts() in {WHERE}"
            label, tip = words[lf.path]
            assert label.strip() and len(tip) > (20 if lang == "en" else 6), lf.path
            for choice in lf.spec.get("choices", ()):
                key = f"{lf.path}={choice}"
                assert key in choices, f"{key}: add its label to choice_texts() in {WHERE}"
        for section in F.sections():
            assert section.name in titles, f"{section.name}: add its title to group_titles() in {WHERE}"
        for column in F.table_columns():
            assert column.name in columns, f"{column.name}: add it to department_texts() in {WHERE}"
        if lang == "zh_CN":  # translated, not the English source shown again
            i18n.install_language("en")
            source = texts.field_texts()
            for path, (label, tip) in words.items():
                assert CJK.search(label) and CJK.search(tip), (path, label)
                assert label != source[path][0] and tip != source[path][1], path
    finally:
        i18n.install_language("en")


def test_no_words_for_fields_that_do_not_exist():
    create_application([])
    paths = {lf.path for lf in F.lever_fields()}
    assert set(texts.field_texts()) == paths
    choice_keys = {f"{lf.path}={c}" for lf in F.lever_fields() for c in lf.spec.get("choices", ())}
    assert set(texts.choice_texts()) == choice_keys
    assert set(texts.department_texts()) == {c.name for c in F.table_columns()}
    assert set(texts.group_titles()) == {s.name for s in F.sections()}


# ---------------------------------------------------------------------- the mechanism itself
@dataclass(frozen=True)
class _Kpi:
    quota: int = field(default=5, metadata={"range": (0, 50), "integer": True, "article": ""})


@dataclass(frozen=True)
class _Assessment:
    weight: float = field(default=0.3, metadata={"range": (0, 1), "article": ""})
    new_rule: str = field(default="a", metadata={"choices": ("a", "b"), "article": ""})
    kpi: _Kpi = field(default_factory=_Kpi)


@dataclass(frozen=True)
class _Scenario:
    meta: M.Meta = field(default_factory=M.Meta)
    assessment: _Assessment = field(default_factory=_Assessment)
    departments: tuple[M.Department, ...] = ()


def test_a_new_field_appears_as_a_lever_where_it_is_declared():
    got = [(lf.path, lf.kind) for lf in F.lever_fields(_Scenario)]
    assert got == [("assessment.weight", "slider"), ("assessment.new_rule", "choice"),
                   ("assessment.kpi.quota", "number")]
    assert F.read_path(_Scenario(), "assessment.kpi.quota") == 5
    assert [s.name for s in F.sections(_Scenario)] == ["assessment", "departments"]


def test_unknown_metadata_and_unknown_choices_raise(qtbot):
    with pytest.raises(ValueError, match="no lever"):
        F.lever_kind({"meaning": "something new"})

    @dataclass(frozen=True)
    class Odd:
        odd: list = field(default_factory=list)

    with pytest.raises(TypeError):
        F.sections(Odd)
    lever = make_lever(F.LeverField("task.kind", "kind", {"choices": ("routine", "new")}, "choice"))
    qtbot.addWidget(lever)
    assert isinstance(lever, ChoiceLever)
    with pytest.raises(KeyError):  # a choice without its label is never shown as a raw code
        lever.set_choice_labels(texts.choice_texts())
    with pytest.raises(ValueError):
        lever.set_value("not a choice")
    with pytest.raises(KeyError):
        make_lever(F.LeverField("x.y", "y", {}, "dial"))


def test_every_choice_reaches_the_engine_and_an_unknown_one_raises():
    from dataclasses import replace

    from collabsim.engine import derive

    base = load_preset("default")
    for lf in F.lever_fields():
        for choice in lf.spec.get("choices", ()):
            derive(base.with_changes(lf.path, choice))  # every offered choice has a rule
    bogus = replace(base, responsibility=replace(base.responsibility, attribution="everyone"))
    with pytest.raises(ValueError, match="attribution"):
        derive(bogus)
    with pytest.raises(KeyError):
        derive(replace(base, assessment=replace(base.assessment, scope="everyone")))
