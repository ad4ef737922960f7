"""What the rules work on and what they make: units, drafts and the notes-wide context.

A :class:`Unit` is something a question can be made from (a bullet, numbered item or
sentence), a :class:`Draft` a question before it has an id, and a :class:`Context` what every
rule may consult about the whole notes (the kinds index, word-case evidence, glossaries);
:class:`TermKind` says what kind of thing a term is. The small builders here (``make_draft``,
``blank``, ``cloze_fill``, ``quoted``, ...) are shared by all the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quizbot.bank.model import Cloze, QuestionBase, Short, TrueFalse
from quizbot.notes.abbreviations import Abbreviation
from quizbot.notes.cloze_names import other_name_accepted
from quizbot.notes.grammar import indefinite
from quizbot.notes.kinds import Kinds
from quizbot.notes.labels import is_label
from quizbot.notes.lists import ListFound
from quizbot.notes.outline import Item
from quizbot.notes.phrases import contains_phrase, fold
from quizbot.notes.quantities import WORD_FOR, Quantity
from quizbot.notes.section_labels import stands_alone_under_a_label, under_a_section_label
from quizbot.notes.terms import Term
from quizbot.text.names import is_dictionary_word

#: The author's ``Question :: Answer`` markup.
CARD = " :: "
#: Words a definition needs for its term to be asked (or to be a glossary entry).
MIN_DEFINITION_WORDS = 3


@dataclass(eq=False)
class Unit:
    """Something a question can be made from: a bullet, numbered item or sentence."""

    text: str
    line: int
    headings: tuple[str, ...]
    #: Prompt prefix: the topic root and the nearest heading (and the carried subject).
    context: str
    topic: str
    term: Term | None
    #: Identity for ids: the folded text, with the parent's term for sub-bullets.
    key: str
    #: The heading path recorded in ``source`` (below the ``#`` title when it is the root).
    heading: str = ""
    item: Item | None = None
    parent: Unit | None = None
    children: list[Unit] = field(default_factory=list)
    #: Bold spans and highlights of the unit, as plain text.
    bold: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    #: The list the unit names, found once.
    found_list: ListFound | None = None
    quantities: tuple[Quantity, ...] = ()
    #: The subject carried from the parent bullet or lead-in (``Gandhi's early
    #: satyagrahas``), shown with the fact so that a sub-bullet makes sense alone.
    subject: str = ""
    #: A sentence that points back to one before it ("The last two ...") with nothing to
    #: resolve its pointer to: unanswerable alone.
    dangling: bool = False


@dataclass
class Draft:
    """A question before it has an id."""

    cls: type[QuestionBase]
    fields: dict[str, Any]
    rule: str
    #: The answer slot within the unit (content-derived, never positional).
    slot: str
    #: Readable words for the id.
    label: str
    unit_key: str
    heading: str
    line: int
    order: int = 0
    #: A key that replaces (heading, unit, rule, slot) in the id, for notes-wide questions.
    id_key: str = ""
    #: The key as text (what a learner must produce or pick), and its kind (``year``,
    #: ``person``, ``place``, ``term`` ...), for the quality gate and the ranking.
    key_text: str = ""
    key_kind: str = ""
    #: The key lies inside the writer's **bold** (it weighs as a key term).
    marked: bool = False
    #: The fact's own text (for the ranking's cap on long facts).
    unit_text: str = ""
    #: The key opens the fact (``52nd (1985) – anti-defection law``): it is the fact's head.
    at_head: bool = False


@dataclass
class Context:
    """What every rule may consult: the notes-wide kinds index and word-case evidence."""

    kinds: Kinds
    #: Words seen written in lower case somewhere in the notes.
    lower_words: set[str]
    #: Capitalised words seen somewhere other than at the start of a text.
    proper_words: set[str]
    #: id(unit) → the abbreviations whose expansion question that unit asks (each is asked
    #: once: where it is defined, else where it first appears).
    abbreviations_of: dict[int, list[tuple[str, Abbreviation]]]
    #: How many texts of the notes mention a phrase, as written (case kept), capped at 2.
    mentions: Callable[[str], int]
    #: The year the notes' future begins (:func:`~quizbot.notes.index.build_index`): a line
    #: dated then or later keeps its present tense (``2070 – India reaches net zero``).
    future_year: int = 0
    #: Words of the notes' headings (folded).
    heading_words: set[str] = field(default_factory=set)
    #: id(unit) → its :func:`term_kind` and :func:`is_entity`, each worked out once.
    term_kinds: dict[int, TermKind | None] = field(default_factory=dict)
    entities: dict[int, bool] = field(default_factory=dict)
    #: id(unit) → the glossary entries of its section, for a ``Term: definition`` unit of a
    #: glossary (see :func:`glossaries`).
    glossary: dict[int, tuple[Unit, ...]] = field(default_factory=dict)
    #: Short forms a legend line of the notes defines (``INC = Congress``), folded, with
    #: what they stand for.
    legend: dict[str, str] = field(default_factory=dict)
    #: Abbreviations the notes spell out (``MPC`` → ``Monetary Policy Committee``).
    long_forms: dict[str, str] = field(default_factory=dict)
    #: In how many texts of the notes a capitalised word appears.
    capital_count: Callable[[str], int] = lambda word: 0
    #: In how many texts of the notes two phrases both appear, capped at 2.
    together: Callable[[str, str], int] = lambda a, b: 0
    #: Does a longer name end on the phrase somewhere in the notes (``Indian Press Act``,
    #: ``Censorship of Press Act`` for ``Press Act``)?
    named_longer: Callable[[str], bool] = lambda phrase: False
    #: Names (folded) the notes write with two different years after them (``IPR 1948``,
    #: ``IPR 1956``): the name alone is of two things.
    dated_twice: frozenset[str] = frozenset()
    #: Line number → the years its units state, in the order written: a false year stays
    #: between its neighbours (a ratification never before the adoption the line gives).
    line_years: dict[int, tuple[int, ...]] = field(default_factory=dict)
    #: The notes' present: their latest year that is not a target (``by 2030``), which no
    #: false year or distractor passes (``In 2027, CCTS was notified``, holdout 237, bad);
    #: a target that opens a line (``2070 – …``) counts, as a sparse timeline's last year
    #: (2015 after 2001) must.
    present_year: int = 0

    def lower_name(self, name: str) -> str:
        """A table header used inside a sentence: ``Person`` → ``person``, ``Russia`` kept,
        and each word of a heading in title case (``Natural Vegetation`` → ``natural
        vegetation``) that the notes do not write as a name."""
        words = name.split(" ")
        if not all(w[:1].isupper() for w in words):
            words = words[:1]  # "Key committees": only its first word is capitalised
        lowered = [
            w[:1].lower() + w[1:] if w[1:2].islower() and fold(w) not in self.proper_words else w
            for w in words
        ]
        kept = any(a == b and b[:1].isupper() for a, b in zip(lowered, words, strict=True))
        if kept and lowered != words:
            return name  # "Fundamental Rights": one name, never "fundamental Rights" (h. 196)
        return " ".join(lowered) + name[len(" ".join(words)) :]


@dataclass(frozen=True)
class TermKind:
    """What kind of thing a term is, and the other things of that kind."""

    name: str
    others: list[str]
    #: The term as its kind writes it (a list's lower-case item, a table's cell).
    display: str


# --- small builders, shared by the rules ---


def quoted(text: str) -> str:
    return f"“{text.rstrip('.')}”"


def explanation(unit: Unit) -> str:
    where = f" ({unit.subject})" if unit.subject else ""
    return f"From the notes{where}: {quoted(unit.text)}."


_LEAD_IN_END = re.compile(
    r"\b(?:are|were|include|includes|including|namely|such as|"
    r"the following|as follows)\s*$",
    re.IGNORECASE,
)


def is_lead_in(unit: Unit) -> bool:
    """Does the unit introduce a list rather than state a fact (``The three pillars of the
    1991 reforms are:``, or ``... include`` over sub-bullets)? Only its list is asked: a
    cloze, true/false or statement made from it would be about half a sentence."""
    text = unit.text.rstrip()
    return text.endswith(":") or (bool(unit.children) and _LEAD_IN_END.search(text) is not None)


def words_count(text: str) -> int:
    return len(text.split())


def number_word(n: int) -> str:
    return WORD_FOR.get(n, str(n))


def blank(text: str, start: int, end: int, fill: str = "…") -> str:
    """``text`` with ``fill`` in place of ``text[start:end]``; an article just before a blank
    is the one its answer takes ("became a ___" of UNESCO World Heritage Site): "a(n)", which
    hid whether the answer opens on a vowel, read as an artifact to every coach (holdouts
    337-419) for a hint a learner who knows the answer does not need."""
    before = text[:start]
    if fill.startswith("{{"):  # a blank, not a wrong value put in its place
        answer = fill[2:].split("|")[0].split("}}")[0]
        article = _ARTICLE_BEFORE.search(before)
        first = answer.split()[0] if answer.split() else ""
        if article is not None and first.isupper() and len(first) > 1:
            before = _ARTICLE_BEFORE.sub(r"\1(n) ", before)  # "an FIR", "a SEBI": by ear
        elif article is not None and answer:
            said = indefinite(answer)
            said = said.capitalize() if article.group(1) == "A" else said
            before = f"{before[: article.start()]}{said} "
    elif fill == "…":
        before = _ARTICLE_BEFORE.sub(r"\1(n) ", before)
    return f"{before}{fill}{text[end:]}"


_ARTICLE_BEFORE = re.compile(r"\b([Aa])n? $")


def cloze_fill(answer: str, alternatives: Sequence[str] = ()) -> str:
    parts = [answer, *[a for a in alternatives if fold(a) != fold(answer)], *_of_place(answer)]
    return "{{" + "|".join(dict.fromkeys(p.replace("|", "/") for p in parts)) + "}}"


def _of_place(answer: str) -> tuple[str, ...]:
    """``Vithoba of Pandharpur`` is right as ``Vithoba``: a name (no dictionary word, unlike
    ``Bay of Bengal`` or ``Treaty of Versailles``) before ``of`` and a place."""
    m = re.fullmatch(r"([A-Z][a-z]{3,}) of ([A-Z][a-z]+)", answer)
    if m is None or is_dictionary_word(m.group(1).lower()):
        return ()
    return (m.group(1),)


def cloze_safe(text: str) -> bool:
    return "{{" not in text and "}}" not in text


#: Rules whose questions the author wrote (``Question :: Answer``, ``==highlights==``): the
#: gates that judge a generator's wording pass over them.
AUTHORED_RULES = frozenset(("card", "cloze"))
#: A carried subject longer than this is a sentence, not a subject to show.
MAX_SUBJECT_WORDS = 8


def shown_subject(unit: Unit) -> str:
    """The subject a sub-bullet's cloze or statement shows before its own words
    (``Ganga: Yamuna joins at …``): only the question's topic line is shown with a cloze or
    a true/false, never the prompt's context, so the fact must name its subject itself."""
    subject = unit.subject
    if not subject or unit.parent is None or len(subject.split()) > MAX_SUBJECT_WORDS:
        return ""
    if is_label(subject) or under_a_section_label(unit):
        return ""  # "Terms:", "Imp. ones:", "Reform timeline:": the writer's label
    if contains_phrase(unit.text, subject):
        return ""
    if _OWN_SUBJECT.match(unit.text):
        return ""  # "Jhelum rises at …" under "Indus": its own subject, no stray label
    if _OTHERS_LABEL.match(unit.text):
        return ""  # "Other nesting: Chennai coast …" under "Odisha has three major
        # rookeries:" is none of the three (holdout 557, bad)
    return subject


