"""Helpers for the notes stage tests: every candidate of small notes with its unit."""

from __future__ import annotations

import textwrap

from benchmarks.quality import brief
from quizbot.bank.model import Cloze, Mcq, Question, Short, Source, TrueFalse
from quizbot.notes import generate as pipeline
from quizbot.notes import generate_questions
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.gate import Rule
from quizbot.notes.rules import unit_drafts
from quizbot.notes.section_labels import head_is_a_note


def briefs(notes: str) -> list[str]:
    """Every question generated from ``notes``, each in brief (as the review tests match)."""
    return [brief(q) for q in generate_questions(notes, "n/notes.md")]


def the_question(notes: str, shown: str) -> Question:
    """The one question of ``notes`` whose brief shows ``shown``."""
    (question,) = [q for q in generate_questions(notes, "n/notes.md") if shown in brief(q)]
    return question


def showing(notes: str, shown: str) -> list[str]:
    """The questions of ``notes`` (in brief) that show ``shown``: the review tests' "asked"
    and "not asked"."""
    return [q for q in briefs(notes) if shown in q]


def candidates(notes: str) -> tuple[Context, list[tuple[Draft, Question, Unit | None]]]:
    """The notes' context, and every draft built (before the gate) with its unit."""
    job = pipeline._prepare(textwrap.dedent(notes), "notes/t.md")
    units = {u.key: u for u in job.units}
    drafts = [d for u in job.units for d in unit_drafts(u, job.ctx)]
    drafts += pipeline._notes_wide_drafts(job)
    built = []
    for d in drafts:
        question: Question = d.cls(  # type: ignore[assignment]
            id="t", source=Source("notes/t.md", d.heading, d.line), **d.fields
        )
        built.append((d, question, units.get(d.unit_key)))
    return job.ctx, built


def verdicts(notes: str, key: str, rule: Rule) -> list[str | None]:
    """What a gate ``rule`` says of each candidate of ``notes`` keyed ``key``."""
    ctx, built = candidates(notes)
    return [rule(q, d, u, ctx) for d, q, u in built if d.key_text == key]


def by_key(notes: str, key: str, rule: str = "") -> list[tuple[Draft, Question, Unit | None]]:
    """The candidates whose key is ``key`` (and of ``rule``, if given)."""
    _, built = candidates(notes)
    return [b for b in built if b[0].key_text == key and (not rule or b[0].rule == rule)]


def short_questions(notes: str) -> dict[str, Short]:
    """The short-answer questions generated from ``notes``, by prompt."""
    found = generate_questions(notes, "n/notes.md")
    return {q.prompt: q for q in found if isinstance(q, Short)}


def chosen_or_typed(notes: str) -> dict[str, Short | Mcq]:
    """The short-answer and choice questions generated from ``notes``, by prompt."""
    found = generate_questions(notes, "n/notes.md")
    return {q.prompt: q for q in found if isinstance(q, Short | Mcq)}


def chosen_or_typed_prompts(notes: str) -> list[str]:
    """The prompt of every short answer and mcq generated from ``notes``."""
    return [q.prompt for q in chosen_or_typed(notes).values()]


def generated(notes: str) -> list[Question]:
    """Every question generated from ``notes``."""
    return generate_questions(notes, "n/notes.md")


def cloze_keys(notes: str) -> list[str]:
    """The first accepted form of every blank of every cloze generated from ``notes``."""
    return [b[0] for q in generated(notes) if isinstance(q, Cloze) for b in q.blanks]


def asked_by_answer(notes: str) -> dict[str, str]:
    """Each short answer's or mcq's prompt (after its context), by its answer."""
    return {
        q.answer: q.prompt.rsplit(": ", 1)[-1] if ": " in q.prompt else q.prompt
        for q in generated(notes)
        if isinstance(q, Short | Mcq)
    }


def shown_texts(notes: str, *, statements: bool = False) -> list[str]:
    """What the learner reads of each question generated from ``notes``: a cloze's text, any
    other's prompt (a true/false's statement too, with ``statements``)."""
    found = generate_questions(notes, "n/notes.md")
    return [_shown(q, statements) for q in found]


def _shown(question: Question, statements: bool) -> str:
    if isinstance(question, Cloze):
        return question.text
    if statements and isinstance(question, TrueFalse):
        return question.statement
    return str(getattr(question, "prompt", ""))


def dated_statement(line: str) -> str | None:
    """The true/false statement a timeline line is put in (the notes' future from 2024), or
    ``None`` when the line is no sentence."""
    made = dated_sentence(TrueFalse(id="x", topic="", tags=(), statement=line), 2024)
    return made.statement if isinstance(made, TrueFalse) else None


def false_statement(statement: str, fix: str) -> TrueFalse:
    """A false statement and its true ``fix``, for the rules that judge one."""
    return TrueFalse(id="x", topic="", tags=(), statement=statement, answer=False, fix=fix)


def head_verdict(head: str) -> str | None:
    """What :func:`~quizbot.notes.section_labels.head_is_a_note` says of a line head asked
    as a term ("Which term is described as “…”?" keyed ``head``)."""
    ctx, _ = candidates("# Notes\n\n- A line\n")
    fields = {"prompt": "Which term is described as “…”?", "answer": head}
    draft = Draft(Short, fields, "term", "term", head, "k", "h", 1, key_text=head)
    question = Short(id="x", topic="t", prompt=fields["prompt"], answer=head)
    return head_is_a_note(question, draft, None, ctx)
