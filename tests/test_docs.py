"""The documentation cannot drift from the code.

resources/docs/model_en.md, model_zh.md (ODD description) and file_format.md must name every
scenario field, every model constant with its current value, every indicator, decision component,
event and collaboration form, and the form thresholds with their values; the generated tables must
match what tools/gen_field_docs.py produces from the code now; the annotated example must be the
preset it claims to be.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path

import pytest

from collabsim.engine import codes
from collabsim.engine import results as results_module
from collabsim.engine.params import DEFAULT_CONSTANTS, ModelConstants
from collabsim.scenario import io as scenario_io
from collabsim.scenario import loads
from collabsim.scenario import model as scenario_model
from collabsim.scenario.model import Department, Scenario

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "resources" / "docs"
MODEL_DOCS = ("model_en.md", "model_zh.md")


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def load_generator():
    name = "gen_field_docs"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "gen_field_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


def generated(text: str, prefix: str) -> str:
    """The generated block whose name starts with ``prefix``."""
    match = re.search(rf"<!-- BEGIN GENERATED: {prefix}\w* -->\n(.*?)<!-- END GENERATED", text, re.S)
    assert match, f"no generated block {prefix}"
    return match.group(1)


def scenario_paths(cls: type = Scenario, prefix: str = "") -> list[tuple[str, bool]]:
    """(path, is_leaf) of every scenario field, walking the dataclasses directly."""
    out = []
    for f in fields(cls):
        path = prefix + f.name
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        if "section" in f.metadata:  # a classroom section: a container, documented by hand
            out.append((path, False))
        elif f.name == "departments" and cls is Scenario:
            out.append((path, False))
            out.extend(scenario_paths(Department, path + "[]."))
        elif is_dataclass(default):
            out.append((path, False))
            out.extend(scenario_paths(type(default), path + "."))
        else:
            out.append((path, True))
    return out


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def in_a_table_row(text: str, name: str) -> bool:
    """``name`` appears as a code span in a table cell of its own."""
    cell = re.compile(r"\|\s*`" + re.escape(name) + r"`\s*\|")
    return any(cell.search(row) for row in table_rows(text))


# --- generated tables -------------------------------------------------------------------------
def test_generated_tables_are_up_to_date():
    stale = load_generator().stale_blocks(DOCS)
    assert not stale, f"run `python tools/gen_field_docs.py`; out of date: {stale}"


def test_the_walk_finds_the_fields():
    paths = dict(scenario_paths())
    assert len(paths) > 40
    assert paths["assessment.weight"] and paths["departments[].kpi_credit"]
    assert not paths["departments"] and not paths["meta.title"]


# --- scenario fields ----------------------------------------------------------------------------
@pytest.mark.parametrize("path", [p for p, _ in scenario_paths()])
def test_every_field_has_a_row_in_the_file_format(path):
    assert in_a_table_row(read("file_format.md"), path), f"{path} missing from file_format.md"


@pytest.mark.parametrize("doc", MODEL_DOCS)
def test_every_field_is_in_the_model_docs(doc):
    text = read(doc)
    missing = [p for p, leaf in scenario_paths() if leaf and f"`{p}`" not in text]
    assert not missing, f"{doc} lacks {missing}"
    # parameters (not descriptive text) each have a table row
    params = [p for p, leaf in scenario_paths() if leaf and "text" not in _spec(p)]
    no_row = [p for p in params if not in_a_table_row(text, p)]
    assert not no_row, f"{doc}: no parameter-table row for {no_row}"


def _spec(path: str) -> dict:
    cls: type = Scenario
    parts = path.replace("[]", "").split(".")
    for name in parts[:-1]:
        f = next(f for f in fields(cls) if f.name == name)
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        cls = Department if name == "departments" else type(default)
    return dict(next(f for f in fields(cls) if f.name == parts[-1]).metadata)


# --- model constants ----------------------------------------------------------------------------
@pytest.mark.parametrize("doc", MODEL_DOCS)
def test_every_model_constant_is_documented_with_its_value(doc):
    text = generated(read(doc), "constants_")
    for f in fields(ModelConstants):
        value = getattr(DEFAULT_CONSTANTS, f.name)
        row = next((r for r in table_rows(text) if r.startswith(f"| `{f.name}` |")), None)
        assert row is not None, f"{doc}: no row for ModelConstants.{f.name}"
        assert float(row.split("|")[2]) == value, f"{doc}: wrong value for {f.name}"


@pytest.mark.parametrize("doc", MODEL_DOCS)
def test_values_quoted_in_the_formulas_are_current(doc):
    names = {f.name for f in fields(ModelConstants)}
    quoted = re.findall(r"`(\w+) = (-?[0-9.]+)`", read(doc))
    checked = [(n, v) for n, v in quoted if n in names]
    assert len(checked) >= 40, "the formulas should quote the constants they use"
    wrong = [(n, v, getattr(DEFAULT_CONSTANTS, n)) for n, v in checked
             if float(v) != getattr(DEFAULT_CONSTANTS, n)]
    assert not wrong, f"{doc}: stale values (name, doc, code): {wrong}"


def test_every_constant_name_appears_in_model_en():
    text = read("model_en.md")
    missing = [f.name for f in fields(ModelConstants) if f"`{f.name}`" not in text]
    assert not missing


# --- indicators, components, events, forms --------------------------------------------------
NAMED = {
    "indicator": list(codes.INDICATORS),
    "component": list(codes.COMPONENTS),
    "event": list(codes.EVENT_NAMES.values()),
    "form": list(codes.FORM_NAMES.values()),
}


@pytest.mark.parametrize("doc", MODEL_DOCS)
@pytest.mark.parametrize("kind", list(NAMED))
def test_every_code_name_is_in_the_model_docs(doc, kind):
    text = read(doc)
    missing = [name for name in NAMED[kind] if f"`{name}`" not in text]
    assert not missing, f"{doc} lacks {kind}s {missing}"


@pytest.mark.parametrize("doc", MODEL_DOCS)
def test_every_indicator_and_component_and_form_has_a_table_row(doc):
    text = read(doc)
    for name in list(codes.INDICATORS) + list(codes.COMPONENTS) + list(codes.FORM_NAMES.values()):
        row = re.compile(r"^\|\s*`" + re.escape(name) + r"`", re.M)
        assert row.search(text), f"{doc}: no table row starting with {name}"


THRESHOLDS = {name: value for name, value in vars(results_module).items()
              if name.isupper() and isinstance(value, float)}


def test_thresholds_are_found():
    assert {"COLLUSIVE_GAP", "TIGHT_COOP_EFFORT", "IRREGULAR_JOINT_OPS"} <= set(THRESHOLDS)


@pytest.mark.parametrize("doc", MODEL_DOCS)
def test_form_thresholds_are_documented_with_their_values(doc):
    text = read(doc)
    for name, value in THRESHOLDS.items():
        assert f"`{name}` = {value:g}" in text, f"{doc}: `{name}` = {value:g} not found"


# --- file format specifics ------------------------------------------------------------------------
LIMITS = {
    "io.MAX_FILE_BYTES": scenario_io.MAX_FILE_BYTES,
    "io.MAX_DEPTH": scenario_io.MAX_DEPTH,
    "io.MAX_INT_DIGITS": scenario_io.MAX_INT_DIGITS,
    "model.MAX_DEPARTMENTS": scenario_model.MAX_DEPARTMENTS,
    "model.MAX_HORIZON": scenario_model.MAX_HORIZON,
    "model.MAX_TEXT": scenario_model.MAX_TEXT,
    "model.MAX_NAME": scenario_model.MAX_NAME,
    "model.MAX_RIVALS": scenario_model.MAX_RIVALS,
    "collabsim.scenario.FORMAT_VERSION": scenario_model.FORMAT_VERSION,
}


@pytest.mark.parametrize("name", list(LIMITS))
def test_limits_are_stated_with_their_values(name):
    value = LIMITS[name]
    lines = [line for line in read("file_format.md").splitlines() if f"`{name}`" in line]
    assert lines, f"{name} not mentioned"
    assert any(re.search(rf"(?<![\d,]){re.escape(v)}(?![\d,])", line)
               for line in lines for v in (str(value), f"{value:,}")), f"{name} = {value} not stated"


def test_error_codes_in_the_validation_table_exist():
    from collabsim.scenario import errors

    known = {v for k, v in vars(errors).items() if k.isupper() and isinstance(v, str)}
    text = read("file_format.md")
    section = text[text.index("**Validation rules.**"):text.index("**Saving.**")]
    last_cells = [row.strip().strip("|").split("|")[-1] for row in table_rows(section)[2:]]
    used = {code for cell in last_cells for code in re.findall(r"`([a-z_0-9]+)`", cell)}
    assert len(used) >= 15 and used <= known, f"unknown error codes: {used - known}"
    missing = [code for code in known if f"`{code}`" not in text]
    assert not missing, f"error codes not documented in file_format.md: {missing}"


def example_blocks(text: str) -> list[str]:
    return re.findall(r"```json\n(.*?)```", text, re.S)


def test_annotated_example_is_the_case_b_preset():
    blocks = example_blocks(read("file_format.md"))
    doc = json.loads("".join(blocks[:-1]))
    preset = json.loads((ROOT / "resources" / "scenarios" / "case_b.collabsim").read_text("utf-8"))
    assert doc["meta"]["title"] == preset["meta"]["title"]
    assert doc["meta"]["author"] == preset["meta"]["author"]
    for key in preset:
        if key != "meta":
            assert doc[key] == preset[key], f"example differs from case_b.collabsim in {key!r}"
    loads(json.dumps(doc))  # and it is a valid scenario


def test_minimal_example_loads():
    minimal = example_blocks(read("file_format.md"))[-1]
    scenario = loads(minimal)
    assert scenario.n_departments >= 2


@pytest.mark.parametrize("name", ["model_en.md", "model_zh.md", "file_format.md", "classroom_en.md",
                                  "classroom_zh.md"])
def test_docs_only_use_characters_the_shipped_fonts_have(name, qapp):
    """The in-app docs must not show boxes on a machine whose only CJK font is ours."""
    from PySide6.QtGui import QRawFont

    font = QRawFont(str(ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"), 12)
    assert font.isValid()
    text = (DOCS / name).read_text(encoding="utf-8")
    missing = sorted({c for c in text if ord(c) > 127 and not font.supportsCharacter(ord(c))})
    assert not missing, f"{name}: characters without a glyph: {missing}"
