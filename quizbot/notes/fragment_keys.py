"""The last gate's rules on the blank, the key and the options (see
:mod:`~quizbot.notes.fragments` for the rules on the text, :mod:`~quizbot.notes.shown_gate`
for the gate that runs them all):

* :func:`blank_in_a_list` — the blank is one slot of a list (``Punjab, ___ and western UP``),
  an example (``e.g. ___``), all of a bracket (``FCI (___)``), a word that only qualifies a
  printed name (``the ___ king Bijjala``), or cuts a name (``Disaster ___, 2005``,
  ``___ on Oilseeds``);
* :func:`cued_beside_the_blank` — a bracket of words beside the blank (``___ (Odisha)``), a
  word of the question or of its topic line with the answer's root (``Gautami`` →
  Gautamiputra, ``Talakaveri`` → Kaveri, ``monetary policy`` → Monetary Policy Committee), a
  bracketed word in an mcq's prompt that says which option it is (``Rajaraja I (Chola)``);
* :func:`key_not_a_fact` — a note label or aside as the key (``nodal ministry``, ``NB …``),
  quotation marks or a joining ``the`` in it, an exact decimal, a count of three, a month the
  question's name prints (``August Offer`` → ``Aug 1940``);
* :func:`off_kind_options` — a lower-case phrase among names, or "Which best describes X?"
  among descriptions of different kinds;
* :func:`list_without_a_set` — a list named by a scrap behind a label or a quote.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, ListQuestion, Mcq, Multi, Question, Short, TrueFalse
from quizbot.notes.blanks import blank_sides, in_a_list
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragments import BLANK, shown
from quizbot.notes.key_words import a_people_before_a_name, what_the_key_says
from quizbot.notes.labels import a_label_word
from quizbot.notes.names import MONTHS, NAME_KIND_WORDS
from quizbot.notes.phrases import STATUS, fold, fold_words
from quizbot.notes.topic_keys import one_of_a_list
from quizbot.text.names import a_follower, is_dictionary_word, is_region, translit_key


def _blank_sides(question: Question) -> tuple[str, str] | None:
    """:func:`~quizbot.notes.blanks.blank_sides` as the learner reads them (the text shown
    is stripped at both ends)."""
    sides = blank_sides(question)
    return None if sides is None else (sides[0].lstrip(), sides[1].rstrip())


#: Endings that make an adjective of a noun (``sere`` → ``seral``, ``cyclone`` → ``cyclonic``).
_DERIVED = frozenset(("al", "ic", "ous", "ian", "ative", "ation"))

#: A lead-in word before a blank that makes the blank an example or one of many.
_EXAMPLE = re.compile(
    r"(?:\be\.g\.|\beg\.?|\bsuch as|\blike|\bincluding|\bincl\.|\bi\.e\.)\s*$"
    # "Other Indian cases cited: ___, Bhatsa" (holdout 461, bad): any other case fits
    r"|^(?:Other|Also|More)\b[^:]{0,40}:[^.;:]*$",
    re.IGNORECASE,
)
#: A blank before a title and a name: a descriptor of someone the question already names.
_TITLE_AFTER = re.compile(
    r"\s+(?:king|queen|emperor|ruler|sultan|general|minister|poet|monk|saint|prince|princess)"
    r"\s+[A-Z]"
)


#: A share and its index (``___ CPI``, ``___ of GDP``): a figure and its measure, no name.
_SHARE = re.compile(r"[~≈]?\d[\d.,]*\s?%")
_INDEX_AFTER = re.compile(r"\s*(?:of\s+)?[A-Z]{2,}\b")
#: A document's title word: "___ for the Indian One-horned Rhino" cuts its name (holdout 429).
_TITLE = re.compile(r"\b(?:Strategy|Plan|Policy|Programme|Mission|Framework|Vision)$")


#: A people counted after a number (``{{363}} Bishnois gave their lives``, holdout 578: the
#: count was never asked), not a name the number opens (``{{73}} Amendment``).
_A_PEOPLE_AFTER = re.compile(r"\s+[A-Z][a-z]+s\b(?!\s+[A-Z])")


def blank_in_a_list(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = _blank_sides(question)
    if sides is None:
        return None
    before, after = sides
    if in_a_list(before, after):
        return "the blank is one slot of a list: other items fit as well"
    whole_item = unit is not None and fold(unit.text.replace("*", "")) == fold(draft.key_text)
    if whole_item and unit is not None and unit.parent and len(unit.parent.children) > 1:
        return "the blank is a whole item of a list under its lead-in: the others fit too"
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
        and not a_follower(last[-1])  # "the Gandhian ___ went on a fast" (holdout 698)
    ):
        return f"the blank cuts a name ({last[-1]!r} before it)"
    the = "(?:the )?" if _TITLE.search(draft.key_text) else ""  # "___ for the Indian Rhino"
    if (
        re.match(rf"\s*(?:[A-Z][A-Za-z]|(?:of|on|for|in|and) {the}[A-Z])", after)
        and (draft.key_text[:1].isupper() or draft.key_text[:1].isdigit())
        and not (_SHARE.fullmatch(draft.key_text) and _INDEX_AFTER.match(after))
        and not (draft.key_text.isdigit() and _A_PEOPLE_AFTER.match(after))
    ):
        return "the blank cuts a name (its other words after it)"
    key = draft.key_text
    if " " not in key and _JOINED_HEAD.match(after) and is_dictionary_word(fold(key)):
        return "the blank is one word of a joined name (___ & Neonatal Tetanus)"
    if _FALLS.search(f"{before} ___{after}"):
        return "a waterfall's 'falls' in lower case reads as a verb ('Iguazu falls on …')"
    return None


#: Another word joined to the blank's, then the name they share (``Maternal & Neonatal
#: Tetanus``, ``Central & State Governments``): a word of a name, no fact (holdout 299).
_JOINED_HEAD = re.compile(r"\s*(?:&|and)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
#: A waterfall's kind in lower case (``Iguazu falls on the border``) reads as the verb.
_FALLS = re.compile(r"(?:\b[A-Z][\w'’-]+|___) falls on\b")  # a river "falls into" a sea


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
    shorter, longer = sorted((len(key_word), len(word)))
    # "lends"/"Lending" share all but an ending; "Medini"/"medieval" only a first syllable
    return common >= 5 or (common >= 4 and (common >= 0.6 * longer or common >= shorter - 1))


#: A bracket that only dates the answer (``(April 1921)``, ``(c. 530 CE)``): no other name,
#: after a preposition (``conference at ___ (April 1921)``, never the subject).
_AFTER_A_WORD = re.compile(r"\b(?:by|at|in|to|from|of|via|near|under|with|on|over)\s*$")
_ONLY_A_DATE = re.compile(
    rf"\s*(?:c\.\s?)?(?:\d{{1,2}}\s)?(?:(?i:{'|'.join(MONTHS)})\.?\s)?\d{{3,4}}"
    r"(?:\s(?:CE|BCE|AD|BC))?\s*"
)


def cued_beside_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    sides = _blank_sides(question)
    if sides is not None:
        bracket = re.match(r"\s*\(([^)]*)\)", sides[1])
        if (
            bracket
            and re.search(r"[A-Za-z]{2,}", bracket.group(1))
            and not _only_a_state(bracket.group(1), draft.key_text)
            and not _CODE.fullmatch(bracket.group(1).strip())
            and not (_ONLY_A_DATE.fullmatch(bracket.group(1)) and _AFTER_A_WORD.search(sides[0]))
        ):
            return f"the bracket ({bracket.group(1)}) beside the blank describes the answer"
        if a_people_before_a_name(draft.key_text, sides[1]):
            # "___ engineer Agesilaus named on the reliquary": the name says he was Greek,
            # and a people's adjective before a role is trivia (holdout 368, bad)
            return f"the name after the blank tells the answer {draft.key_text!r}"
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
    key_words = [w for w in fold_words(named) if w not in NAME_KIND_WORDS and not w.isdigit()]
    if not key_words and len(draft.key_text.split()) == 1 and len(draft.key_text) >= 6:
        key_words = list(fold_words(draft.key_text))  # "bar a(n) ___ from endorsing": endorser
    text = shown(question).replace(BLANK, " ")
    words = set(fold_words(text))
    lone = fold(draft.key_text) if " " not in draft.key_text.strip() else ""
    if len(lone) >= 4 and any(w.startswith(lone) and len(w) > len(lone) + 2 for w in words):
        return f"a word of the question opens with the answer {draft.key_text!r}"  # janapada
    stem = lone[:-1] if lone.endswith("e") else lone  # "sere" in "a seral stage" (334, bad)
    if len(lone) >= 4 and any(w.startswith(stem) and w[len(stem) :] in _DERIVED for w in words):
        return f"a word of the question is made from the answer {draft.key_text!r}"
    for key_word in key_words:
        if len(key_word) < 4:
            continue  # too short to share a root (see _root_shared)
        head = key_word[:4]
        for word in words:  # the first test is what _root_shared needs, inline: no call
            if (
                (word[:4] == head or key_word in word or word in key_word)
                and word not in NAME_KIND_WORDS
                and _root_shared(key_word, word)
            ) or (word[:3] == head[:3] and translit_key(word) == translit_key(key_word)):
                return f"the word {word!r} gives away the answer's {key_word!r}"
    topic = {w for w in fold_words(question.topic) if w not in NAME_KIND_WORDS}
    if not key_words and draft.key_text[:1].islower():
        # "classical language" under "… › Classical languages": a term the topic names
        key_words = [
            w for w in fold_words(draft.key_text) if len(w) >= 4 and w not in NAME_KIND_WORDS
        ]
    in_topic = [
        k
        for k in key_words
        if (k in topic and k.upper() in draft.key_text)  # "Global MPI" under "… (MPI)"
        or any(
            (w[:4] == k[:4] or k in w or w in k)
            and _root_shared(k, w)
            # "Skandagupta" under "Gupta Empire": the house ends the ruler's name
            and not (k.endswith(w) and len(k) - len(w) >= 4)
            for w in topic
        )
    ]
    if len(key_words) > 1:  # "Alauddin Khalji" under "Khaljis and Tughlaqs": the topic names
        # a house of many rulers, not which of them
        in_topic = [k for k in in_topic if k in topic or f"{k}s" not in topic]
    if key_words and 2 * len(in_topic) >= len(key_words):
        if one_of_a_list(draft.key_text, question):
            return None  # "Local Winds (loo, foehn, chinook, mistral + others)": names no one
        if isinstance(question, Mcq) and (
            all(any(w in topic for w in fold_words(o)) for o in question.options)
            or 2 * sum(set(in_topic) <= set(fold_words(o)) for o in question.options)
            >= len(question.options)
        ):
            # "Nagara, Dravida & Vesara" in the topic: every option is, no hint; nor is
            # "emergency" of "Emergency provisions" when half the options say it
            return None
        return f"the topic line gives away the answer ({', '.join(in_topic)})"
    return None


#: A designation (``PSLV-C25``, ``INS-1C``): a code, not a description of the answer.
_CODE = re.compile(r"[A-Z]{2,}[\w]*-[A-Z]?\d+[A-Z]?")


def _only_a_state(bracket: str, key: str) -> bool:
    """``___ (Assam) – largest river island of India``: a state or country says where, not
    which (unless it shares the answer's root: ``Odissi (Odisha)``)."""
    if not is_region(bracket.strip()):
        return False
    words = fold_words(bracket)
    return not any(_root_shared(k, w) for k in fold_words(key) for w in words)


def key_not_a_fact(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    key = draft.key_text.strip()
    if not key or not isinstance(question, Cloze | Short | Mcq | TrueFalse):
        return None
    if re.match(r"(?i)nb\b|note\b|n\.b\.", key):
        return f"the key {key!r} is the writer's aside"
    if draft.rule == "term" and unit and a_label_word(key, unit.bold, unit.headings):
        return f"the key {key!r} is the writer's label, not a term"  # "Idea →", "Benefit:"
    if STATUS.search(key) and len(key.split()) <= 4:
        return f"the key {key!r} is a status: the thing given it is asked"  # (504, bad)
    if re.fullmatch(r"[A-Z][a-z]{3,}ly", key) and is_dictionary_word(key.lower()):
        return f"the key {key!r} is an adverb"  # "1957 – Formally inaugurated …" (505, bad)
    if any(q in key for q in '"“”‘’') or key.startswith("'"):
        return f"the key {key!r} keeps the notes' quotation marks"
    if re.search(r"\s(?:the|a|an)\s", key) and draft.rule not in ("abbreviation", "label-line"):
        return f"the key {key!r} runs across a phrase"  # (a label's value is whole: a title)
    if re.fullmatch(r"[~≈]?\d+\.\d+\s*%?", key):
        return f"the key {key!r} is an exact decimal: trivia"
    if draft.rule == "term" and (key[:1].islower() or "/" in key) and len(key.split()) >= 2:
        return f"the key {key!r} is a label of the note, not a name"  # "Open grasslands/
        # savannah on plateaus → grazing …": "What is grazing … called?" (504, bad)
    said = what_the_key_says(question, key, draft.rule)
    if said is not None:
        return said
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
    slashed = [o for o in question.options if "/" in o]
    if isinstance(question, Mcq) and slashed == [question.answer] and len(question.options) > 2:
        # "Article 243-I / 243Y" among "Article 270", "Article 282" (holdout 538, bad)
        return "the key alone names two things: it stands out from the other options"
    if draft.rule == "definition":  # "Which best describes X?": descriptions of one kind
        words = [set(fold_words(o)) - NAME_KIND_WORDS for o in question.options]
        if not set.intersection(*words):
            return "the descriptions offered are of different kinds of thing"
    if isinstance(question, Mcq):
        asked = {w for w in fold_words(question.prompt) if len(w) >= 5} - NAME_KIND_WORDS
        asked -= set(fold_words(question.answer))  # "motion" of every option: their kind
        for option in question.options:
            echoed = asked & set(fold_words(option)) if option != question.answer else set()
            if echoed:  # "… has an element of censure of government?" beside "Censure motion"
                return f"another option echoes the question ({', '.join(sorted(echoed))})"
    return None


def _shape(option: str) -> str:
    """``lower`` for a lower-case phrase, else ``name``."""
    return "lower" if option[:1].islower() else "name"


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


#: ``Lok Sabha / state assemblies``, ``SCs/STs``, ``and/or``: two things one key covers.
#: The other half after a slash: ``/ 332``, ``/Mars Orbiter Mission``.
_AFTER_SLASH = re.compile(r"\.?\s*/\s*([^\s,;()–—]+(?:\s+[A-Z]\w*)*)")  # "Spl./Addl. Secy"
#: A lower-case Latin word after a blank: the species of the genus blanked.
_SPECIES = re.compile(r"\s([a-z]{2,}(?:is|us|um|ae|ii|ica|ata|ans|ens|ium|oides))\b")
_SLASH_PAIR = re.compile(r"\w[\w.'’&]*\s*/\s*\w|\band/or\b")


def half_of_a_pair(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Art 330 / 332 – seats … in Lok Sabha / state assemblies`` asked as ``___ – seats …
    in Lok Sabha / state assemblies`` keyed ``Art 330``: one item keyed for a pair the line
    splits between two teaches a wrong fact (330 is the Lok Sabha only)."""
    sides = _blank_sides(question)
    if sides is None or "/" in draft.key_text:
        return None
    before, after = sides
    key = draft.key_text
    if re.match(r"\s(?:al|ul|ud|ad|as|ur)-[A-Z]", after) or re.search(
        r"\b(?:al|ul|ud|ad|as|ur)-$", before
    ):
        return "the blank is half a name: the rest of it follows ('Mu'nis al-Arwah', h. 418)"
    species = _SPECIES.match(after)
    if species and key.split()[-1][:1].isupper() and not is_dictionary_word(species.group(1)):
        return "the blank is a genus: its species follows ('Ideonella sakaiensis', h. 774)"
    coded = any(ch.isdigit() for ch in key) and draft.key_kind not in ("year", "date")
    if coded and (_SLASH_PAIR.search(before) or _SLASH_PAIR.search(after)):
        return "the blank is one half of a pair the line writes with a slash"
    other_names = (
        {fold(a) for a in question.blanks[0][1:]} if isinstance(question, Cloze) else set()
    )
    at = unit.text.find(key) if unit is not None and "/" in unit.text else -1
    while unit is not None and at >= 0:
        m = _AFTER_SLASH.match(unit.text, at + len(key))
        if m is not None and not any(
            fold(m.group(1)).startswith(n) or n.startswith(fold(m.group(1))) for n in other_names
        ):
            return "the key is one half of a pair the notes write with a slash"
        at = unit.text.find(key, at + 1)
    return None


#: A key opening on a word that dates or qualifies the rest (``Originally Art 338``).
_QUALIFIER = re.compile(
    r"^(?:originally|earlier|later|formerly|previously|now|initially|then|once|"
    r"currently|presently|subsequently|eventually|finally|nearly|almost|approx\.?|"
    r"approximately|roughly|circa)\b",
    re.IGNORECASE,
)


def qualifier_in_the_key(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ provided only a Special Officer`` keyed ``Originally Art 338``: the blank took
    the adverb, and the sentence left is false today."""
    for answers in question.blanks if isinstance(question, Cloze) else ((draft.key_text,),):
        if answers and _QUALIFIER.match(answers[0].strip()):
            return f"the key {answers[0]!r} opens with a qualifier the sentence needs"
    return None
