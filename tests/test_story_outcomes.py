"""The shipped stories tell the truth about the model (issue 12 item 3, against the second edition).

Each step of a story changes some levers and says, in its text, question or teacher notes, what
the class will see. Here every step's scenario is run as an ensemble of 48 replicates (seeds:
the scenario's own seed plus COLLABSIM_VALIDATION_SEED, so every claim can be re-checked on
another block of seeds) and compared with the step before it (or with the story's start): each
change must move the outcome the story says it moves, in the direction it says, and a change the
story says does little must do little. The lever names a step's text uses are the interface's
labels for the fields it changes (zh and en), so the words on the board are the words on the
screen.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pytest
from seed_block import SEED0

from collabsim.classroom import stories
from collabsim.engine import codes as C
from collabsim.engine import run

REPLICATES = 48


def step_outcomes(s) -> dict:
    """The ensemble's medians (second half of the run), form and animated events for ``s``."""
    r = run(s, seed=s.simulation.seed + SEED0, replicates=REPLICATES)
    half = slice(len(r.steps) // 2, None)
    coop = [j for j in range(len(s.departments)) if j != s.lead_index]
    parts = r.mean_components[half].mean(axis=0)[coop].mean(axis=0)  # cooperating departments
    ev = r.events
    per_run = {code: float(np.bincount(ev["replicate"][ev["code"] == code], minlength=r.replicates).mean())
               for code in (C.JOINT_OP_HELD, C.JOINT_OP_INCOMPLETE)}
    row = {
        "form": C.FORM_NAMES[r.modal_form()],
        "real": float(np.median(r.final["real_progress"])),
        "gap": float(np.median(r.final["reported_progress"] - r.final["real_progress"])),
        "coop": float(np.median(r.half_means["coop_effort"])),
        "lead": float(np.median(r.half_means["lead_effort"])),
        "collusion": float(np.median(r.half_means["collusion"])),
        "joint": float(np.median(r.half_means["joint_op"])),
        "evenness": float(np.mean(r.summaries["exposure_evenness"].median[half])),
        # how far the partners' (median) effort dips between checks: the range over the second half
        "dip": float(np.ptp(r.summaries["effort"].median[half][:, coop], axis=0).mean()),
        "attention": float(np.mean(r.summaries["attention"].median[half])),
        "held": per_run[C.JOINT_OP_HELD],
        "incomplete": per_run[C.JOINT_OP_INCOMPLETE],
        "animated_events": {C.EVENT_NAMES[int(c)] for c in r.replicate_events(0)["code"]},
    }
    row.update({f"part_{k}": float(parts[i]) for i, k in enumerate(C.COMPONENTS)})
    return row


@cache
def outcomes(name: str) -> list[dict]:
    """Per step of story ``name``: :func:`step_outcomes` of the scenario at that step."""
    start = stories.load_story(name)
    return [step_outcomes(stories.scenario_at(start, start.story, i)) for i in range(len(start.story.steps))]


# (story, step, what the story says) -- "up"/"down": against the step before ("from" another
# step where the text compares with it); "same": moves less than the tolerance; "form": the
# modal form; "not": the modal form is not this one; "below"/"above": absolute levels; "more": one
# outcome above another at this step by a margin
CLAIMS = [
    # case A: coordinating without movement; meetings and reporting do little, individual
    # responsibility spreads the risk and sets the partners moving, still short of case C
    ("case_a", 0, "form", "loose"), ("case_a", 0, "below", "coop", 0.1), ("case_a", 0, "below", "real", 0.5),
    ("case_a", 1, "form", "loose"), ("case_a", 1, "same", "coop", 0.05),
    ("case_a", 1, "same", "part_credit", 0.05), ("case_a", 1, "same", "part_sanction", 0.05),
    ("case_a", 2, "form", "loose"), ("case_a", 2, "same", "coop", 0.05),
    ("case_a", 3, "not", "tight"), ("case_a", 3, "below", "coop", 0.25),
    ("case_a", 3, "up", "part_credit", 0.05), ("case_a", 3, "up", "lead", 0.03),
    ("case_a", 3, "more", "lead", "coop", 0.2),  # "the lead is the busier"
    ("case_a", 4, "up", "evenness", 0.01), ("case_a", 4, "up", "coop", 0.1), ("case_a", 4, "not", "tight"),
    # case B: the lead busy, partners busy but not moving; the team changes coming, not working
    ("case_b", 0, "form", "irregular"), ("case_b", 0, "event", "joint_op_incomplete"),
    ("case_b", 1, "up", "joint", 0.1), ("case_b", 1, "same", "coop", 0.08),
    ("case_b", 1, "form", "irregular"),
    ("case_b", 2, "up", "part_kpi", 0.05), ("case_b", 2, "up", "coop", 0.03), ("case_b", 2, "not", "tight"),
    ("case_b", 3, "form", "tight"), ("case_b", 3, "up", "evenness", 0.2),
    ("case_b", 4, "up", "attention", 0.03),
    # case C: tight; ambiguity takes the career and credit parts away (the joint standard still
    # holds the partners near it, so C stays tight but less even); predictable checks cost
    # effort; severe, uncertain checks without an evaluator breed collusion, the evaluator ends it
    ("case_c", 0, "form", "tight"), ("case_c", 0, "above", "evenness", 0.9),
    ("case_c", 1, "down", "part_career", 0.1), ("case_c", 1, "down", "part_credit", 0.1),
    ("case_c", 1, "down", "coop", 0.1), ("case_c", 1, "down", "evenness", 0.05),
    ("case_c", 1, "form", "tight"),  # "mostly stays tight"
    ("case_c", 2, "form", "tight"), ("case_c", 2, "down", "coop", 0.02, 0),
    ("case_c", 2, "same", "coop", 0.06, 0), ("case_c", 2, "above", "coop", 0.9),  # "falls a little"
    ("case_c", 2, "up", "dip", 0.04, 0),  # "effort dips between checks ... deeper than in the first step"
    ("case_c", 3, "form", "collusive"), ("case_c", 3, "up", "gap", 0.1),
    ("case_c", 3, "up", "collusion", 0.3),
    ("case_c", 4, "form", "tight"), ("case_c", 4, "down", "gap", 0.1),
    ("case_c", 4, "down", "collusion", 0.3),
    # from A to C, lever by lever
    ("a_to_c", 1, "not", "tight"), ("a_to_c", 1, "below", "coop", 0.2),
    ("a_to_c", 1, "up", "coop", 0.03), ("a_to_c", 1, "form", "irregular"),  # "a little more", "Irregular"
    ("a_to_c", 1, "up", "lead", 0.05), ("a_to_c", 1, "above", "lead", 0.45),  # "the lead works harder"
    ("a_to_c", 2, "up", "coop", 0.2), ("a_to_c", 2, "form", "irregular"),
    ("a_to_c", 2, "up", "part_credit", 0.2),
    ("a_to_c", 3, "below", "gap", 0.05),
    ("a_to_c", 4, "up", "collusion", 0.2), ("a_to_c", 4, "up", "coop", 0.05),
    ("a_to_c", 5, "down", "collusion", 0.2), ("a_to_c", 5, "form", "tight"),
    ("a_to_c", 6, "up", "part_sanction", 0.3), ("a_to_c", 6, "up", "coop", 0.01),
    ("a_to_c", 7, "up", "held", 5.0), ("a_to_c", 7, "down", "incomplete", 5.0),
    ("a_to_c", 8, "up", "attention", 0.2), ("a_to_c", 8, "form", "tight"),
]


def _id(claim) -> str:
    return "-".join(str(c) for c in claim[:4])


@pytest.mark.parametrize("claim", CLAIMS, ids=_id)
def test_each_step_moves_what_its_story_says(claim):
    name, step, kind = claim[:3]
    rows = outcomes(name)
    now = rows[step]
    if kind == "form":
        assert now["form"] == claim[3], (claim, now)
    elif kind == "not":
        assert now["form"] != claim[3], (claim, now)
    elif kind == "more":
        assert now[claim[3]] > now[claim[4]] + claim[5], (claim, now[claim[3]], now[claim[4]])
    elif kind == "event":  # a step that pauses on an event: the animated run has one
        assert claim[3] in now["animated_events"], (claim, now["animated_events"])
    else:
        key, amount = claim[3], claim[4]
        before = rows[claim[5] if len(claim) > 5 else step - 1]
        delta = now[key] - before[key]
        ok = {"up": delta > amount, "down": delta < -amount, "same": abs(delta) < amount,
              "below": now[key] < amount, "above": now[key] > amount}[kind]
        assert ok, f"{claim}: {before[key]:.3f} -> {now[key]:.3f}"


def test_every_step_with_changes_has_a_claim_and_every_pause_can_happen():
    """No lever change goes unchecked; a step that pauses on an event pauses in the animated run."""
    claimed = {(c[0], c[1]) for c in CLAIMS}
    for name in stories.STORY_NAMES:
        story = stories.load_story(name).story
        for i, st in enumerate(story.steps):
            if st.changes:
                assert (name, i) in claimed, (name, i)
            if st.pause_on:  # not in the animated run: the notes say "if it happens"
                events = outcomes(name)[i]["animated_events"]
                if st.pause_on not in events:
                    assert "If" in st.notes.en and "若" in st.notes.zh, (name, i, st.pause_on)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_step_names_the_levers_it_changes_by_their_labels(lang, qapp):
    from collabsim.gui.common import i18n, lever_texts

    i18n.install_language(lang)
    try:
        fields = {k: v[0] for k, v in lever_texts.field_texts().items()}
        fields.update({f"departments.{k}": v[0] for k, v in lever_texts.department_texts().items()})
        missing = []
        for name in stories.STORY_NAMES:
            for i, st in enumerate(stories.load_story(name).story.steps):
                text = st.text.en if lang == "en" else st.text.zh
                for ch in st.changes:
                    label = fields[re.sub(r"^departments\.\d+\.", "departments.", ch.path)]
                    if label not in text:
                        missing.append((name, i, ch.path, label))
        assert not missing, missing
    finally:
        i18n.install_language("en")


def test_what_the_case_c_notes_suggest_trying_loosens_it():
    """Case C step 1's notes: ambiguity alone keeps C mostly tight; with own-output assessment
    too (the article's loose cases lack both) it is no longer tight."""
    start = stories.load_story("case_c")
    ambiguous = stories.scenario_at(start, start.story, 1)
    both = step_outcomes(ambiguous.with_changes("assessment.scope", "own"))
    assert both["form"] != "tight" and both["coop"] < outcomes("case_c")[1]["coop"] - 0.1, both
