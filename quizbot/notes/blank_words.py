"""Blanks with no fixed, typeable answer, for the generator's gate and ``quizbot check``
alike (rules of :data:`~quizbot.notes.ambiguity.QUESTION_ONLY_RULES`; the fourteenth
session's blind reviews, holdouts 218–224):

* a key holding a symbol no one types (``Monetary transmission ↓``);
* a count back from the writer's today (``over the last ___ years``, or a true/false that
  changes it);
* the language of a name the question prints (``___ name Rajya Sabha``: Hindi);
* an acronym key a shorter printed acronym opens (``… (IT Act)?`` keyed ITAT);
* an acronym key whose sibling the question prints (``___ (2006) – rescue & relief; SDRFs in
  states`` keyed NDRF, holdout 236);
* the state's side of a case (``Swaraj Abhiyan v. ___``: Union of India, holdout 258);
* a year that alone says which thing is meant (``The ___ order caused protests``);
* a count the question says in words too (``RBI named ___ large accounts ("dirty dozen")``
  keyed 12, holdout 231);
* the doer of what was not done (``___ did not loot Kanchi``, holdout 267);
* a key holding a pronoun (``Block it anywhere → sand piles up …``, holdout 263);
* one of two communities the question pairs (``unite ___ & Muslims``, holdout 280);
* a day the question's date names (``in ___ speech (15 Aug)``: Independence Day, holdout 282);
* a blank on a phrase of four or more lower-case words, the notes' own wording (``Lightning
  is the ___ in India`` keyed "single biggest killer among natural hazards"; fifteenth
  session: every one of the fourteen such blanks over 230 holdouts was judged weak or bad).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Mcq, Question, Short, TrueFalse
from quizbot.notes.ambiguity_shapes import blanks
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import A_YEAR, CHANGE_VERBS
from quizbot.notes.key_words import A_PEOPLE
from quizbot.notes.phrases import fold

_SYMBOL = re.compile(r"[↑↓→←⇒⇑⇓]")
_SINCE_NOW_SAID = re.compile(r"\b(?:last|past|next)\s+(\d+)\s+(?:years?|yrs|decades?|months?)")
_SINCE_NOW = re.compile(r"\b(?:last|past|next)\s+\{\{[^}]*\}\}\s+(?:years?|yrs|decades?|months?)")
#: Languages a name or a word is in.
_LANGUAGES = frozenset(
    "hindi sanskrit persian arabic urdu tamil english greek latin prakrit pali turkish "
    "portuguese french bengali marathi".split()
)
#: A bare "in" before a blank (``preached in ___``): a place fits it as well as a language.
#: "hit every ___ — rich or poor" keyed Indian (holdout 384, bad): a people after a
#: quantifier is anyone, not a fact.
_EVERY = re.compile(r"\b(?:every|each|all|any)\s*$", re.IGNORECASE)
_BARE_IN = re.compile(r"\b(?:preached|taught|spoke|sang)\s+in\s*$")
#: Days a date names (``15 Aug`` is Independence Day).
_NAMED_DAYS = {
    day: re.compile(rf"\b{date}\b", re.IGNORECASE)
    for day, date in {
        "independence day": r"15(?:th)? aug(?:ust|\.)?",
        "republic day": r"26(?:th)? jan(?:uary|\.)?",
        "gandhi jayanti": r"2(?:nd)? oct(?:ober|\.)?",
        "constitution day": r"26(?:th)? nov(?:ember|\.)?",
    }.items()
}
#: Communities named in pairs (``Hindus & Muslims``).
_COMMUNITIES = frozenset(
    "hindus muslims sikhs christians parsis jains buddhists hindu muslim sikh christian".split()
)
#: Counts and the words that say them (``dozen`` is 12).
_COUNT_WORDS = {
    str(n): re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for n, words in {
        2: "two|pair|duo",
        3: "three|trio|troika|triad",
        4: "four|quartet|foursome",
        5: "five|quintet",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        12: "twelve|dozen",
        20: "twenty|score",
    }.items()
}
_BLANK = re.compile(r"\{\{[^{}]*\}\}")
#: A blank whose clause says what it did not do (``___ did not loot Kanchi``, holdout 267,
#: bad): any number of others did not either.
_DID_NOT = re.compile(
    r"^\{\{[^{}]+\}\} (?:did not|didn't|never|was not|were not|could not)\b"
    r"|\b(?:did not|didn't|never) [a-z]+ (?:the )?\{\{"  # "… did not loot ___": nor much else
)
#: A pronoun in a key (``Block it anywhere``, holdout 263, bad): a clause, never a term.
_PRONOUN = re.compile(r"\b(?:it|them|this|these|those|he|she|they|we|you)\b")
_DIGITS = re.compile(r"\d+")
#: A blank of this many lower-case words is the notes' wording, not a term.
_PHRASE_WORDS = 4
_NAMING = re.compile(r"\}\}\s+(?:name|word|term|title|form|equivalent)\b")
#: A case's respondent that is the state (``Swaraj Abhiyan v. {{Union of India}}``, holdout
#: 258, bad): the petitioner is the fact.
_STATE_SIDE = re.compile(
    r"\bv(?:s|\.|s\.)?\s+\{\{(?:the\s+)?(?:Union of India|UoI|U\.O\.I\.|State of [^}|]+|"
    r"(?:Govt|Government) of India)(?:\|[^}]*)?\}\}",
    re.IGNORECASE,
)


_THE_WORLD = re.compile(r"\bthe \{\{(?:Earth|Sun|Moon)\}\}|\{\{Earth\}\}")


def unfixed_blank(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """Why the blank (or a short answer's or an mcq's key) has no fixed, typeable answer."""
    if isinstance(question, TrueFalse):  # "over the last 10 years" for the notes' 20
        said = _SINCE_NOW_SAID.findall(question.statement)
        if said and (said != _SINCE_NOW_SAID.findall(question.fix or question.statement)):
            return "the changed count runs back from the writer's today"
        changed = set(_DIGITS.findall(question.fix)) - set(_DIGITS.findall(question.statement))
        for count in changed:  # "named 10 large accounts ("dirty dozen")": 12, it says
            if count in _COUNT_WORDS and _COUNT_WORDS[count].search(question.statement):
                return f"the statement says its true count ({count}) in words"
        return None
    if not isinstance(question, Cloze | Short | Mcq):
        return None
    found = blanks(question)
    for _, key, _ in found:
        if not key.isascii() and _SYMBOL.search(key):
            return f"the answer {key!r} holds a symbol no one types"
    if isinstance(question, Cloze):
        text = question.text
        if ("last" in text or "past" in text or "next" in text) and _SINCE_NOW.search(text):
            return "the blank counts back from when the notes were written: no fixed answer"
        if _THE_WORLD.search(text):  # "keep falling around the ___" (holdout 344), not Sun Yat-sen
            return "the blank names the Earth, Sun or Moon: anyone fills it in"
        shown = _BLANK.sub(" ", text)
        for _, key, _ in found:
            why = _key_problem(key.strip(), shown)
            if why is not None:
                return why
        if _DID_NOT.search(text):
            return "the blank is who did not do something: many did not"
        if _STATE_SIDE.search(text):
            return "the blank is the state's side of a case, which every writ against it has"
        if _YEAR_LABEL.search(text):
            return "the blank is the year that names a thing the question never names otherwise"
        if "year" in text:
            summed = _year_by_sum(text, [key for _, key, _ in found])
            if summed is not None:
                return summed
        for before, key, _ in found:
            if _EVERY.search(before) and A_PEOPLE.fullmatch(key):
                return f"the blank is {key!r} after every or each: any people fits as well"
            if fold(key) in _LANGUAGES and _BARE_IN.search(before):
                return f"the language {key!r} after a bare 'in': a place fits as well"
        named = "}} " in text and _NAMING.search(text)
        for _, key, _ in found if named else ():
            if fold(key) in _LANGUAGES:
                return f"the answer {key!r} is only the language of a name the question prints"
        return None
    return acronym_opened(question.prompt, question.answer)


def _key_problem(key: str, shown: str) -> str | None:
    """Why one blank's ``key`` has no fixed answer, or is given away by the rest of the
    question (``shown``, its blanks taken out)."""
    if len(key.split()) >= _PHRASE_WORDS and not any(c.isupper() or c.isdigit() for c in key):
        return (
            f"the answer {key!r} is a phrase in the notes' own words: a right answer put "
            "otherwise would be marked wrong"
        )
    if _PRONOUN.search(key):
        return f"the answer {key!r} holds a pronoun: a clause of the notes, not a term"
    in_words = _COUNT_WORDS.get(key)
    if in_words is not None and in_words.search(shown):
        return f"the count {key!r} is said in words in the question"
    if key.isdigit() and int(key) % 2 == 0 and re.search(rf"\b{int(key) // 2} pairs\b", shown):
        return f"the count {key!r} is twice the pairs the question gives"  # "(12 pairs)"
    day = _NAMED_DAYS.get(fold(key))
    if day is not None and day.search(shown):
        # "announced by PM in ___ speech (15 Aug)" (holdout 282, bad): the date names the day
        return f"the question gives the date that names {key!r}"
    if fold(key) in _COMMUNITIES and _COMMUNITIES & set(fold(shown).split()):
        # "a chance to unite ___ & Muslims" (holdout 280, bad): the pair says its other half
        return f"the answer {key!r} is the other half of the communities the question pairs"
    sibling = _sibling_acronym(key, shown)
    if sibling is not None:
        return f"the question prints {sibling!r}, which differs from {key!r} in one letter"
    return None


#: A span of years said in the question (``an ultimatum of one year``, ``within 2 years``).
_SPAN = re.compile(
    r"\b(one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]years?\b", re.IGNORECASE
)
_SPAN_WORDS = {
    w: n for n, w in enumerate("a two three four five six seven eight nine ten".split(), start=1)
} | {"one": 1}


def _year_by_sum(text: str, keys: list[str]) -> str | None:
    """A blanked year the question's own year and span add up to (``Dec 1928 … an ultimatum
    of one year: … by 31 Dec ___`` keyed 1929; changed-38 review, bad)."""
    shown = _BLANK.sub(" ", text)
    spans = {int(m) if m.isdigit() else _SPAN_WORDS[m.lower()] for m in _SPAN.findall(shown)}
    years = {int(y) for y in A_YEAR.findall(shown)}
    for key in keys:
        if key.strip().isdigit() and any(int(key) - y in spans for y in years):
            return f"the year {key!r} is a printed year plus the span the question gives"
    return None


#: A blanked year that is all the question says of which thing it means (``The ___ order
#: caused protests``: holdout 239, bad).
_YEAR_LABEL = re.compile(
    r"\b[Tt]he \{\{(?:1[5-9]|20)\d\d(?:\|[^}]*)?\}\} (?i:order|act|amendment|judgment|judgement|"
    r"verdict|ruling|report|plan|policy|rules|notification|guidelines|law|bill|census|survey)\b"
)
_ACRONYMS = re.compile(r"\b[A-Z]{3,6}(?=s?\b)")


def _sibling_acronym(key: str, shown: str) -> str | None:
    """An acronym the question prints that is the key's but for its first letter (``SDRFs``
    beside a blank keyed NDRF: holdout 236, bad)."""
    if not (3 <= len(key) <= 6 and key.isalpha() and key.isupper()):
        return None
    return next((a for a in _ACRONYMS.findall(shown) if a != key and a[1:] == key[1:]), None)


def acronym_opened(visible: str, answer: str) -> str | None:
    """A shorter acronym the question prints opens the key's letters (``IT Act``: ITAT)."""
    if not (answer.isupper() and 3 <= len(answer) <= 8):
        return None
    for code in re.findall(r"\b[A-Z]{2,}\b", visible):
        if code != answer and answer.startswith(code):
            return f"the question's {code!r} opens the acronym {answer!r}"
    return None


#: A value the line then says was changed (``was ₹25 lakh → raised to ₹2 crore``).
_CHANGED_AFTER = rf"\s*(?:→|->)\s*(?:later\s+|now\s+|then\s+)?(?:{CHANGE_VERBS})\b"


def superseded_value(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A blank on a value its note line then says was changed: ``Min NOF was ___`` keyed
    ₹25 lakh of ``… was ₹25 lakh → raised to ₹2 crore`` (holdout 238, bad: today's ₹2 crore
    is as right)."""
    if unit is None or not isinstance(question, Cloze) or "→" not in unit.text:
        return None
    line = unit.text.replace("**", "")
    for _, key, _ in blanks(question):
        if re.search(re.escape(key) + _CHANGED_AFTER, line):
            return f"the line then says {key!r} was changed: the blank has two answers"
    return None
