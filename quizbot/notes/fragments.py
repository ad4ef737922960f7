"""The last gate: what the learner reads must be a clean, self-contained question.

Coaches reviewing questions generated from notes never seen before found that most weak and
bad ones were the notes passed through: a revision line of arrows and ``=`` shown as a cloze,
a label of the note left in front (``Glossary:``, ``DM Act 2005 set up:``), a subject the
learner never sees (``edicts in ___``: Ashoka is in the parent bullet), a blank that is one
slot of a list or half of a name, a bracket beside the blank that names it. These rules judge
the question as it is shown (after the breadcrumb is taken out of its prompt), and are
deliberately strict: a question the generator is not sure is natural, unambiguous and uncued
is not emitted.

Each rule returns why the question is unfit, or ``None``:

* :func:`note_shorthand` — arrows, ``=``, ``+``, ``w/``, ``b/w``, ``vs``, ``~``, ``imp.``,
  ``NB``, an aside for the reader (``(important for map + MCQ)``) in what is shown;
* :func:`not_a_sentence` — a cloze or statement that does not open with a capital (or the
  blank), does not end as a sentence, has a dangling bracket or quote, runs several notes
  together, joins shorthand with dashes, has no verb, or is too long to read as one fact;
* :func:`label_in_front` — a label of the note before a colon (``Glossary: ___: …``,
  ``Miniature schools: …``, ``Crop needs (imp. …): Which …``);
* :func:`pointing_subject` — the subject is a pointer (``It``, ``All of them``, ``the two``)
  or a private abbreviation the notes never spell out (``CGM``);
* :func:`blank_in_a_list` — the blank is one slot of a list (``Punjab, ___ and western UP``),
  an example (``e.g. ___``), or cuts a name (``Disaster ___, 2005``, ``___ on Oilseeds``);
* :func:`cued_beside_the_blank` — a bracket beside the blank describes it (``___ (Odisha)``),
  or a word of the question, or of its topic line, shares the answer's root (``Gautami`` →
  Gautamiputra, ``sattras`` → Sattriya, ``Talakaveri`` → Kaveri, ``monetary policy`` →
  Monetary Policy Committee);
* :func:`key_not_a_fact` — the key is a note label or aside (``nodal ministry``,
  ``NB …``), holds quotation marks or a joining ``the``, or is an exact decimal figure;
* :func:`described_by_a_scrap` — ``Which … is described as “…”`` quoting a scrap of the
  notes (no verb, or several notes joined by ``;``);
* :func:`list_without_a_set` — a list named by a quoted scrap (``“Philosophers followed:
  …” Name all four.``): the set is undefined;
* :func:`off_kind_options` — one option is written unlike the others (a lower-case phrase
  among names and acronyms: ``nodal ministry`` among NDMA, NDRF, SDMA).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizbot.bank.model import (
    CLOZE_BLANK,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    TrueFalse,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.names import MONTHS
from quizbot.notes.phrases import fold, fold_words
from quizbot.text.names import is_region

BLANK = "___"

#: Marks of a note-writer's shorthand; none belongs in a question a coach would set.
_SHORTHAND = re.compile(
    r"→|←|⇒|⇐|↔|->|<-|=|\+|~|≈|\bw/|\bb/w\b|\bvs\.?\s|\bimp\b\.?|\bNB\b|\bnr\b|\bstd\b|"
    r"\bgovt\b|\bmovt\b|\bassoc\b|\bdept\b\.?(?!\s+of)|\bmin\.\s|\binscr\b|\btrad\.|"
    r"\bi\.e\.|\be\.g\.|\betc\b|\bcf\.|\bimportant for\b|\bfor (?:map|mcq|prelims|mains)\b|"
    r"\bdon'?t mix\b|\bsci:|\bresp\.|&c\b",
    re.IGNORECASE,
)
#: A dash between words: notes join shorthand with it (``Odissi (Odisha) – tribhanga``).
_DASH = re.compile(r"\s[–—-]\s|\s[–—]|[–—]\s")
_SPACED_DASH = re.compile(r"\s[–—-]\s")
#: A timeline line's year before its dash (``1398 – Timur sacked Delhi``) is no shorthand.
_TIMELINE = re.compile(r"^\d{3,4}\s[–—-]\s(?=\S)")
#: Words that show a clause has a verb, without a tagger: auxiliaries and common verbs.
_VERBS = frozenset(
    """is are was were be been being has have had do does did can could will would shall should
    may might must became become becomes began begins begun came comes come made makes make
    gave gives give took takes take led leads lead held holds hold set sets won wins win wrote
    writes write built builds build founded found founds lies lie lay runs ran run rose rises
    rise flows flow grew grows grow fell falls fall beat beats met meets meet sent sends send
    brought brings bring known called named means mean meant says said tells told arrange
    consider match""".split()
)
_VERB_ENDING = re.compile(r"^[a-z]{3,}(?:ed|es)$")
_OPENING = re.compile(r"^(?:[\"“‘'(]?[A-Z0-9]|" + re.escape(BLANK) + ")")
_ENDING = re.compile(r"[.?!][\"”’')]?$")
#: A pointer where a subject should be.
_POINTER = re.compile(
    r"^(?:it|its|they|their|he|his|she|her|this|these|those|that|both|all of them|"
    r"the (?:two|three|four|five|latter|former|last|first|rest|same|others))\b"
    r"|\b(?:all of them|both of them|the (?:two|three|four)(?= *[,.;:)]| +(?:and|of|mixes|are|"
    r"were|is|was)\b))|\b(?:it|they) (?:is|was|are|were|has|had)\b",
    re.IGNORECASE,
)
#: A lead-in word before a blank that makes the blank an example or one of many.
_EXAMPLE = re.compile(r"(?:\be\.g\.|\bsuch as|\blike|\bincluding|\bi\.e\.)\s*$", re.IGNORECASE)
#: How long a cloze may run before it is several facts, not one.
MAX_WORDS = 40
#: How many words a colon's head may have and still be a label, not a clause.
_LABEL_WORDS = 7


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
    found = _SHORTHAND.search(text)
    if found is not None:
        return f"the question shows the notes' shorthand {found.group(0).strip()!r}"
    if not isinstance(question, Cloze | TrueFalse) and _SPACED_DASH.search(text):
        return "a dash joins shorthand in the question"
    if isinstance(question, Mcq | Multi):
        for option in question.options:
            found = _SHORTHAND.search(option)
            if found is not None:
                return f"an option shows the notes' shorthand {found.group(0).strip()!r}"
    return None


def _has_verb(text: str, *, loose: bool = True) -> bool:
    """A verb among the words (``loose``: a lower-case word ending in -ed or -es counts,
    which a label's plural noun can fool: ``Launch vehicles``)."""
    for word in re.findall(r"[A-Za-z']+", text):
        low = word.lower()
        if low in _VERBS:
            return True
        if word[:1].islower() and (
            low.endswith("ed") if not loose else _VERB_ENDING.match(low) is not None
        ):
            return True
    return False


def _balanced(text: str) -> bool:
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    return not (text.count("“") != text.count("”") or text.count('"') % 2)


def not_a_sentence(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    if not isinstance(question, Cloze | TrueFalse):
        return None
    text = shown(question)
    if not _OPENING.match(text):
        return "the text does not open as a sentence (it starts mid-sentence or lower case)"
    if not _ENDING.search(text) and not re.search(r"[\w)]$", text):
        return "the text does not end as a sentence"
    if not _balanced(text):
        return "a bracket or a quotation is left open"
    if re.search(r"[.;]\s+[a-z]", text) or re.search(r"\b[a-z]\.\s+[A-Z]", text):
        return "several notes are run together, or a sentence is cut at an abbreviation"
    if _DASH.search(_TIMELINE.sub("", text)):
        return "a dash joins shorthand where a sentence should be"
    if isinstance(question, TrueFalse) and question.fix and _changed_in_brackets(question):
        return "the changed value stands alone in brackets: what it means is not said"
    if len(text.split()) > MAX_WORDS:
        return "too long to be one fact"
    if not all(_has_verb(clause) for clause in text.replace(BLANK, " ").split(";")):
        return "no verb: a note, not a sentence"
    return None


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
    if not colon or "?" in head:
        return None
    if len(head.split()) > _LABEL_WORDS or _has_verb(
        re.sub(r"\bset up\b", " ", head.replace(BLANK, " ")), loose=False
    ):
        return None  # a clause before its colon: part of the sentence
    if _names_a_subject(head, ctx) and not isinstance(question, Cloze | TrueFalse):
        return None  # "Indus: Name all five tributaries.": the parent's subject, carried
    return f"the note's label {head.strip()!r} is shown in front of the question"


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


def _private_abbreviation(text: str, ctx: Context) -> str | None:
    """An all-capitals token that the notes' legend defines as the writer's own, or a
    student's usual short form of a person's name (``CGM``)."""
    token: str
    for token in re.findall(r"\b[A-Z]{3,5}\b", text):
        if fold(token) in ctx.legend or token in _PRIVATE_KNOWN:
            return token
    return None


#: Short forms students use for people; a name, not an abbreviation, is what a question needs.
_PRIVATE_KNOWN = frozenset(("CGM", "AKB", "MKG", "JLN", "SCB", "BRA", "VJP"))


def pointing_subject(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    text = shown(question)
    body = text.split(": ", 1)[-1] if isinstance(question, Cloze | TrueFalse) else text
    found = _POINTER.search(body)
    if found is not None:
        return f"the subject is a pointer ({found.group(0)!r}), not named"
    private = _private_abbreviation(text, ctx)
    if private is not None:
        return f"the subject is the writer's private abbreviation {private!r}"
    return None


def _blank_sides(question: Question) -> tuple[str, str] | None:
    if not isinstance(question, Cloze):
        return None
    text = shown(question)
    if text.count(BLANK) != 1:
        return None
    before, _, after = text.partition(BLANK)
    return before, after


#: A blank before a title and a name: a descriptor of someone the question already names.
_TITLE_AFTER = re.compile(
    r"\s+(?:king|queen|emperor|ruler|sultan|general|minister|poet|monk|saint|prince|princess)"
    r"\s+[A-Z]"
)
_SEP_BEFORE = re.compile(r"(?:[,;/&]|\band|\bor)\s*$")
_SEP_AFTER = re.compile(r"\s*(?:[,;/&]|\band\b|\bor\b|[.)]?\s*$)")


def _in_a_list(before: str, after: str) -> bool:
    """``Punjab, ___ and western UP``, ``Nagara and ___ temples``, ``the Mamluk or ___
    dynasty``, ``___, Jaipur and Banaras``: the blank sits between a list's separators."""
    if re.search(r"(?:\band|\bor|&|/)\s*$", before):
        return True  # the second of a pair or the last of a list
    if _SEP_BEFORE.search(before) and _SEP_AFTER.match(after):
        return True
    return bool(re.match(r"\s*,[^.;]{0,60}\b(?:and|or)\b", after))


def blank_in_a_list(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = _blank_sides(question)
    if sides is None:
        return None
    before, after = sides
    if _in_a_list(before, after):
        return "the blank is one slot of a list: other items fit as well"
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        return "the blank is all of a bracket: what it asks for is not said"
    if _TITLE_AFTER.match(after):
        return "the blank only qualifies a name the question prints (the ___ king Bijjala)"
    if _EXAMPLE.search(before):
        return "the blank is an example: other examples fit as well"
    last = re.findall(r"[\w'’-]+|[^\w\s]", before)
    if (
        last
        and last[-1][:1].isupper()
        and len(before.split()) > 1
        and not last[-1].isupper()
        and fold(last[-1]).rstrip(".") not in MONTHS
    ):
        return f"the blank cuts a name ({last[-1]!r} before it)"
    if re.match(r"\s*(?:[A-Z][A-Za-z]|(?:of|on|for|in|and) [A-Z])", after) and (
        draft.key_text[:1].isupper() or draft.key_text[:1].isdigit()
    ):
        return "the blank cuts a name (its other words after it)"
    return None


def _root_shared(key_word: str, word: str) -> bool:
    """``Gautamiputra``/``Gautami``, ``Sattriya``/``sattras``, ``Kaveri``/``Talakaveri``,
    ``Odissi``/``Odisha``: the word gives the answer's root."""
    if len(key_word) < 4 or len(word) < 4 or key_word == word:
        return key_word == word and len(key_word) >= 4
    if (len(key_word) >= 5 and key_word in word) or (len(word) >= 5 and word in key_word):
        return True
    common = 0
    for a, b in zip(key_word, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= 5 or (common >= 4 and common >= 0.6 * min(len(key_word), len(word)))


#: Words of a name that say what it is, not which (a shared one cues nothing).
_PLAIN = frozenset(
    "national india indian state states river rivers temple temples dance dances style styles "
    "school schools movement act committee commission council mission plan policy scheme "
    "framework conference society sultan sultanate shah khan raja king emperor the and of for on "
    "in".split()
)


def cued_beside_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = _blank_sides(question)
    if sides is not None:
        after = sides[1]
        bracket = re.match(r"\s*\(([^)]*)\)", after)
        if bracket and re.search(r"[A-Za-z]{2,}", bracket.group(1)):
            return f"the bracket ({bracket.group(1)}) beside the blank describes the answer"
    if draft.key_kind in ("year", "date", "count", "percent", "money", "ordinal"):
        return None
    if not isinstance(question, Cloze | Short | Mcq | TrueFalse):
        return None  # a match's or a list's key is not one name
    if isinstance(question, Mcq):
        for word in re.findall(r"\(([A-Z][a-z]+)\)", question.prompt):
            if not is_region(word):  # a state names where, not which (a dynasty would)
                return f"the bracketed ({word}) in the prompt says which option it is"
    if draft.rule == "definition":
        return None  # the key is a description, its words are the question's own
    named = " ".join(w for w in draft.key_text.split() if w[:1].isupper())
    key_words = [w for w in fold_words(named) if w not in _PLAIN and not w.isdigit()]
    text = shown(question).replace(BLANK, " ")
    words = set(fold_words(text))
    for key_word in key_words:
        for word in words:
            if word not in _PLAIN and _root_shared(key_word, word):
                return f"the word {word!r} gives away the answer's {key_word!r}"
    topic = {w for w in fold_words(question.topic) if w not in _PLAIN}
    in_topic = [k for k in key_words if any(_root_shared(k, w) for w in topic)]
    if key_words and 2 * len(in_topic) >= len(key_words):
        return f"the topic line gives away the answer ({', '.join(in_topic)})"
    return None


def key_not_a_fact(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    key = draft.key_text.strip()
    if not key or not isinstance(question, Cloze | Short | Mcq | TrueFalse):
        return None
    if re.match(r"(?i)nb\b|note\b|n\.b\.", key):
        return f"the key {key!r} is the writer's aside"
    if any(q in key for q in '"“”‘’') or key.startswith("'"):
        return f"the key {key!r} keeps the notes' quotation marks"
    if re.search(r"\s(?:the|a|an)\s", key):
        return f"the key {key!r} runs across a phrase"
    if re.fullmatch(r"[~≈]?\d+\.\d+\s*%?", key):
        return f"the key {key!r} is an exact decimal: trivia"
    if draft.rule == "term" and key[:1].islower() and len(key.split()) >= 2:
        return f"the key {key!r} is a label of the note, not a name"
    if draft.key_kind == "count" and fold(key) in ("3", "three") and not draft.marked:
        return f"the count {key!r} is a trivial blank"
    month = re.fullmatch(r"([A-Za-z]{3,9})\.?\s+\d{4}", key)
    if month and fold(month.group(1)).rstrip(".") in MONTHS:
        shown_words = set(fold_words(shown(question)))
        if any(fold(m) in shown_words for m in _month_names(month.group(1))):
            return "the month of the key is printed in the question"
    return None


def _month_names(month: str) -> tuple[str, ...]:
    folded = fold(month)[:3]
    return tuple(m for m in MONTHS if m.startswith(folded))


def off_kind_options(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if not isinstance(question, Mcq | Multi):
        return None
    shapes = {_shape(o) for o in question.options}
    if "lower" in shapes and len(shapes) > 1:
        return "an option is written unlike the others: not of the answer's kind"
    if draft.rule == "definition":  # "Which best describes X?": descriptions of one kind
        words = [set(fold_words(o)) - _PLAIN for o in question.options]
        if not set.intersection(*words):
            return "the descriptions offered are of different kinds of thing"
    return None


def _shape(option: str) -> str:
    """``lower`` for a lower-case phrase, else ``name``."""
    return "lower" if option[:1].islower() else "name"


_DESCRIBED = re.compile(r"described as [“\"](.*)[”\"]\?")


def described_by_a_scrap(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``Which term is described as “oldest text, 10 mandalas, 1028 hymns”?``: a quoted
    scrap of the notes (no verb, or several notes joined by ``;``) is no description."""
    found = _DESCRIBED.search(str(getattr(question, "prompt", "")))
    if found is None:
        return None
    quoted = found.group(1)
    if ";" in quoted or (quoted.count(",") >= 2 and not _has_verb(quoted)):
        return "the description is a quoted scrap of the notes, not a sentence"
    return None


def list_without_a_set(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``“Philosophers followed: …” Name all four.``: a list named by a quoted scrap of the
    notes, not by a set the learner knows."""
    if isinstance(question, ListQuestion) and re.search(
        r"[“\"][^”\"]*(?:…|\.\.\.)|:\s[^:]*(?:…|\.\.\.)", question.prompt
    ):
        return "the list is named by a quoted scrap of the notes, not by a set"
    return None


def filled_sentence(question: Question) -> str | None:
    """The sentence a cloze blanks, with its blanks filled: two clozes of one sentence print
    each other's answers (``SC issues writs under ___, HCs under Art 226`` and ``… under
    Art 32, HCs under ___``), so only one of them is asked."""
    if not isinstance(question, Cloze):
        return None
    filled = CLOZE_BLANK.sub(lambda m: m.group(1).split("|")[0], question.text)
    return fold(re.sub(r"\s*\([^()]*\)", "", filled))  # an other name taken out or not


Rule = Callable[[Question, Draft, Unit | None, Context], str | None]
RULES: tuple[Rule, ...] = (
    key_not_a_fact,
    note_shorthand,
    not_a_sentence,
    label_in_front,
    pointing_subject,
    blank_in_a_list,
    cued_beside_the_blank,
    off_kind_options,
    described_by_a_scrap,
    list_without_a_set,
)
#: Rules the author's own questions (``Question :: Answer``, ``==highlights==``) skip.
_AUTHORED = frozenset(("card", "cloze"))


def fragment_gate(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The first reason the question, as shown, is not a clean self-contained question."""
    if draft.rule in _AUTHORED:
        return None
    for rule in RULES:
        reason = rule(question, draft, unit, ctx)
        if reason is not None:
            return reason
    return None
