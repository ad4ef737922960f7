"""``quizbot generate NOTES... -o DIR [--check]``: notes files in, one YAML file per note out.

``NOTES`` are Markdown files or directories (searched recursively for ``*.md``). Each note
``<stem>.md`` becomes ``DIR/<stem>.yaml``. Without ``--check`` the files are written (only
when their content changes, each atomically: a failure part-way leaves the previous file
whole) and generated files whose notes no longer exist are removed; with
``--check`` nothing is written and the exit status is 1 when any file differs from what the
notes produce now (a CI check that the committed bank was regenerated). A note that cannot be
read is reported and skipped: the other notes are still generated, and the exit status is 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from quizbot.cli.context import Context
from quizbot.words import plural


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    generate = sub.add_parser(
        "generate",
        parents=[common],
        help="turn Markdown notes into question files",
        description="Write one <name>.yaml of questions per Markdown note. With --check, "
        "change nothing and exit 1 if any generated file is missing or out of date.",
    )
    generate.add_argument(
        "notes", nargs="+", metavar="NOTES", help="Markdown files or directories of *.md"
    )
    generate.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DIR",
        help="where the generated files go (e.g. question_bank/generated)",
    )
    generate.add_argument(
        "--check", action="store_true", help="verify the generated files instead of writing them"
    )
    return generate


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_generate(args.notes, args.output, args.check, ctx.stdout)


def run_generate(paths: list[str], out_dir: str, check: bool, out: TextIO) -> int:
    """Generate (or with ``check``, verify) one YAML file per note; returns the exit status."""
    from quizbot.atomic import write_atomic
    from quizbot.notes.files import (
        NoteError,
        Output,
        build,
        find_notes,
        schema_reference,
        stale_outputs,
    )
    from quizbot.notes.yamlout import without_modeline

    notes, errors = find_notes(paths)
    for error in errors:
        print(error, file=out)
    if errors:
        return 1
    if not notes:
        print("no notes found (give Markdown files or directories holding *.md)", file=out)
        return 1
    stems: dict[str, Path] = {}
    for note in notes:
        if note.stem in stems:
            print(
                f"{note}: same name as {stems[note.stem]}; each note must have its own file "
                "name, since each becomes <name>.yaml",
                file=out,
            )
            return 1
        stems[note.stem] = note
    target_dir = Path(out_dir)
    outputs: list[Output] = []
    failed = False
    schema = schema_reference(target_dir)
    for note in notes:
        try:
            outputs.append(build(note, target_dir, schema))
            for warning in outputs[-1].warnings:
                print(warning, file=out)  # a broken front-matter value: left out, said so
        except NoteError as exc:
            print(exc, file=out)  # reported, skipped: the other notes are still generated
            failed = True
    stale = stale_outputs(target_dir, {o.target for o in outputs})
    differ = []  # (output, the file's current text or None when missing)
    for output in outputs:
        try:
            current: str | None = output.target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != output.content:
            differ.append((output, current))
    if check:
        # the modeline follows where the bank and quizbot are; --check is about the notes
        differ = [
            (o, current)
            for o, current in differ
            if current is None or without_modeline(current) != without_modeline(o.content)
        ]
        for output, current in differ:
            why = "missing" if current is None else "out of date"
            print(
                f"{output.target}: {why} (regenerate from {output.notes} with "
                f"`quizbot generate {' '.join(paths)} -o {out_dir}`)",
                file=out,
            )
        for path in stale:
            print(f"{path}: its notes no longer exist (regenerate to remove it)", file=out)
        if differ or stale or failed:
            return 1
        total = sum(o.count for o in outputs)
        print(
            f"{plural(len(outputs), 'generated file')} up to date ({plural(total, 'question')})",
            file=out,
        )
        return 0
    target_dir.mkdir(parents=True, exist_ok=True)
    changed = {id(o) for o, _ in differ}
    for output in outputs:
        if id(output) in changed:
            try:
                write_atomic(output.target, output.content)  # never a half-written file
            except OSError as error:
                kept = "the previous file is unchanged" if output.target.exists() else "not written"
                print(f"{output.target}: {error.strerror or error}; {kept}", file=out)
                failed = True
                continue
            print(
                f"{output.target}: {plural(output.count, 'question')} from {output.notes}", file=out
            )
        else:
            print(f"{output.target}: unchanged ({plural(output.count, 'question')})", file=out)
    for path in stale:
        path.unlink()
        print(f"{path}: removed (its notes no longer exist)", file=out)
    return 1 if failed else 0
