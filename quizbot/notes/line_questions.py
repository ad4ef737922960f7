"""A raw note line asked as a real question: ``___: definition`` becomes "Which …?".

A cloze on the head of a glossary line (``{{Standing Deposit Facility}}: RBI absorbs …``),
of a line under a parent (``Maldives: {{Operation Cactus}} (1988) – Indian troops foiled a
coup …``) or of a timeline entry shows the notes passed through; a coach asks "Under which
facility does RBI absorb surplus liquidity …?". :func:`asked_outright` writes such a cloze
as a short answer from the definition's first clause, naming the kind asked (the term's
head noun: ``facility``, ``reserve``, ``operation`` …), or leaves it (a list, a number).
What each shape of the clause becomes:

* a clause with its own subject and verb: "Under/In which KIND does SUBJECT VERB …?";
* a verb phrase (``links A to B``, ``A to B``): "Which KIND (YEAR) links …?";
* a noun phrase: "Which KIND is the …?", or with no kind, "What is the first/largest …?"
  for a phrase that names one thing, "What is the share of … called?" for an ``X of Y``;
* a quoted other name (``"Sorrow of Bihar"``): "What is known as the "Sorrow of Bihar"?",
  never of a status (``UNESCO World Heritage Site (1986) – "Group of Monuments at Hampi"``);
* a timeline entry: "What was the first Indian satellite, launched … in 1975?".
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, Short, filled_in
from quizbot.notes.ambiguity import initials_printed
from quizbot.notes.clause_shapes import (
    AUXILIARIES,
    MAX_CLAUSE_WORDS,
    a_title,
    article_for,
    base_form,
    called_question,
    finite_verb,
    first_clause,
    head_noun,
    is_phrase,
    noun_then_its_verb,
    plural_head,
    verb_before_an_object,
    verb_phrase,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import BODY_OFFICES, OFFICES, ONE_OF_MANY, REGNAL, VERBS
from quizbot.notes.held_roles import a_role_held
from quizbot.notes.labels import timeline_entry
from quizbot.notes.named_clauses import named_then_verb, named_verb_at
from quizbot.notes.other_name_questions import other_name_question, topic_kind
from quizbot.notes.person_phrases import A_PERSON, called, names_a_person
from quizbot.notes.phrases import STATUS, fold
from quizbot.notes.term_lines import opens_on_a_saying
from quizbot.notes.timeline_heads import UNIQUE, no_noun_after_rank, timeline_question
from quizbot.text.dates import MONTH_SPAN
from quizbot.text.names import is_region, names_a_region

#: A cloze that blanks the head of its line: an optional parent (``Maldives: ``) or date
#: (``1975 – ``), the blank, an optional bracket, and what the line says of it.
HEAD_BLANK = re.compile(
    r"^(?:(?P<parent>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}): )?"
    r"(?:(?P<year>(?:1[5-9]|20)\d\d) [–—-] )?"
    r"\{\{(?P<blank>[^{}]+)\}\}"
    r"(?: \((?P<qualifier>[^()]*)\))?"
    r"(?P<joint>: | [–—=] |, | )(?P<rest>\S.*)$"
)
_BRACKETED_YEAR = re.compile(r"^\(((?:1[5-9]|20)\d\d)\)\s+(?=\{\{)")  # "(1923) ___ formed …"
#: Head nouns of a term that name the kind of thing it is, as a question names it.
KIND_NOUNS = frozenset(
    "facility reserve record ratio rate corridor operation mission zone park doctrine protocol "
    "convention agreement pact act plan resolution scheme programme project policy treaty "
    "committee commission satellite movement fund index".split()
)
#: Head nouns that read oddly as the kind ("Which league …?"): the kind a coach names.
_KIND_AS_ASKED = {"league": "organisation", "congress": "organisation", "party": "party"}
#: Kinds a thing is done under ("Under which facility …?"); any other is "In which …?".
_UNDER = frozenset("facility scheme act agreement programme policy treaty protocol".split())
#: Kinds named by a term's first word (``Operation Cactus``, ``Project Tiger``).
_LEADING_KINDS = frozenset(("operation", "project", "mission", "battle", "treaty"))
#: A place joined to another by "to" (``Dera Baba Nanak to Gurdwara Darbar Sahib``).
_FROM_TO = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* to [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")


def kind_of(names: list[str]) -> str:
    """The kind of thing a term is, by its own head noun (``Standing Deposit Facility`` →
    facility, ``Operation Cactus`` → operation, ``Muslim League`` → organisation), or ``""``."""
    for name in names:
        words = re.split(r" (?:to|under) ", name)[0].split()  # "Kigali Amendment to …"
        if len(words) < 2:
            continue
        last, first = words[-1].lower(), words[0].lower()
        if last in KIND_NOUNS or last in _KIND_AS_ASKED:
            return _KIND_AS_ASKED.get(last, last)
        if first in _LEADING_KINDS:
            return first
    return ""


def asked_outright(question: Question) -> Question:
    """The cloze on the head of a raw note line as a short answer (see the module's
    docstring); any other question, or a line no clean question can be made of, as it is."""
    if not isinstance(question, Cloze) or len(question.blanks) != 1:
        return question
    found = HEAD_BLANK.match(_BRACKETED_YEAR.sub(r"\1 – ", question.text))
    if found is None:
        return question
    names = list(question.blanks[0])
    if MONTH_SPAN.fullmatch(names[0]):
        return question  # "___ – slash left to dry" keyed "Feb–Mar": no thing is "called" that
    if names_a_region(names[0]):
        return question  # "Weimar Germany – suspension of FRs": what it gave, not its name
    clause = first_clause(found.group("rest"))
    # only a name's head noun is its kind ("Which park is the strictest PA?" = National park)
    kind = kind_of(names) if _proper(found) else ""
    if found.group("year"):
        prompt = timeline_question(found, clause, kind)
    elif timeline_entry(question.topic) and _proper(found):
        prompt = None  # "Vima Kadphises – large issue of gold coins": a deed, no definition
    elif found.group("joint").strip() in (":", "–", "—", "="):
        prompt = _definition_question(found, clause, kind, _proper(found))
    else:
        prompt = None
    if prompt is None and not found.group("year") and not found.group("parent"):
        # "___ – Chemayungdung glacier …; called Tsangpo in Tibet": its other name
        prompt = other_name_question(found.group("rest"), kind or topic_kind(question.topic))
    if prompt is None or any(n.lower() in prompt.lower() for n in names):
        return question
    parent = found.group("parent")
    if parent and not found.group("year") and fold(parent) not in fold(prompt):
        prompt = f"{parent}: {prompt}"  # "Ramsar Convention: Which record is the register …?"
    filled = filled_in(question.text)
    return Short(
        id=question.id,
        topic=question.topic,
        tags=question.tags,
        explanation=question.explanation or filled,
        source=question.source,
        reject=question.reject,
        prompt=prompt,
        answer=names[0],
        aliases=tuple(names[1:]),
    )


#: A ruler's years in a bracket (``1211–36``, ``c. 1010–1055``): the head is a person.
_REIGN = re.compile(r"(?:c\. )?(?:1[0-9]|[1-9])\d{2}\s?[–-]\s?\d{2,4}")
#: Past tenses a ruler's deed opens on (no participle that is also an adjective).
_RULER_DEEDS = frozenset(
    """built founded defeated conquered organised organized introduced moved shifted annexed
    compiled wrote issued abolished sacked captured beat established patronised patronized
    started began made granted repelled invaded""".split()
)


def _did(words: list[str]) -> bool:
    """Does the clause open on a ruler's deed in the past tense (``organised the iqta …``)?"""
    return len(words) >= 3 and words[0] in _RULER_DEEDS


