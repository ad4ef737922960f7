"""``store`` group: the progress database at 100k questions with a year of review history.

``store_open_100k_ms`` is ``Store.open`` on the dataset of :mod:`benchmarks._study_data`
(connect, WAL, schema check), median of 20 opens with the file in the OS cache.
``store_session_start_100k_ms`` is building a study session's queue (due reviews by
retrievability, learning steps, new questions by topic), median of 3;
``store_stats_100k_ms`` is ``compute_stats`` (what ``quizbot stats`` computes), median of 5
(one call, as before, swung from 130 to 172 ms with the machine's load);
``store_forecast_100k_ms`` is the two weeks' forecast ``quizbot stats`` prints with them,
median of 5; ``store_size_100k_mb`` is the database file with its WAL.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from benchmarks._study_data import dataset
from quizbot.study import Store, Study, compute_stats, forecast


def _median_ms(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``work``, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run() -> Iterator[tuple[str, float]]:
    data = dataset()

    def open_and_close() -> None:
        Store.open(data.data_dir, datetime.now(UTC)).close()

    yield "store_open_100k_ms", _median_ms(open_and_close, 20)
    with Store.open(data.data_dir, datetime.now(UTC)) as store:

        def start_session() -> None:
            Study(store, data.bank, datetime.now(UTC)).next(datetime.now(UTC))

        yield "store_session_start_100k_ms", _median_ms(start_session, 3)
        yield (
            "store_stats_100k_ms",
            _median_ms(lambda: compute_stats(store, data.bank, datetime.now(UTC)), 5),
        )
        yield (
            "store_forecast_100k_ms",
            _median_ms(lambda: forecast(store, data.bank, datetime.now(UTC)), 5),
        )
    size = sum(p.stat().st_size for p in data.data_dir.glob("progress.db*"))
    yield "store_size_100k_mb", size / 1e6
