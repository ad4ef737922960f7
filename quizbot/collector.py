"""CPython's cyclic garbage collector, paused around bulk reads that build many objects and
form no cycles.

Each burst of allocations sets off collections that walk the whole heap; with a large bank
loaded (about a million objects) they cost far more than the read itself. The figures that
need the pause: ``check_50k_s`` (:func:`quizbot.bank.load_bank`, 5-10 % of a cold 50k
check), ``store_stats_100k_ms`` (:mod:`quizbot.study.stats` and
:mod:`quizbot.study.load_forecast`, 100-500 ms spikes in a 100 ms job) and
``generate_1mb_s`` (:func:`quizbot.notes.generate.generate`, about a tenth of it: a note's
units, drafts and questions stay alive to the end, so each collection frees next to
nothing; the few cycles, a unit and its parent, are collected after).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collection() -> Iterator[None]:
    """The collector paused inside, and as it was (enabled or not) afterwards, however the
    block ends. What is built inside and dropped should be freed inside (return only a
    digest): the collector counts objects allocated and not yet freed, and would run at once
    on being enabled."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
