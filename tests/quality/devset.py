"""Key-fact recall on fresh notes, and why each missing fact is missing.

``python tests/quality/devset.py DIR [DIR ...]`` reads each ``DIR/notes/*.md`` with its
``DIR/key_facts.yaml`` (the layout of the corpus and of the holdout folders), generates the
questions of every note and prints, per key fact, whether some question takes its answer as
its key (:func:`benchmarks.quality.asks`, the counter of ``quality_key_facts_share``); with
``--why``, for a missing fact, the note lines that hold its answer and what became of the
drafts whose key it is (no draft, dropped by which gate, or ranked out); with ``--show``,
every question as the learner sees it. The last line is the count asked.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

from benchmarks.quality import asks, brief
from quizbot.bank.model import Cloze, Question, Short, Source, TrueFalse
from quizbot.grading import grade
from quizbot.notes.breadcrumbs import without_breadcrumb
from quizbot.notes.gate import gate
from quizbot.notes.generate import _notes_wide_drafts, _prepare, generate_questions
from quizbot.notes.lint import structural_problem
from quizbot.notes.phrases import fold
from quizbot.notes.rules import unit_drafts
from quizbot.notes.shorthand import written_out
from quizbot.notes.shown_gate import fragment_gate


def _matches(key: str, answer: str) -> bool:
    if not key:
        return False
    return fold(key) == fold(answer) or grade(Short(id="x", answer=key), answer).correct


def why(markdown: str, source: str, answer: str) -> list[str]:
    """What became of each draft whose key is ``answer``."""
    job = _prepare(markdown, source)
    drafts = [d for u in job.units for d in unit_drafts(u, job.ctx)] + _notes_wide_drafts(job)
    out: list[str] = []
    for draft in drafts:
        if not _matches(draft.key_text, answer):
            continue
        question: Question = draft.cls(  # type: ignore[assignment]
            id="",
            topic=job.topics.get(draft.heading, ""),
            tags=(),
            source=Source(source, draft.heading, draft.line),
            **written_out(draft.fields, job.ctx.legend),
        )
        unit = job.unit_by_key.get(draft.unit_key)
        reason = structural_problem(question)
        if reason is None:
            prompt = getattr(question, "prompt", "")
            if prompt and not isinstance(question, Cloze | TrueFalse):
                question = dataclasses.replace(
                    question, prompt=without_breadcrumb(prompt, question.topic)
                )
            shown = fragment_gate(question, draft, unit, job.ctx)
            reason = f"shown_gate: {shown}" if shown else None
        if reason is None:
            reason = gate(question, draft, unit, job.ctx)
            reason = f"gate: {reason}" if reason else "passed gates (rank/cap/dedup)"
        text = brief(question).replace("\n", " | ")[:160]
        out.append(f"      [{draft.rule}] {reason}\n        {text}")
    return out or ["      no draft takes it as its key"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--why", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    asked = total = 0
    for folder in args.dirs:
        facts = yaml.safe_load((folder / "key_facts.yaml").read_text(encoding="utf-8"))
        for path in sorted((folder / "notes").glob("*.md")):
            markdown = path.read_text(encoding="utf-8")
            questions = generate_questions(markdown, str(path))
            print(f"## {folder.name}/{path.name}: {len(questions)} questions")
            if args.show:
                for q in questions:
                    print(f"   {q.id}\n     " + brief(q).replace("\n", "\n     "))
            for fact in facts.get(path.name, []):
                total += 1
                hit = [q.id for q in questions if asks(q, fact["answer"])]
                asked += bool(hit)
                mark = "ASKED" if hit else "-----"
                print(f"  {mark} {fact['answer']!r}: {fact['fact']}")
                if hit or not args.why:
                    continue
                needle = fold(fact["answer"])
                for n, line in enumerate(markdown.splitlines(), 1):
                    if needle and needle in fold(line):
                        print(f"      L{n}: {line.strip()[:150]}")
                print("\n".join(why(markdown, str(path), fact["answer"])))
    print(f"asked {asked} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
