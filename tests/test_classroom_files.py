"""Classroom sections in scenario files: stories, assignments, submissions; the shipped stories.

Hostile files are refused with the field named; saved sections load back equal; a story that
names a lever that does not exist, or a value out of its range, fails here (so the shipped
stories cannot drift from the model's fields).
"""

from __future__ import annotations

import json

import pytest

from collabsim import presets
from collabsim.classroom import assignments as A
from collabsim.classroom import stories
from collabsim.engine import codes as C
from collabsim.scenario import ScenarioError, dumps, load_scenario, loads, save_scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.classroom import model_part


def with_sections(**sections) -> str:
    d = presets.load_preset("case_a").to_dict()
    d.update(sections)
    return json.dumps(d, ensure_ascii=False)


STORY = {"version": 1, "title": {"zh": "故事", "en": "A story"}, "steps": [
    {"title": "one", "text": {"en": "The passage"}, "question": {"en": "Predict?"}, "notes": {"en": "n"},
     "changes": [{"path": "assessment.weight", "value": 0.5},
                 {"path": "departments.1.resources", "value": 1}],
     "play_to": 12, "pause_on": "joint_op_held"},
    {"changes": [{"path": "controls.reporting", "value": "formal"}]}],
    "questions": [{"zh": "为什么？", "en": "Why?"}]}


def test_a_scenario_without_sections_writes_none():
    text = dumps(presets.load_preset("case_a"))
    assert '"story"' not in text and '"assignment"' not in text and '"submission"' not in text


def test_sections_round_trip(tmp_path):
    s = loads(with_sections(story=STORY, assignment={"questions": ["Why?"], "target": {"form": "tight"},
                                                     "costs": [{"path": "controls.supervision", "value": True,
                                                                "cost": 2}]},
                            submission={"name": "张三", "student_number": "2023001", "answers": ["因为"]}))
    assert s.story.steps[0].changes[1] == K.Change("departments.1.resources", 1.0)
    assert s.story.steps[0].play_to == 12 and s.story.steps[0].pause_on == "joint_op_held"
    assert s.story.steps[1].play_to == K.TO_THE_END
    assert s.story.steps[0].title.get("zh") == "one"  # one text for both languages
    assert s.assignment.target.form == "tight" and s.assignment.costs[0].value is True
    assert s.submission.name == "张三"
    path = tmp_path / "a.collabsim"
    save_scenario(s, path)
    assert load_scenario(path) == s
    assert model_part(s) == presets.load_preset("case_a")


BAD = [
    ("story", {"steps": [{"changes": [{"path": "assessment.wieght", "value": 0.5}]}]},
     "story.steps[0].changes[0].path", "unknown_field"),
    ("story", {"steps": [{"changes": [{"path": "assessment.weight", "value": 2}]}]},
     "story.steps[0].changes[0].value", "out_of_range"),
    ("story", {"steps": [{"changes": [{"path": "controls.reporting", "value": "daily"}]}]},
     "story.steps[0].changes[0].value", "bad_choice"),
    ("story", {"steps": [{"changes": [{"path": "departments.7.resources", "value": 0.5}]}]},
     "story.steps[0].changes[0].path", "out_of_range"),
    ("story", {"steps": [{"changes": [{"path": "departments.1.name", "value": "x"}]}]},
     "story.steps[0].changes[0].path", "unknown_field"),
    ("story", {"steps": [{"changes": [{"path": "meta.author", "value": "x"}]}]},
     "story.steps[0].changes[0].path", "unknown_field"),
    ("story", {"steps": [{"changes": [{"path": ["a"], "value": 1}]}]},
     "story.steps[0].changes[0].path", "wrong_type"),
    ("story", {"steps": [{"changes": [{"path": "assessment.weight"}]}]},
     "story.steps[0].changes[0].value", "missing_field"),
    ("story", {"version": 2}, "story.version", "future_version"),
    ("story", {"steps": [{"title": "a\x07b"}]}, "story.steps[0].title", "bad_text"),
    ("story", {"steps": [{"text": {"en": "x" * 5000}}]}, "story.steps[0].text.en", "too_long"),
    ("story", {"steps": [{}] * 61}, "story.steps", "too_many"),
    ("story", {"steps": [{"pause_on": "lunch"}]}, "story.steps[0].pause_on", "bad_choice"),
    ("story", {"steps": [{"play_to": -2}]}, "story.steps[0].play_to", "out_of_range"),
    ("story", {"steps": [{"bold": 1}]}, "story.steps[0].bold", "unknown_field"),
    ("story", [1, 2], "story", "wrong_type"),
    ("assignment", {"target": {"form": "perfect"}}, "assignment.target.form", "bad_choice"),
    ("assignment", {"costs": [{"path": "controls.meetings", "cost": 1, "value": 0.5}]},
     "assignment.costs[0].value", "wrong_type"),
    ("assignment", {"costs": [{"path": "controls.supervision", "cost": 1}]},
     "assignment.costs[0].value", "missing_field"),
    ("assignment", {"questions": ["<b>ok</b>", 3]}, "assignment.questions[1]", "wrong_type"),
    ("submission", {"name": "x" * 81}, "submission.name", "too_long"),
    ("submission", {"answers": ["a"] * 31}, "submission.answers", "too_many"),
    ("submission", {"answers": ["\u0000"]}, "submission.answers[0]", "bad_text"),
]


