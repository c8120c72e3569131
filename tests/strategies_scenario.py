"""Hypothesis strategies for scenario dicts, derived from the model's field metadata.

``scenario_dicts()`` draws valid scenario dicts (every range, every choice, any number of
departments in a given span); because they come from the metadata, a new field is fuzzed
without touching this module. Used by the loader fuzz test and the engine property tests.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass

from hypothesis import strategies as st

from collabsim.scenario.io import name_key
from collabsim.scenario.model import FORMAT_VERSION, Department, Scenario

#: text without control characters or lone surrogates (what the loader accepts), incl. CJK/HTML
SAFE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x85"),
    max_size=12,
) | st.sampled_from(["牵头部门", "<b>bold</b><img src=x>", "a\nb\tc", "", " "])


def _default(f):
    return f.default_factory() if f.default_factory is not MISSING else f.default


def value_for(spec: dict, overrides: dict | None = None, name: str = "") -> st.SearchStrategy:
    """A strategy for one leaf field's valid values, from its metadata."""
    if overrides and name in overrides:
        return overrides[name]
    if "bool" in spec:
        return st.booleans()
    if "choices" in spec:
        return st.sampled_from(spec["choices"])
    if "text" in spec:
        return SAFE_TEXT.map(lambda s: s[: spec["text"]])
    lo, hi = spec["range"]
    if spec.get("integer"):
        return st.integers(int(lo), int(hi))
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False) | st.sampled_from([lo, hi])


def section(cls: type, overrides: dict | None = None, prefix: str = "") -> st.SearchStrategy:
    """A strategy for the dict of dataclass ``cls``; ``overrides`` maps dotted names to strategies."""
    parts = {}
    for f in fields(cls):
        name = f"{prefix}{f.name}"
        if overrides and name in overrides:
            parts[f.name] = overrides[name]
        elif is_dataclass(_default(f)):
            parts[f.name] = section(type(_default(f)), overrides, f"{name}.")
        elif f.name == "departments" or "section" in f.metadata:  # classroom sections: absent
            continue
        else:
            parts[f.name] = value_for(dict(f.metadata), overrides, name)
    return st.fixed_dictionaries(parts)


def departments(min_n: int = 2, max_n: int = 12,
                overrides: dict | None = None) -> st.SearchStrategy:
    """``min_n``..``max_n`` department dicts with unique names and exactly one lead."""
    one = section(Department, overrides, "departments.")
    return st.tuples(st.lists(one, min_size=min_n, max_size=max_n),
                     st.integers(0, max_n - 1)).map(_name_and_lead)


def _name_and_lead(drawn: tuple[list[dict], int]) -> list[dict]:
    items, lead = drawn
    lead %= len(items)
    # unique, non-blank key; an English name of only invisible characters is refused (blank_name)
    return [{**d, "name": f"{i}·{d['name']}"[:80], "lead": i == lead,
             "name_en": d["name_en"] if name_key(d["name_en"]) or not d["name_en"].strip() else ""}
            for i, d in enumerate(items)]


def scenario_dicts(min_n: int = 2, max_n: int = 12, overrides: dict | None = None) -> st.SearchStrategy:
    """Valid scenarios as plain dicts (what ``json.loads`` of a good file gives).

    ``overrides`` maps dotted field names ('task.horizon', 'departments.resources') to strategies.
    Build it once (at module level): constructing strategies is what costs in Hypothesis.
    """
    return st.tuples(section(Scenario, overrides), departments(min_n, max_n, overrides)).map(
        lambda parts: {"format_version": FORMAT_VERSION, **parts[0], "departments": parts[1]})
