"""The ``quizbot`` command and its subcommands.

``quizbot`` alone opens the Textual app on the bank; ``quizbot check PATH...`` validates
question files; ``quizbot generate NOTES... -o DIR [--check]`` turns notes into
questions; ``quizbot stats [--json]``, ``quizbot settings [NAME [VALUE]]`` and
``quizbot chat --plain [--topic T]`` work on the learner's progress; ``quizbot ask
QUESTION`` looks a question up in the notes; ``quizbot exam`` runs a
mock test and ``quizbot mistakes`` lists what was missed in them. Global options:
``--bank PATH`` (repeatable) and ``--data-dir PATH``
(or ``$QUIZBOT_DATA_DIR``). Textual is imported only when the app starts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from quizbot import paths
from quizbot.bank import Bank, Problem, load_bank
from quizbot.words import plural


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizbot", description="Study and quiz yourself for exams, in the terminal.")
    parser.add_argument("--bank", action="append", metavar="PATH",
                        help="question file or directory (repeatable; default: the bundled bank)")
    parser.add_argument("--data-dir", metavar="PATH",
                        help=f"where progress is kept (default: ${paths.DATA_DIR_ENV} or the "
                        "platform's user data dir)")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse every file afresh instead of using the bank cache")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="validate question files and summarise them",
                           description="Validate question files: every problem is printed as "
                           "path:line:column: message; exit status 1 when there are errors.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or directories (default: --bank or the bundled bank)")
    check.add_argument("--write-ids", action="store_true",
                       help="write the derived id into every question that has none")
    check.add_argument("--quiet", "-q", action="store_true", help="print problems only")
    generate = sub.add_parser(
        "generate", help="turn Markdown notes into question files",
        description="Write one <name>.yaml of questions per Markdown note. With --check, "
        "change nothing and exit 1 if any generated file is missing or out of date.")
    generate.add_argument("notes", nargs="+", metavar="NOTES",
                          help="Markdown files or directories of *.md")
    generate.add_argument("-o", "--output", required=True, metavar="DIR",
                          help="where the generated files go (e.g. question_bank/generated)")
    generate.add_argument("--check", action="store_true",
                          help="verify the generated files instead of writing them")
    sub.add_parser("schema", help="print the path of the JSON Schema for question files")
    stats = sub.add_parser("stats", help="what is due, your streak, retention and leeches",
                           description="Your progress: due now and today, new left today, "
                           "streak, retention over 30 days, per-topic recall and leeches.")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    chat = sub.add_parser("chat", help="study in a chat (the app, or --plain for line mode)",
                          description="Study the bank question by question. Without --plain "
                          "this opens the app; --plain reads one message per line from "
                          "standard input, for scripts, screen readers and dumb terminals.")
    chat.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    chat.add_argument("--topic", metavar="TOPIC",
                      help="only this topic and its sub-topics (a unique part of the name "
                      "will do, e.g. 'corridors')")
    chat.add_argument("--cram", action="store_true",
                      help="ask every question of the topic once, without changing your "
                      "schedule")
    chat.add_argument("--notes", action="append", metavar="PATH", type=Path,
                      help="Markdown notes for /why and questions about the notes, a file or "
                      "directory (repeatable; default: the bundled notes)")
    ask = sub.add_parser("ask", help="answer a study question from the notes",
                         description="Look a question up in the notes (\"what is INSTC?\"): "
                         "the best-matching bullets with their headings; exit status 1, with "
                         "close suggestions, when the notes do not cover it.")
    ask.add_argument("query", nargs="+", metavar="QUESTION")
    ask.add_argument("--notes", action="append", metavar="PATH",
                     help="Markdown notes, a file or directory (repeatable; default: the "
                     "bundled notes)")
    settings = sub.add_parser(
        "settings", help="show or change your study settings (exam date, daily new limit...)",
        description="Without arguments, list the settings; with NAME, show one; with NAME "
        "VALUE, change it. `quizbot settings exam_date 2027-05-24` sets an exam date "
        "(`none` clears it).")
    settings.add_argument("name", nargs="?", metavar="NAME")
    settings.add_argument("value", nargs="?", metavar="VALUE")
    from quizbot.exam.args import add_parsers

    add_parsers(sub)  # exam, mistakes
    return parser


def bank_paths(args: argparse.Namespace) -> list[str]:
    return list(args.bank) if args.bank else [str(paths.bundled_bank_dir())]


def _load(args: argparse.Namespace, targets: Sequence[str]) -> Bank:
    cache = None if args.no_cache or os.environ.get("QUIZBOT_NO_CACHE") else paths.cache_dir()
    return load_bank(targets, strict=False, cache_dir=cache)


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    targets = args.paths or bank_paths(args)
    bank = _load(args, targets)
    for problem in bank.problems:
        print(problem, file=out)
    weak = _weak_generated(bank)
    for problem in weak:
        print(problem, file=out)
    errors, warnings = len(bank.errors), len(bank.warnings) + len(weak)
    if args.write_ids:
        from quizbot.bank.writeids import write_ids

        for path, count in write_ids(bank).items():
            print(f"{path}: wrote {plural(count, 'id')}", file=out)
    if not args.quiet:
        if bank.problems:
            print(file=out)
        print(f"{plural(len(bank), 'question')} in {plural(len(bank.files), 'file')}", file=out)
        if len(bank):
            types = " · ".join(f"{t} {n}" for t, n in bank.type_counts().items())
            print(f"  by type:  {types}", file=out)
            print("  by topic:", file=out)
            width = max(len(t) for t, _ in bank.topics())
            for topic, count in bank.topics():
                print(f"    {topic or '(no topic)':<{width}}  {count:>5}", file=out)
        derived = len(bank.derived_ids())
        if derived and not args.write_ids:
            print(f"  {plural(derived, 'question')} without an explicit id (derived from the "
                  "prompt; `quizbot check --write-ids` pins them)", file=out)
    if errors or warnings:
        print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')}", file=out)
    return 1 if errors else 0


def _weak_generated(bank: Bank) -> list[Problem]:
    """Warnings for weak generated questions (answer in the prompt, mixed options, ...)."""
    generated = bank.generated()
    if not generated:
        return []
    from quizbot.notes.lint import weak_questions

    warnings = []
    for question, reason in weak_questions(generated):
        at = bank.locate(question.id)
        warnings.append(Problem(at.path, at.line, at.column,
                                f"weak generated question {question.id!r}: {reason} (reword "
                                "the note, or override or suppress the id)", "warning"))
    return warnings


def run_app(args: argparse.Namespace) -> int:
    from quizbot.tui.app import create_app

    app = create_app(bank_paths=bank_paths(args), data_dir=paths.data_dir(args.data_dir),
                     cache_dir=None if args.no_cache else paths.cache_dir(),
                     topic=getattr(args, "topic", None), notes=getattr(args, "notes", None))
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run ``quizbot`` with ``argv``; a reader that stops early (``| head``) ends it quietly."""
    try:
        try:
            return _main(argv, out or sys.stdout)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
    except BrokenPipeError:
        _discard_stdout()
        return 1


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of
    what is still buffered cannot fail again (the Python docs' note on SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, pythonw)
        return


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check":
        return run_check(args, out)
    if args.command == "generate":
        from quizbot.notes.cli import run_generate

        return run_generate(args.notes, args.output, args.check, out)
    if args.command == "schema":
        print(paths.schema_path(), file=out)
        return 0
    if args.command == "settings":
        from quizbot.study.cli import run_settings

        return run_settings(paths.data_dir(args.data_dir), _now(), args.name, args.value, out)
    if args.command == "stats":
        from quizbot.study.cli import run_stats

        return run_stats(_study_bank(args), paths.data_dir(args.data_dir), _now(), args.json,
                         out)
    if args.command in ("exam", "mistakes"):
        from quizbot.exam.args import run as run_exam

        return run_exam(args, lambda: _study_bank(args), paths.data_dir(args.data_dir), _now,
                        out)
    if args.command == "ask":
        from quizbot.tutor.plain import run_ask

        return run_ask(" ".join(args.query), args.notes, out, _now())
    if args.command == "chat" and args.plain:
        from quizbot.tutor.plain import run_plain

        return run_plain(_study_bank(args), paths.data_dir(args.data_dir), sys.stdin, out,
                         args.topic, _now, cram=args.cram, notes=args.notes)
    return run_app(args)


def _now() -> datetime:
    return datetime.now(UTC)


def _study_bank(args: argparse.Namespace) -> Bank:
    """The bank to study; its problems go to standard error (the valid questions load)."""
    bank = _load(args, bank_paths(args))
    for problem in bank.errors:
        print(f"quizbot: {problem}", file=sys.stderr)
    return bank


if __name__ == "__main__":
    sys.exit(main())
