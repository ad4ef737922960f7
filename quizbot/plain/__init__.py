"""The plain line mode: the chat and the mock test over text streams, one line at a time,
for scripts, screen readers and dumb terminals (``quizbot chat --plain``, ``quizbot exam
--plain``). Imports no textual and no argparse; the command line calls it."""

from pathlib import Path


def recovery_warning(path: Path, kept: Path) -> str:
    """What every front end says when the progress database could not be read."""
    return (
        f"quizbot: warning: the progress database {path} could not be read; it was kept "
        f"as {kept} and a fresh one was started"
    )
