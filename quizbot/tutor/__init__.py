"""The tutor: the conversation both front ends share (plain Python; never imports textual).

* :mod:`quizbot.tutor.engine` — :class:`Tutor`: learner messages in, replies out.
  Its layers: :mod:`quizbot.tutor.state` (the session and the counts),
  :mod:`quizbot.tutor.asking`, :mod:`quizbot.tutor.answering`.
* :mod:`quizbot.tutor.unreadable` — lines that are not text, refused with a message.
* :mod:`quizbot.tutor.replies` — the typed replies (Say, Ask, Feedback, Hint, ...).
* :mod:`quizbot.tutor.intents` — what a message means (answer, command, study question).
* :mod:`quizbot.tutor.hints` — progressive hints per question type.
* :mod:`quizbot.tutor.lookup` — :class:`NotesIndex`: passages of the notes, searched.
* :mod:`quizbot.tutor.expected` — :func:`answer_text`, the correct answer as shown.
* :mod:`quizbot.tutor.when` — "see you in 4 days".
* :mod:`quizbot.tutor.render` — replies as plain text (the line mode, :mod:`quizbot.plain`,
  prints them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizbot._lazy import lazy

if TYPE_CHECKING:
    from quizbot.tutor.engine import Tutor
    from quizbot.tutor.expected import answer_text
    from quizbot.tutor.lookup import NotesIndex
    from quizbot.tutor.replies import (
        Ask,
        Counts,
        Done,
        Explain,
        Feedback,
        Hint,
        Lookup,
        Passage,
        Quit,
        Reply,
        Say,
        StartExam,
        Stats,
        TopicChanged,
    )

__all__ = [
    "Ask",
    "Counts",
    "Done",
    "Explain",
    "Feedback",
    "Hint",
    "Lookup",
    "NotesIndex",
    "Passage",
    "Quit",
    "Reply",
    "Say",
    "StartExam",
    "Stats",
    "TopicChanged",
    "Tutor",
    "answer_text",
]

#: Where each public name lives: imported on first use, so importing a light module (the
#: replies) does not pull in the engine, the notes and the grader.
_HOMES = {
    "Tutor": "engine",
    "NotesIndex": "lookup",
    "answer_text": "expected",
    **{name: "replies" for name in __all__ if name not in ("Tutor", "NotesIndex", "answer_text")},
}


__getattr__, __dir__ = lazy(__name__, _HOMES, __all__)
