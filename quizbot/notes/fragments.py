"""The last gate: what the learner reads must be a clean, self-contained question.

Coaches reviewing questions generated from notes never seen before found that most weak and
bad ones were the notes passed through: a revision line of arrows and ``=`` shown as a cloze,
a label of the note left in front (``Glossary:``, ``DM Act 2005 set up:``), a subject the
learner never sees (``edicts in ___``: Ashoka is in the parent bullet), a blank that is one
slot of a list or half of a name, a bracket beside the blank that names it. These rules judge
the question as it is shown (after the breadcrumb is taken out of its prompt), and are
deliberately strict: a question the generator is not sure is natural, unambiguous and uncued
is not emitted.

Each rule returns why the question is unfit, or ``None``; the rules on the blank, the key and
the options are in :mod:`~quizbot.notes.fragment_keys`, and
:mod:`~quizbot.notes.shown_gate` runs them all:

* :func:`note_shorthand` — arrows, ``=``, ``+``, ``w/``, ``b/w``, ``vs``, ``~``, ``imp.``,
  ``NB``, an aside for the reader (``(important for map + MCQ)``) in what is shown;
* :func:`not_a_sentence` — a cloze or statement that does not open with a capital (or the
  blank), does not end as a sentence, has a dangling bracket or quote, runs several notes
  together, joins shorthand with dashes, has no verb, or is too long to read as one fact;
* :func:`label_in_front` — a label of the note before a colon (``Glossary: ___: …``,
  ``Miniature schools: …``, ``Crop needs (imp. …): Which …``);
* the subject a pointer, a verb without its object, an unnamed kind or a private
  abbreviation: :func:`~quizbot.notes.pointers.pointing_subject`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizbot.bank.model import (
    CLOZE_BLANK,
    Cloze,
    Match,
    Mcq,
    Multi,
    Question,
    TrueFalse,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import has_verb, opens_on_its_verb
from quizbot.notes.labels import GLOSSARY_SECTION, is_label
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.subject_lines import KIND_OPENER, SUBJECTLESS_NOUN
from quizbot.text.names import is_everyday_word

BLANK = "___"

#: Marks of a note-writer's shorthand; none belongs in a question a coach would set.
_SYMBOLS = re.compile(r"[→←⇒⇐↔↑↓=+~≈]|->|<-|\s\|\s")  # "A (2022) | B (2022)": a list by pipes
#: The writer's short words, as tokens of the lower-cased text.
_SHORT_WORDS = frozenset(
    "w/ b/w vs vs. imp imp. nb nr std govt govt. movt movt. assoc assoc. dept dept. min. inscr "
    "inscr. trad. i.e. i.e e.g. e.g etc etc. cf. sci: resp. &c temp amdt amdt. yrs sch sch)".split()
)
_TOKEN = re.compile(r"[a-z&][a-z&/'.:]*")
#: Asides for the reader of the notes, not the learner.
_ASIDES = (
    "important for",
    "for map",
    "for mcq",
    "for prelims",
    "for mains",
    "don't mix",
    "dont mix",
    "prelims",
    "upsc",
)


def shorthand_mark(text: str) -> str | None:
    """The first mark of a note-writer's shorthand in ``text``, or ``None``."""
    found = _SYMBOLS.search(text)
    if found is not None:
        return str(found.group(0))
    low = text.lower()
    for aside in _ASIDES:
        if aside in low:
            return aside
    token: str
    for token in _TOKEN.findall(low):
        word = token.rstrip(",;:)'") if not token.endswith(("sci:",)) else token
        if word in _SHORT_WORDS or token.startswith("w/") or word.rstrip(".") in ("vs", "nb"):
            return word
    return None


