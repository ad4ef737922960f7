"""``quizbot import anki DECK.apkg -o DIR``: an Anki package's Basic and Cloze notes as
question files, one per deck (the module is ``import_``: ``import`` is a Python keyword)."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizbot.cli.context import Context
from quizbot.cli.errors import Failure, UsageError
from quizbot.words import plural


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    imports = sub.add_parser(
        "import",
        parents=[common],
        help="turn an Anki deck into question files",
        description="Bring questions in from elsewhere.",
    )
    what = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    anki = what.add_parser(
        "anki",
        parents=[common],
        help="an Anki package's Basic and Cloze notes as question files",
        description="Turn the Basic (also reversed and type-in) notes of an Anki package "
        "into short questions and its Cloze notes into cloze questions: one YAML file per "
        "deck in DIR, the deck as the topic, Anki's tags as tags. Pictures and sounds are "
        "left out (each is named), other note types are reported and skipped. Ids come "
        "from the notes, so importing a newer version of the deck updates the same "
        "questions and keeps your progress.",
    )
    anki.add_argument("package", metavar="DECK.apkg", type=Path, help="the Anki package")
    anki.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DIR",
        type=Path,
        help="where the question files go (e.g. question_bank/imported)",
    )
    return imports


def run(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.bank import load_bank
    from quizbot.interchange.anki_import import ImportProblem, import_anki
    from quizbot.interchange.apkg import PackageError

    if not args.package.is_file():
        raise UsageError(f"{args.package}: no such file")
    try:
        done = import_anki(args.package, args.output)
    except (PackageError, ImportProblem) as error:
        raise Failure(str(error)) from None
    for warning in done.warnings:
        print(f"quizbot: warning: {warning}", file=ctx.stderr)
    for path, removed in done.removed:
        state = "removed" if not path.exists() else "updated"
        print(
            f"{state} {path}: {plural(removed, 'question')} moved to another deck", file=ctx.stdout
        )
    for path, deck, count in done.files:
        print(f"wrote {path}: {plural(count, 'question')} (deck {deck})", file=ctx.stdout)
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(done.questions.items()))
    total = sum(done.questions.values())
    skipped = sum(done.skipped.values())
    print(
        f"imported {plural(total, 'question')}"
        + (f" ({kinds})" if kinds else "")
        + f" into {plural(len(done.files), 'file')}"
        + (f"; skipped {plural(skipped, 'note')} of other note types" if skipped else ""),
        file=ctx.stdout,
    )
    if not done.files:
        return 1
    written = load_bank([str(path) for path, _, _ in done.files], strict=False)
    for problem in written.errors:
        print(f"quizbot: {problem}", file=ctx.stderr)
    if written.errors:
        return 1
    print(
        f"check them with: quizbot check {args.output} · study them with: "
        f"quizbot --bank {args.output} chat",
        file=ctx.stdout,
    )
    return 0
