"""``quality`` group: the generator judged on the evaluation corpus of ``tests/quality``.

Every question generated from ``tests/quality/notes/*.md`` has a coach's judgement in
``tests/quality/judgements.yaml`` (good, weak or bad, with a one-line reason), keyed by note
and question id. Figures:

* ``quality_good_share`` and ``quality_bad_share``: the shares of the generated questions
  judged good and bad (a question with no judgement counts as neither, and is listed by
  ``python -m benchmarks.quality --unjudged``);
* ``quality_key_facts_share``: the share of the facts of ``tests/quality/key_facts.yaml``
  that some question takes as its key (a short answer, an mcq's answer, a cloze blank or a
  list with exactly those items; a true line of a statements question does not count);
* ``quality_questions``: how many questions the corpus gives.

``python -m benchmarks.quality --dump [NOTE]`` prints every question briefly, with its
judgement, for judging; ``--missing`` lists the key facts no question asks.

A judgement holds for the question as the learner saw it: ``tests/quality/judged_shown.txt``
keeps a fingerprint of each judged question as shown (:func:`shown`: the topic line, the
question and its key), so a question whose wording changed under the same id is listed by
``--unjudged`` (and fails the test) until it is judged again; ``--lock`` records the
fingerprints of the questions as judged now.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from quizbot.bank.model import (
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
from quizbot.grading import grade
from quizbot.notes import generate_questions
from quizbot.notes.lists import split_items
from quizbot.notes.names import expansions
from quizbot.notes.phrases import fold

ROOT = Path(__file__).resolve().parent.parent / "tests" / "quality"
NOTES = ROOT / "notes"
KEY_FACTS = ROOT / "key_facts.yaml"
JUDGEMENTS = ROOT / "judgements.yaml"
SHOWN = ROOT / "judged_shown.txt"
VERDICTS = ("good", "weak", "bad")


def corpus() -> dict[str, list[Question]]:
    """The questions of every note of the corpus, by note file name."""
    return {
        path.name: generate_questions(
            path.read_text(encoding="utf-8"), f"tests/quality/notes/{path.name}"
        )
        for path in sorted(NOTES.glob("*.md"))
    }


def load_judgements() -> dict[str, dict[str, tuple[str, str]]]:
    """note → question id → (verdict, reason)."""
    if not JUDGEMENTS.exists():
        return {}
    data = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) or {}
    judged: dict[str, dict[str, tuple[str, str]]] = {}
    for note, entries in data.items():
        judged[note] = {}
        for qid, entry in (entries or {}).items():
            verdict, _, reason = str(entry).partition(":")
            judged[note][qid] = (verdict.strip(), reason.strip())
    return judged


def shown(question: Question) -> str:
    """The question as the learner sees it (the topic line and the question, as the line
    mode shows it) and its key: what a judgement judged."""
    from quizbot.tutor.render import render_question

    return f"{render_question(question)}\nKEY: {brief(question).splitlines()[-1].strip()}"


def fingerprint(question: Question) -> str:
    return hashlib.sha256(shown(question).encode("utf-8")).hexdigest()[:12]


def load_shown() -> dict[str, str]:
    """Question id → the fingerprint of the question as it was judged."""
    if not SHOWN.exists():
        return {}
    pairs = (line.split() for line in SHOWN.read_text(encoding="utf-8").splitlines())
    return {p[0]: p[1] for p in pairs if len(p) == 2 and not p[0].startswith("#")}


def changed(questions: dict[str, list[Question]]) -> list[str]:
    """Judged questions whose wording changed since they were judged (``note id``)."""
    judged, seen = load_judgements(), load_shown()
    return [
        f"{note} {q.id}"
        for note, qs in questions.items()
        for q in qs
        if q.id in judged.get(note, {}) and seen.get(q.id) != fingerprint(q)
    ]


def lock(questions: dict[str, list[Question]]) -> None:
    """Record the fingerprint of every judged question as it is shown now."""
    judged = load_judgements()
    lines = ["# id fingerprint: each judged question as the learner saw it (see quality.py)"]
    lines += [
        f"{q.id} {fingerprint(q)}"
        for note, qs in questions.items()
        for q in qs
        if q.id in judged.get(note, {})
    ]
    tmp = SHOWN.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(SHOWN)


def key_slots(question: Question) -> list[Short]:
    """What a question takes as its key, each as a short answer to grade a fact's answer
    against: a short answer, an mcq's answer, each blank of a cloze, a list as one."""
    match question:
        case Short():
            return [question]
        case Mcq():
            return [Short(id=question.id, answer=question.answer)]
        case Cloze():
            return [
                Short(id=question.id, answer=b[0], aliases=tuple(b[1:])) for b in question.blanks
            ]
        case ListQuestion() | Multi():
            return [Short(id=question.id, answer="; ".join(question.answer))]
        case Match() | TrueFalse() | Statements():
            return []
    return []