#: A sub-bullet of what its lead-in does not count: ``Other nesting: …``, ``Others –``.
_OTHERS_LABEL = re.compile(r"(?:Other|Others|Also|Besides)\b[^:–—→]{0,30}(?::|\s[–—→])")
#: A sub-bullet that opens with its own subject and a verb that says where it is
#: ("Jhelum rises at Verinag", "Satluj (Sutlej) enters India …"); any other ("Yamuna joins
#: at Prayagraj": joins the Ganga; "Aruna Asaf Ali hoisted the flag": in Quit India)
#: keeps the parent's subject.
_OWN_SUBJECT = re.compile(
    r"^[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?: \([^)]*\))? (?:rises|originates|flows|enters)\b"
)
#: "Dibang + Lohit join it near Sadiya": the parent's name in place of "it".
_IT_AFTER_VERB = re.compile(r"\b((?:join|joins|meet|meets|enter|enters|cross|crosses) )it\b")


def with_subject(unit: Unit, text: str) -> str:
    """``text`` as shown: led by the unit's :func:`shown_subject`, if any; an "it" that
    stands for the parent's subject after a verb is replaced by it."""
    if unit.subject and unit.parent is not None and unit.subject[:1].isupper():
        replaced = _IT_AFTER_VERB.sub(lambda m: m.group(1) + unit.subject, text, count=1)
        if replaced != text:
            return replaced
    subject = shown_subject(unit)
    if not subject and text[:1].islower() and stands_alone_under_a_label(unit):
        return text[:1].upper() + text[1:]  # "taluka divided into 13 chhavanis" under a label
    return f"{subject}: {text}" if subject else text


