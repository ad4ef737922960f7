"""What a key's own words say it is, when that is no fact to ask: a note's field label
(``where: …``), a word the writer cut short (``Aus.``, ``Delhi Univ.``), or words that only
describe a name (``CIA-trained Cuban exiles``). A gate rule's part, split from
:mod:`~quizbot.notes.fragment_keys` (blind rounds h84-92 of 2026-12-05)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, Short
from quizbot.notes.clauses import PROVISION
from quizbot.notes.phrases import fold, fold_words
from quizbot.text.names import DEMONYMS, is_region


def what_the_key_says(question: Question, key: str, rule: str) -> str | None:
    """Why the key's words are no fact to ask, or ``None``."""
    cut = _CUT_LAST_WORD.search(key) and not _written_out_too(question, key)
    if rule != "term" and _descriptor(key) and _before_a_noun(question, key):
        return f"the key {key!r} describes a name ('CIA-trained Cuban'), it names nothing"
    if isinstance(question, Cloze) and any(
        m.group(1) == key for m in _DESCRIBES_THE_NAME.finditer(question.text)
    ):  # "his ___ adviser Kautilya": it describes the name printed after it
        return f"the key {key!r} only describes the name printed after it"
    if re.fullmatch(r"[A-Z][a-z]{1,4}\.", key) or cut:
        return f"the key {key!r} is a word the writer cut short"  # "Aus.", "Delhi Univ."
    if fold(key).rstrip(".") in _FIELD_LABELS or _ASIDE_LABEL.search(key):
        return f"the key {key!r} is the field label of a note ('where: …', 'Effects: …')"
    if isinstance(question, Cloze) and _spelled_after(question.text, key):
        return f"the key {key!r} is the short form of the words printed after it"
    ends_a_name = key.split()[-1:] in (["Bill"], ["Act"], ["Scheme"], ["Yojana"], ["Code"])
    if isinstance(question, Cloze) and (
        (ends_a_name and _TITLE_TAIL.search(question.text))
        or (_NAME_GOES_ON.search(question.text) and not PROVISION.match(key))
    ):  # "Section 22 of the RBI Act" is a provision of the Act, not a piece of its name
        return "the blank is part of a name the question prints ('… Redressal of their ___')"
    return None


#: A blank after "his" and before a noun and a name (``his {{chief}} adviser Kautilya``),
#: one pattern for every key (compiled once: a pattern per key cost 0.2 s in
#: ``generate_1mb_s``).
_DESCRIBES_THE_NAME = re.compile(
    r"\b(?:his|her|their|its)\s+\{\{([^{}|]*)(?:\|[^}]*)?\}\}\s+[a-z]+\s+[A-Z]"
)
#: A blank inside a long printed name: three or more capitalised words, a link word and the
#: blank (``The Right of Citizens for ___``, ``… Redressal of their ___``), where the key
#: ends the name (``Grievances Bill``); "the Natya Shastra and the ___" is two names.
_TITLE_TAIL = re.compile(
    r"(?:[A-Z][\w'’-]*\s(?:(?:of|for|and|the|to|in|their)\s)*){3,}"
    r"(?:(?<=of )|(?<=for )|(?<=and )|(?<=the )|(?<=their ))\{\{"
)


#: A blank a named instrument goes on after (``___ of their Grievances Bill``).
_NAME_GOES_ON = re.compile(
    r"\}\} (?:of|for|and|to)(?: their| the)? (?:[A-Z][\w'’-]*\s)+(?:Bill|Act|Scheme|Yojana)\b"
)


def _spelled_after(text: str, key: str) -> bool:
    """``___: Executive Committee of the National Security Council`` keyed ``ExComm``: the
    key's capitals open the first words after the blank."""
    capitals = re.findall(r"[A-Z]", key)
    if not 2 <= len(capitals) <= 5 or key.isupper() or " " in key:
        return False
    after = re.search(r"\{\{[^}]*\}\}\s*[:–—(-]\s*(.*)", text)
    if after is None:
        return False
    words = [w for w in after.group(1).split() if w[:1].isupper()]
    return [w[0] for w in words[: len(capitals)]] == capitals


def _before_a_noun(question: Question, key: str) -> bool:
    """Does the blank on ``key`` stand before a lower-case word (``___ exiles``): a modifier?
    (``the ___ (1780)``: "the Dutch" names a people; ``Soviet: council …`` is a term.)"""
    if not isinstance(question, Cloze):
        return False
    found = re.search(r"\{\{" + re.escape(key) + r"(?:\|[^}]*)?\}\} ([a-z])", question.text)
    return found is not None