def asks(question: Question, answer: str) -> bool:
    """Does the question take ``answer`` as its key?"""
    for slot in key_slots(question):
        if isinstance(question, ListQuestion | Multi):
            want = sorted(fold(w) for w in split_items(answer) or [answer])
            have = [{fold(a), *(fold(e) for e in expansions(a))} for a in question.answer]
            if len(want) == len(have) and all(any(w in h for h in have) for w in want):
                return True
            continue
        if fold(slot.answer) == fold(answer) or grade(slot, answer).correct:
            return True
    return False


def key_facts() -> dict[str, list[dict[str, str]]]:
    data: dict[str, list[dict[str, str]]] = yaml.safe_load(KEY_FACTS.read_text(encoding="utf-8"))
    return data


def figures(questions: dict[str, list[Question]]) -> dict[str, float]:
    judged = load_judgements()
    counts = dict.fromkeys(VERDICTS, 0)
    total = 0
    for note, qs in questions.items():
        for q in qs:
            total += 1
            verdict = judged.get(note, {}).get(q.id)
            if verdict is not None and verdict[0] in counts:
                counts[verdict[0]] += 1
    facts = key_facts()
    asked = sum(
        1
        for note, listed in facts.items()
        for fact in listed
        if any(asks(q, fact["answer"]) for q in questions.get(note, []))
    )
    all_facts = sum(len(v) for v in facts.values())
    return {
        "quality_good_share": counts["good"] / total if total else 0.0,
        "quality_bad_share": counts["bad"] / total if total else 0.0,
        "quality_key_facts_share": asked / all_facts if all_facts else 0.0,
        "quality_questions": float(total),
    }


def run() -> Iterator[tuple[str, float]]:
    yield from figures(corpus()).items()


def brief(q: Question) -> str:
    """One question in a few lines, as a learner sees it, with its key."""
    match q:
        case Cloze():
            return f"[cloze] {q.prompt}\n    {q.text}"
        case Short():
            extra = f" | {', '.join(q.aliases)}" if q.aliases else ""
            return f"[short] {q.prompt}\n    = {q.answer}{extra}"
        case Mcq():
            return f"[mcq] {q.prompt}\n    {list(q.options)} = {q.answer}"
        case Multi():
            return f"[multi] {q.prompt}\n    {list(q.options)} = {list(q.answer)}"
        case ListQuestion():
            return f"[list] {q.prompt}\n    = {list(q.answer)} (min {q.min_correct})"
        case TrueFalse():
            return f"[tf] {q.prompt} {q.statement}\n    = {q.answer} (fix: {q.fix})"
        case Statements():
            lines = "\n".join(f"    {s.correct}: {s.text}" for s in q.statements)
            return f"[statements] {q.prompt}\n{lines}"
        case Match():
            return f"[match] {q.prompt}\n    {list(q.pairs)}"
    return repr(q)


BUNDLED_REVIEW = ROOT / "bundled_review.yaml"


def bundled_sample(seed: int, size: int = 40) -> None:
    """40 random questions of the bundled bank, drawn as the coach drew them, with the
    verdicts of ``bundled_review.yaml`` and the count of those a coach keeps."""
    import random

    from quizbot import load_bank

    bank = load_bank([ROOT.parent.parent / "question_bank"])
    review = yaml.safe_load(BUNDLED_REVIEW.read_text(encoding="utf-8")) or {}
    sample = random.Random(seed).sample(sorted(bank, key=lambda q: q.id), size)
    kept = 0
    for q in sample:
        verdict = str(review.get(q.id, "UNREVIEWED"))
        kept += verdict.startswith("good")
        print(f"{q.id}: {verdict}")
    print(f"bundled_sample_seed_{seed}_good: {kept} of {size}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality")
    parser.add_argument("--dump", nargs="?", const="", metavar="NOTE")
    parser.add_argument("--unjudged", action="store_true")
    parser.add_argument("--missing", action="store_true")
    parser.add_argument("--lock", action="store_true")
    parser.add_argument("--bundled-sample", type=int, metavar="SEED")
    args = parser.parse_args(argv)
    questions = corpus()
    judged = load_judgements()
    if args.dump is not None:
        for note, qs in questions.items():
            if args.dump and args.dump not in note:
                continue
            for q in qs:
                verdict = judged.get(note, {}).get(q.id)
                mark = f"{verdict[0]}: {verdict[1]}" if verdict else "UNJUDGED"
                print(f"{note} {q.id} (line {q.source.line if q.source else 0}) -- {mark}")
                print(f"  {brief(q)}")
    if args.unjudged:
        for note, qs in questions.items():
            for q in qs:
                if q.id not in judged.get(note, {}):
                    print(f"{note} {q.id}")
        for entry in changed(questions):
            print(f"{entry} (changed since judged)")
    if args.missing:
        for note, listed in key_facts().items():
            for fact in listed:
                if not any(asks(q, fact["answer"]) for q in questions.get(note, [])):
                    print(f"{note}: {fact['answer']} — {fact['fact']}")
    if args.lock:
        lock(questions)
    if args.bundled_sample is not None:
        bundled_sample(args.bundled_sample)
    if not (
        args.dump is not None
        or args.unjudged
        or args.missing
        or args.lock
        or args.bundled_sample is not None
    ):
        for name, value in figures(questions).items():
            print(f"{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
