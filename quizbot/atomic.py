"""Writing a file so that a reader only ever sees the old bytes or the new ones.

:func:`write_atomic` writes to a temporary file in the target's own directory, flushes and
fsyncs it, renames it over the target (an atomic step on POSIX and Windows) and fsyncs the
directory, so the rename itself survives a power cut. A failure part-way (a full disk, a
kill, a read-only directory) leaves the old file exactly as it was and removes the temporary
file; the error is raised as the ``OSError`` it was. The new file keeps the old one's
permission bits (a new file gets the usual ``0o666`` less the umask); a symbolic link is
followed, so the file it points to is replaced and the link stays.

Every file quizbot writes goes through here (the progress database has SQLite's own
journal, and ``quizbot backup`` its own copy-then-rename).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path


def _create_temp(directory: Path, name: str) -> tuple[int, Path]:
    """A new file next to the target, created with mode ``0o666`` less the umask."""
    for _ in range(100):
        temp = directory / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file in {directory}")


def sync_dir(directory: Path) -> None:
    """fsync a directory so a rename in it is durable (a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a directory; its renames are journalled
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path | str, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` atomically (``str`` is encoded with ``encoding``, its
    line endings kept as they are)."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with replacing(Path(path)) as temp, open(temp, "wb") as out:
        out.write(raw)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for the block to fill (by name: a library that writes
    to a path, such as a zip writer, can use it); when the block ends without an error it is
    fsynced and renamed over ``path`` (see the module docstring), else removed."""
    target = path
    if target.is_symlink():
        target = target.resolve()  # write the file the link points to; keep the link
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    fd, temp = _create_temp(directory, target.name)
    os.close(fd)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_dir(directory)