def _descriptor(key: str) -> bool:
    """Is the key only words that describe (a people's adjective, a ``-trained``/``-backed``
    compound): ``CIA-trained Cuban``, ``Soviet``?"""
    words = key.split()
    return bool(words) and all(_describes(w) for w in words)


def _describes(word: str) -> bool:
    low = fold(word)
    if re.fullmatch(r"[a-z]+-(?:trained|backed|led|funded|based|born|made|style)", low):
        return True
    return low in DEMONYMS or (
        word[:1].isupper() and low.endswith(("an", "i")) and is_region(word[:-1])
    )  # "Cuban": Cuba's; "Israeli": Israel's


def _written_out_too(question: Question, key: str) -> bool:
    """Does the question accept a form of ``key`` with no word cut short (``SC
    Advocates-on-Record Assn`` and its ``… Association``)?"""
    forms: tuple[str, ...] = ()
    if isinstance(question, Cloze):
        forms = next((b for b in question.blanks if b[0] == key), ())
    elif isinstance(question, Short):
        forms = (question.answer, *question.aliases)
    return any(not _CUT_LAST_WORD.search(form) for form in forms)


#: A label the writer marks as a heap of notes (``Other imp. texts``, ``Misc``).
#: (``Other Backward Classes`` is a name: a capital after "Other" keeps it one.)
_ASIDE_LABEL = re.compile(r"^(?:(?:Other|Some|More) [a-z]|Misc\b)|\b[Ii]mp\.(?:\s|$)")
#: A name whose last word the writer cut short (``Delhi Univ.``, ``Home Dept.``).
_CUT_LAST_WORD = re.compile(
    r"\s(?:(?:Univ|Govt|Dept|Deptt|Assn|Inst|Comm|Cttee|Natl|Intl|Min)\.|Pres|Presy)$"
)
#: The words a note writes before a colon to say what follows (``- where: Damin-i-Koh``,
#: ``- leaders: Sidhu and Kanhu``): a field of the note, never the fact.
_FIELD_LABELS = frozenset(
    """where when why who whom what how cause causes reason reasons leader leaders result
    results outcome outcomes impact effect effects significance aim aims objective objectives
    feature features background venue date year place type members founder founders origin
    trigger course spread nature methods climate decline religion society economy polity
    administration culture art architecture literature trade agriculture vegetation flora
    fauna rainfall temperature location extent structure composition functions powers tenure
    legacy aftermath achievements criticism limitations consequences trap mnemonic tip""".split()
) | {"trap q", "exam trap", "trap question"}  # "Trap Q – Lonar is an impact crater, NOT …"


#: A people's adjective: ``Greek``, ``Chinese``, ``Portuguese``, ``Persian``, ``Dutch``.
A_PEOPLE = re.compile(
    r"[A-Z][a-z]+(?:ese|ian|an|ish|ic|i)|Greek|Dutch|French|Thai|Swiss|Arab|Turk|Mongol|Uzbek"
)
#: A role and the person's name after it: `` engineer Agesilaus``, `` pilgrim Fa-Hien``.
_ROLE_THEN_NAME = re.compile(r"\s+[a-z]{4,}\s+[A-Z][a-z]")


def a_people_before_a_name(key: str, after: str) -> bool:
    """Is the key a people's adjective before a role and a person's name (``___ engineer
    Agesilaus named on the reliquary`` keyed Greek, holdout 368, bad)? The name says who
    he was, and his people is trivia."""
    return A_PEOPLE.fullmatch(key.strip()) is not None and _ROLE_THEN_NAME.match(after) is not None


#: Words that come in pairs of opposites: the line that names one half leaves the other.
_OPPOSITES = dict(
    pair
    for a, b in (
        ("higher", "lower"),
        ("upper", "lower"),
        ("greater", "lesser"),
        ("inner", "outer"),
        ("major", "minor"),
        ("northern", "southern"),
        ("eastern", "western"),
        ("maximum", "minimum"),
        ("senior", "junior"),
        ("superior", "inferior"),
        ("internal", "external"),
        ("upstream", "downstream"),
        ("onshore", "offshore"),
    )
    for pair in ((a, b), (b, a))
)


def opposite_shown(key: str, text: str) -> str | None:
    """The word of ``text`` that is the opposite of one of the key's (``___ panchayats can't
    take over powers of lower ones`` keyed Higher-level, holdout 373, bad), or ``None``."""
    words = set(fold_words(text))
    return next((_OPPOSITES[w] for w in fold_words(key) if _OPPOSITES.get(w) in words), None)
