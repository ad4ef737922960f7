"""The card for one question in the chat: its topic, its text and a way to answer it.

mcq, multi, statements and true/false get :class:`~quizbot.tui.widgets.choices.Choices`;
match gets a :class:`~quizbot.tui.widgets.match.MatchBoard`; cloze shows its blanks inline,
numbered; short and list answers are typed in the chat input (the card says how).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from quizbot.bank import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.bank.model import CLOZE_BLANK
from quizbot.grading import match_columns
from quizbot.tui.verbatim import join, plural, verbatim
from quizbot.tui.widgets.choices import Choices
from quizbot.tui.widgets.match import MatchBoard

if TYPE_CHECKING:
    from quizbot.tutor.replies import Ask

_REASON = {"new": "new", "learning": "learning", "review": "review", "cram": "cram"}


def cloze_stem(question: Cloze) -> Content:
    """The cloze text with each blank shown as a numbered gap."""
    parts: list[Content | tuple[str, str]] = []
    position = 0
    for number, found in enumerate(CLOZE_BLANK.finditer(question.text), 1):
        parts.append(verbatim(question.text[position : found.start()]))
        parts.append((f"⟨{number}⟩ ______", "bold $accent underline"))
        position = found.end()
    parts.append(verbatim(question.text[position:]))
    return join(*parts)


def stem(question: Question) -> Content:
    """The question as the card shows it."""
    match question:
        case Cloze():
            return cloze_stem(question)
        case Short() | ListQuestion() | Mcq() | Multi() | Statements() | TrueFalse() | Match():
            return verbatim(question.stem, "bold")
        case _:
            assert_never(question)


def how_to_answer(question: Question) -> str:
    """The line under a question that says how to answer it (one line at 80 columns: every
    row counts on a long card)."""
    match question:
        case Short():
            return "type your answer"
        case ListQuestion():
            need = question.min_correct or len(question.answer)
            return f"name {'any ' if question.min_correct else ''}{need}, separated by commas"
        case Mcq():
            return "type its letter and press enter, or click an option"
        case Multi():
            return "type every correct letter (a, c) and enter, or click them, then Submit"
        case Statements():
            return "which are correct? type their numbers (1 and 3) and enter, or click"
        case TrueFalse():
            return "true or false? type t or f and press enter, or click"
        case Cloze():
            blanks = len(question.blanks)
            return (
                "type the missing words"
                if blanks == 1
                else f"type the {blanks} missing words in order, separated by commas"
            )
        case Match():
            return "type the pairs (1-b, 2-a) and enter, or click a number then a letter"
        case _:
            assert_never(question)


def answer_widget(question: Question) -> Widget | None:
    """The widget to answer ``question`` with, or ``None`` when it is typed."""
    match question:
        case Short() | ListQuestion() | Cloze():
            return None
        case Mcq():
            return Choices(list(question.options), "single")
        case Multi():
            return Choices(list(question.options), "multi")
        case Statements():
            return Choices([s.text for s in question.statements], "statements")
        case TrueFalse():
            return Choices(["True", "False"], "truefalse")
        case Match():
            lefts, rights = match_columns(question)
            return MatchBoard(lefts, rights)
        case _:
            assert_never(question)


class QuestionCard(Vertical):
    """One asked question. While it is current its answer widget takes keys and clicks."""

    def __init__(self, ask: Ask) -> None:
        super().__init__(classes=f"bubble bot question -{ask.question.type}")
        self.ask = ask
        self.question = ask.question
        self.answer = answer_widget(ask.question)

    def _meta(self) -> Content:
        """``Q3 · new  Defence``: the number, why it is asked and the topic (one line: a long
        topic is cut short on screen, see app.tcss)."""
        meta: list[Content | tuple[str, str]] = [
            (f"Q{self.ask.number}", "bold $accent"),
            (f" · {_REASON.get(self.ask.reason, self.ask.reason)}", "dim"),
        ]
        if self.question.topic:
            meta += [("  ", ""), verbatim(self.question.topic, "$secondary")]
        return join(*meta)

    def compose(self) -> ComposeResult:
        question = self.question
        yield Static(self._meta(), classes="meta", markup=False)
        yield Static(stem(question), classes="stem", markup=False)
        if isinstance(question, Statements):
            yield Static(
                Content.styled(f"{plural(len(question.statements), 'statement')}:", "dim"),
                markup=False,
            )
        if self.answer is not None:
            yield self.answer
        yield Static(
            Content.styled(how_to_answer(question), "dim italic"), classes="how", markup=False
        )

    def preview(self, typed: str) -> None:
        """Show which options the text being typed names (choice cards only)."""
        if isinstance(self.answer, Choices):
            self.answer.preview(typed)

    def closed(self) -> Static:
        """What stays in the chat once the question is answered (or left): one widget (a
        long chat stays quick) with the question and its options on one line, picks in
        bold."""
        parts: list[Content | tuple[str, str]] = [
            self._meta(),
            ("\n", ""),
            stem(self.question).stylize_before("$text-muted"),
        ]
        answer = self.answer
        if isinstance(answer, Choices):
            picked = {row.index for row in answer.rows if row.selected}
            options = [
                verbatim(f"{key} {text}", "bold $text" if i in picked else "")
                for i, (key, text) in enumerate(zip(answer.keys, answer.options, strict=True))
            ]
            parts += [("\n", ""), Content("   ").join(options).stylize_before("$text-muted")]
        elif isinstance(answer, MatchBoard) and answer.answer():
            parts += [("\n", ""), Content(answer.answer()).stylize_before("$text-muted")]
        return Static(
            join(*parts), classes=f"bubble bot question -closed -{self.question.type}", markup=False
        )

    def eliminate(self, options: tuple[str, ...]) -> None:
        if isinstance(self.answer, Choices):
            self.answer.eliminate(options)
