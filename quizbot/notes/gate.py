"""The quality gate: every drafted question passes each rule here, or is dropped.

Each rule is a function that returns why a question is not fit to ask (``None`` when it is):

* :func:`answer_given_away` — the key is in the prompt, or the long form of the acronym it
  asks for is printed next to the blank (or the acronym next to the long form);
* :func:`partly_given_away` — a distinctive word of a name key is printed elsewhere in the
  question (``Rowlatt Act`` next to ``Rowlatt Satyagraha``);
* :func:`subject_missing` — once the blank is taken out, too little is left to know what is
  asked (``{{Yudh Abhyas}} – Army``);
* :func:`teaches_nothing` — the blank is quoted wording, a label of the note, a common word,
  a day of a month or an unanchored time phrase (``past two years``);
* :func:`writers_shorthand` — "what does FS stand for?" where FS is the writer's short form
  (a legend line ``FS = ...``, or a long form that is no proper name);
* :func:`self_refuting` — a false statement its own sentence or heading refutes (a year
  outside the section's, a count the sentence lists, a model number such as ``S-400``);
* :func:`unfit_distractors` — options not all of the key's kind and format, one inside
  another (``defence`` and ``defence cooperation``), or years far from the key;
* :func:`untypeable_list` — a list to type whose items are long clauses, not names or terms;
* the rules of :mod:`~quizbot.notes.ambiguity` — a blank with more than one right answer
  (a path "flows through ___", a battle place with no date, a broad region), a key its
  initials give away (``Bt`` beside *Bacillus thuringiensis*), three names joined as one key.

The false-statement and option rules live in :mod:`~quizbot.notes.gate_choices`, the
blanks that teach nothing in :mod:`~quizbot.notes.gate_teaches`. :func:`gate`
returns the first reason; rules that judge a question alone warn in ``quizbot check`` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from quizbot.bank.model import (
    CLOZE_BLANK,
    Cloze,
    Mcq,
    Question,
    TrueFalse,
    filled_in,
)
from quizbot.notes import giveaway
from quizbot.notes.abbreviation_keys import writers_shorthand
from quizbot.notes.ambiguity import AMBIGUITY_RULES, attributive_blank, cued_by_initials
from quizbot.notes.blanks import blank_sides
from quizbot.notes.clause_shapes import a_present_verb
from quizbot.notes.drafts import AUTHORED_RULES, Context, Draft, Unit, shown_subject
from quizbot.notes.gate_choices import self_refuting, unfit_distractors, untypeable_list
from quizbot.notes.gate_teaches import shown_alone, teaches_nothing
from quizbot.notes.lint import answer_in_prompt, visible_text
from quizbot.notes.names import MONTHS, NAME_KIND_WORDS
from quizbot.notes.phrases import content_words, fold, fold_words
from quizbot.notes.pronouns import doer_unsaid, leans_on_parent, points_to_a_sibling
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.notes.section_labels import (
    head_is_a_note,
    stands_alone_under_a_label,
    sub_label_as_term,
)
from quizbot.notes.topic_keys import long_form, one_of_a_list
from quizbot.notes.view_sections import from_the_writers_view
from quizbot.text.names import is_everyday_word, place_variants

#: A rank with no noun after it (``… tied to the 2nd.``): of what, the sentence before says.
_BARE_RANK = re.compile(
    r"\bthe (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|latter|former)(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)
#: A list of three or more short items before a count (``access, …, security & climate``).
_COUNTED_BEFORE = re.compile(
    r"((?:[\w'’-]+(?: [\w'’-]+){0,2}, ){1,6}[\w'’-]+(?: [\w'’-]+){0,2},? (?:&|and) "
    r"[\w'’-]+(?: [\w'’-]+){0,2})\W[^.;]*$"
)
#: A line that opens on a verb and where or how (``Works under …``), its doer unsaid.
_OPENS_ON_A_VERB = re.compile(
    r"([A-Z][a-z]{2,}s) (?:under|with|for|on|at|to|as|from|into|by|through|the|a|an|its)\b"
)
#: A count blanked with no noun after it (``All {{21}} were given …``).
_BARE_COUNT = re.compile(
    r"^(?:All|The|Only|Some|Of these,?)\s+\{\{\d+(?:\|[^{}]*)?\}\}\s+"
    r"(?:were|are|was|is|had|have|died|fell|got|received|survived)\b"
)
#: A line that opens on a time, then its verb in the past (``Later turned communal``).
_OPENS_ON_A_TIME_AND_ITS_VERB = re.compile(
    r"(?:Later|Soon|Then|Eventually|Finally|Afterwards|Subsequently|Thereafter|Initially),?"
    r" (?:[a-z]{3,}ed|became|grew|spread|fell|rose|took|won|lost|began|led|went|came|made)\b"
)
#: Content words a question needs besides its blank and its context to say what it asks.
MIN_LEFT_WORDS = 2


def _context_free(question: Question, draft: Draft) -> str:
    """What the learner reads, less the context prefix (``Topic › Section:``)."""
    return shown_alone(question)


#: Three-letter capitalised words of names too common to give one away.
_COMMON3 = frozenset("new old one two six ten day war law act age era art the and for".split())


def answer_given_away(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    leaked = answer_in_prompt(question)
    if leaked is not None and not (
        one_of_a_list(leaked, question) and fold(leaked) not in fold(shown_alone(question))
    ):  # "Local Winds (loo, foehn, chinook, mistral + others)": the topic names no one
        return f"the answer {leaked!r} is in the prompt"
    key = draft.key_text
    visible = visible_text(question)
    shown_words = f" {' '.join(fold_words(visible))} "
    for other in place_variants(key):  # "Where is Allahabad pillar?" = Prayagraj
        if f" {' '.join(fold_words(other))} " in shown_words:
            return f"the question prints {other!r}, another name of the answer {key!r}"
    for joined in _AMPERSAND_NAME.findall(key):  # "J&K" of the J&K Reorganisation Act
        if joined in visible:  # (holdout 491, bad: "…: J&K, Ladakh UTs put in Northern ZC?")
            return f"the question prints {joined!r}, a part of the answer"
    letters = "".join(c for c in key if c.isalpha())
    if key.isupper() and 2 <= len(letters) <= 8 and long_form(letters, visible) is not None:
        return f"the long form of {key!r} is printed next to the blank"
    counted = draft.key_kind == "count" or re.fullmatch(r"\d{1,2}|[a-z]+", key) is not None
    if counted and giveaway.figure_value(key) and unit is not None:  # a bold "three" counts too
        at, sides = unit.text.find(key), blank_sides(question)  # the blank's own place,
        after = sides[1][:200] if sides else unit.text[at + len(key) : at + len(key) + 200]
        head, colon, listed = after.partition(":")
        if colon and len(head) < 60 and listed.count(",") >= 1:
            return f"the count {key!r} is given away by the list that follows it"
        paren = re.match(r"[^()]{0,40}\(([^()]*)\)", after)
        items = paren.group(1).split(",") if paren and paren.group(1) in visible else []
        if len(items) >= 2 and all(len(i.split()) <= 3 for i in items):  # (what the
            # question still shows: a cloze's list it counts is left out of it)
            return f"the count {key!r} is given away by the list in parentheses after it"
        before = unit.text[max(0, at - 160) : at] if at > 0 else ""
        listed_before = _COUNTED_BEFORE.search(before)
        count = NUMBER_WORDS.get(fold(key)) or (int(key) if key.isdigit() else 0)
        if listed_before is not None and count == len(
            re.split(r",\s|\s(?:&|and)\s", listed_before.group(1))
        ):
            return f"the count {key!r} is given away by the list before it ('ticks all four')"
    initials = "".join(w[0] for w in key.split() if w[:1].isupper())
    if (
        draft.rule != "abbreviation"
        and len(initials) >= 2  # "Katchatheevu ceded to SL" of Sri Lanka (holdout 326)
        and initials in _WORDS.findall(CLOZE_BLANK.sub(" ", visible))
    ):
        return f"the acronym {initials!r} of the answer is printed in the question"
    # "Intangible cultural heritage" under the topic "UNESCO ICH": every word's initial
    every = "".join(
        w[0].upper() for w in key.split() if w[:1].isalpha() and w.lower() not in _SMALL
    )
    shown = _WORDS.findall(f"{question.topic} {CLOZE_BLANK.sub(' ', visible)}")
    if (
        draft.rule != "abbreviation"
        and len(every) >= 3
        and len(key.split()) >= 3
        and every in shown
    ):
        return f"the acronym {every!r} of the answer is printed in the question or its topic"
    return None


_SMALL = frozenset(("of", "the", "and", "for", "in", "on", "to", "a", "an"))
#: A name of capitals joined by an ampersand (``J&K``, ``A&N``), a word of its own.
_AMPERSAND_NAME = re.compile(r"\b[A-Z]{1,3}&[A-Z]{1,3}\b")


_WORDS = re.compile(r"\w+")


_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_WHICH_KIND = re.compile(r"\bwhich (\w+)\b")


def partly_given_away(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A distinctive word of a name key printed elsewhere in the question (``Rowlatt Act``
    next to ``Rowlatt Satyagraha``) gives the answer away."""
    if draft.key_kind in ("year", "date", "money", "percent", "count", "ordinal", "list"):
        return None
    if draft.rule in ("abbreviation", "definition"):
        return None
    visible = _context_free(question, draft)
    shown = _shown_stems(visible)
    shared: set[str] = set()
    if isinstance(question, Mcq):  # a word every option has tells nothing
        others = [set(fold_words(o)) for o in question.options if o != question.answer]
        shared = {w for w in fold_words(question.answer) if any(w in o for o in others)}
    if unit is not None and unit.subject:  # "Deficits" says what a "primary deficit" is
        shared |= {
            w
            for w in fold_words(draft.key_text)
            if _stem(w) in {_stem(v) for v in fold_words(unit.subject)}
        }
    asked = _WHICH_KIND.search(fold(str(getattr(question, "prompt", ""))))
    if asked is not None:  # "Which vitamin …?" of "vitamin C": the kind asked for
        shared.add(asked.group(1))
    acronyms = {fold(w) for w in _CAPITALS_WORD.findall(draft.key_text)}
    for word in fold_words(draft.key_text):
        if word in shared:
            continue
        # "GST" of "GST Council"; "Tea" of "Tea Act" beside "Boston Tea Party"
        capital = len(word) == 3 and word.title() in draft.key_text.split() and word not in _COMMON3
        long_enough = len(word) >= 4 or word in acronyms or capital
        if (
            long_enough
            and word not in NAME_KIND_WORDS
            and not word.isdigit()
            and _stem(word) in shown
        ):
            return f"the word {word!r} of the answer is in the question"
    return _code_inside_a_code(draft.key_text, visible) or _long_form_printed(
        draft.key_text, visible, ctx
    )


