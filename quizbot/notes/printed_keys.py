"""One question printing another's answer: the weaker of the two is not asked.

Questions are built one fact at a time, so two of them can meet in the learner's session
with one showing the other's key: ``Satluj rises at Rakas Tal, enters India through ___``
beside ``Satluj rises at ___``; ``Which pact of 1932 followed Gandhi's fast …?`` beside "In
which year was the Communal Award announced?"; ``… created the Turkan-i-Chahalgani ("the
Forty")`` beside ``Balban broke the power of the ___``. :func:`without_printed_keys` is a
pass over the built questions of a notes file that drops the question whose key another
shows, in what the learner reads (a prompt, a cloze's text, a statement: not the options of a
choice or the lists of a match, which are shown as candidates, nor the topic line).

A key counts as printed when it stands alone in the other's text: not as part of a longer
name (``Indus`` in ``Indus Waters Treaty``), not as the subject the other's text opens on
(``Iltutmish issued the silver ___``, ``Brahmaputra: ___``: a clause about a person names
him) and not as its agent (``completed by Iltutmish``). Only questions of one section are
compared, and a figure (``1932``) only between questions of one note line: a year printed
in another section's question is another event's. When each prints the other's key (``Which
party of 1923 …?`` and "In which year was the Swaraj Party formed?"), the figure's question
is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from quizbot.bank.model import (
    CLOZE_BLANK,
    Cloze,
    ListQuestion,
    Mcq,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.notes.phrases import fold
from quizbot.text.names import TITLES

_FIGURE = re.compile(r"[A-Za-z]{3,}")
#: The text's opening subject: an optional ``Parent: `` label, then a name.
_LABEL = re.compile(r"^[^:?]{1,40}: ")


def keys(question: Question) -> tuple[str, ...]:
    """Every form of the question's key that a learner types: a short answer and its other
    forms, an mcq's answer, a cloze's blanks."""
    match question:
        case Short():
            return (question.answer, *question.aliases)
        case Mcq():
            return (question.answer,)
        case Cloze():
            return tuple(form for blank in question.blanks for form in blank)
        case ListQuestion():
            return ()  # a list's items are asked together; one of them printed is no key
    return ()


def shown_text(question: Question) -> str:
    """What the learner reads of the question, without its choices and its topic (a match's
    two lists are choices too: they are shown apart, so they pair nothing)."""
    match question:
        case Cloze():
            return CLOZE_BLANK.sub("_____", question.text)
        case TrueFalse():
            return question.statement
        case Statements():
            return " \n ".join([question.prompt, *(s.text for s in question.statements)])
    return str(getattr(question, "prompt", ""))


def _figure(key: str) -> bool:
    return _FIGURE.search(key) is None


def prints(text: str, key: str, names: bool = True) -> bool:
    """Does ``text`` show ``key`` standing alone (not inside a longer name, not as the
    subject the text opens on, not as an agent after "by")? With ``names`` false, a word
    key counts only where the text writes it as a name (with a capital)."""
    return len(key) >= 2 and fold(key) in fold(text) and _stands_alone(text, key, names)


def _stands_alone(text: str, key: str, names: bool) -> bool:
    """:func:`prints`, once the folded key is known to be in the folded text."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)
    opening = _LABEL.match(text)
    start = opening.end() if opening else 0
    for found in pattern.finditer(text):
        before = text[: found.start()].rstrip()
        after = text[found.end() :].lstrip()
        if (found.start() <= start + 1 and not _figure(key)) or before.endswith((" by", "(by")):
            continue  # "Iltutmish issued …", "Brahmaputra: ___", "completed by Iltutmish"
            # (a year that opens a timeline's line, "1993 – … ___", is shown all the same)
        previous = before.split()[-1] if before.split() else ""
        titled = fold(previous).rstrip(".") in TITLES  # "Justice H.R. Khanna" is printed
        if previous[:1].isupper() and not previous.endswith(("'s", "’s", ":", ".")) and not titled:
            continue  # "Muslim League's Lahore Resolution" stands alone; "Kuno Indus" not
        if after[:1].isupper() and not _figure(key):
            continue  # "Indus Waters Treaty": a longer name
        if after.startswith("?") and _ATTRIBUTE_OF.search(before):
            continue  # "What is the chemical name of vitamin C?": the thing asked about
        if _paired(before, after):
            continue  # "built Nagara and Dravida temples": nothing tells the two apart
        if not names and not _figure(key) and not found.group(0)[:1].isupper():
            continue  # "fiscal deficit minus interest payments": a common term, no name
        return True
    return False