#: Head nouns of what a ruler is called (``real builder of the empire``).
_RULER_NOUN = re.compile(
    r"\b(?:builder|founder|ruler|king|general|conqueror|patron|emperor|sultan|unifier)$",
    re.IGNORECASE,
)


#: A quoted saying, not a name: a sentence that ends inside its quotes (``"Here the
#: language of stone surpasses the language of man."``), never "Who is known as the …?".
_A_SAYING = re.compile(r'\w[.!?]"$')
#: After a quoted epithet, that it is a title (``"lord of three Kalingas", title of Karna``).
_A_TITLE = re.compile(
    r"^,?\s*(?:an? |the |his |her )?(?:royal )?title(?: (?:of|used by|taken by) "
    r"(?P<whose>[A-Z][\w.'’ -]{0,40}?))?\s*$"
)
#: A word's meaning in quotes: lower case, three words at most (``"journey/travels"``).
_GLOSS = re.compile(r'"[a-z][a-z/-]*(?: [a-z/-]+){0,2}"')


def _definition_question(found: re.Match[str], clause: str, kind: str, proper: bool) -> str | None:
    """``___: definition``, ``Parent: ___ (YEAR) – definition``."""
    words = clause.split()
    if not words or len(words) > MAX_CLAUSE_WORDS or "(" in clause or ":" in clause:
        return None
    if opens_on_a_saying(clause):
        return None  # "Kaul J. → spoke of …" (holdout 777, bad: "What is the spoke of …?")
    if a_role_held(found.group("blank").split("|")[0], clause):
        return None  # "**National Income Committee (1949)** – chairman": the notes' person's
        # role in it (holdout 765, bad: "Which committee (1949) is a chairman?")
    year = found.group("qualifier") or ""
    dated = f" ({year})" if re.fullmatch(r"(?:1[5-9]|20)\d\d", year) else ""
    parent = found.group("parent") or ""
    where = f" in {_place(parent)}" if parent and is_region(parent) else ""
    if clause.startswith('"') and clause.count('"') >= 2:  # "Sorrow of Bihar", keeps …
        epithet = clause[: clause.index('"', 1) + 1]
        if _A_SAYING.search(epithet):
            return None  # Tagore: "Here the language of stone …": what one said (666, bad)
        if _GLOSS.fullmatch(epithet) and " " not in found.group("blank"):
            return None  # Rihla: "journey/travels": its meaning, no title (holdout 603, bad)
        if re.match(r"\s*[a-z]", clause[len(epithet) :]):
            return None  # ""localised emergency" for a district": a term it used, no name
        if any(initials_printed(a, epithet) for a in found.group("blank").split("|")):
            return None  # NOTA: "None of the Above" is its expansion, not another name
        if STATUS.search(found.group("blank")):
            return None  # the site's listed name, not the status's (holdout 504, bad)
        title = _A_TITLE.match(clause[len(epithet) :])
        if title is not None:  # "lord of three Kalingas", title of Karna (holdout 745, bad:
            # "Who is known as …?" of Trikalingadhipati, the title, not Karna)
            whose = f" of {title.group('whose')}" if title.group("whose") else ""
            return f"Which title{whose} means {epithet}?"
        if kind:
            return f"Which {kind} is known as the {epithet}?"
        key = found.group("blank").split("|")[0]
        person = names_a_person(epithet) or REGNAL.search(key) is not None
        return f"{'Who' if person else 'What'} is known as the {epithet}?"
    if _FROM_TO.match(clause):
        return f"Which {kind}{dated} links {clause}{where}?" if kind else None
    reign = _REIGN.fullmatch(year)
    if reign and _did(words) and found.group("blank")[:1].isupper() and not kind:
        # "___ (1211–36) – organised the iqta system": a ruler and his deed
        return f"Who {clause}{where} ({reign.group(0)})?"
    if reign and not kind:  # "___ (c. 770–810) – real builder of the empire": a ruler
        if is_phrase(clause) and _RULER_NOUN.search(head_noun(clause)) and "," not in clause:
            return f"Who was the {re.sub(r'^(?:the|an?) ', '', clause)} ({reign.group(0)})?"
        return None  # "peak of power": his time, not a thing he is called
    if any(w.lower() in ("should", "must") for w in words[1:4]):
        # "Gov should be eminent person …", "school should be common …": what it advised
        return (
            f"Which {kind}{dated} recommended that {clause}{where}?" if kind in _ADVISERS else None
        )
    verb = finite_verb(words)
    if verb is None and re.match(r"[A-Z]", clause):
        verb = named_verb_at(words)  # "Marthanda Varma of Travancore crushed the Dutch"
    if verb is not None:
        return _clause_question(words, verb, kind, dated, where)
    if len(words) > 2 and words[0][:1].isupper() and words[1].lower() in VERBS:
        return None  # "Company took direct control of …": a clause of its own, no thing named
    if verb_before_an_object(words):
        return None  # "true nature of the law decides the list": a clause, no thing named
    if verb_phrase(words):  # "makes millions of copies of …": said of the term
        return f"Which {kind}{dated} {clause}{where}?" if kind else None

    if words[0][:1].isdigit() or words[0].lower() in ("no", "not", "only", "both", "all"):
        return None  # "six freedoms, …", "no child below 14 …": no thing to name
    relative = re.search(r", (?:who|which|whose|where) ", clause)
    core = clause[: relative.start()] if relative else clause
    if words[0].lower() in OFFICES | {"prez"} and words[1:2] and words[1][:1].isupper():
        return None  # "prez M.S. Khan": who headed it, not what it is ("is a president …")
    if kind and _activity(core) and is_phrase(clause):
        # "overnight emergency borrowing by banks, who can …": what the facility allows
        return f"Which {kind}{dated} allows {clause}?"
    if "," in clause or not is_phrase(clause) or noun_then_its_verb(words):
        return None  # "best passing-out cadet gets … Medal": a clause, no thing (holdout 518)
    unique = bool(UNIQUE.match(clause))
    if unique and no_noun_after_rank(UNIQUE.sub("", clause, count=1).strip()):
        return None  # "first built under Chandragupta": when, not what it is
    phrase = re.sub(r"^(?:the|an?) ", "", clause, flags=re.IGNORECASE)  # its own is re-chosen
    of_phrase = " of " in f" {' '.join(words[:3])} "
    if re.search(r"\d|%", phrase) or plural_head(phrase):
        return None  # "loans at 4% interest for farmers": "Which scheme is a loans …?"
    if kind and not re.match(r"^set[ -]up\b", phrase) and _A_PARTICIPLE.match(phrase):
        # "Pronab Sen Committee (2000) – set criteria for …"; not "HPMP – run in stages" (419)
        return None if _done_to_it(phrase) else f"Which {kind}{dated} {phrase}?"
    if kind and re.match(r"^set[ -]up\b", phrase):
        return f"Which {kind}{dated} was {phrase.replace('set-up', 'set up')}?"  # not "is a set up"
    if kind:
        if unique or of_phrase:  # "Nehru's statement of …" takes no "the" (holdout 428, weak)
            owned = re.match(r"[A-Z][\w.]*['’]s ", phrase)
            return f"Which {kind}{dated} is {'' if owned else 'the '}{phrase}?"
        return f"Which {kind}{dated} is {article_for(phrase)}{phrase}?"
    if unique and proper and head_noun(phrase).lower() in BODY_OFFICES and " of " not in phrase:
        return None  # "first woman chairperson": of which body, the line does not say
    if unique and len(phrase.split()) == 2 and phrase.split()[1].islower():
        return None  # "greatest ruler": of which dynasty or land, the line does not say
    if unique and proper and not head_noun(phrase).endswith("ing"):
        ruler = REGNAL.search(found.group("blank").split("|")[0]) is not None  # "Deva Raya II"
        person = A_PERSON.search(head_noun(phrase)) is not None  # "last Peshwa"
        if ruler and not person and phrase.split()[-1][:1].isupper():
            phrase += " ruler"  # "greatest Sangama": the dynasty's greatest ruler
        who = "Who was" if person or ruler else "What is"
        return f"{who} the {phrase}?"  # "largest river island of India": one thing
    if words[0].lower() in ("of", "from", "in", "on", "at", "by", "with", "for"):
        return None  # "Mestizo: of mixed European and Indigenous descent": no noun to name
    if ONE_OF_MANY.match(clause):
        return None  # "Silent Valley → home of lion-tailed macaque": so are other forests
    numbered = re.search(r"\d", found.group("blank")) is not None  # "Art 29" is no name of it
    if REGNAL.search(found.group("blank").split("|")[0]) or words[0].lower().endswith("ly"):
        return None  # "Veera Ballala II – fully independent of …": said of a king, no thing
    if of_phrase and not named_then_verb(words) and not a_title(words) and not numbered:
        article = "" if phrase != clause else "the " if proper else article_for(phrase) or "a "
        if words[0].lower() in _NO_ARTICLE:
            article = ""  # "one of the alternative forms of a gene", not "a one of …"
        return called(article, clause)  # "the right of a person to …" as written
    if (
        not proper
        and words[0][:1].islower()
        and clause == found.group("rest").strip(" .")
        and not numbered  # "Art 16" is no name of a thing
    ):
        return called_question(clause)  # a common noun's one-clause meaning
    return None


