"""A timeline line put in a sentence: ``1784 – Asiatic Society founded in Calcutta by ___``
→ ``In 1784, the Asiatic Society was founded in Calcutta by ___.``

Timelines are written as a date, a dash and a clause (or a date in brackets and the clause:
``(1757) Clive defeats …``; the true/false of such a line is left as it was). Asked as written,
a cloze or a true/false is the raw note line, which a coach marks weak nine times in ten (blind
reviews 48–68: 3 good of 36 date–dash clozes, 2 of 12 true/falses); put in a sentence, the same
blank reads as a question. Only a clause that is one sentence is rewritten: it names its
subject (a capital or the blank), has a verb of its own (a note's bare participle is given its
auxiliary, :func:`~quizbot.notes.clauses.with_its_verb`), and holds no more shorthand (a second
dash, an arrow, a semicolon). ``wrote Hind Swaraj in ___`` has no subject and stays as it is:
:func:`raw_dated_line` turns it away (blind reviews 24–83: of the timeline lines asked raw, 14
were kept, 60 weak and 4 bad of 78).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, TrueFalse, filled_in
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.dated_tenses import DOES, in_the_past, plural_in_the_past
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_words import RECURRING_ACT, opens_on_a_bare_kind
from quizbot.notes.grammar import CHANGE_VERBS, VERBS, is_lawmaker, with_the
from quizbot.notes.line_questions import asked_outright
from quizbot.notes.tenses import ends_a_clause
from quizbot.notes.timeline_verbs import STATUS_UNSAID, TO_A_LIST
from quizbot.text.dates import MONTHS
from quizbot.text.names import is_dictionary_word, is_everyday_word

_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A date, a dash and the clause: ``Oct 1860 – Garibaldi meets …``, ``(1991) – …``.
_DATED = re.compile(
    r"^\(?(?P<date>(?P<decade>(?:1[0-9]|20)\d0s)|"  # "1920s – Walker describes …"
    r"(?P<day>\d{1,2} )?(?:(?:[A-Z][a-z]{2,8}\.? )?\d{4}(?:[–-]\d{2}(?=\)|\s[–—-]\s))?|"
    # a year of three digits (``720 – Chandrapida recognised …``), never ``Art 324 – …``
    rf"(?:(?i:{_MONTHS})\.? )?[1-9]\d{{2}}))"
    r"(?:\)?\s*[–—-]|(?<=\d)\)|(?<=\ds)\))\s+(?P<rest>.+)$"  # "(1989) 65th Amendment Bill …"
)
#: A line dated by a bracket alone, with no dash after it: ``(1924) Marshall announces …``.
_BRACKETED_DATE = re.compile(r"^\([^()]{3,20}\)\s+(?![–—-])")


def _year(date: str) -> str:
    """The year a date is in (a decade's first: ``1920s`` → ``1920``)."""
    if date.endswith("s") or re.fullmatch(r"\d{4}[–-]\d{2}", date):
        return date[:4]  # "1974-75": a financial year, its first
    year = re.search(r"\d{4}", date)  # "Budget 2022-23" (holdout 558: the generator crashed)
    return year.group(0) if year is not None else date[-4:]


#: Shorthand a sentence cannot hold.
_SHORTHAND = re.compile(r"\s[–—-]\s|[→;:=/+·]|\s&\s")


def dated_sentence(question: Question, future: int = 0) -> Question | None:
    """The cloze or true/false with its timeline line put in a sentence, or ``None``.
    ``future`` is the year the notes' future begins: a line dated then or later may be a
    target (``2070 – India reaches net zero``), so its present stays."""
    if isinstance(question, Cloze):
        text = _sentence(question.text, future)  # first: most lines are no timeline's (cheap)
        if text is None and question.text.lstrip("( ").startswith("{{"):
            text = _year_asked(question.text, future)
        if text is None or "{{" not in text or asked_outright(question) is not question:
            return None  # "1906 – ___ founded at Dacca": "Which organisation was founded …?"
        return dataclasses.replace(question, text=text)
    if isinstance(question, TrueFalse):
        if _BRACKETED_DATE.match(question.statement.strip()):
            return None  # "(1948) DVC set up → …": a year shifted in a bracket, left as it was
        dated = _DATED.match(question.statement.strip())
        if dated and dated.group("decade"):
            return None  # "In the 1930s, …": a decade shifted is no plausible falsehood
        if dated and RECURRING_ACT.match(_head_words(dated.group("rest"))):
            return None  # "In 1930, the GoI Act …": the year names the act, and none was
            # passed in 1930 (holdout 161)
        if dated and _AGAIN.search(dated.group("rest")):
            return None  # "In 1998, RPA was amended.": it was, in many years (holdout 218)
        true = _DATED.match(question.fix.strip()) if question.fix else None
        if true is not None and int(_year(true.group("date"))) >= future:
            future = 0  # the true line keeps its present: so does the false one (one tense)
        statement = _sentence(question.statement, future)
        fix = _sentence(question.fix, future) if question.fix else ""
        if statement is None or fix is None or statement == fix:
            return None  # (the changed value was in the clause left out)
        return dataclasses.replace(question, statement=statement, fix=fix)
    return None


def _year_asked(text: str, future: int) -> str | None:
    """``({{2012}}) WHO removes India from list …`` → "In {{2012}}, WHO removed India from
    list …." (holdout 446: the years of a timeline's own sentences were never asked): the
    line put in a sentence with its year filled in, then the year blanked again."""
    blank = CLOZE_BLANK.search(text)
    if blank is None:
        return None
    year = blank.group(1).split("|")[0]
    said = _sentence(filled_in(text), future)
    if not re.fullmatch(r"\d{4}", year) or said is None or not said.startswith(f"In {year}, "):
        return None
    clause = said[len(year) + 5 :]
    words = [w for w in re.findall(r"[A-Za-z]+", clause) if w.islower() and w.endswith("ed")]
    if DOES.match(clause) or not all(map(is_dictionary_word, words)) or _AGAIN.search(clause):
        return None  # "In 1923, Shraddhanand leads …", "In 2009, Planetary boundaried
        # framework." (a present left, or a noun made a verb): no sentence to date; "In
        # 1993, locust swarms returned.": they do, in many years
    if clause.rstrip(".").split()[-1] in TO_A_LIST:
        return None  # "In 2002, Chilika was removed.": from what? (holdout 343, bad)
    return f"In {blank.group(0)}, {clause}"


#: A deed done to a thing again and again, or a thing that comes back (``El Niño returns``,
#: holdout 279, bad): no other year makes it false.
_AGAIN = re.compile(
    r"\b(?:amended|revised|extended|expanded|renewed|reconstituted|updated|modified|"
    r"restructured|reviewed|relaunched|returns?|returned|recurs?|recurred|reappears?|reappeared)\b"
)
#: A label the question carries in front of its line (``Quit India: 9 Aug 1942 – …``).
_LABEL = re.compile(r"^[A-Z][^:?]{0,40}: ")


def raw_dated_line(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A cloze or true/false that is a timeline line as written (``1906 – ___, Port Blair
    completed``, ``1944 – INTUC (Congress-backed)``): :func:`dated_sentence` could not put it
    in a sentence, so it is the note passed through, not a question. A blank on the line's
    head that is asked outright (``1906 – ___ founded at Dacca`` → "Which organisation was
    founded at Dacca in 1906?") stays."""
    if not isinstance(question, Cloze | TrueFalse):
        return None
    text = filled_in(question.text) if isinstance(question, Cloze) else question.statement
    text = text.strip()  # a blank on the date too: "Dec ___ – Mission Indradhanush – …"
    dated = _DATED.match(text) or _DATED.match(_LABEL.sub("", text, count=1))
    if dated and asked_outright(question) is question:
        return "a timeline line as written (a date, a dash, a note), not a sentence"
    return None


#: An object that is a bare kind (``SC revisited order``, holdout 247, bad): which one?
_BARE_END = re.compile(
    r"\b[a-z]+(?:ed|es|s) (?:order|ruling|verdict|decision|plan|policy|report|bill)$"
)
#: An adverb that opens a line's news, its subject left in the heading (``Formally …``).
_ADVERB_FIRST = re.compile(r"[A-Z][a-z]{3,}ly ")
#: A place taken with no taker named: it changed hands, and whose hands the line leaves out.
_TAKEN = re.compile(
    r"(?:^\{*[A-Z][\w'’-]*\}* (?:was|were) (?:re)?(?:captured|taken)"  # "Raichur", one word:
    r"|\b(?:was|were) (?:re)?(?:annexed|conquered|seized))\s*$"  # a place ("Tirot Sing was
)  # captured" is a man's capture, his year asked)
#: A bracket that gives the line's year its month, or its day and month (``(25 Dec 2000)``).
_FULLER = re.compile(rf"\s*\((?P<day>\d{{1,2}} )?(?i:{_MONTHS})\.? (?P<year>\d{{4}})\)")
#: A blank that was only passed, by a house or by no one named (``___ passed by Parliament``).
_ONLY_PASSED = re.compile(
    r"\{\{[^{}]*\}\} (?:was )?(?:passed|enacted)"
    r"(?: by (?:the )?(?P<by>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
)
#: A pointer to elsewhere in the notes (``(see end)``, holdout 222).
_SEE = re.compile(r"\s*\((?:see|cf\.?) [^()]*\)")
#: An object that points back to the line before (``strengthens it``).
_IT = re.compile(r"\s(?:it|them)\b(?![-'’])")


def _head_words(clause: str) -> str:
    """The capitalised words a clause opens on (``GoI Act`` of ``GoI Act makes …``)."""
    return " ".join(itertools.takewhile(lambda w: not w[:1].islower(), clause.split()))


def _sentence(line: str, future: int = 0) -> str | None:
    found = _DATED.match(line.strip())
    if found is None:
        return None
    rest = _first_clause(found.group("rest").strip().rstrip("."))
    if len(re.sub(r"\{\{[^{}]*\}\}", "", rest).split()) < 2:
        return None  # "1929 – ___ begins → …": "In 1929, ___ began." says nothing of it
    if _SHORTHAND.search(_BRACKETED.sub("", rest)) or not (
        rest[:1].isupper() or rest.startswith("{{")
    ):
        return None  # "wrote Hind Swaraj in ___": whose deed, the line does not say
    year = _year(found.group("date"))
    if any(y != year for y in _YEAR.findall(_BRACKETED.sub("", rest))):
        return None  # "2013 – Mangalyaan reached Mars orbit on 24 Sept 2014": two dates
    passed = _ONLY_PASSED.fullmatch(rest)
    if passed and is_lawmaker(passed.group("by") or "parliament"):
        return None  # "In 1999, ___ was passed by Parliament.": any act of the year (holdout 280)
    if STATUS_UNSAID.search(rest):
        return None  # "In 2001, ___ was proclaimed by UNESCO.": proclaimed what? (holdout 358)
    if _IT.search(rest) or _BARE_END.search(rest):
        return None  # "GoI Act strengthens it", "SC revisited order": which, the line before says
    rest = _SEE.sub("", rest)  # "(see end)": a pointer to notes the learner does not see
    given = _with_its_verb(rest)
    # "Excavations begin …" → "excavations began …" (lowered below, once it is a clause)
    past = plural_in_the_past(given) if given == rest and int(year) < future else given
    plural, given = past != given, past
    if given != rest:  # "NCBC set up as …" → "NCBC was set up …": dated, so past
        given = re.sub(r" (is|are) ", lambda m: _PAST[m.group(1)], given, count=1)
    if _ADVERB_FIRST.match(rest) and is_dictionary_word(rest.split()[0].lower()):
        return None  # "1957 – Formally inaugurated by Nehru": what was? (holdout 505, bad)
    if _TAKEN.search(given):
        return None  # "In 1520, Raichur was captured.": by whom? (holdout 504, bad)
    bare = DOES.fullmatch(given)
    if bare is not None and not ends_a_clause(bare.group("verb")):
        return None  # "1964 – Guru Gobinda Basu tests": the case's tests, not a deed
    if bare is not None and bare.group("verb") == "merges" and not _TWO.search(bare["subject"]):
        return None  # "NTUF (successor of AITUF) merges": with what? (holdout 417, bad)
    if not _CLAUSE.match(filled_in(_APPOSITIVE.sub(r"\g<subject> \g<rest>", given))):
        return None  # "Azad killed, Alfred Park": a name and a participle, no clause
    if given == rest and int(year) < future:
        given = in_the_past(given)  # "Tansley coins …" → "Tansley coined …": dated, past
    rest = given
    if plural and is_everyday_word(rest.split(" ", 1)[0].lower().removesuffix("s")):
        rest = rest[:1].lower() + rest[1:]  # "excavations", not a name ("Marathas")
    elif rest.startswith("The "):
        rest = "the " + rest[4:]
    else:
        subject = _SUBJECT.match(rest)
        if subject and with_the(subject.group(0)).startswith("the "):
            rest = "the " + rest  # "Asiatic Society founded …": a body takes its article
    if opens_on_a_bare_kind(rest):
        return None  # "In Aug 2016, Bill was passed by Parliament.": which bill?
    date, day = found.group("date"), found.group("day")
    fuller = _FULLER.search(rest) if len(date) == 4 and "(" in rest else None
    if fuller is not None and fuller.group("year") == date:  # "… launched (25 Dec 2000)."
        date, day = fuller.group(0).strip(" ()"), fuller.group("day")
        rest = rest[: fuller.start()] + rest[fuller.end() :]
    if found.group("decade"):
        return f"In the {date}, {rest}."  # "In the 1920s, Gilbert Walker described …"
    return f"{'On' if day else 'In'} {date}, {rest}."


_END = r"\{\{[^{}]*\}\}|[A-Z0-9][\w.,%-]*(?: [A-Z][\w.-]*)?"  # a blank, or a name or figure
#: A change written with an arrow (``Capital shifted Cochin → Goa``, ``age raised 18 → 21``):
#: the arrow says "to", not what came of it; cut there, the line would say the opposite.
_FROM_TO = re.compile(
    rf"\b(?P<verb>{CHANGE_VERBS}|moved|transferred|renamed)\s+"
    rf"(?P<a>{_END}) → (?P<b>{_END})"
    r"(?=\s*(?:\(|;|$))"
)
#: Where a timeline line's first clause ends: a semicolon or an arrow outside brackets.
_CLAUSE_END = re.compile(r";\s|\s→\s")


def _first_clause(rest: str) -> str:
    """The line's first clause, when what follows is another note (``Muslim League founded
    at Dacca (30 Dec); Calcutta session adopts Swaraj``) or what came of it (``… → …``):
    the clause alone is the dated fact. The whole line when the cut would fall in a bracket."""
    rest = _FROM_TO.sub(r"\g<verb> from \g<a> to \g<b>", rest)
    found = _CLAUSE_END.search(rest)
    if found is None:
        return rest
    head = rest[: found.start()].rstrip(" ,")
    if head.count("(") != head.count(")"):
        return rest
    return head


def _with_its_verb(clause: str) -> str:
    """:func:`~quizbot.notes.clauses.with_its_verb`, also for a clause whose subject is the
    blank (``___ executed in Delhi on Aurangzeb's orders`` → ``___ was executed …``): the
    blank's key stands in while the verb is found. Only here, for a dated line's clause: in
    :func:`~quizbot.notes.clauses.with_its_verb` itself it would read a clause cut from a
    line as passive too ("___ was turned from Jainism to Vaishnavism")."""
    aside = _APPOSITIVE.match(clause)  # "___, India's first satellite, launched by …"
    if aside is not None:
        subject = aside.group("subject")
        bare = f"{subject} {aside.group('rest')}"
        given = _with_its_verb(bare)
        if given == bare:
            return clause
        return f"{subject}, {aside.group('aside')}, {given[len(subject) + 1 :]}"
    blank = _LEADING_BLANK.match(clause)
    inside = _LEADING_BLANK.search(clause) if blank is None else None
    if inside is not None:  # "HYV seeds of ___ imported" (holdout 484): the key stands in
        key = inside.group(1).split("|")[0]
        before = clause[: inside.start()] + key
        given = with_its_verb(before + clause[inside.end() :], last=True)
        if given.startswith(before):
            return clause[: inside.end()] + given[len(before) :]
    if blank is None:
        return with_its_verb(clause, last=True)
    key = blank.group(1).split("|")[0]  # "Carbon nanotubes … were described": its number
    stand_in = key if key[:1].isupper() and "{" not in key else "Blank"
    given = with_its_verb(stand_in + clause[blank.end() :], last=True)
    return blank.group(0) + given[len(stand_in) :]


_LEADING_BLANK = re.compile(r"\{\{([^{}]*)\}\}")
#: A subject, an aside between commas, and the rest: ``Aryabhata, India's first satellite,
#: launched by …`` (an aside has a lower-case word: ``Bhagat Singh, Sukhdev, Rajguru`` is a
#: list).
_APPOSITIVE = re.compile(
    r"^(?P<subject>\{\{[^{}]*\}\}|[A-Z][^,{}]*), (?P<aside>[^,{}]*\b[a-z][^,{}]*), (?P<rest>.+)$"
)
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
_BRACKETED = re.compile(r"\([^()]*\)")
#: Past forms that are as often a bare participle (``Muslim League founded at Dacca``,
#: ``Department renamed DIPAM``): a finite verb only as a past tense before its object, and
#: never one that names (``renamed``, ``declared``), which takes its complement as passive.
_PARTICIPLES = frozenset(
    """built made held set sent brought kept put lost paid laid found led fought taught bought
    caught sought spent lent felt heard meant said told known called named""".split()
)
_NAMING = r"(?!(?:re)?named\b|called\b|declared\b|appointed\b|elected\b|crowned\b|titled\b)"
_FINITE = sorted(
    (w for w in VERBS if not w.endswith(("ed", "en", "wn")) and w not in _PARTICIPLES),
    key=len,
    reverse=True,
)
#: A subject (names, a blank, a bracket after them) and a finite verb: an auxiliary, one the
#: grammar lists, a present tense (``meets``), or a past tense before its object (``sacked
#: Delhi``, not ``killed, Alfred Park``).
_CLAUSE = re.compile(
    r"^(?:the )?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|\d+|of|the|and|&|da|de|di|van|von|bin|ibn|"
    r"(?:under|for)(?= [A-Z])|(?<=['’]s )[a-z]{4,}(?= [A-Z])|\([^()]*\)))*,? "
    r"(?:[a-z]+ly )?(?:(?:is|are|was|were|has|have|had) |"
    r"(?:"
    + "|".join(_FINITE)
    + r")\b|[a-z]{3,}(?<!ss)s\b(?! [a-z]+ed\b)|"
    + _NAMING
    + r"(?:[a-z]{3,}ed|"
    + "|".join(sorted(_PARTICIPLES))
    + r")(?= (?:the |a |an |his |her |its |their |[A-Z0-9])))"
)
#: The capitalised words a clause opens on (its subject's name).
_SUBJECT = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|on))*")


_PAST = {"is": " was ", "are": " were "}
#: Two subjects joined (``A and B merge``).
_TWO = re.compile(r"\s(?:and|&)\s")