#: A question about an attribute of the key: "What is the chemical name of".
_ATTRIBUTE_OF = re.compile(r"(?:^|: )What (?:is|was|are|were) the [\w -]+ of(?: (?:the|vitamin))?$")


def _paired(before: str, after: str) -> bool:
    """Is the key one of two names joined by "and", "or" or "&" (``Nagara and Dravida``)?"""
    if re.match(r"(?:and|or|&) [A-Z]", after):
        return True
    words = before.split()
    return len(words) >= 2 and words[-1] in ("and", "or", "&") and words[-2][:1].isupper()


def _line(question: Question) -> tuple[str, int]:
    source = question.source
    return (source.heading, source.line) if source is not None else ("", 0)


def without_printed_keys(questions: Sequence[Question]) -> list[Question]:
    """The questions, less each one whose key another question of its section prints (see
    the module's docstring); a year the other shows only in a bracket that closes a clause
    (``reimposed jizya (1679), executed ___``) is taken out of it instead (not one that dates
    an item of a list: ``Iran (2023), Belarus (2024)``). The order is kept.

    Every pair of a section is compared, so each question's keys, shown text and its folded
    form are read once: a section of a thousand questions is a million pairs."""
    kept = list(questions)
    sections: dict[str, list[int]] = {}
    for i, question in enumerate(kept):
        sections.setdefault(_line(question)[0], []).append(i)
    dropped: set[int] = set()
    for members in sections.values():
        if len(members) < 2:
            continue
        seen = {i: _Seen.of(kept[i]) for i in members}
        for a in members:
            others = seen[a].may_print(members, seen)
            for b in members:
                if a in dropped or b not in others or b in dropped or not seen[a].prints(seen[b]):
                    continue
                mended = _without_bracketed(kept[a], seen[b].keys)
                if mended is not None:
                    kept[a], seen[a] = mended, _Seen.of(mended)
                    others = seen[a].may_print(members, seen)
                    continue
                mutual = seen[b].prints(seen[a])
                if mutual and _figure(seen[a].keys[0]) and not _figure(seen[b].keys[0]):
                    dropped.add(a)  # "In which year was the Swaraj Party formed?" goes
                else:
                    dropped.add(b)
    return [q for i, q in enumerate(kept) if i not in dropped]


@dataclasses.dataclass(frozen=True)
class _Seen:
    """A question as the pass compares it: its note line, its keys (each with its folded
    form) and the text it shows (with its folded form)."""

    line: tuple[str, int]
    keys: tuple[str, ...]
    folded_keys: tuple[str, ...]
    text: str
    folded: str

    @classmethod
    def of(cls, question: Question) -> _Seen:
        found = keys(question)
        text = shown_text(question)
        return cls(_line(question), found, tuple(fold(k) for k in found), text, fold(text))

    def may_print(self, members: list[int], seen: dict[int, _Seen]) -> set[int]:
        """The other members whose key this text holds somewhere (a cheap test that rules
        out most pairs before :meth:`prints`)."""
        text = self.folded
        return {
            b
            for b in members
            if seen[b] is not self and any(k in text for k in seen[b].folded_keys)
        }

    def prints(self, other: _Seen) -> bool:
        """Does this question print the key of ``other``?"""
        same_line = self.line == other.line
        return any(
            len(key) >= 2
            and folded in self.folded
            and _stands_alone(self.text, key, same_line)
            and (same_line or not _figure(key))
            for key, folded in zip(other.keys, other.folded_keys, strict=True)
        )


def _without_bracketed(question: Question, printed: tuple[str, ...]) -> Question | None:
    """The question with a bracketed figure of ``printed`` taken out of its text (``jizya
    (1679),`` → ``jizya,``), or ``None`` when it prints a key otherwise."""
    figures = [k for k in printed if _figure(k)]
    if not figures or not isinstance(question, Cloze | Short | Mcq):
        return None
    text = question.text if isinstance(question, Cloze) else question.prompt
    for key in figures:  # a bracket that closes a clause: "reimposed jizya (1679), executed"
        text = re.sub(rf"\s*\(\s*{re.escape(key)}\s*\)(?=,\s[a-z]|;|\.|$)", "", text)
    mended: Question = (
        dataclasses.replace(question, text=text)
        if isinstance(question, Cloze)
        else dataclasses.replace(question, prompt=text)
    )
    if any(prints(shown_text(mended), key) for key in printed):
        return None
    return mended