def _long_form_printed(key: str, visible: str, ctx: Context) -> str | None:
    """ "___: Warsaw mechanism for knowledge, dialogue & action" = WIM, Warsaw International
    Mechanism (holdout 445, bad): the first word of the acronym's long form, a name and no
    everyday word ("National" of NITI is none), is printed in the question."""
    long = ctx.long_forms.get(key.strip(), "")
    first = long.split()[0] if long.split() else ""
    if len(first) < 4 or not first[:1].isupper() or is_everyday_word(first.lower()):
        return None
    said = re.search(rf"\b{re.escape(first)}\b", CLOZE_BLANK.sub(" ", visible))
    return f"the question prints {first!r} of the answer's long form {long!r}" if said else None


def _code_inside_a_code(key: str, visible: str) -> str | None:
    """ "Which act (2005) is this: NCPCR set up (2007)?" = CPCR Act (holdout 440, bad): the
    answer is a code and a kind word, and a longer code of the question holds the code
    (not ``Red TUC`` beside ``AITUC``: "Red" is still to be known)."""
    codes = _CAPITALS_WORD.findall(key)
    rest = [w for w in fold_words(key) if w not in {fold(c) for c in codes}]
    if len(codes) != 1 or len(codes[0]) < 3 or any(w not in NAME_KIND_WORDS for w in rest):
        return None
    inside = [w for w in _CAPITALS_WORD.findall(visible) if codes[0] in w and w != codes[0]]
    return f"the question's {inside[0]!r} holds the answer's {codes[0]!r}" if inside else None


