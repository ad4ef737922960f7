"""``lookup`` group: answering a study question from the bundled notes.

``lookup_index_ms`` is building the notes index (done once, at the first question asked);
``lookup_p50_ms`` and ``lookup_p95_ms`` are one lookup afterwards, over study questions an
aspirant asks (hits) and questions the notes do not cover (misses), 20 rounds each.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

from benchmarks._stats import percentile
from quizbot.paths import bundled_notes_dir
from quizbot.tutor.lookup import NotesIndex

QUERIES = [
    "what is INSTC?",
    "tell me about Kudankulam",
    "summarise the defence programmes",
    "S-400",
    "BrahMos",
    "CAATSA",
    "what did the 2021 summit agree",
    "trade target 2025",
    "Chennai Vladivostok",
    "Indians in the Russian army",
    "Arctic",
    "space cooperation",
    "SCO",
    "NSG membership",
    "summarise energy cooperation",
    "summarise the Ukraine section",
    # not in the notes
    "what is a shield volcano?",
    "Paris Agreement",
    "Article 370",
    "photosynthesis",
]
ROUNDS = 20


def run() -> Iterator[tuple[str, float]]:
    started = time.perf_counter()
    notes = NotesIndex.build([bundled_notes_dir()])
    notes.lookup(QUERIES[0])
    yield "lookup_index_ms", (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            notes.lookup(query)
            timings.append((time.perf_counter() - start) * 1000)
    yield "lookup_p50_ms", statistics.median(timings)
    yield "lookup_p95_ms", percentile(timings, 0.95)
