"""``quizbot export anki -o DECK.apkg [--topic T] [--deck NAME]`` and ``quizbot export
reviews -o FILE [--format csv|json]``: the bank as an Anki package, the review log as a
table."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizbot.cli.context import Context
from quizbot.cli.errors import UsageError
from quizbot.words import plural


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    export = sub.add_parser(
        "export",
        parents=[common],
        help="the bank as an Anki deck, or your review log as CSV or JSON",
        description="Take your questions or your history elsewhere.",
    )
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    anki = what.add_parser(
        "anki",
        parents=[common],
        help="write the bank (or one topic) as an Anki package (.apkg)",
        description="Write the bank, or one topic and its sub-topics, as an Anki package. "
        "Decks follow the topics, tags the question's tags. Exporting again after you edit "
        "the bank and importing the new file into Anki updates the notes you already have "
        "(and keeps their reviews) instead of adding copies.",
    )
    anki.add_argument("-o", "--output", required=True, metavar="DECK.apkg", type=Path)
    anki.add_argument(
        "--topic",
        metavar="TOPIC",
        help="only this topic and its sub-topics (a unique part of the name will do)",
    )
    anki.add_argument(
        "--deck",
        metavar="NAME",
        help="put the topic decks under this deck (default: the topics are the top decks)",
    )
    reviews = what.add_parser(
        "reviews",
        parents=[common],
        help="write every answer you gave as CSV or JSON",
        description="Write the review log: every answer with its time (UTC), question id, "
        "topic, what you typed, the verdict, the rating and the time taken. The columns "
        "card_id, review_time (ms since 1970, UTC), review_rating, review_state and "
        "review_duration (ms) are the ones FSRS optimizers read.",
    )
    reviews.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="where to write (- for standard output)",
    )
    reviews.add_argument(
        "--format",
        choices=("csv", "json"),
        help="csv or json (default: from the file's suffix, else csv)",
    )
    return export


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.what == "anki":
        return _anki(args, ctx)
    return _reviews(args, ctx)


def _anki(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.exam.sources import bank_root
    from quizbot.interchange.anki_export import NOTE_TYPES, export_anki
    from quizbot.study.queue import resolve_topic

    bank = ctx.study_bank()
    questions = list(bank)
    scope = ""
    if args.topic is not None:
        topic = resolve_topic(bank, args.topic)
        questions = bank.in_topic(topic)
        scope = f" on {topic}"
    if not questions:
        raise UsageError(f"no questions to export{scope}")
    deck = (args.deck or "").strip() or None
    done = export_anki(questions, args.output, ctx.now(), root=bank_root(bank), parent=deck)
    kinds = ", ".join(f"{done.notes[k]} {k}" for k in NOTE_TYPES if done.notes.get(k))
    print(
        f"wrote {args.output}: {plural(done.note_count, 'note')} ({kinds}), "
        f"{plural(done.card_count, 'card')} in {plural(len(done.decks), 'deck')}{scope}",
        file=ctx.stdout,
    )
    print(
        "open it in Anki (File › Import); importing a later export updates these notes",
        file=ctx.stdout,
    )
    return 0


def _reviews(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.atomic import write_atomic
    from quizbot.cli.store import opened
    from quizbot.interchange.reviews import render, review_rows

    to_stdout = args.output == "-"
    fmt = args.format or (
        "json" if not to_stdout and Path(args.output).suffix.lower() == ".json" else "csv"
    )
    with opened(ctx.data_dir, ctx.now(), ctx.stderr) as store:
        rows = review_rows(store, ctx.load())
    text = render(rows, fmt)
    if to_stdout:
        ctx.stdout.write(text)
        return 0
    write_atomic(Path(args.output), text)
    print(
        f"wrote {args.output}: {plural(len(rows), 'answer')} as {fmt.upper()} "
        "(times in UTC; review_time in ms since 1970)",
        file=ctx.stdout,
    )
    return 0