#: A dash between words: notes join shorthand with it (``Odissi (Odisha) – tribhanga``).
_DASH = re.compile(r"\s[–—-]\s|\s[–—]|[–—]\s")
SPACED_DASH = re.compile(r"\s[–—-]\s")
#: A timeline line's year before its dash (``1398 – Timur sacked Delhi``) is no shorthand.
_TIMELINE = re.compile(
    r"^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{3,4}\s[–—-]\s(?=\S)"
)  # ``Oct 1943 – …``, ``13 Apr 1919 – …`` too
#: A pair of dashes round an aside inside a sentence (``which Vikram Sarabhai – the "father of
#: the Indian space programme" – had set up.``): punctuation, not shorthand.
_ASIDE_DASHES = re.compile(r"\s[–—]\s[^–—→;]{3,80}?\s[–—]\s(?=[a-z])")
#: A term asked from its definition: the blank is all of the head, the definition follows a
#: dash or a colon (``___ – six freedoms, for citizens only``, ``___ (1996) – non-reciprocity``,
#: ``___: overnight emergency borrowing by banks``): a definition, read as one, needs no verb.
_TERM_HEAD = re.compile(
    r"^(?:(?P<subject>[A-Z][\w'’.&–-]*(?: [A-Z][\w'’.&–-]*){0,3}): )?"
    + re.escape(BLANK)
    + r"(?:\s*\([^()]*\))?(?:\s[–—-]\s|:\s)(?=\S)"
)  # the subject carried from the parent may stand first: ``China: ___ (1954) – …``
#: A sentence's opening: a capital or a figure, after a quotation mark, or a bracketed year
#: (``(1912) Cooperative Societies Act``); a bracket of names opens a cut sentence
#: (``(Vishvarupa Sena, Keshava Sena) while …``, holdout 166).
_OPENING = re.compile(r"^(?:[\"“‘']?[A-Z0-9]|\(\d|" + re.escape(BLANK) + ")")
_ENDING = re.compile(r"[.?!][\"”’')]?$")
#: "The first", "the last" standing for something named before ("The last two came in …",
#: "The first was held …"), not opening a noun of its own ("The first CEC was …", "The
#: first census was …").
FIRST_OR_LAST = (
    r"the (?:last|first)(?! (?-i:[A-Z]{2,})| Indian?\b| (?!two\b|three\b|four\b)[a-z]{3,} "
    r"(?:was|is|were|of|in)\b)"
)
#: How long a cloze may run before it is several facts, not one.
MAX_WORDS = 40
#: How many words a colon's head may have and still be a label, not a clause.
_LABEL_WORDS = 7


@lru_cache(maxsize=64)
def shown(question: Question) -> str:
    """The question as the learner reads it, the topic line aside, each blank ``___``."""
    match question:
        case Cloze():
            return CLOZE_BLANK.sub(BLANK, question.text).strip()
        case TrueFalse():
            return question.statement.strip()
        case _:
            return str(getattr(question, "prompt", "")).strip()


