"""The topic line gives the answer away: shown with every cloze and true/false, a topic
that holds the answer's number (``The Emergency (1975–77)`` over "lifted on 21 March ___"),
its words, or the long form of its acronym (``Right to Information Act, 2005`` over "The ___
got assent …" keyed RTI Act), or the start of that acronym; and a place asked that is the
learner's own country, which the notes are about; and an article's number printed beside its
own blank (``___: … inquired into by courts (74(2))`` keyed Art 74), or a year beside a
blank on its century. Gate rules of
:mod:`~quizbot.notes.shown_gate` (split from :mod:`~quizbot.notes.fragment_keys`)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Mcq, Question, TrueFalse
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import singular
from quizbot.notes.names import NAME_KIND_WORDS
from quizbot.notes.phrases import fold, fold_words, whole_count
from quizbot.text.dates import MONTHS
from quizbot.text.numbers import NUMBER_WORDS, number_at

_FULL_YEAR = re.compile(r"(?<!\d)((?:1[0-9]|20)\d\d)(?:\s*[–—-]\s*(\d{2,4}))?(?!\d)")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:[.,]\d+)?(?![\d])")


#: A key that is one article (``Art 74``, ``Article 21A``): its number.
_ARTICLE_KEY = re.compile(r"(?:Art(?:icle)?s?\.?)\s*(\d{1,3}[A-Z]{0,2})")
_BLANKED = re.compile(r"\{\{.*?\}\}")
#: A blank on a count of years between two events (``came {{33}} years before 1857``).
_YEARS_BETWEEN = re.compile(
    r"\{\{(\d{1,3})(?:\|[^{}]*)?\}\}\s+years?\s+(?:before|after|earlier|later)\b"
)
#: A count blanked, then after a colon the items it counts, to the sentence's end.
_COUNT_THEN_ITEMS = re.compile(r"\{\{(\w+)(?:\|[^{}]*)?\}\}[^:{}]*:\s*(?P<items>[^:;{}]+?)\.?$")
#: The same, the count said (``name four places …: birth, …``).
_SAID_COUNT_THEN_ITEMS = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^:{}]*:\s*"
    r"(?P<items>[^:;{}]+?)\.?$"
)
#: A count of years between two events, said (``came 40 years before 1857``).
_COUNTED_YEARS = re.compile(r"\b(\d{1,3})\s+years?\s+(?:before|after|earlier|later)\b")
#: A blank on a century (``the {{19th}} c.``, ``{{18th}} century``): a year of it printed
#: beside (``(1836 onwards)``) answers it (holdout 518, bad).
#: A blank on one, and the singular noun it counts: ``within {{1}} year``.
_ONE_BY_ITS_NOUN = re.compile(
    r"\{\{(?:1|one)(?:\|(?:1|one))*\}\}\s+(?:year|month|week|day|hour|member|seat|term)\b",
    re.IGNORECASE,
)
_CENTURY_BLANK = re.compile(r"\{\{(\d{1,2})(?:st|nd|rd|th)\}\}\s*(?:c\b|cent)", re.IGNORECASE)


def number_beside_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___: CoM with PM at head … not inquired into by courts (74(2))`` keyed Art 74: the
    clause's number, printed beside the blank, names the article (holdout 307, bad)."""
    if isinstance(question, TrueFalse) and question.fix:
        # "Rising came 60 years before 1857." under "Paika Rebellion (1817)": 1857 - 1817
        said = _COUNTED_YEARS.search(question.fix)
        if said is not None and _a_difference(int(said.group(1)), question.fix, question.topic):
            return "the years printed give the changed count by a subtraction"
        listed = _SAID_COUNT_THEN_ITEMS.search(question.fix)
        if listed is not None and _items(listed.group("items")) == _count_of(listed.group(1)):
            return "the changed count is the number of items listed after it"
    if not isinstance(question, Cloze):
        return None
    rest = _BLANKED.sub(" ", question.text)
    for blank in question.blanks:
        article = _ARTICLE_KEY.fullmatch(blank[0].strip())
        if article and re.search(rf"(?<![\d.]){re.escape(article.group(1))}(?![\dA-Z])", rest):
            return f"the article's number {article.group(1)} is printed beside its blank"
    for century in _CENTURY_BLANK.finditer(question.text):
        number = int(century.group(1))
        if any((int(y) - 1) // 100 + 1 == number for y, _ in _FULL_YEAR.findall(rest)):
            return "a year printed beside the blank tells its century"
    counted = _COUNT_THEN_ITEMS.search(question.text)
    if counted is not None and _items(counted.group("items")) == _count_of(counted.group(1)):
        # "name ___ places …: birth, enlightenment, first sermon and parinibbana" (536, bad)
        return "the blank's count is the number of items listed after it"
    if _ONE_BY_ITS_NOUN.search(question.text):
        # "set up within ___ year of a state's request" (holdout 719, bad): only one fits
        return "the singular noun after the blank says its count is one"
    span = _YEARS_BETWEEN.search(question.text)
    if span is not None and _a_difference(int(span.group(1)), rest, question.topic):
        # "Revolt came ___ years before 1857." under "Kittur Revolt (1824)" (holdout 522)
        return "the years printed beside the blank give its count by a subtraction"
    return None


def _items(listed: str) -> int:
    """How many items a list says (``birth, enlightenment, first sermon and parinibbana``)."""
    return len([i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed) if i.strip()])