#: A phrase that opens on a past participle (``run in stages``, ``held every 2 years``):
#: what is done to the thing, no name of a kind.
_A_PARTICIPLE = re.compile(
    r"^(?:run|set|held|made|built|led|kept|paid|sold|given|done|won|known|put|split|"
    r"[a-z]{3,}ed)\b"
)


#: Words after a verb that are no object of it (``run in stages``, ``held every 2 years``).
_NO_OBJECT = frozenset(
    "in on at by for from to with into under every each as up out off over since till until "
    "after before during annually yearly".split()
)


def _done_to_it(phrase: str) -> bool:
    """Does a phrase that opens on a past participle say what is done to the thing, no
    object after its verb (``run in stages``), not what the thing did (``set criteria``)?"""
    after = phrase.split()[1:2]
    return not after or after[0].lower() in _NO_OBJECT


#: Words that open a phrase taking no article of its own.
_NO_ARTICLE = frozenset("one any each either part some".split())


def _activity(phrase: str) -> bool:
    """Is the phrase an activity (``overnight emergency borrowing by banks``): its head, the
    word before its first preposition, a noun in -ing?"""
    head = re.split(r"\s(?:by|of|for|to|in|on|at|with|from|against)\s", phrase)[0].split()
    return 1 <= len(head) <= 4 and "," not in phrase and head[-1].lower().endswith("ing")


