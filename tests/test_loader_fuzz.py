"""Fuzzing the loader: valid, mutated, truncated and random files.

The only acceptable outcomes are a valid Scenario (which round-trips through dumps/loads
unchanged) or a ScenarioError with a non-empty, printable message. About 2,100 examples,
~25 s.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies_scenario import scenario_dicts

from collabsim.paths import resource_dir
from collabsim.scenario import Scenario, ScenarioError, dumps, loads

pytestmark = pytest.mark.slow(seconds=15)  # thousands of Hypothesis examples
SETTINGS = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

PRESETS = [json.loads(p.read_text("utf-8"))
           for p in sorted((resource_dir() / "scenarios").glob("*.collabsim"))]

NASTY_NUMBERS = st.sampled_from([
    float("nan"), float("inf"), float("-inf"), 1e308, -1e308, 5e-324, -0.0, 0, -1, 2**31, 2**32,
    2**63, -(2**63), 10**400, -(10**4000), 1.5, 0.9999999999, 1.0000000001,
])
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | NASTY_NUMBERS
           | st.text(max_size=30) | st.sampled_from(["routine", "lead", "", "\x00", "\ud800", "<b>"]))
JSONISH = st.recursive(SCALARS, lambda kids: st.lists(kids, max_size=4)
                       | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=12)


def check(raw: bytes | str) -> None:
    """The property: a valid, round-tripping Scenario or a clean ScenarioError."""
    try:
        s = loads(raw)
    except ScenarioError as exc:
        message = str(exc)
        assert message and message.isprintable(), repr(message)
        assert exc.code
        message.encode("utf-8")
        return
    assert isinstance(s, Scenario)
    text = dumps(s)
    again = loads(text)
    assert again == s
    assert dumps(again) == text


def _paths(node, prefix=()):
    """Every (path, value) inside a JSON tree, containers included."""
    yield prefix, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


def _set(tree, path, value):
    if not path:
        return value
    node = tree
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return tree


def _delete(tree, path):
    if path:
        node = tree
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return tree


SMALL_VALID = scenario_dicts(2, 4)
INDEX = st.integers(0, 10**6)
ACTIONS = st.sampled_from(["value", "value", "delete", "add_key", "wrap", "dup_dept"])
KEYS = st.text(max_size=10)


@st.composite
def mutated(draw) -> dict:
    """A preset or generated scenario with 1-4 structural mutations."""
    source = PRESETS[draw(INDEX) % len(PRESETS)] if draw(INDEX) % 5 else draw(SMALL_VALID)
    tree = json.loads(json.dumps(source))
    for _ in range(1 + draw(INDEX) % 4):
        paths = [p for p, _ in _paths(tree)]
        path = paths[draw(INDEX) % len(paths)]
        action = draw(ACTIONS)
        if action == "value":
            tree = _set(tree, path, draw(JSONISH))
        elif action == "delete" and path:
            tree = _delete(tree, path)
        elif action == "add_key":
            node = _get(tree, path)
            if isinstance(node, dict):
                node[draw(KEYS)] = draw(JSONISH)
        elif action == "wrap":
            tree = _set(tree, path, [_get(tree, path)])
        elif action == "dup_dept" and isinstance(tree, dict) and isinstance(tree.get("departments"), list):
            deps = tree["departments"]
            if deps:
                deps.append(json.loads(json.dumps(deps[draw(INDEX) % len(deps)])))
    return tree


def _get(tree, path):
    for key in path:
        tree = tree[key]
    return tree


@settings(max_examples=200, **SETTINGS)
@given(scenario_dicts(2, 12))
def test_generated_valid_scenarios_load_and_round_trip(data):
    s = loads(json.dumps(data, ensure_ascii=False))
    assert s.n_departments == len(data["departments"])
    check(dumps(s))


@settings(max_examples=700, **SETTINGS)
@given(mutated(), st.booleans())
def test_mutated_files(tree, ascii_only):
    check(json.dumps(tree, ensure_ascii=ascii_only, allow_nan=True))


BYTE_OPS = st.sampled_from(["truncate", "flip", "insert", "delete"])
INSERTS = st.binary(min_size=1, max_size=8) | st.sampled_from(
    [b"[", b"{", b'"', b"\\", b",", b"NaN", b"1e999", b"\xef\xbb\xbf", b"1" + b"0" * 5000])


@st.composite
def byte_mutated(draw) -> bytes:
    raw = bytearray(json.dumps(PRESETS[draw(INDEX) % len(PRESETS)], ensure_ascii=False).encode())
    for _ in range(1 + draw(INDEX) % 5):
        op = draw(BYTE_OPS)
        i = draw(INDEX) % (len(raw) + 1)
        if op == "truncate":
            del raw[i:]
        elif op == "flip" and i < len(raw):
            raw[i] = draw(INDEX) % 256
        elif op == "insert":
            raw[i:i] = draw(INSERTS)
        elif op == "delete":
            del raw[i:i + 1 + draw(INDEX) % 20]
    return bytes(raw)


@settings(max_examples=800, **SETTINGS)
@given(byte_mutated())
def test_byte_mutated_files(raw):
    check(raw)


@settings(max_examples=300, **SETTINGS)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_random_bytes(raw):
    check(raw)


@settings(max_examples=100, **SETTINGS)
@given(st.integers(1, 60_000), st.sampled_from(["[", '{"a":', '{"format_version": 1, "meta": ']))
def test_deep_prefixes(depth, opener):
    check(opener * depth)
    check(opener * depth + "1" + ("]" if opener == "[" else "}") * depth)


def test_truncation_at_every_byte_of_a_preset():
    raw = (Path(resource_dir()) / "scenarios" / "case_a.collabsim").read_bytes()
    for i in range(0, len(raw), max(1, len(raw) // 400)):
        check(raw[:i])