def _count_of(said: str) -> int:
    """The number a blank's first form says (``four``, ``4``), or 0."""
    low = said.lower()
    return int(low) if low.isdigit() else NUMBER_WORDS.get(low, 0)


def _a_difference(count: int, text: str, topic: str) -> bool:
    """Is ``count`` the years between two years the text and its topic print?"""
    years = {int(y) for y, _ in _FULL_YEAR.findall(f"{text} {topic}")}
    return any(abs(a - b) == count for a in years for b in years)


def _topic_numbers(topic: str) -> set[str]:
    """Every number the topic line shows, a span's short end written out (``1975–77`` →
    1975, 1977)."""
    found = set(_NUMBER.findall(topic))
    for m in _FULL_YEAR.finditer(topic):
        end = m.group(2)
        if end is not None and len(end) == 2:
            found.add(m.group(1)[:2] + end)
    return found


#: Where a topic's list of names breaks: brackets, dashes, colons and the breadcrumb.
_TOPIC_PARTS = re.compile(r"[()›:—–]")
#: Between a list's items: commas, "&", "+", "and", "vs".
_LIST_JOINS = re.compile(r"\s*(?:,|&|\+|\band\b|\bvs\.?)\s*")
#: Fewest items a topic's list has that names its rows, not one answer.
_LISTED = 3


def one_of_a_list(key: str, question: Question) -> bool:
    """Is ``key`` one of three or more names the question's topic lists (``International
    Groupings: BRICS, SCO, G20, UNSC``, ``… (loo, foehn, chinook, mistral + others)``), none
    of the others named in the question itself? The list names what the note covers, so it
    gives no one of them away (holdouts 351-352: the key facts of such notes were never
    asked); but a question that names the others leaves the answer by elimination (the
    Satavahanas beside the Shungas and Kushanas, a fresh coach: bad), and India, in notes
    for an Indian exam, is every answer's guess."""
    topic, folded = question.topic, fold(key)
    if folded == "india" or whole_count(fold(topic), folded) != 1:
        return False  # "… › Aryabhata (Aryabhata I)": the section is the answer's own
    body = fold(" ".join(str(getattr(question, f, "")) for f in ("text", "prompt", "options")))
    body = body.replace(fold(topic), " ")  # a prompt opens on its topic: not the question
    for part in _TOPIC_PARTS.split(topic):
        items = [fold(i) for i in _LIST_JOINS.split(part) if i.strip()]
        if "," not in part and "+" not in part:
            continue  # "Apiculture & the National Beekeeping and Honey Mission": a name's
            # "and", no list of three (holdout 452, bad: "___: scientific rearing of …")
        if len(items) >= _LISTED and folded in items:
            others = [i for i in items if i != folded]
            if any(len(w) > 3 and w[:3] == folded[:3] for i in others for w in i.split()):
                return False  # "Tides, Tidal Energy & Tidal Bores": all of the answer's own
                # (holdout 372, bad: "Which term is … rise & fall of sea level?" keyed Tides)
            return not any(i in body for i in others)
    return False


