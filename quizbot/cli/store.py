"""Opening the progress store for a command, and what a command says when it is damaged."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizbot.cli.errors import Failure
from quizbot.plain import recovery_warning

if TYPE_CHECKING:
    from datetime import datetime

    from quizbot.study.store import Store


@contextmanager
def opened(data_dir: Path, now: datetime, err: TextIO) -> Iterator[Store]:
    """The store in ``data_dir`` (a damaged one is set aside and a fresh one started, with a
    warning). A :class:`~quizbot.study.store.CorruptStore` found while the command runs sets
    the file aside too and becomes a :class:`Failure` that says where it went."""
    from quizbot.study.damage import damage_message
    from quizbot.study.recovery import CorruptStore, move_aside
    from quizbot.study.store import Store

    store = Store.open(data_dir, now, recover=True)
    if store.recovered_from is not None:
        print(recovery_warning(store.path, store.recovered_from), file=err)
    try:
        yield store
        found = store.take_damaged()
        if found:
            print(f"quizbot: warning: {damage_message(found)}", file=err)
    except CorruptStore as error:
        store.close()
        try:
            kept = f"it was kept as {move_aside(store.path, now)}"
        except OSError as problem:
            kept = f"moving it aside failed ({problem.strerror}); move it yourself"
        raise Failure(f"{error}\nquizbot: {kept}; a fresh one starts next time") from error
    finally:
        store.close()
