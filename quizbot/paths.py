"""Where quizbot finds its bundled content and keeps the learner's data.

The bundled bank and notes ship inside the wheel (``quizbot/_data``); in a source checkout or
an editable install they are read from the repository root. Nothing here creates a directory
or touches the disk at import.
"""

from __future__ import annotations

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
