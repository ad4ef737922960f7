"""``quizbot backup PATH``: the progress as one consistent file, safe while quizbot runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizbot.cli.context import Context


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="copy your progress to one file (safe while quizbot runs)",
        description="Copy the progress database to PATH as one self-contained, checked file, "
        "with SQLite's online backup: the latest answers (still in progress.db-wal) are "
        "included, and other quizbot sessions may go on meanwhile. PATH may be a directory, "
        "which gets progress-<time>.db. An existing file is replaced only once the new copy "
        "is complete.",
    )
    backup.add_argument("path", metavar="PATH", type=Path, help="the backup file, or a directory")
    return backup


def run(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.study.backup import backup

    target, found = backup(ctx.data_dir, args.path, ctx.now())
    print(f"backed up to {target}: {found.describe()}", file=ctx.stdout)
    return 0
