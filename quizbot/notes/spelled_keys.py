"""Gate rule: an acronym the question spells out, or asks bare (split from
:mod:`~quizbot.notes.line_checks`).

:func:`spelled_by_the_text` turns away a cloze on an acronym where the question prints the
words whose initials spell it (the initials of ``Smart leadership, Aggressive strategy, …``
spell ``SAMADHAN``), and a bare ``What does X stand for?`` (it asks the letters, not the
fact, and an acronym alone is ambiguous for an Indian aspirant: NEP, MCC) unless the note
teaches the expansion itself (``SAGAR (2015) = "Security And Growth …"``).
"""

from __future__ import annotations

import re

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, Short
from quizbot.notes.abbreviations import STAND_FOR, find_leading_long_form
from quizbot.notes.descriptions import CALLED, DESCRIBED
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragments import shown
from quizbot.notes.names import MONTHS, NAME_KIND_WORDS
from quizbot.text.stopwords import FUNCTION_WORDS

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Z]+$")


def _initials(text: str) -> str:
    pieces = [p.strip() for p in re.split(r"[,;:]", text) if p.strip()]
    by_piece = "".join(p[0] for p in pieces if p[0].isalpha()).upper()
    by_word = "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", text))
    return by_piece + " " + by_word


def _common(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, other in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if ch == other else max(row[j], row[j - 1])
    return row[-1]


def _spells(key: str, initials: str) -> bool:
    """The initials spell the key, exactly or (for a key of four letters or more, which
    often takes a second letter from a word: PRAGATI) all but a quarter of it, in order."""
    if key in initials:
        return True
    return len(key) >= 4 and any(_common(key, part) >= 0.75 * len(key) for part in initials.split())


def _taught_expansion(question: Short, line: str) -> bool:
    """The note teaches the expansion itself (``SAGAR (2015) = "Security And Growth …"``),
    or opens on the acronym and spells it (``OSAT: Outsourced Semiconductor Assembly and
    Test → …``), rather than naming a thing and giving its acronym in passing (``New
    Economic Policy (NEP) → small private trade allowed again``)."""
    found = STAND_FOR.match(shown(question))
    first = question.answer.split()[0] if question.answer.split() else ""
    if found is None or not first:
        return False
    leading = find_leading_long_form(line)
    if leading is not None and leading.abbr == found.group("acronym"):
        return True  # "OSAT: Outsourced Semiconductor Assembly and Test → …": a glossary's
    line = line.replace("**", "")
    if "=" not in line:
        return False
    after = re.compile(rf"[^=→]{{0,40}}=\s*[\"“']?{re.escape(first)}")
    for at in re.finditer(rf"\b{re.escape(found.group('acronym'))}s?\b", line):
        if after.match(line, at.end(), at.end() + 60 + len(first)):
            return True
    return False


#: A glossary line of the writer's shorthand: ``{{PW/LM}}: pregnant women / lactating mothers``.
_SHORTHAND_GLOSSED = re.compile(
    r"^\{\{(?P<key>[A-Z]{1,4}(?:/[A-Z]{1,4})+)(?:\|[^}]*)?\}\}:\s*(?P<said>.+)"
)


def _glossed_letters(key: str, text: str) -> bool:
    """``PW/LM: pregnant women / lactating mothers`` (holdout 351, bad): shorthand joined
    by slashes, each letter a word of its definition, in order; asked, it prints itself."""
    found = _SHORTHAND_GLOSSED.match(text)
    if found is None:
        return False
    said = re.findall(r"[A-Za-z]+", found.group("said"))
    words = [w for w in said if w.lower() not in FUNCTION_WORDS]
    letters = key.replace("/", "")
    return "".join(w[0] for w in words).upper().startswith(letters)


#: A definition that opens on its term's literal meaning: ``Kala Pani: lit. "black water"``
#: (holdout 474, bad), ``Dashavatar – literally “ten avatars”``.
_TRANSLATED = re.compile(r"(?:^|[:–—“\"]\s*)(?:lit\.|literally|lit\b)\s*[\"“'‘]", re.IGNORECASE)
#: A short form of capitals and small letters (``HbS``, ``HbA1c``, ``GoI``) as a glossary's
#: term: ``{{HbS}}: sickle haemoglobin (mutant form)``.
_MIXED_GLOSSED = re.compile(r"^\{\{(?P<key>[A-Z][A-Za-z0-9-]{1,6})(?:\|[^}]*)?\}\}:\s*(?P<said>.+)")


def _capitals_glossed(key: str, text: str) -> bool:
    """``HbS: sickle haemoglobin (mutant form)`` (holdout 463, bad): each capital of a short
    form of mixed case opens one of the definition's first words, in any order; asked, the
    definition spells it."""
    found = _MIXED_GLOSSED.match(text)
    capitals = [c for c in key if c.isupper()]
    if found is None or key.isupper() or len(capitals) < 2:
        return False
    said = re.findall(r"[A-Za-z]+", found.group("said"))
    initials = [w[0].upper() for w in said if w.lower() not in FUNCTION_WORDS][: len(key)]
    return all(initials.count(c) >= capitals.count(c) for c in set(capitals))


def _glossed_syllables(key: str, text: str) -> bool:
    """``BSL-4: highest biosafety level lab, …`` (holdout 466, bad): the first words of a
    glossary's definition, side by side, spell a short acronym (its number aside) by their
    openings ("b", "s" of biosafety, "l" of level)."""
    found = _MIXED_GLOSSED.match(text)
    letters = re.sub(r"[-\s]?\d+$", "", key)
    if found is None or not (3 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    said = re.findall(r"[A-Za-z]+", found.group("said"))
    words = [w.lower() for w in said if w.lower() not in FUNCTION_WORDS][:5]
    return any(_spelled_from(letters.lower(), words, at) for at in range(len(words)))


_CAPITALS = re.compile(r"\b[A-Z]{3,}s?\b")


def _near_acronym(key: str, text: str) -> str | None:
    """``___ – … (modelled on RUDSETI)`` keyed RSETIs (holdout 357, bad): another acronym in
    the question holds the answer's letters in order with a letter or two more."""
    letters = key.rstrip("s")
    if not (3 <= len(letters) <= 8 and letters.isupper()):
        return None
    others: set[str] = set(_CAPITALS.findall(CLOZE_BLANK.sub(" ", text)))
    for other in others:
        word = other.rstrip("s")
        if (
            word != letters
            and 0 < len(word) - len(letters) <= 2
            and _common(letters, word) == len(letters)
        ):
            return other
    return None


#: The parts of a chemical's compound name (``hydro-fluoro-olefin``, ``chloro-fluoro-carbon``).
_PART = r"hydro|fluoro|chloro|bromo|iodo|carbon|olefin|ethane|methane|propane|oxide|ide"
_COMPOUND = re.compile(rf"(?:{_PART})+")


def _letters_described(key: str, description: str) -> bool:
    """Do the description's words open on every letter of an acronym key, two of them on
    words side by side in the key's order (``natural gas … liquid`` of LNG)?"""
    if not (2 <= len(key) <= 5 and key.isalpha() and key.isupper()):
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", description) if w.lower() not in FUNCTION_WORDS]
    if words and _COMPOUND.fullmatch(words[0].lower()) and words[0][:1].upper() == key[0]:
        # "hydrofluoroolefin, low-GWP …" of HFO (holdout 419, bad): one compound word, its
        # parts the key's letters
        parts = re.findall(_PART, words[0].lower())
        if "".join(part[0] for part in parts).upper().startswith(key):
            return True
    initials = "".join(w[0] for w in words).upper()
    if initials[:1] == key[0] and _in_order(key, initials):
        return True  # "Conference of the Parties serving as the Meeting of … Agreement": CMA
    pairs = {key[i : i + 2] for i in range(len(key) - 1)}
    return all(initials.count(c) >= key.count(c) for c in set(key)) and any(
        p in initials for p in pairs
    )


def _in_order(letters: str, initials: str) -> bool:
    """Are ``letters`` among ``initials`` in their order (``CMA`` in ``CPSMPPA``)?"""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def spelled_by_the_text(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if isinstance(question, Short) and STAND_FOR.match(shown(question)):
        if unit is not None and _taught_expansion(question, unit.text):
            return None
        return "a bare 'What does X stand for?' asks the letters, not the fact"
    described = (
        (DESCRIBED.search(shown(question)) or CALLED.match(shown(question)))
        if isinstance(question, Short)
        else None
    )  # "What is a temperature-dependent sex determination called?" = TSD (holdout 476, bad)
    if (
        isinstance(question, Short)
        and described is not None
        and _letters_described(question.answer, described.group(1))
    ):
        # "Which term is described as “natural gas cooled to liquid …”?" keyed LNG (364, bad)
        return f"the description's words spell {question.answer!r}"
    if (
        isinstance(question, Short)
        and described is not None
        and syllables_spell(question.answer, described.group(1))
    ):  # "… “Equatorial Indian Ocean Oscillation, …”?" keyed EQUINOO (holdout 440, bad)
        return f"the description's words spell {question.answer!r} by their first syllables"
    glossed = _MIXED_GLOSSED.match(question.text) if isinstance(question, Cloze) else None
    if glossed is not None and _letters_described(glossed.group("key"), glossed.group("said")):
        # "{{CMP}}: Conference of the Parties serving as the Meeting of the Parties …",
        # asked as "What is … called?" (holdout 617, bad)
        return f"the definition's words spell {glossed.group('key')!r}"
    found = CLOZE_BLANK.search(question.text) if isinstance(question, Cloze) else None
    key = found.group(1).split("|")[0] if found else ""
    one_word = question.answer if isinstance(question, Short) else key
    named = month_named(str(getattr(question, "answer", "") or key), shown(question))
    if named is not None:
        return f"the question's date gives the month the answer is named for ({named!r})"
    grown = _grown_from(one_word, CLOZE_BLANK.sub(" ", shown(question)))
    if grown is not None:
        return f"the question prints {grown!r}, the answer {one_word!r} but a prefix or ending"
    holding = _holds(one_word, CLOZE_BLANK.sub(" ", shown(question)))
    if holding is not None:  # "silver coin (karshapana)" asked for Pana (holdout 626, bad)
        return f"the question prints {holding!r}, which holds the answer {one_word!r}"
    if isinstance(question, Cloze) and _glossed_letters(key, question.text):
        return f"the definition's words spell the writer's shorthand {key!r}"
    if _TRANSLATED.search(shown(question)):
        return "the clue is the answer's name translated ('lit. “black water”'): it spells it"
    if isinstance(question, Cloze) and (
        _capitals_glossed(key, question.text) or _glossed_syllables(key, question.text)
    ):
        return f"the definition's first words open on the capitals of {key!r}"
    near = _near_acronym(key, question.text) if isinstance(question, Cloze) else None
    if near is not None:
        return f"the question prints {near!r}, the answer {key!r} but a letter or two"
    if isinstance(question, Cloze) and syllables_spell(key, CLOZE_BLANK.sub(" ", question.text)):
        return f"the question prints the words whose first syllables spell {key!r}"
    if not isinstance(question, Cloze) or not _ACRONYM.match(key.replace("-", "")):
        return None
    if _spells(key.upper().replace("-", ""), _initials(CLOZE_BLANK.sub(" ", question.text))):
        return f"the question prints the words whose initials spell {key!r}"
    return None


#: Letters an answer may add to a word of its question and still be given away by it.
_GROWN = 3


def _grown_from(answer: str, text: str) -> str | None:
    """A word of the question that the one-word answer only grows by a prefix or an ending
    of up to three letters: "castes outside the four varnas" asked for Avarna (holdout 408,
    bad), "true guru" for Satguru (holdout 413, bad)."""
    own = [w for w in answer.lower().split() if w not in NAME_KIND_WORDS]
    folded = own[0] if len(own) == 1 else answer.lower()  # "Denial" of "Denial Policy"
    if not folded.isalpha() or len(folded) < 5:
        return None
    for word in re.findall(r"[A-Za-z]{4,}", text):
        low = word.lower()
        stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
        stem = stem[:-1] + "i" if stem.endswith("y") else stem  # "deny" of "denial" (472)
        if stem != folded and stem in folded and len(folded) - len(stem) <= _GROWN:
            return str(word)
    return None


def _holds(answer: str, text: str) -> str | None:
    """A longer word of the question that opens or ends on the one-word answer: "karshapana"
    for Pana."""
    folded = answer.lower()
    if " " in folded or not folded.isalpha() or len(folded) < _MIN_HELD:
        return None
    for word in re.findall(r"[A-Za-z]{7,}", text):
        low = word.lower()
        if low != folded and (low.endswith(folded) or low.startswith(folded)):
            return str(word)
    return None


#: Letters of a one-word answer a longer word of the question holds.
_MIN_HELD = 4


def month_named(answer: str, text: str) -> str | None:
    """The month an answer is named for, when the question's date shows it: "Which
    declaration is this: 20 Aug 1917; …?" = August Declaration (holdout 417, bad)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", answer)]
    months = [w for w in words if w in MONTHS and len(w) > 3 and w != "may"]
    if not months:
        return None
    said = {w.lower()[:3] for w in re.findall(r"\b[A-Z][a-z]{2,8}\b", text) if w.lower() in MONTHS}
    return next((m for m in months if m[:3] in said), None)


def syllables_spell(key: str, text: str) -> bool:
    """Do the openings of words side by side in the text spell an acronym made of syllables
    (``BRIMSTOWAD`` of "Brihanmumbai Storm Water Drain", holdout 422, bad)?"""
    if len(key) < 6 or not key.isupper() or not key.isalpha():
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in FUNCTION_WORDS]
    target = key.lower()
    for start in range(len(words)):
        if words[start][0] == target[0] and _spelled_from(target, words, start):
            return True
    return False


def _spelled_from(target: str, words: list[str], at: int) -> bool:
    """Can ``target`` be cut into pieces taken from ``words[at]``, ``words[at + 1]`` … in
    turn, each piece opening on its word's first letter and the rest of it letters of that
    word in order ("brim" of Brihanmumbai, "sto" of Storm)?"""
    if not target:
        return True
    if at >= len(words) or words[at][0] != target[0]:
        return False
    word = words[at]
    taken, i = 1, 1
    ends = [1]
    for ch in target[1:]:
        i = word.find(ch, i)
        if i < 0:
            break
        taken, i = taken + 1, i + 1
        ends.append(taken)
    return any(_spelled_from(target[cut:], words, at + 1) for cut in reversed(ends))
