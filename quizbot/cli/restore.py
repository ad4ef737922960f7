"""``quizbot restore PATH``: put a backup in place of the progress, keeping the current one."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizbot.cli.context import Context


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="bring back a backup (the current progress is kept aside)",
        description="Check the backup PATH (an SQLite file that passes the integrity check "
        "and holds quizbot's tables, from this quizbot or an older one), then put it in place "
        "of the progress database. The current database is kept as "
        "progress.db.before-restore-<time>. Close every quizbot session first.",
    )
    restore.add_argument("path", metavar="PATH", type=Path, help="a file `quizbot backup` wrote")
    return restore


def run(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.study.backup import restore

    found, kept = restore(ctx.data_dir, args.path, ctx.now())
    print(f"restored {args.path}: {found.describe()}", file=ctx.stdout)
    if kept is not None:
        print(f"the progress it replaced is kept as {kept}", file=ctx.stdout)
    return 0
