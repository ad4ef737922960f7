"""Small words for the learner: counts with their nouns."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 question``, ``2 questions``; ``many`` for an irregular plural (``guesses``)."""
    return f"{count} {word if count == 1 else many or word + 's'}"
