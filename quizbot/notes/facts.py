"""The fact stage: an outline cut into units (bullets, numbered items, sentences of
paragraphs), each with its topic, its prompt context and the subject it carries from its
parent bullet, lead-in or antecedent (split from :mod:`~quizbot.notes.generate`)."""

from __future__ import annotations

import re
from pathlib import PurePath

from quizbot.bank.model import TOPIC_SEPARATOR
from quizbot.notes.drafts import Unit
from quizbot.notes.fragments import FIRST_OR_LAST
from quizbot.notes.heading_dates import heading_dates
from quizbot.notes.labels import is_label
from quizbot.notes.lists import find_list
from quizbot.notes.outline import Item, Outline
from quizbot.notes.phrases import contains_phrase, fold
from quizbot.notes.quantities import find_quantities
from quizbot.notes.sentences import split_sentences
from quizbot.notes.terms import (
    ORDINAL,
    dash_term,
    find_term,
    is_doubtful,
    lead_name,
    resolve_pronoun,
    subject_of,
)
from quizbot.notes.timeline_dates import BCE, DATE, MONTH
from quizbot.notes.timeline_tables import timeline_rows

#: Kinds a note's title may name its subject by (``National Green Hydrogen Mission``): the
#: note's sentences call it "the mission".
_TITLE_KINDS = frozenset(
    """mission act code scheme policy yojana programme commission committee council treaty
    convention agreement rebellion revolt movement satyagraha""".split()
)


def _title_kind(root: str) -> tuple[str, str] | None:
    """The name a note's title gives its subject, and the kind it ends on
    (``Insolvency and Bankruptcy Code (IBC), 2016`` → that code, ``code``), or ``None``."""
    # its acronym in brackets is left out; "Wildlife (Protection) Act" keeps its own
    name = re.split(r"\s*[–—:,;]\s*", re.sub(r"\s*\([A-Z&-]{2,}\)", "", root), maxsplit=1)[0]
    words = name.split()
    if len(words) < 2 or fold(words[-1]) not in _TITLE_KINDS:
        return None
    return name, words[-1]


def topic_root(outline: Outline, source: str) -> str:
    """The topic every question sits under: front-matter ``topic``, else the ``#`` heading,
    else the file's name."""
    topic = outline.meta.get("topic")
    if isinstance(topic, str) and topic.strip():
        return topic.strip()
    top = [text for level, text, _ in outline.headings if level == 1]
    if len(top) == 1:
        return top[0]
    return PurePath(source).stem.replace("-", " ").replace("_", " ").capitalize()


#: A sentence that opens on no name yet says "his" or "her": the person is the sentence
#: before's ("Eight Telugu poets, the Ashtadiggajas, adorned his court").
#: A heading's aside for the writer, not the learner: ``border forces (imp!!)``, ``(rev.
#: sheet)``, ``(UPSC prelims bits)``; left out of the topic line.
#: A sentence that opens by pointing back at the one before it.
ANAPHORA = re.compile(
    r"^(?:the (?:former|latter|rest|same)|"
    + FIRST_OR_LAST
    + r"|this|these|those|that|it|its|they|their|he|his|she|her|both|such"
    # "All four were raided by Malik Kafur": four of the sentence before
    + r"|all (?:two|three|four|five|six|seven|eight|nine|ten)"
    # "So the modern explanation is …", "An earlier Chera, …": said of the sentence before
    + r"|so|thus|hence|therefore|another|an? (?:earlier|later|previous|other)"
    # "For India it's about 4% of GDP": it, the sentence before's subject
    + r"|(?:for|in|to) [A-Z][\w-]*,? (?:it|they|this|these))\b",
    re.IGNORECASE,
)
#: A connective that points back, then a new name as the subject (``So Harsha …``).
_SO_NAME = re.compile(r"^(?:So|Thus|Hence|Therefore),?\s+(?=[A-Z][a-z])")
_WRITERS_ASIDE = re.compile(
    r"\s*\((?=[^()]*(?:\bimp\b|!!|\brev\.|\brevis|\bprelims\b|\bmains\b|\bupsc\b))[^()]*\)"
    # "INC sessions – imp.", "Vijayanagara Empire (1336 – c. 1650s) — rev. notes"
    r"|\s+[–—-]\s+(?:(?:most|v\.?|very)\s+)?(?:imp\.?|important|rev\.?|revision|quick)"
    r"(?:\s+notes)?\s*$",
    re.IGNORECASE,
)
#: A timeline's year with its day or month after it in brackets: ``1789 (14 July) – …``,
#: read as the date it is (``14 July 1789 – …``).
_YEAR_THEN_DAY = re.compile(
    r"^((?:1[0-9]|20)\d\d) \(((?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?)\)(?=\s*[–—-]\s)"
)
#: A timeline's date and an arrow for its dash (``1885 → INC founded …``): the arrow says
#: "then", not a cause, and the line is read as the dated line it is (holdout 300: no
#: arrow-dated line gave a question).
_DATE_ARROW = re.compile(rf"^((?:{DATE}|{BCE})(?: \((?:\d{{1,2}} )?{MONTH}\))?)\s*→\s+")
#: A reign's span before the ruler it dates (``(c. 455–467) **Skandagupta** pushed back the
#: Hunas``): read after the name, as a sentence writes it (holdout 301). Only an ancient
#: span (``c.``, an era, or a year of two or three digits): ``(1990–92) **Sinha Commission**
#: → …`` is a modern line's date.
_SPAN_FIRST = re.compile(
    r"^(\((?:c\.\s?\d{2,4}|\d{2,3})\s?[–—-]\s?\d{2,4}(?:\s?(?:BCE?|CE|AD))?\))\s+"
    r"(\*\*[^*]+\*\*|[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|I{1,3}|IV|VI{0,3}))*(?:\s\"[^\"]+\")?)"
)
#: A sentence that opens on a possessive and a new person: "His Peshwa **Balaji Vishwanath**".
_POSSESSIVE_OPENING = re.compile(r"^(?:His|Her|Their) \w+ (?:\*\*)?[A-Z]")
#: A sentence that opens on a possessive: "His son …".
_POSSESSIVE = re.compile(r"^(?:His|Her|Their)\b")
_POSSESSIVE_BACK = re.compile(
    r"^(?:the(?! (?-i:[A-Z]))|a|an|these|those|some|many|several|all|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b[^.]*\b(?:his|her)\b",
    re.IGNORECASE,
)

