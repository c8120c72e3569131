"""Editing one cell of the department table changes that cell's value only (issue 13 item 9:
renaming one department rounded every department's numbers to 2 decimals, and that was saved)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_helpers import GUI_MARKS, make_window

from collabsim.gui.levers.departments import COLUMNS, DepartmentsTable
from collabsim.presets import load_preset
from collabsim.scenario import load_scenario

pytestmark = [pytest.mark.gui, *GUI_MARKS]

EXACT = (0.125, 0.0049, 0.3333333, 0.987654)


def _precise():
    s = load_preset("case_b")
    deps = tuple(replace(d, resources=EXACT[i % 4], kpi_credit=EXACT[(i + 1) % 4],
                         own_workload=EXACT[(i + 2) % 4]) for i, d in enumerate(s.departments))
    return replace(s, departments=deps)


def _table(w) -> DepartmentsTable:
    return w.findChild(DepartmentsTable)


def _col(name: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.name == name)


def test_renaming_one_department_keeps_every_number_exact(qtbot, tmp_path):
    s = _precise()
    w = make_window(qtbot, s)
    table = _table(w)
    assert table.table.item(0, _col("resources")).text() == "0.12"  # shown rounded...
    table.table.item(1, _col("name")).setText("新名字")
    after = w.document.scenario()
    assert after.departments[1].name == "新名字"
    for before, now in zip(s.departments, after.departments, strict=True):
        for field in ("resources", "kpi_credit", "own_workload"):
            assert getattr(now, field) == getattr(before, field), field  # ...kept exact
    path = tmp_path / "precise.collabsim"
    assert w.save_file(path) is None
    saved = load_scenario(path)
    assert saved.departments[0].resources == 0.125 and saved.departments[1].kpi_credit == 0.3333333


def test_editing_a_number_changes_that_cell_only(qtbot):
    s = _precise()
    w = make_window(qtbot, s)
    table = _table(w)
    table.table.item(2, _col("kpi_credit")).setText("0.50")
    after = w.document.scenario().departments
    assert after[2].kpi_credit == 0.5
    changed = [(i, f) for i, (a, b) in enumerate(zip(s.departments, after, strict=True))
               for f in ("name", "name_en", "lead", "resources", "kpi_credit", "own_workload")
               if getattr(a, f) != getattr(b, f)]
    assert changed == [(2, "kpi_credit")]


def test_an_unchanged_cell_written_back_keeps_its_value(qtbot):
    """The editor writes the cell's (rounded) text back even when the user changed nothing."""
    s = _precise()
    w = make_window(qtbot, s)
    table = _table(w)
    item = table.table.item(0, _col("own_workload"))
    item.setText(item.text())  # same text: no edit
    table.table.itemChanged.emit(item)
    assert w.document.scenario().departments == s.departments
