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
from collections.abc import Iterator
from datetime import UTC, datetime

from benchmarks._study_data import dataset
from quizbot.study import Store, Study, compute_stats, forecast


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def run() -> Iterator[tuple[str, float]]:
    data = dataset()
    opens = []
    for _ in range(20):
        started = time.perf_counter()
        store = Store.open(data.data_dir, datetime.now(UTC))
        opens.append(_ms(started))
        store.close()
    yield "store_open_100k_ms", statistics.median(opens)
    with Store.open(data.data_dir, datetime.now(UTC)) as store:
        starts = []
        for _ in range(3):
            started = time.perf_counter()
            session = Study(store, data.bank, datetime.now(UTC))
            session.next(datetime.now(UTC))
            starts.append(_ms(started))
        yield "store_session_start_100k_ms", statistics.median(starts)
        stats = []
        for _ in range(5):
            started = time.perf_counter()
            compute_stats(store, data.bank, datetime.now(UTC))
            stats.append(_ms(started))
        yield "store_stats_100k_ms", statistics.median(stats)
        forecasts = []
        for _ in range(5):
            started = time.perf_counter()
            forecast(store, data.bank, datetime.now(UTC))
            forecasts.append(_ms(started))
        yield "store_forecast_100k_ms", statistics.median(forecasts)
    size = sum(p.stat().st_size for p in data.data_dir.glob("progress.db*"))
    yield "store_size_100k_mb", size / 1e6
