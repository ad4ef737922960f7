"""``quizbot doctor [--dry-run]``: check the progress database and repair what is safe.

Like Anki's Check Database: SQLite's integrity check, every row read against quizbot's rules
(unreadable ones listed and set aside, kept), schedules rebuilt from the answer log where a
card is missing, orphaned rows counted, then a summary. Exit status 0 when the database is
sound at the end (nothing found, or all of it repaired), 1 when it is not (the file itself is
damaged, a repair could not be written, or with ``--dry-run``: something to repair).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from quizbot.cli.context import Context
from quizbot.cli.errors import EXIT_FAILURE, EXIT_OK, Failure
from quizbot.words import plural

if TYPE_CHECKING:
    from quizbot.study.doctor import Checkup


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    doctor = sub.add_parser(
        "doctor",
        parents=[common],
        help="check the progress database and repair what is safe",
        description="Check the progress database: SQLite's integrity check, every row read "
        "back (unreadable rows listed and set aside, kept in the database), schedules rebuilt "
        "from your answers where a card is missing, orphaned rows counted. Exit status 0 when "
        "the database is sound at the end, 1 when it is not.",
    )
    doctor.add_argument(
        "--dry-run", action="store_true", help="change nothing; say what would be repaired"
    )
    return doctor


def run(args: argparse.Namespace, ctx: Context) -> int:
    from quizbot.exam.storage import unreadable_exam_rows
    from quizbot.study.doctor import examine
    from quizbot.study.progress_db import DB_NAME
    from quizbot.study.recovery import CorruptStore
    from quizbot.study.store import Store

    path = ctx.data_dir / DB_NAME
    if not path.exists():
        print(f"no progress database in {ctx.data_dir} yet: nothing to check", file=ctx.stdout)
        return EXIT_OK
    try:
        bank = set(ctx.load().ids())
    except Exception:  # noqa: BLE001 - the bank only adds a count; the check goes on
        bank = None
    now = ctx.now()
    try:
        with Store.open(ctx.data_dir, now) as store:
            checkup = examine(
                store,
                now,
                bank=bank,
                repair=not args.dry_run,
                tz=ctx.tz,
                more_checks=[unreadable_exam_rows],
            )
    except CorruptStore as error:
        raise Failure(
            f"{error}\nquizbot: the file itself cannot be read, so no row can be checked: "
            "`quizbot restore BACKUP` brings back a backup (the damaged file is kept), and "
            "any other command sets it aside and starts a fresh one"
        ) from None
    print("\n".join(render(checkup)), file=ctx.stdout)
    clean = checkup.sound and (checkup.repaired or not checkup.problems)
    return EXIT_OK if clean else EXIT_FAILURE


def render(checkup: Checkup) -> list[str]:
    """The check-up as lines for a terminal, ending with the summary."""
    done = checkup.repaired and not checkup.failure
    kb = max(1, round(checkup.size_bytes / 1024))
    lines = [f"checked {checkup.path} ({kb} kB, schema {checkup.schema})"]
    if checkup.integrity == ["ok"]:
        lines.append("integrity check: ok")
    else:
        lines.append(f"integrity check: {plural(len(checkup.integrity), 'problem')}")
        lines += [f"  {message}" for message in checkup.integrity]
    if not checkup.damaged:
        lines.append("unreadable rows: none")
    else:
        what = "set aside (kept, in the table damaged_rows)" if done else "to set aside"
        lines.append(f"unreadable rows: {len(checkup.damaged)}, {what}")
        lines += [f"  {row.describe()}" for row in checkup.damaged]
    if checkup.rebuilt:
        verb = "rebuilt" if done else "to rebuild"
        rebuilt = ", ".join(
            f"{question_id} ({plural(n, 'answer')})" for question_id, n in checkup.rebuilt[:10]
        )
        more = f", and {len(checkup.rebuilt) - 10} more" if len(checkup.rebuilt) > 10 else ""
        lines.append(
            f"schedules {verb} from the answer log: {len(checkup.rebuilt)}: {rebuilt}{more}"
        )
    if checkup.stale_claims:
        verb = "cleared" if done else "to clear"
        lines.append(
            f"claims on new questions left by sessions of earlier days: "
            f"{checkup.stale_claims}, {verb}"
        )
    orphans = [f"{name}: {n}" for name, n in checkup.orphans.items() if n]
    lines.append(f"orphaned rows (left as they are): {'; '.join(orphans) or 'none'}")
    if checkup.elsewhere:
        lines.append(
            f"progress kept for {plural(checkup.elsewhere, 'question')} no longer in the "
            "bank (it comes back with them)"
        )
    if checkup.earlier:
        lines.append(f"rows set aside before: {checkup.earlier} (in the table damaged_rows)")
    lines.append(_summary(checkup))
    return lines


def _summary(checkup: Checkup) -> str:
    found = checkup.problems
    if checkup.failure:
        return (
            f"result: {plural(found, 'problem')} found, but the repairs could not be written "
            f"({checkup.failure}); nothing was changed"
        )
    if checkup.integrity != ["ok"]:
        return (
            "result: the file itself is damaged; the rows that can be read are checked above. "
            "Restore a backup with `quizbot restore BACKUP` (the damaged file is kept)"
        )
    if not found:
        return "result: no problems; the database is sound"
    if not checkup.repaired:
        return f"result: {plural(found, 'problem')} found; run `quizbot doctor` to repair them"
    return f"result: {plural(found, 'problem')} found and repaired; the database is sound"
