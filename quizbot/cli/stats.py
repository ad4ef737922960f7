"""``quizbot stats [--json]``: what is due, the streak, retention, per-topic recall, leeches."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizbot.cli.context import Context
from quizbot.cli.store import opened

if TYPE_CHECKING:
    from quizbot.bank import Bank


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    stats = sub.add_parser(
        "stats",
        parents=[common],
        help="what is due, your streak, retention and leeches",
        description="Your progress: due now and today, new left today, "
        "streak, retention over 30 days, per-topic recall and leeches.",
    )
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    return stats


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_stats(ctx.study_bank(), ctx.data_dir, ctx.now(), args.json, ctx.stdout, ctx.stderr)


def run_stats(
    bank: Bank, data_dir: Path, now: datetime, as_json: bool, out: TextIO, err: TextIO | None = None
) -> int:
    """Print the stats (text, or JSON with ``as_json``); exit status 0."""
    from quizbot.study.load_forecast import forecast
    from quizbot.study.stats import compute_stats, render_stats
    from quizbot.visible import visible

    with opened(data_dir, now, sys.stderr if err is None else err) as store:
        store.sweep()  # unreadable rows are set aside and reported (by ``opened``), once
        stats = compute_stats(store, bank, now)
        if as_json:
            print(json.dumps(stats, ensure_ascii=False, indent=2), file=out)
        else:
            out.write(
                visible(render_stats(stats, forecast(store, bank, now), store.settings().exam_date))
            )
    return 0
