"""Where quizbot finds its bundled content and keeps the learner's data.

The bundled bank and notes ship inside the wheel (``quizbot/_data``); in a source checkout or
an editable install they are read from the repository root. Nothing here creates a directory
or touches the disk at import.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "quizbot"
DATA_DIR_ENV = "QUIZBOT_DATA_DIR"

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / "_data" / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def bundled_bank_dir() -> Path:
    """The question bank that ships with quizbot."""
    return _bundled("question_bank")


def bundled_notes_dir() -> Path:
    """The syllabus notes that ship with quizbot."""
    return _bundled("notes")


def schema_path() -> Path:
    """The JSON Schema for question files."""
    return _PACKAGE / "bank" / "question-file.schema.json"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The learner's data dir: ``override``, else ``$QUIZBOT_DATA_DIR``, else the platform's."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where derived, disposable data (the parsed-bank cache) lives."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def display_path(path: Path) -> str:
    """A file as the user should see it: relative to the working directory when inside it,
    else from the home directory (``~/...``) or absolute, with forward slashes; so output does
    not depend on where a checkout lives, and a note inside the installed package is named
    where it really is."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        pass
    try:
        return "~/" + absolute.relative_to(Path.home()).as_posix()
    except (ValueError, RuntimeError):  # outside home, or no home
        return absolute.as_posix()


#: Directories and files quizbot creates for the learner alone (cache, data): owner-only.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) owner-only (0o700); an existing directory of
    this user's that others may read or write is made owner-only too. Returns ``path``."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    info = path.stat()
    if info.st_mode & 0o077 and hasattr(os, "getuid") and info.st_uid == os.getuid():
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically with ``data`` in an owner-only file (0o600), in an
    owner-only directory (see :func:`private_dir`): a reader sees the old bytes or the new."""
    import tempfile

    fd, temp = tempfile.mkstemp(
        dir=private_dir(path.parent), prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, PRIVATE_FILE_MODE)  # mkstemp's mode already; said here, not assumed
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