def written_question(
    unit: Unit,
    rule: str,
    prompt: str,
    answer: str,
    *,
    key_kind: str,
    aliases: Iterable[str] = (),
    key: str = "",
    slot: str = "",
    marked: bool = True,
    at_head: bool = False,
) -> Draft:
    """A short answer a builder writes from one note line in its own words (the amendment,
    confluence, incident, founder … builders): the line quoted as its explanation, ``key``
    (the answer as the notes write it, when ``answer`` writes it out) its label and key, and
    each other accepted form once, never the answer itself."""
    key = key or answer
    return Draft(
        Short,
        {
            "prompt": prompt,
            "answer": answer,
            "aliases": tuple(dict.fromkeys(a for a in aliases if a != answer)),
            "explanation": f"From the notes: “{unit.text.replace('**', '')}”.",
        },
        rule,
        slot or rule,
        key,
        unit.key,
        unit.heading,
        unit.line,
        key_text=key,
        key_kind=key_kind,
        marked=marked,
        unit_text=unit.text,
        at_head=at_head,
    )


def make_draft(
    unit: Unit,
    cls: type[QuestionBase],
    rule: str,
    slot: str,
    label: str,
    *,
    key_text: str = "",
    key_kind: str = "",
    **fields: Any,
) -> Draft:
    fields.setdefault("explanation", explanation(unit))
    if "text" in fields and cls is Cloze:
        fields["text"] = with_subject(unit, other_name_accepted(fields["text"]))
    if "statement" in fields and cls is TrueFalse:
        fields["statement"] = with_subject(unit, fields["statement"])
        fields["fix"] = with_subject(unit, fields["fix"])
    return Draft(
        cls,
        fields,
        rule,
        slot,
        label,
        unit.key,
        unit.heading,
        unit.line,
        key_text=key_text or label,
        key_kind=key_kind,
        unit_text=unit.text,
    )