@lru_cache(maxsize=64)
def _shown_stems(visible: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in fold_words(CLOZE_BLANK.sub(" ", visible)))


def _stem(word: str) -> str:
    """``Humayun's`` and ``Humayun``, ``Lodis`` and ``Lodi`` alike."""
    for end in ("'s", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)]
    return word


def subject_missing(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if unit is not None and unit.dangling:
        return "the fact opens by pointing back (“The last two …”, “It …”): unanswerable alone"
    if isinstance(question, Cloze) and _BARE_RANK.search(filled_in(question.text)):
        return "a rank with no noun ('tied to the 2nd'): of what, the notes said before"
    if isinstance(question, Cloze) and _BARE_COUNT.search(question.text):
        # "All ___ were given the IOM" (holdout 528, bad): all 21 what?
        return "a count with no noun: of what, the notes said before"
    if (
        unit is not None
        and unit.parent is not None
        and not shown_subject(unit)
        and isinstance(question, Cloze | TrueFalse)
        and leans_on_parent(unit.text)
        and not stands_alone_under_a_label(unit)
        # a clause cut from the line that names its own doer stands alone ("…; Usha Mehta
        # ran the secret ___ (Bombay)" under "Course:", holdout 349)
        and not (isinstance(question, Cloze) and _OWN_CLAUSE.match(question.text))
    ):
        return "the line leans on its parent bullet, whose subject is not shown"
    opens = _OPENS_ON_A_VERB.match(unit.text.replace("**", "")) if unit is not None else None
    if opens is not None and a_present_verb(opens.group(1)):
        # "Works under UNESCO-IOC's IOTWMS …": what works there, the bullet before says
        # (holdout 396, bad)
        return "the line opens on its verb; what does it, the line before says"
    if unit is not None and _OPENS_ON_A_TIME_AND_ITS_VERB.match(unit.text.replace("**", "")):
        # "Later turned ___ in places": what turned, the line before says (holdout 518, bad)
        return "the line opens on a time and its verb; what did it, the line before says"
    if isinstance(question, Cloze) and doer_unsaid(question.text):
        # "___ patronised alongside Persian" (holdout 505, bad: who patronised it?)
        return "the blank is done to by someone the line never names"
    if unit is not None and unit.parent is not None and points_to_a_sibling(unit.text):
        return "the line only says it too did what the line before it did"
    if isinstance(question, TrueFalse) and len(content_words(question.statement)) < 4:
        return "the statement is too short to be true or false alone"
    left = _context_free(question, draft)
    if isinstance(question, Cloze):
        left = CLOZE_BLANK.sub(" ", left)
    words = {w for w in content_words(left) if not w[:1].isdigit() and w not in MONTHS}
    if len(words) < MIN_LEFT_WORDS - (1 if unit is not None and unit.subject else 0):
        return "too little is left once the blank is out to know what is asked"
    return None


#: A cloze that opens on a name or its blank, not on the line's lower-case words.
_OWN_CLAUSE = re.compile(r"^(?:\{\{|[A-Z])")


#: A country and its people's adjective: "French Rev" in the topic names France. (Not India:
#: "Indian Economy" is the topic of most notes, and names no answer among countries.)
_DEMONYMS = {
    "france": "french",
    "russia": "russian",
    "china": "chinese",
    "britain": "british",
    "england": "english",
    "germany": "german",
    "japan": "japanese",
    "america": "american",
    "spain": "spanish",
    "italy": "italian",
    "portugal": "portuguese",
    "netherlands": "dutch",
}


def country_named_by_its_people(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A country key whose people's adjective the topic or the question prints (``… till ___
    has a constitution`` under *French Rev*: France)."""
    people = _DEMONYMS.get(fold(draft.key_text))
    if people is None:
        return None
    if people in fold_words(f"{question.topic} {_context_free(question, draft)}"):
        return f"the word {people!r} names the answer {draft.key_text!r}"
    return None


Rule = Callable[[Question, Draft, Unit | None, Context], str | None]
#: The gate's rules, in the order they run.
RULES: tuple[Rule, ...] = (
    from_the_writers_view,
    answer_given_away,
    partly_given_away,
    country_named_by_its_people,
    attributive_blank,
    *giveaway.RULES,
    subject_missing,
    teaches_nothing,
    sub_label_as_term,
    head_is_a_note,
    *AMBIGUITY_RULES,
    writers_shorthand,
    self_refuting,
    unfit_distractors,
    untypeable_list,
)


def gate(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The first reason the question is not fit to ask, or ``None``."""
    found = failing_rule(question, draft, unit, ctx)
    return None if found is None else found[1]


def failing_rule(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> tuple[Rule, str] | None:
    """The first rule of :data:`RULES` the question breaks, and why; ``None`` if none."""
    for rule in RULES:
        if rule in (subject_missing, teaches_nothing) and (
            draft.rule in AUTHORED_RULES or draft.rule == "abbreviation"
        ):
            continue
        reason = rule(question, draft, unit, ctx)
        if reason is not None:
            return rule, reason
    return None


#: Rules a cloze may break by words of its line that a cut clause leaves out (``___,
#: approved in 2002, remains the only GM crop grown commercially`` without the next
#: clause's "Bacillus thuringiensis", which spells out "Bt"; ``The inflation target is ___
#: CPI`` without the band "±2% (i.e. 2–6%)" that sums to it).
MENDED_BY_A_CLAUSE: frozenset[Rule] = frozenset(
    (cued_by_initials, giveaway.given_by_arithmetic, subject_missing)
)
