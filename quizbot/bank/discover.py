"""Finding a bank's files, and saying plainly why a path given as one cannot be read.

``find_files(paths)`` accepts files and directories (searched recursively for ``*.yaml`` and
``*.yml``). A path that is not a regular file is never opened (a FIFO would block the read, a
device never end) and is named for what it is: "is a FIFO (named pipe), not a file", "is a
device, not a file", "is a symbolic link loop", never a bare "no such file or directory".
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from quizbot.bank.model import Problem

YAML_SUFFIXES = (".yaml", ".yml")

#: What an ``OSError`` means for the author, by errno (else the system's own words).
_ERRNO_WORDS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied (check the file's owner and mode)",
    errno.EPERM: "operation not permitted (check the file's owner and mode)",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "the disk is full (free some space)",
    errno.EDQUOT: "the disk quota is exceeded (free some space)",
    errno.ELOOP: "is a symbolic link loop (a link that leads back to itself)",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EISDIR: "is a directory, not a file",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.EIO: "an input/output error (is the disk failing?)",
}


def os_error_words(error: OSError) -> str:
    """An ``OSError`` in words that say what is wrong: a read-only file system, a full disk,
    a link loop, not merely "permission denied" or "disk I/O error"."""
    return _ERRNO_WORDS.get(error.errno or 0) or error.strerror or str(error)


def not_a_file(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be read as a question file or searched as a bank directory, or
    ``None`` when it is a regular file or a directory. Nothing is opened."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.islink(path):
            return "is a broken symbolic link (what it points to does not exist)"
        return os_error_words(error)
    return special_file(mode)


def special_file(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, when it is neither a regular file nor a
    directory."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "is a FIFO (named pipe), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def display(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    text = str(path)
    if not os.path.isabs(text):
        return text
    cwd = os.getcwd() + os.sep
    return text[len(cwd) :] if text.startswith(cwd) else text


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """YAML files under ``paths`` (sorted), and problems and notes about what was skipped.

    Overlapping paths (a directory and a file in it, one file given twice, a symlink to a
    file already found) yield each file once, by its resolved path, under its first spelling.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def first_time(path: Path) -> bool:
        resolved = os.path.realpath(path)
        if resolved in seen:
            return False
        seen.add(resolved)
        return True

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or child.is_dir():
                    continue
                yaml = child.suffix.lower() in YAML_SUFFIXES
                why = not_a_file(child) if yaml or not child.is_file() else None
                if why is not None:
                    if yaml:
                        problems.append(Problem(display(child), 0, 0, f"skipped: {why}", "note"))
                    continue
                if not first_time(child):
                    continue
                if yaml:
                    files.append(child)
                else:
                    problems.append(
                        Problem(display(child), 0, 0, "ignored: not a .yaml or .yml file", "note")
                    )
        elif (why := not_a_file(path)) is not None:
            problems.append(Problem(str(given), 0, 0, why))
        elif first_time(path):
            files.append(path)
    return files, problems
