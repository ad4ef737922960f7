"""When the progress database cannot be used: the errors :class:`~quizbot.study.store.Store`
raises, and moving a damaged file aside (kept, never deleted) so a fresh one can start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class StoreError(Exception):
    """The progress database cannot be used; the message says why and what to do."""


class CorruptStore(StoreError):
    """The file is not a readable SQLite database (damaged, truncated, or something else)."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"the progress database {path} is damaged or is not a quizbot database ({detail}). "
            "It can be moved aside (kept, never deleted) and a fresh one started."
        )


def move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` (and its ``-wal`` and ``-shm``) to ``<name>.corrupt-<time>``; return it."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target
