"""Every question type is handled everywhere.

Code that does something per question type dispatches with ``match question:``, one ``case``
per type and a final ``case _: assert_never(question)``. These tests run every such dispatcher
(found in the source, so a new one cannot be forgotten here) on a question of every type in
the :data:`~quizbot.bank.model.Question` union, and on a type it has never heard of, which it
must refuse loudly rather than skip. A ninth type without a sample below, or without an arm in
any dispatcher, fails here as well as in mypy. Tables keyed by type name must name every type.
"""

from __future__ import annotations

import ast
import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, get_args

import pytest

from quizbot.bank import load_bank
from quizbot.bank import model as bank_model
from quizbot.bank.model import (
    QUESTION_TYPES,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    QuestionBase,
    Short,
    Statement,
    Statements,
    TrueFalse,
    record_stem,
    takes_aliases,
)
from quizbot.bank.validate import COMMON_FIELDS, TYPE_FIELDS, TYPE_RULES
from quizbot.exam import assertion_reason, build
from quizbot.grading import grade
from quizbot.grading.index import answer_texts
from quizbot.grading.teach import lesson
from quizbot.interchange.anki_export import note_fields
from quizbot.notes import lint, yamlout
from quizbot.study.rating import PACE_MS
from quizbot.tui.widgets import question as card
from quizbot.tutor.expected import answer_text, answer_words
from quizbot.tutor.hints import hint, levels
from quizbot.tutor.render import render_question
from tests.conftest import REPO

#: One valid question of each type (a new type needs one here).
SAMPLES: dict[type[QuestionBase], Question] = {
    Short: Short(
        id="short",
        prompt="Which cruise missile do India and Russia build?",
        answer="BrahMos",
        aliases=("BrahMos missile",),
    ),
    ListQuestion: ListQuestion(
        id="list",
        prompt="Name two founding members of BRICS.",
        answer=("Brazil", "Russia", "India", "China"),
        min_correct=2,
    ),
    Mcq: Mcq(
        id="mcq",
        prompt="Which air defence system did India buy from Russia?",
        options=("S-400", "THAAD", "Patriot", "Iron Dome"),
        answer="S-400",
    ),
    Multi: Multi(
        id="multi",
        prompt="Which forums include both India and Russia?",
        options=("BRICS", "SCO", "NATO", "G7"),
        answer=("BRICS", "SCO"),
    ),
    Statements: Statements(
        id="statements",
        prompt="Consider the following statements:",
        statements=(
            Statement("Kudankulam is in Tamil Nadu.", True),
            Statement("Rosatom builds Kudankulam.", True),
            Statement("Kudankulam is a coal plant.", False, "It is a nuclear plant."),
        ),
    ),
    TrueFalse: TrueFalse(
        id="truefalse",
        statement="Kudankulam is in Kerala.",
        answer=False,
        fix="It is in Tamil Nadu.",
    ),
    Cloze: Cloze(id="cloze", text="Trade reached {{$65 billion}} in {{2023-24|FY24}}."),
    Match: Match(
        id="match",
        prompt="Match the project to its field.",
        pairs=(("Kudankulam", "nuclear power"), ("Sakhalin-I", "oil"), ("BrahMos", "missiles")),
    ),
}
TYPES = list(get_args(Question))


@dataclass(frozen=True)
class Essay(QuestionBase):
    """A question type no dispatcher knows (not in the union)."""

    prompt: str = "Discuss India–Russia relations."

    type: ClassVar[str] = "essay"