#: Small words inside a name (``Battle of Colachel``, ``Treaty of Salbai``).
_NAME_JOINS = frozenset(("of", "the", "and", "de", "on", "for"))


def _proper(found: re.Match[str]) -> bool:
    """Is the term a name (an acronym, a name of capitalised words, in any of its forms)
    rather than a common noun written in sentence case (``Biosimilar``, ``National park``)?"""
    for term in found.group("blank").split("|"):
        words = term.split()
        named = all(w[:1].isupper() or w in _NAME_JOINS for w in words)  # "Battle of Colachel"
        if term.isupper() or (len(words) > 1 and named and words[-1][:1].isupper()):
            return True
    return False


def _clause_question(words: list[str], verb: int, kind: str, dated: str, where: str) -> str | None:
    """``RBI absorbs surplus liquidity …`` → "Under which facility does RBI absorb …?"."""
    if not kind or verb == 0 or not words[0][:1].isupper():
        return None
    if any(w.endswith((",", ";")) for w in words[:verb]):
        return None  # "Sonitpur distt, foothills of …": a list of notes, no subject and verb
    subject, form, rest = " ".join(words[:verb]), words[verb], " ".join(words[verb + 1 :])
    prep = "Under" if kind in _UNDER else "In"
    lowered = form.lower()
    if lowered in AUXILIARIES:
        inverted = f"{lowered} {subject} {rest}"
    else:
        base = base_form(lowered)
        if base is None:
            return None
        aux = "did" if lowered.endswith("ed") else "do" if subject.lower().endswith("s") else "does"
        passive = aux == "did" and rest.startswith("by ")  # "Mir Qasim defeated by …" (485)
        inverted = f"{'was' if passive else aux} {subject} {lowered if passive else base} {rest}"
    return f"{prep} which {kind}{dated} {inverted.strip()}{where}?"


#: Kinds whose clause with "should" is what they advised, not what they are.
_ADVISERS = frozenset(("commission", "committee", "panel", "report"))


def _place(name: str) -> str:
    """A country as a sentence names it: ``the Maldives``, ``Pakistan``."""
    plural = name.endswith("s") and not name.endswith("ss")
    return f"the {name}" if plural or name.startswith(("United ", "Republic ")) else name


def deed_done_as_clue(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A term's cloze whose only clue is what is done to it, no object (``{{HCFC Phase-out
    Management Plan}} – run in stages``, holdout 419, bad as "Which plan is a run in
    stages?"): many things are; the note says nothing of what it is."""
    if not isinstance(question, Cloze) or not question.text.startswith("{{"):
        return None
    found = re.match(r"\{\{[^{}]*\}\}(?: \([^()]*\))? (?:–|→|-) (.+)$", question.text)
    if found is None or not _A_PARTICIPLE.match(found.group(1)):
        return None
    words = found.group(1).rstrip(".").split()
    if not _done_to_it(found.group(1)):
        return None  # "– set criteria for identifying ESAs": what it did
    if any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words):
        return None  # "– founded by Dharmapala", "– reclassified … by the IAU (2006)"
    return "the only clue is what is done to it, which many things are"
