"""``quizbot check [PATH...] [--write-ids] [--quiet]``: validate question files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quizbot.cli.context import Context
from quizbot.cli.errors import EXIT_FAILURE, EXIT_OK, UsageError
from quizbot.words import plural

if TYPE_CHECKING:
    from quizbot.bank import Bank, Problem


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    check = sub.add_parser(
        "check",
        parents=[common],
        help="validate question files and summarise them",
        description="Validate question files: every problem is printed as "
        "path:line:column: message; exit status 1 when there are errors.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories (default: --bank or the bundled bank)",
    )
    check.add_argument(
        "--write-ids",
        action="store_true",
        help="write the derived id into every question that has none",
    )
    check.add_argument("--quiet", "-q", action="store_true", help="print problems only")
    return check


def run(args: argparse.Namespace, ctx: Context) -> int:
    notes = [p for p in args.paths if Path(p).suffix.lower() in (".md", ".markdown")]
    if notes:
        raise UsageError(
            f"{notes[0]} is a Markdown note, not a question file: turn notes into "
            f"questions with `quizbot generate {notes[0]} -o DIR`, then check DIR"
        )
    out = ctx.stdout
    bank = _load(args.paths or None, ctx)
    weak = weak_warnings(bank)
    for problem in [*bank.problems, *weak]:
        print(problem, file=out)
    errors, warnings = len(bank.errors), len(bank.warnings) + len(weak)
    unwritten = 0
    if args.write_ids:
        from quizbot.bank.writeids import write_ids

        pinned = write_ids(bank)
        for path, count in pinned.written.items():
            print(f"{path}: wrote {plural(count, 'id')}", file=out)
        for problem in pinned.problems:
            print(problem, file=out)
        unwritten = len(pinned.problems)
    if not args.quiet:
        if bank.problems or weak:
            print(file=out)
        for line in summary(bank, ids_written=args.write_ids):
            print(line, file=out)
    if errors or warnings:
        print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')}", file=out)
    return EXIT_FAILURE if errors or unwritten else EXIT_OK


def _load(targets: list[str] | None, ctx: Context) -> Bank:
    """The bank to check, each file's lint kept in the bank cache with its questions."""
    from quizbot.bank import load_bank
    from quizbot.notes.lint_files import FileLint

    return load_bank(
        list(targets or ctx.bank_paths),
        strict=False,
        cache_dir=ctx.cache_dir,
        analysis=FileLint(),
        two_cores=True,  # check_50k_s: see quizbot.bank.parallel
    )


def summary(bank: Bank, ids_written: bool) -> list[str]:
    """How many questions, by type and by topic, and how many have no explicit id."""
    lines = [f"{plural(len(bank), 'question')} in {plural(len(bank.files), 'file')}"]
    if len(bank):
        lines.append("  by type:  " + " · ".join(f"{t} {n}" for t, n in bank.type_counts().items()))
        lines.append("  by topic:")
        width = max(len(t or "(no topic)") for t, _ in bank.topics())
        lines += [
            f"    {topic or '(no topic)':<{width}}  {count:>5}" for topic, count in bank.topics()
        ]
    derived = len(bank.derived_ids())
    if derived and not ids_written:
        lines.append(
            f"  {plural(derived, 'question')} without an explicit id (derived from the "
            "prompt; `quizbot check --write-ids` pins them)"
        )
    return lines


def weak_warnings(bank: Bank) -> list[Problem]:
    """Warnings for weak questions, authored or generated (answer in the prompt, options of
    mixed kinds or one inside another, a blank on quoted wording ...), each with its reason.

    A bank loaded with :data:`LINT` (as ``quizbot check`` loads it) brings each file's lint
    from the bank cache; any other bank is linted here, a file at a time."""
    from quizbot.bank import Problem

    if not len(bank):
        return []
    from quizbot.notes.lint_files import FileLint, weak_in_files

    lint = FileLint()
    lints = []
    for file_no in range(bank.file_count):
        extras = bank.extras(file_no)
        count = bank.file_size(file_no)
        found = (
            lint.read(extras.analysis, count)
            if extras is not None and extras.tag == lint.tag
            else None
        )
        if found is None:  # not loaded for check, or a damaged cache entry: lint it now
            found = lint.read(lint(bank.file_questions(file_no)), count)
            assert found is not None
        lints.append(found)
    warnings = []
    for question_id, file_no, pos, reason in weak_in_files(bank.slots(), lints):
        generated = bank.is_generated(file_no)
        path, line, column = bank.place(file_no, pos)
        fix = (
            "reword the note, or override or suppress the id"
            if generated
            else "reword the question"
        )
        kind = "generated question" if generated else "question"
        warnings.append(
            Problem(path, line, column, f"weak {kind} {question_id!r}: {reason} ({fix})", "warning")
        )
    return warnings
