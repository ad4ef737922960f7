"""An exam item: one question as the paper prints it, with exactly four options and a key.

Items are plain, JSON-friendly data (``to_dict``/``from_dict``): a finished mock stores each
item as it was shown, so the error notebook still reads right after the bank changes.

Formats (``kind``):

* ``mcq`` — a bank mcq with its four options;
* ``statements`` — "Consider the following statements: … Which of the statements given above
  is/are correct?" with options built from the truth values (:mod:`quizbot.exam.options`);
* ``how-many`` — the same statements, "How many of the above statements are correct?";
* ``match`` — List-I / List-II in the exam's table style, with four code options;
* ``assertion-reason`` — Assertion (A) and Reason (R), the four standard options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LETTERS = "abcd"

KINDS = ("mcq", "statements", "how-many", "match", "assertion-reason")


@dataclass(frozen=True)
class ExamItem:
    """One exam question. ``options`` has four entries; ``key`` is the index of the right one."""

    kind: str
    topic: str
    #: Bank ids the item was built from: first the question it tests (see :attr:`tested`),
    #: then, for assertion–reason, the question its Reason was borrowed from.
    sources: tuple[str, ...]
    #: The opening line ("Consider the following statements about …:").
    lead: str
    #: Numbered statements, or the A/R lines, shown under the lead.
    lines: tuple[str, ...] = ()
    #: Match items: the List-I and List-II entries (already in their printed order).
    list_one: tuple[str, ...] = ()
    list_two: tuple[str, ...] = ()
    #: The closing question ("Which of the statements given above is/are correct?").
    ask: str = ""
    options: tuple[str, ...] = ()
    key: int = 0
    explanation: str = ""
    #: Where the fact comes from, in words ("notes/india-russia.md › Energy, line 12").
    source: str = ""
    #: Extra facts for the notebook (the fixes of false statements, the right pairs).
    notes: tuple[str, ...] = field(default=())

    @property
    def tested(self) -> str:
        """The bank question the item tests (a miss lapses it): the first source. A Reason
        borrowed from another question is only provenance: the item does not test it."""
        return self.sources[0]

    @property
    def answer(self) -> str:
        """The key as printed: ``(b) 2 only``."""
        return f"({LETTERS[self.key]}) {self.options[self.key]}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "topic": self.topic,
            "sources": list(self.sources),
            "lead": self.lead,
            "lines": list(self.lines),
            "list_one": list(self.list_one),
            "list_two": list(self.list_two),
            "ask": self.ask,
            "options": list(self.options),
            "key": self.key,
            "explanation": self.explanation,
            "source": self.source,
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExamItem:
        return cls(
            data["kind"],
            data["topic"],
            tuple(data["sources"]),
            data["lead"],
            tuple(data["lines"]),
            tuple(data["list_one"]),
            tuple(data["list_two"]),
            data["ask"],
            tuple(data["options"]),
            int(data["key"]),
            data["explanation"],
            data["source"],
            tuple(data["notes"]),
        )


def render_item(item: ExamItem, number: int | None = None) -> str:
    """The item as plain text, in exam style (for the line mode and the notebook)."""
    head = f"{number}. " if number is not None else ""
    out = [head + item.lead]
    out += [f"  {line}" for line in item.lines]
    if item.list_one:
        width = max(len("List-I"), *(len(x) + 3 for x in item.list_one))
        out.append(f"  {'List-I':<{width}}   List-II")
        for n, (left, right) in enumerate(zip(item.list_one, item.list_two, strict=True)):
            out.append(f"  {chr(65 + n) + '. ' + left:<{width}}   {n + 1}. {right}")
    if item.ask:
        out.append(item.ask)
    out += [f"  ({LETTERS[n]}) {option}" for n, option in enumerate(item.options)]
    return "\n".join(out)