#: An opening phrase, then a subject pronoun before any name: "To pay, he borrowed …", "By the
#: time it returned …" (holdouts 165 and 167): who, the sentence before says.
_PRONOUN_AFTER = re.compile(
    r"(?:To|By|After|When|Before|As|Since|Once|While|Though|Although|If|Later|Soon)\b"
    r"[^A-Z.]*?[\s,](?:he|she|it|they)\s+[a-z]"
)


def _them_back(sentence: str) -> bool:
    """``The British first gave them to Muslims …``: "them" with no plural before it in the
    sentence is the sentence before's (holdout 207: "separate electorates")."""
    at = re.search(r"\bthem\b", sentence)
    if at is None:
        return False
    words = re.findall(r"\b[a-z]{4,}\b", sentence[: at.start()])
    return not any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in words)


class FactBuilder:
    """Cuts an outline into units, remembering everything the rules ask about."""

    def __init__(self, outline: Outline, source: str) -> None:
        self.outline = outline
        root = topic_root(outline, source)
        self.root = _WRITERS_ASIDE.sub("", root).strip() or root
        #: True when the file's single ``#`` heading stands for the root topic.
        self.h1_is_root = sum(1 for level, _, _ in outline.headings if level == 1) == 1 and (
            outline.headings[0][0] == 1
        )
        self.titled = _title_kind(self.root)
        self.units: list[Unit] = []
        self.all_texts: list[str] = []
        self._topics: dict[tuple[str, ...], tuple[str, str]] = {}

    def topic_and_context(self, headings: tuple[str, ...]) -> tuple[str, str]:
        cached = self._topics.get(headings)
        if cached is not None:
            return cached
        parts = [
            _WRITERS_ASIDE.sub("", p).strip() or p
            for p in (headings[1:] if self.h1_is_root and headings else headings)
        ]
        topic = TOPIC_SEPARATOR.join([self.root, *parts])
        context = TOPIC_SEPARATOR.join([self.root, parts[-1]]) if parts else self.root
        self._topics[headings] = (topic, context)
        return topic, context

    def heading(self, headings: tuple[str, ...]) -> str:
        """The heading path recorded in ``source``: below the ``#`` title when that is the
        root topic (the title is the file's, not the bullet's)."""
        parts = headings[1:] if self.h1_is_root and len(headings) > 1 else headings
        return " › ".join(parts)

    def _of_the_title(self, text: str) -> str:
        """``text`` with an opening "The mission" naming the note's titled mission ("The
        National Green Hydrogen Mission was approved …": holdout 232 asked nothing of it)."""
        if self.titled is None or not text.startswith("The "):
            return text
        name, kind = self.titled
        return re.sub(rf"^The {kind}\b(?! of\b)", f"The {name}", text, count=1, flags=re.I)

    def build(self) -> list[Unit]:
        for item in self.outline.items:
            self._add(item, None)
        for table in self.outline.tables:
            for row in table.rows:
                self.all_texts.extend(row)
            for item in timeline_rows(table):  # "| 1671 | **Battle of Saraighat** | …"
                self._add(item, None)
        for item in heading_dates(self.outline):  # "## Battle of Plassey (23 June 1757)"
            self._add(item, None)
        return self.units

    def _unit(
        self,
        text: str,
        item: Item | None,
        line: int,
        parent: Unit | None,
        bold: list[str],
        highlights: list[str],
        headings: tuple[str, ...],
        key_text: str = "",
    ) -> Unit:
        """A unit; ``key_text`` is the text as written when ``text`` has its opening pronoun
        resolved ("His daughter ..." → "Iltutmish's daughter ..."): ids stay those of the
        notes' own words."""
        topic, context = self.topic_and_context(headings)
        top = item
        while top is not None and top.parent is not None:
            top = top.parent
        if top is not None and top.label:  # the note's closing glossary: the note's terms
            topic = context = f"{self.root}{TOPIC_SEPARATOR}{top.label}"
        subject = subject_of(parent) if parent is not None else ""
        if parent is not None and ORDINAL.fullmatch(subject) and parent.subject:
            # "42nd" under "Imp. amendments:" is the 42nd Amendment
            noun = parent.subject.split()[-1]
            if noun.endswith("s") and noun[:-1].isalpha():
                subject = f"{subject} {noun[:-1].capitalize()}"
        if subject and not contains_phrase(context, subject) and not is_label(subject):
            context = f"{context}{TOPIC_SEPARATOR}{subject}"  # never "Soils › Imp. ones"
        term = find_term(text, bold, sentence=item is not None and item.kind == "paragraph")
        if term is None and parent is not None and parent.text.endswith(":"):
            term = dash_term(text, bold, lower=True)  # "primary deficit = ..." under "Deficits:"
        key = fold(key_text or text)
        if parent is not None and parent.term is not None:
            key = f"{key}|{fold(parent.term.term)}"
        unit = Unit(
            text,
            line,
            headings,
            context,
            topic,
            term,
            key,
            self.heading(headings),
            item,
            parent,
            bold=[b for b in bold if b in (key_text or text)],
            highlights=[h for h in highlights if h in (key_text or text)],
            subject=subject,
        )
        unit.found_list = find_list(term.definition if term else text)
        if unit.found_list is not None and term is not None:
            shift = len(text) - len(term.definition)
            found = unit.found_list
            unit.found_list = type(found)(
                found.trigger,
                found.intro,
                found.items,
                found.written,
                found.count,
                found.complete,
                found.start + shift,
                found.end + shift,
            )
        unit.quantities = find_quantities(text)
        return unit

    def _add(self, top: Item, top_parent: Unit | None) -> None:
        """Units of an item and everything under it, parents first (a loop, not recursion:
        bullets may nest a thousand deep)."""
        stack: list[tuple[Item, Unit | None, bool]] = [(top, top_parent, False)]
        while stack:
            item, parent, skipped = stack.pop()
            text = item.text
            self.all_texts.append(text)
            if skipped or is_doubtful(text):
                stack.extend((child, None, True) for child in reversed(item.children))
                continue
            if item.kind == "paragraph":
                bold, highlights = item.bold, item.highlights
                last: Unit | None = None
                antecedent = ""
                introduced = False  # the sentence before named a new person after "His …"
                for offset, sentence in split_sentences(text):
                    pointing_back = bool(antecedent and ANAPHORA.match(sentence))
                    chained = introduced and _POSSESSIVE.match(sentence) is not None
                    resolved = (
                        resolve_pronoun(sentence, antecedent)
                        if pointing_back and not chained
                        else None
                    )
                    # "His Peshwa Balaji Vishwanath …. His son …": whose son, the second
                    # "His" does not say (Balaji's, not the paragraph's first name); a "He"
                    # after "His daughter Razia …" is still the paragraph's first name
                    introduced = pointing_back and _POSSESSIVE_OPENING.match(sentence) is not None
                    last = self._unit(
                        resolved or self._of_the_title(sentence),
                        item,
                        item.line_at(offset),
                        None,
                        bold,
                        highlights,
                        item.headings,
                        key_text=sentence,
                    )
                    # "The last two came in ...": what it points back to is not shown;
                    # "Eight Telugu poets … adorned his court": whose, the sentence before says
                    last.dangling = (pointing_back and resolved is None) or bool(
                        antecedent
                        and (
                            _POSSESSIVE_BACK.search(sentence)
                            or _PRONOUN_AFTER.match(sentence)
                            or _them_back(sentence)
                        )
                    )
                    if resolved:  # the name put in the pronoun's place is no blank
                        last.subject = lead_name(antecedent)
                        last.context = f"{last.context}{TOPIC_SEPARATOR}{last.subject}"
                    if not pointing_back:
                        antecedent = sentence
                    elif _SO_NAME.match(sentence):
                        # "So Harsha took the throne …. He rescued …": he is Harsha now,
                        # not the one the paragraph named before (holdout 200)
                        antecedent = _SO_NAME.sub("", sentence)
                    self.units.append(last)
                if last is not None:
                    stack.extend((child, last, False) for child in reversed(item.children))
                continue
            if "→" in text:  # the cheap tests first (generate_1mb_s)
                text = _DATE_ARROW.sub(r"\1 – ", text)
            if text.startswith("("):
                text = _SPAN_FIRST.sub(r"\2 \1", text)
            text = _YEAR_THEN_DAY.sub(r"\2 \1", text)
            unit = self._unit(
                self._of_the_title(text),
                item,
                item.line,
                parent,
                item.bold,
                item.highlights,
                item.headings,
                key_text=text,
            )
            self.units.append(unit)
            if parent is not None:
                parent.children.append(unit)
            stack.extend((child, unit, False) for child in reversed(item.children))