#: Every per-type dispatcher, by "module:function", with a call that runs it on a question.
DISPATCHERS: dict[str, Callable[[Any], object]] = {
    "quizbot.bank.model:takes_aliases": takes_aliases,
    "quizbot.grading.grade:grade": lambda q: grade(q, "BrahMos"),
    "quizbot.grading.grade:_expected": lambda q: grade(q, " "),
    "quizbot.grading.index:answer_texts": answer_texts,
    "quizbot.grading.teach:lesson": lambda q: lesson(q, "BrahMos"),
    "quizbot.exam.assertion_reason:facts_of": assertion_reason.facts_of,
    "quizbot.interchange.anki_export:note_fields": lambda q: note_fields(q, "notes/n.md"),
    "quizbot.exam.build:_usable": build._usable,
    "quizbot.exam.build:exam_item": lambda q: build.exam_item(q, random.Random(1), []),
    "quizbot.notes.lint:answers": lint.answers,
    "quizbot.notes.lint:visible_text": lint.visible_text,
    "quizbot.notes.lint:option_kinds": lint.option_kinds,
    "quizbot.notes.lint:structural_problem": lint.structural_problem,
    "quizbot.notes.lint:weak_reason": lint.weak_reason,
    "quizbot.notes.yamlout:_question_lines": lambda q: yamlout.render([q], "notes/n.md"),
    "quizbot.tutor.expected:answer_text": answer_text,
    "quizbot.tutor.expected:answer_words": answer_words,
    "quizbot.tutor.hints:levels": levels,
    "quizbot.tutor.hints:hint": lambda q: [hint(q, level) for level in (1, 2, 3)],
    "quizbot.tutor.render:render_question": render_question,
    "quizbot.tui.widgets.question:stem": card.stem,
    "quizbot.tui.widgets.question:how_to_answer": card.how_to_answer,
    "quizbot.tui.widgets.question:answer_widget": card.answer_widget,
}


def _dispatchers_in_source() -> set[str]:
    """Every function of the package that ends a match with ``assert_never``."""
    found = set()
    for path in sorted((REPO / "quizbot").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "assert_never" not in source:
            continue  # parsing all 300 modules cost the inner loop a second
        module = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id == "assert_never"
                for call in ast.walk(node)
            ):
                found.add(f"{module}:{node.name}")
    return found


def test_the_union_holds_every_question_class_and_every_class_has_a_sample() -> None:
    defined = {
        cls
        for cls in vars(bank_model).values()
        if isinstance(cls, type) and issubclass(cls, QuestionBase) and cls is not QuestionBase
    }
    assert set(TYPES) == defined
    assert set(QUESTION_TYPES.values()) == defined and len(QUESTION_TYPES) == len(defined)
    assert set(SAMPLES) == defined
    assert all(type(sample) is cls for cls, sample in SAMPLES.items())


def test_every_dispatcher_in_the_source_is_run_here() -> None:
    assert _dispatchers_in_source() == set(DISPATCHERS)


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.type)
@pytest.mark.parametrize("name", sorted(DISPATCHERS))
def test_every_dispatcher_handles_every_type(name: str, cls: type[QuestionBase]) -> None:
    DISPATCHERS[name](SAMPLES[cls])


@pytest.mark.parametrize("name", sorted(DISPATCHERS))
def test_every_dispatcher_refuses_a_type_it_does_not_know(name: str) -> None:
    with pytest.raises(AssertionError, match="unreachable"):
        DISPATCHERS[name](Essay(id="essay"))


def test_tables_keyed_by_type_name_every_type() -> None:
    names = set(QUESTION_TYPES)
    assert set(TYPE_FIELDS) == names
    assert set(TYPE_RULES) == names
    assert set(PACE_MS) == names


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.type)
def test_the_validator_reads_exactly_the_fields_of_each_type(cls: type[QuestionBase]) -> None:
    # item_aliases is read from a list's answer ([[United Kingdom, UK], France]), not a field.
    internal = {"origin", "derived_id", "item_aliases"}
    fields = {f.name for f in dataclasses.fields(cls)} - internal
    assert {*COMMON_FIELDS, *TYPE_FIELDS[cls.type]} == fields | {"type"}


def test_every_type_round_trips_through_the_writer_and_the_loader(tmp_path: Path) -> None:
    samples = list(SAMPLES.values())
    (tmp_path / "all.yaml").write_text(yamlout.render(samples, "notes/n.md"), encoding="utf-8")
    bank = load_bank(tmp_path)
    assert not bank.problems
    assert list(bank) == samples


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.type)
def test_a_records_stem_is_its_questions_stem(cls: type[QuestionBase]) -> None:
    question = SAMPLES[cls]
    assert record_stem({"type": question.type, **vars(question)}) == question.stem
