"""The classroom sections of a scenario file: a guided story, an assignment, a student's submission.

They ride along with the scenario (``Scenario.story``, ``.assignment``, ``.submission``; None
when absent, and then not written) and never change what the engine computes. A story is a
sequence of steps, each with the article's passage, a question to the class and the lever
changes to make; an assignment is what a teacher hands out (questions, a target, what each
control costs, the levers as handed out); a submission is what a student fills in. Each section
carries its own ``version`` so it can evolve apart from the file's ``format_version``.

Validation lives in :mod:`collabsim.scenario.classroom_io`. No Qt and no numpy here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from collabsim.scenario.model import LocalText

STORY_VERSION = 1
ASSIGNMENT_VERSION = 1
SUBMISSION_VERSION = 1

MAX_STEPS = 60  # steps of a story
MAX_CHANGES = 400  # lever changes of one step (an assignment's start lists every lever)
MAX_QUESTIONS = 30
MAX_COSTS = 100
MAX_PASSAGE = 4000  # characters of one text (a title, passage, question or note)
MAX_ANSWER = 10_000
MAX_PATH = 120

#: events a story step may pause on (the engine's ``codes.EVENT_NAMES``; a test keeps them equal)
EVENTS = ("inspection", "unannounced_visit", "joint_op_held", "joint_op_incomplete", "endorsement",
          "backfire", "collusion_detected", "problem_assigned", "emergency", "attention_shifted",
          "report", "escalated_report", "party_building_meeting", "rival_backfire")
#: collaboration forms a target may ask for ("" = any; the engine's ``codes.FORM_NAMES``)
FORMS = ("", "loose", "irregular", "tight", "collusive")
#: play_to value meaning "play to the last step"
TO_THE_END = -1


@dataclass(frozen=True)
class Change:
    """One lever set to a value: ``path`` is dotted ('assessment.weight', 'departments.2.resources')."""

    path: str
    value: Any  # bool, int, float or str, checked against the field's metadata


@dataclass(frozen=True)
class StoryStep:
    """One step of a story: what to read, what to ask, what to change, how far to play."""

    title: LocalText = field(default_factory=LocalText)
    text: LocalText = field(default_factory=LocalText)  # the article's passage, the situation
    question: LocalText = field(default_factory=LocalText)  # "predict, then we change X"
    notes: LocalText = field(default_factory=LocalText)  # for the teacher only
    changes: tuple[Change, ...] = ()
    play_to: int = TO_THE_END  # the step to play to (0: do not play; -1: to the end)
    pause_on: str = ""  # stop playing at the first such event of the animated run ("" = none)


@dataclass(frozen=True)
class Story:
    """A guided story told with the scenario it is saved in (that scenario is its start)."""

    version: int = STORY_VERSION
    title: LocalText = field(default_factory=LocalText)
    steps: tuple[StoryStep, ...] = ()
    questions: tuple[LocalText, ...] = ()  # discussion questions for the debrief


@dataclass(frozen=True)
class Target:
    """What an assignment asks a student's scenario to reach (medians of the ensemble)."""

    form: str = "tight"  # the most common collaboration form ("" = any)
    no_collusion: bool = True  # reported progress may run at most ``max_gap`` ahead of real
    max_gap: float = 0.02
    min_real_progress: float = 0.0
    min_coop_effort: float = 0.0
    max_cost: float = 0.0  # control cost at most this (0 = no limit); lower is better anyway


@dataclass(frozen=True)
class Cost:
    """What a control costs: a discrete lever at ``value``, or a number lever per unit."""

    path: str
    cost: float
    value: Any = None  # None: ``cost`` per unit of a number lever; else the costly value


@dataclass(frozen=True)
class Assignment:
    """A task a teacher hands out with the scenario it is saved in."""

    version: int = ASSIGNMENT_VERSION
    title: LocalText = field(default_factory=LocalText)
    instructions: LocalText = field(default_factory=LocalText)
    questions: tuple[LocalText, ...] = ()
    target: Target = field(default_factory=Target)
    costs: tuple[Cost, ...] = ()
    start: tuple[Change, ...] = ()  # every lever as handed out ("levers changed" compares with it)


@dataclass(frozen=True)
class Submission:
    """What a student fills in: who they are and their answers (one per assignment question)."""

    version: int = SUBMISSION_VERSION
    name: str = ""
    student_number: str = ""
    answers: tuple[str, ...] = ()
    saved_at: str = ""  # ISO date and time the answers were last changed ("" = never)


def model_part(s):
    """Scenario ``s`` without its classroom sections: what the engine's results depend on."""
    if s.story is None and s.assignment is None and s.submission is None:
        return s
    return replace(s, story=None, assignment=None, submission=None)