def note_shorthand(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    text = shown(question)
    if isinstance(question, Match):  # its own header: "Match … (Volcano → Type)"
        text = re.sub(r"\s*\([^()]* → [^()]*\)\.?$", "", text)
    found = shorthand_mark(text)
    if found is not None:
        return f"the question shows the notes' shorthand {found!r}"
    if not isinstance(question, Cloze | TrueFalse) and SPACED_DASH.search(text):
        return "a dash joins shorthand in the question"
    if isinstance(question, Mcq | Multi):
        for option in question.options:
            found = shorthand_mark(option)
            if found is not None:
                return f"an option shows the notes' shorthand {found!r}"
    return None


def _balanced(text: str) -> bool:
    """Does every bracket and quotation close, and close after it opens (``it), ___
    (Australia`` has as many of each, in the wrong order)?"""
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    depth = 0
    for bracket in _BRACKETS.findall(text):  # only the brackets, not every character
        depth += 1 if bracket in "([" else -1
        if depth < 0:
            return False
    return True


_BRACKETS = re.compile(r"[()\[\]]")


#: A text cut after a name's initial or a title (``with V.P.``, ``to Lt.``).
_CUT_AT_INITIAL = re.compile(r"(?:\b[A-Z]\.|\b(?:Lt|Gen|Col|Dr|St|No|Art|Mr|Mrs|Prof|Capt)\.)$")
_WORD_END = re.compile(r"[\w)]$")
#: How far from its end a text can hold a match of the patterns anchored there (a search
#: from this point finds what a search of the whole text would, and costs a few steps).
_TAIL = 8


def not_a_sentence(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    if not isinstance(question, Cloze | TrueFalse):
        prompt = str(getattr(question, "prompt", ""))
        return None if _balanced(prompt) else "a bracket or a quotation is left open"
    text = shown(question)
    tail = max(0, len(text) - _TAIL)  # the patterns anchored at the end look there only
    if _CUT_AT_INITIAL.search(text, tail):
        return "the text is cut after an initial or a title: not a whole sentence"
    if not _OPENING.match(text):
        return "the text does not open as a sentence (it starts mid-sentence or lower case)"
    if opens_on_its_verb(text):
        return "the text opens on its verb: its subject is left in the notes"
    if SUBJECTLESS_NOUN.match(text) or KIND_OPENER.match(text):  # "Site of …", "Pass on …"
        return "the text opens on what its thing is: the thing is left in the notes"
    if not _ENDING.search(text, tail) and not _WORD_END.search(text, tail):
        return "the text does not end as a sentence"
    if not _balanced(text):
        return "a bracket or a quotation is left open"
    head = term_head(text, draft)
    rest = text[head.end() :] if head else text
    if (_RUN_ON_AFTER_HEAD if head else _RUN_ON).search(rest) or _CUT_AT_LETTER.search(rest):
        return "several notes are run together, or a sentence is cut at an abbreviation"
    if _DASH.search(
        _TIMELINE.sub("", _ASIDE_DASHES.sub(", ", rest) if _ENDING.search(rest) else rest)
    ) and not _two_clauses(rest):
        return "a dash joins shorthand where a sentence should be"
    if isinstance(question, TrueFalse) and question.fix and _changed_in_brackets(question):
        return "the changed value stands alone in brackets: what it means is not said"
    if isinstance(question, TrueFalse) and question.fix and _changed_in_a_code(question):
        return "the changed number is a code's (IS 1893 → IS 1895): a label, not a fact"
    if len(text.split()) > MAX_WORDS:
        return "too long to be one fact"
    if head is None and not all(has_verb(c) for c in text.replace(BLANK, " ").split(";")):
        return "no verb: a note, not a sentence"
    return None


#: Two notes run together (after a term's head only a full stop parts them), and a sentence
#: cut at an abbreviation.
_RUN_ON = re.compile(r"[.;]\s+[a-z]")
_RUN_ON_AFTER_HEAD = re.compile(r"\.\s+[a-z]")
_CUT_AT_LETTER = re.compile(r"\b[a-z]\.\s+[A-Z]")
#: Keys that are figures: a bare year or count before a dash is a timeline's note, not a term.
_FIGURE_KINDS = frozenset(("year", "date", "count", "percent", "money", "ordinal"))


def _two_clauses(text: str) -> bool:
    """``The word "budget" is not in the Constitution – Art 112 calls it the ___.``: one
    dash between two clauses of a finished sentence, each with its subject and verb."""
    parts = SPACED_DASH.split(text)
    return (
        len(parts) == 2
        and _ENDING.search(text) is not None
        and all(
            p.strip()[:1].isupper() and has_verb(p.replace(BLANK, " "), loose=False) for p in parts
        )
    )


def term_head(text: str, draft: Draft) -> re.Match[str] | None:
    """The head of a term asked from its definition (a name, never a figure: ``___ –
    National Policy on DM`` asks a year of a note, not a term)."""
    if draft.key_kind in _FIGURE_KINDS or draft.key_text[:1].isdigit():
        return None
    return _TERM_HEAD.match(text)


_CODE = re.compile(
    r"\b(?:[A-Z]{2,5}[ -]?\d{2,5}"
    r"|(?:Art|Arts|Article|Sec|Section|Sch|Schedule|Para)\.?\s?\d{1,3}[A-Z]?"
    # "against Kerala's 2006 Act" made "2008 Act": which Act, not a claim (holdout 672, bad)
    r"|(?:1[6-9]|20)\d\d Act)\b"
)


def _changed_in_a_code(question: TrueFalse) -> bool:
    """``IS 1895`` against ``IS 1893``: the number of a standard or a model, read as a
    figure and shifted, tests a label; so does a provision's (``Sch/Art 168 list`` made
    ``Art 250 list``, holdout 163: another article, or none, named in passing)."""
    return _CODE.findall(question.statement) != _CODE.findall(question.fix or "")


def _changed_in_brackets(question: TrueFalse) -> bool:
    """``FCI (1967) procures …`` against ``FCI (1965) …``: the changed value is all of a
    bracket."""
    said = re.findall(r"\(([^()]*)\)", question.statement)
    fixed = re.findall(r"\(([^()]*)\)", question.fix or "")
    return len(said) == len(fixed) and any(
        a != b and re.fullmatch(r"[\d\s–-]+", a) for a, b in zip(said, fixed, strict=True)
    )


def label_in_front(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    text = shown(question)
    head, colon, _ = text.partition(":")
    termed = term_head(text, draft)
    if not colon or "?" in head or (termed is not None and not termed.group("subject")):
        return None  # ``___: overnight emergency borrowing …``: the blank is the term
    if termed is not None and _names_a_subject(head, ctx) and _all_proper(head, ctx):
        return None  # ``China: ___ (1954) – five principles …``: the parent's name, carried
    lower_head = " ".join(
        w
        for w in head.replace(BLANK, " ").split()
        if not w[:1].isupper() or w.lower() in ("arrange", "match", "consider", "name")
    )
    if len(head.split()) > _LABEL_WORDS or has_verb(
        re.sub(r"\bset up\b", " ", lower_head), loose=False
    ):  # a capitalised word is a name or a heading's first word ("Rise of Magadha"), no verb
        return None  # a clause before its colon: part of the sentence
    if not isinstance(question, Cloze | TrueFalse) and _names_a_subject(head, ctx):
        return None  # "Indus: Name all five tributaries.": the parent's subject, carried
    if unit is not None and _parents_key_term(head, unit):
        return None  # "Money bill: RS must return it within ___ days": the parent's term
    if unit is not None and _defined_term_in_front(head, text, question.topic, unit, ctx):
        return None  # "Monsoon trough: low-pressure belt along the ___ plain": its term
    return f"the note's label {head.strip()!r} is shown in front of the question"


def _defined_term_in_front(head: str, text: str, topic: str, unit: Unit, ctx: Context) -> bool:
    """Is ``head`` the term a glossary line defines, with the blank inside its definition
    (``Southern Oscillation: see-saw in sea-level pressure between ___ (E Pacific) and
    Darwin``), not a label over a fact (``Urban: ___, water charges``, ``Navy: …``) nor
    the definition's own head (``Periyar: ___, hailed as …``: the term's other name), nor
    an acronym (``HCoC: Hague Code of Conduct against ___``: its letters are asked)?"""
    term = unit.term
    if term is None or term.dash or BLANK in head or fold(head.strip()) != fold(term.term):
        return False
    if text.partition(":")[2].lstrip().startswith(BLANK) or is_label(head):
        return False
    if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s?", head.strip()):
        return False
    section = f"{topic} {unit.parent.text if unit.parent is not None else ''}"
    words = re.findall(r"[a-z]+", fold(BRACKET.sub(" ", head)))
    return id(unit) in ctx.glossary and (
        term.marked
        or GLOSSARY_SECTION.search(section) is not None
        or any(not is_everyday_word(w) for w in words)
    )


def _parents_key_term(head: str, unit: Unit) -> bool:
    """Is ``head`` the term the parent bullet opens on in bold, then its provision in
    brackets and its fact after an arrow (``**Money bill** (Art 110) → only in LS …``), not
    a lead-in (``**Arrival**: …``, ``**Brahmaputra** – …``: the subject is another note's)?"""
    parent = unit.parent
    if parent is None or not parent.bold or fold(head.strip()) != fold(parent.bold[0]):
        return False
    term = parent.bold[0]
    return (
        parent.text.startswith(term) and _TERM_THEN_FACT.match(parent.text[len(term) :]) is not None
    )


#: What follows a term the parent bullet defines: a bracket, then an arrow.
_TERM_THEN_FACT = re.compile(r"\s*\([^()]*\)\s*→\s*\S")


def _names_a_subject(head: str, ctx: Context) -> bool:
    """``Indus``, ``Home Rule Leagues (1916)``: a name (written capitalised inside the notes'
    lines, never in lower case), not a label such as ``Glossary``, ``Launch vehicles``,
    ``Miniature schools`` or ``Exposure (NDMA)``."""
    words = re.sub(r"\([^()]*\)", " ", head).split()
    words = [w for w in words if w.lower() not in ("of", "and", "the", "in", "&", "for")]
    if not words or any(not w[:1].isupper() for w in words):
        return False
    return len(words) > 1 or (
        fold(words[0]) in ctx.proper_words and fold(words[0]) not in ctx.lower_words
    )


def _all_proper(head: str, ctx: Context) -> bool:
    """Every capitalised word of ``head`` is written capitalised inside the notes' lines too
    (``Rise of Magadha``: "Rise" only opens a heading)."""
    words = [w for w in re.sub(r"\([^()]*\)", " ", head).split() if w[:1].isupper()]
    return all(fold(w) in ctx.proper_words and fold(w) not in ctx.lower_words for w in words)