def answered_by_the_topic(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``The Emergency was lifted on 21 March ___`` under the topic ``The Emergency
    (1975–77)``: the topic line, shown with the question, gives the year (or the name)."""
    topic = question.topic
    if not topic or draft.rule == "abbreviation":
        return None
    keys = [a[0] for a in question.blanks] if isinstance(question, Cloze) else [draft.key_text]
    counted, _ = number_at([fold(draft.key_text)], 0)  # "all {{three}} RTCs" under "3rd RTC"
    forms = [f"{key} {counted}" if counted is not None else key for key in keys]  # (707)
    numbers = _topic_numbers(topic)
    folded_topic = f" {' '.join(fold_words(topic))} "
    for key, written in zip(keys, forms, strict=True):
        key_numbers = _NUMBER.findall(written)
        # a date ("1 Oct 2016" under "IBC, 2016"): the topic's year gives only part of it
        dated = any(w.lower().rstrip(".,") in MONTHS for w in key.split())
        shown = all if dated else any
        if key_numbers and shown(n in numbers for n in key_numbers):
            if isinstance(question, Mcq) and all(
                any(n in numbers for n in _NUMBER.findall(o)) for o in question.options
            ):
                continue  # "Arts 352, 356, 360" in the topic: every option's article, no hint
            return f"the topic line shows the answer's number {key!r}"
        words = " ".join(fold_words(key))
        if one_of_a_list(key, question):
            continue  # "Local Winds (loo, foehn, chinook, mistral + others)": names no one
        if not key_numbers and len(words) >= 4 and f" {words} " in folded_topic:
            if isinstance(question, Mcq) and all(
                f" {' '.join(fold_words(o))} " in folded_topic for o in question.options
            ):
                continue  # "Nagara, Dravida & Vesara" in the topic: every option, no hint
            return f"the topic line shows the answer {key!r}"
        if _ACRONYM.fullmatch(key) and re.search(rf"\b{key}s?\b", topic):
            return f"the topic line shows the acronym {key!r}"  # "NPA" under "› NPAs — …"
        if any(long_form(a, key) for a in _ACRONYM.findall(topic) if a not in key):
            return f"the topic line gives the answer {key!r} as its acronym"  # "› PCA framework"
        if _opens_an_acronym(key, topic):
            return f"the topic line's acronym begins with the answer {key!r}"
        acronym = _ACRONYM.search(key)
        rest = fold_words(key.replace(acronym.group(0), " ")) if acronym else []
        if (
            acronym
            and all(w in NAME_KIND_WORDS for w in rest)
            and long_form(acronym.group(0), topic) is not None
        ):
            # "RTI Act" under "Right to Information Act, 2005" ("UN Charter": the charter)
            return f"the topic line spells out {acronym.group(0)!r} of the answer"
        people = _PEOPLES.get(fold(key))
        if people and any(f" {p} " in folded_topic for p in people):
            return f"the topic line names the people {key!r} by its land"  # "Danes" (474)
        halves = _JOINED_NAMES.fullmatch(key)
        if halves and {singular(fold(h)) for h in halves.groups()} & {
            singular(w) for w in fold_words(topic)
        }:
            # "The ___ chain is the northward extension of the Sunda arc" keyed
            # "Andaman–Nicobar" under "… the Volcanoes of the Andamans" (holdout 543, bad)
            return f"the topic line shows half of the answer {key!r}"
        surname = key.split()[-1] if " " in key and _a_person(key, draft) else ""
        if (
            len(surname) >= 4
            and surname in topic
            and re.search(rf"\b{re.escape(surname)}\b", topic)
        ):
            # "Who headed the Sedition Committee?" under "… why the Rowlatt Act": his
            # surname alone is a right answer (holdout 156)
            return f"the topic line shows the answer's surname {surname!r}"
    return None


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
#: Two names joined by a dash: ``Andaman–Nicobar``, ``Indo-Gangetic``.
_JOINED_NAMES = re.compile(r"([A-Z][a-z]{3,})[–-]([A-Z][a-z]{3,})")
#: A person's name as notes write it: two to five capitalised words, no joiner.
_PERSON_SHAPED = re.compile(r"(?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]{3,}")


def _a_person(key: str, draft: Draft) -> bool:
    """Is the key a person, or shaped like one and of no other kind (``Henry Louis Vivian
    Derozio`` under "› Derozio & Young Bengal", holdout 371, bad)?"""
    if draft.key_kind == "person":
        return True
    words = fold_words(key)
    shaped = draft.key_kind in ("name", "term") and _PERSON_SHAPED.fullmatch(key) is not None
    return shaped and not any(w in NAME_KIND_WORDS for w in words)


_SMALL = frozenset("of the and for on in to a an".split())


def _opens_an_acronym(key: str, topic: str) -> bool:
    """Do the key's words spell the start of an acronym the topic shows ("The Act covers
    ___" keyed *digital personal data* under "DPDP Act 2023", holdout 294, bad)?"""
    words = [w for w in fold_words(key) if w not in _SMALL and w.isalpha()]
    if len(words) < 3:
        return False
    initials = "".join(w[0] for w in words).upper()
    return any(a.startswith(initials) for a in _ACRONYM.findall(topic))


def long_form(acronym: str, text: str) -> str | None:
    """The acronym's long form in the text: consecutive words, the first capitalised, whose
    initials spell it, small words between them allowed (``Right to Information`` → RTI,
    ``United Nations`` → UN), or ``None``."""
    small = r"(?:[\s-]+(?:of|the|and|for|on|in|to|&)){0,2}"
    letters = [rf"[{c.upper()}{c.lower()}][\w'’]*" for c in acronym]
    letters[0] = rf"\b{acronym[0]}[\w'’]*"
    found = re.search(rf"{small}[\s-]+".join(letters) + r"\b", text)
    return found.group(0) if found else None


def spelled_by_an_acronym(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """ "the SCO was founded at ___" keyed Shanghai, where the notes spell SCO out as the
    Shanghai Cooperation Organisation: the acronym beside the blank holds the answer."""
    if not isinstance(question, Cloze) or unit is None or " " in draft.key_text.strip():
        return None
    key = draft.key_text.strip()
    for acronym in set(_ACRONYM.findall(question.text.replace(f"{{{{{key}}}}}", " "))):
        if acronym[0] != key[:1] or acronym == key:
            continue
        around = unit.item.raw if unit.item is not None else unit.text  # its paragraph
        long = long_form(acronym, around.replace("**", ""))
        if long is not None and long.split()[0] == key:
            return f"the acronym {acronym!r} in the question spells out the answer {key!r}"
    return None


#: The blank of a place that is the learner's own country (``launched in ___``).
_IN_INDIA = re.compile(r"\b(?:in|at|to|from|across) \{\{India[|}]")


#: India's government, as notes write it.
_THE_GOVERNMENT = frozenset(
    tuple(t.split())
    for t in (
        "goi",
        "govt of india",
        "government of india",
        "central govt",
        "central government",
        "union govt",
        "union government",
        "indian govt",
        "indian government",
    )
)


def the_learners_country(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """ "Where was the Universal Immunisation Programme launched in 1985?" keyed India
    (holdout 296, bad): notes for an Indian exam are about India, so the place asks nothing;
    nor does its government ("___ started BR scheme (1986); MoEFCC designates", holdout 371,
    bad: what else starts a national scheme)."""
    if fold_words(draft.key_text) in _THE_GOVERNMENT:
        return "the answer is India's government, which starts every national scheme"
    if fold_words(draft.key_text) != ("india",):
        return None
    prompt = str(getattr(question, "prompt", ""))
    if prompt.startswith("Where ") or (
        isinstance(question, Cloze) and _IN_INDIA.search(question.text)
    ):
        return "the place asked is India itself, which an Indian exam's notes are about"
    return None


#: A people and the words a topic names its land by: "Danes" under "Danish Settlements in
#: India" (holdout 474, bad), "French" under "French India".
_PEOPLES = {
    "danes": ("danish", "denmark"),
    "dutch": ("dutch", "netherlands", "holland"),
    "french": ("french", "france"),
    "portuguese": ("portuguese", "portugal"),
    "british": ("british", "britain", "english", "england"),
    "english": ("british", "britain", "english", "england"),
    "swedes": ("swedish", "sweden"),
    "mughals": ("mughal", "mughals"),
    "marathas": ("maratha", "marathas"),
}