@pytest.mark.parametrize(("section", "value", "path", "code"), BAD)
def test_hostile_sections_are_refused_naming_the_field(section, value, path, code):
    with pytest.raises(ScenarioError) as info:
        loads(with_sections(**{section: value}))
    assert (info.value.path, info.value.code) == (path, code)


def test_markup_in_texts_is_kept_as_text():
    s = loads(with_sections(submission={"name": "<img src=x>", "answers": ["<b>bold</b>"]}))
    assert s.submission.answers == ("<b>bold</b>",)


def test_the_event_and_form_lists_match_the_engines():
    assert set(K.EVENTS) == set(C.EVENT_NAMES.values())
    assert set(K.FORMS) == {""} | set(C.FORM_NAMES.values())


# ------------------------------------------------------------------ shipped stories
@pytest.mark.parametrize("name", stories.STORY_NAMES)
def test_shipped_stories_load_and_every_step_is_a_valid_scenario(name):
    s = stories.load_story(name)
    story = s.story
    assert 4 <= len(story.steps) <= 12 and len(story.questions) >= 2
    assert story.title.zh and story.title.en
    for i, step in enumerate(story.steps):
        for text in (step.title, step.text, step.question, step.notes):
            assert text.zh and text.en, (name, i)
        assert "预测" in step.question.zh and "redict" in step.question.en, (name, i)
        stories.scenario_at(s, story, i)  # applies; check_playable validated it
    assert sum(len(st.changes) for st in story.steps) >= 4


def test_a_story_naming_a_missing_field_or_a_bad_value_fails(tmp_path):
    data = json.loads(stories.story_path("case_a").read_text(encoding="utf-8"))
    data["story"]["steps"][1]["changes"][0]["path"] = "controls.meeting"
    with pytest.raises(ScenarioError) as info:
        stories.story_from_dict(data)
    assert info.value.path == "story.steps[1].changes[0].path"
    data["story"]["steps"][1]["changes"][0] = {"path": "controls.meetings", "value": 1.5}
    with pytest.raises(ScenarioError) as info:
        stories.story_from_dict(data)
    assert info.value.code == "out_of_range"
    data["preset"] = "case_z"
    with pytest.raises(ScenarioError):
        stories.story_from_dict(data)


def test_lever_changes_and_a_recorded_story():
    a = presets.load_preset("case_a")
    b = a.with_changes("assessment.weight", 0.6).with_changes("departments.2.kpi_credit", 0.9)
    assert stories.lever_changes(a, b) == (K.Change("assessment.weight", 0.6),
                                           K.Change("departments.2.kpi_credit", 0.9))
    fewer = a.with_changes("departments", a.departments[:3])
    assert stories.lever_changes(a, fewer) is None
    story = stories.recorded_story(a, [("w", a, b), ("dept", b, fewer), ("none", b, b)], "T", "zh")
    assert len(story.steps) == 1 and story.steps[0].title.zh == "w" and story.title.zh == "T"
    assert stories.scenario_at(a, story, 0) == b


# ------------------------------------------------------------------ assignments
def test_assignment_evaluation_cost_and_levers_changed():
    base = presets.load_preset("case_a")
    handed = A.make_assignment(base, K.LocalText(en="Make it tight"), K.LocalText(),
                               (K.LocalText(en="Why?"),),
                               K.Target(form="tight", min_real_progress=0.3))
    assert handed.assignment.start and A.levers_changed(handed) == ()
    assert A.control_cost(handed, A.DEFAULT_COSTS) == pytest.approx(0.3 + 2.0 * 0.05)  # informal, meetings
    c = presets.load_preset("case_c")
    student = handed
    for part in ("responsibility", "assessment", "controls", "attention"):
        student = student.with_changes(part, getattr(c, part))
    student = student.with_changes("task.kind", "central")
    changed = {p for p, _, _ in A.levers_changed(student)}
    assert {"responsibility.attribution", "assessment.scope", "controls.supervision"} <= changed
    o_start, o_student = A.evaluate(handed), A.evaluate(student)
    assert not o_start.met and A.FORM in o_start.unmet
    assert o_student.form == C.TIGHT and o_student.met, o_student
    assert o_student.cost > o_start.cost


def test_folder_scan_and_csv(tmp_path):
    base = A.make_assignment(presets.load_preset("case_a"), K.LocalText(en="A"), K.LocalText(),
                             (K.LocalText(en="Q1"), K.LocalText(en="Q2")), K.Target())
    sub = K.Submission(name="=HYPERLINK(1)", student_number="7", answers=("one, two", "line\nbreak"))
    save_scenario(base.with_changes("submission", sub), tmp_path / "one.collabsim")
    (tmp_path / "broken.collabsim").write_text("{not json", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    rows = A.scan_folder(tmp_path)
    assert [r.path.name for r in rows] == ["broken.collabsim", "one.collabsim"]
    assert rows[0].error is not None and rows[0].outcome is None
    assert rows[1].name == "=HYPERLINK(1)" and rows[1].outcome is not None
    text = A.rows_csv(rows)
    import csv
    import io

    table = list(csv.DictReader(io.StringIO(text)))
    assert table[1]["name"] == "'=HYPERLINK(1)"  # no formula in a spreadsheet
    assert table[1]["answer_2"] == "line\nbreak" and table[1]["target_met"] in ("yes", "no")
    assert table[0]["error"]
