"""Replies as plain text: for the line mode, ``quizbot ask`` and anything without a screen.

No colour codes and no markup: author and learner text is printed exactly as written.
"""

from __future__ import annotations

from datetime import datetime
from typing import assert_never

from quizbot.bank import (
    TOPIC_SEPARATOR,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.grading import match_columns
from quizbot.grading.choices import letter
from quizbot.study.stats import render_stats
from quizbot.tutor.replies import (
    Ask,
    Done,
    Explain,
    Feedback,
    Hint,
    Lookup,
    Passage,
    Quit,
    Reply,
    Say,
    StartExam,
    Stats,
    TopicChanged,
)
from quizbot.tutor.when import comes_back_words
from quizbot.words import plural


def render_question(question: Question) -> str:
    """A question as plain text (options lettered, statements and match items numbered)."""
    lines = [f"[{question.topic}]" if question.topic else "", question.stem]
    match question:
        case Mcq():
            lines += [f"  ({letter(n)}) {option}" for n, option in enumerate(question.options)]
        case Multi():
            lines += [f"  ({letter(n)}) {option}" for n, option in enumerate(question.options)]
            lines.append("(choose every correct option)")
        case Statements():
            lines += [f"  {n}. {s.text}" for n, s in enumerate(question.statements, 1)]
            lines.append("(which are correct?)")
        case Match():
            lefts, rights = match_columns(question)
            lines += [f"  {n}. {left}" for n, left in enumerate(lefts, 1)]
            lines += [f"  {letter(n)}) {right}" for n, right in enumerate(rights)]
            lines.append("(match each number to a letter, typed as 1-x, 2-y, …)")
        case TrueFalse():
            lines.append("(true or false?)")
        case ListQuestion():
            lines.append(f"(name {question.min_correct or len(question.answer)})")
        case Short() | Cloze():
            pass
        case _:
            assert_never(question)
    return "\n".join(line for line in lines if line)


def render_passage(passage: Passage) -> str:
    """``India–Russia relations › Energy (notes/india-russia.md:219)`` and the text, indented."""
    where = TOPIC_SEPARATOR.join(passage.headings) or passage.file
    body = "\n".join(f"  {line}" for line in passage.text.splitlines())
    return f"{where} ({passage.location})\n{body}"


def render_feedback(reply: Feedback) -> str:
    verdict = reply.verdict
    if verdict is None:
        lines = [f"skipped · the answer: {reply.answer}"]
    else:
        mark = "✓" if verdict.correct else "✗"
        lines = [f"{mark} {verdict.feedback}".rstrip()]
    if reply.explanation and (verdict is None or not verdict.correct):
        lines.append(f"  {reply.explanation}")
    tail = f"(rated {reply.rating} · {reply.comes_back}"
    if reply.hints:
        tail += f" · {reply.hints} hint{'' if reply.hints == 1 else 's'}"
    if reply.leech:
        tail += " · suspended as a leech: forgotten too often"
    lines.append(f"{tail}; /1–/4 to re-rate)")
    return "\n".join(lines)


def render(reply: Reply, now: datetime) -> str:
    """One reply as plain text (may span lines)."""
    if isinstance(reply, Say):
        return reply.text
    if isinstance(reply, Ask):
        return "\n" + render_question(reply.question)
    if isinstance(reply, Feedback):
        return render_feedback(reply)
    if isinstance(reply, Hint):
        return f"Hint {reply.level}{' (the last)' if reply.last else ''}: {reply.text}"
    if isinstance(reply, Explain):
        parts = [reply.explanation]
        parts += [f"From the notes, {render_passage(p)}" for p in reply.passages]
        return "\n".join(parts)
    if isinstance(reply, Lookup):
        if reply.passages:  # a lead-in, as in the app, so lookups in a row stay apart
            lead = f"From your notes · {' '.join(reply.query.split())}"
            return "\n".join([lead, *(render_passage(p) for p in reply.passages)])
        text = "That's not in my notes."
        if reply.suggestions:
            text += " Close to it: " + "; ".join(reply.suggestions) + "."
        return text
    if isinstance(reply, Stats):
        return render_stats(reply.figures).rstrip("\n")
    if isinstance(reply, TopicChanged):
        return f"Now studying: {reply.topic or 'every topic'}."
    if isinstance(reply, StartExam):  # (run_plain runs the mock itself)
        topic = f" on {reply.topic}" if reply.topic else ""
        return f"Mock test: {reply.preset}, {plural(reply.count, 'question')}{topic}."
    if isinstance(reply, Done):
        text = f"Nothing more to ask now ({reply.answered} answered this session"
        if reply.comes_back is not None:
            when = comes_back_words(reply.comes_back, now)
            when = when.removeprefix("again ").removeprefix("see you ")
            text += f"; questions still in learning come back {when}: press enter then"
        return text + ")." + (f" {reply.no_new}" if reply.no_new else "")
    if isinstance(reply, Quit):
        return reply.farewell() + "".join(f"\n{line}" for line in reply.extra)
    return str(reply)  # pragma: no cover - a reply type added later
