"""Names in the notes' text, the fine-grained kind of each, and the writer's shorthand.

:func:`find_names` finds the proper names of a text (``Sabarmati Ashram``, ``Gen. Dyer``,
``Chandrayaan-1``, ``Bay of Bengal``) with their spans, so a builder can blank one;
:func:`name_kind` tells what kind of thing a name is from the words it is made of (a person
by a title, a place by ``Lake``, ``Pass``, ``Ashram`` ..., an agreement by ``Treaty``,
``Pact``, ``Act`` ..., an organisation by ``Committee``, ``League`` ..., an event or programme
by ``Movement``, ``Mission``, ``March`` ...). A swap or a distractor must keep that kind.

:func:`expansions` gives the long forms of the shorthand students write (``Art 14`` →
``Article 14``, ``Gen. Dyer`` → ``General Dyer``, ``Kuno NP`` → ``Kuno National Park``),
so an answer key accepts every form a learner may type.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from quizbot.notes.labels import CONNECTIVES
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import is_a_deed
from quizbot.notes.zones import is_state_or_region
from quizbot.text.dates import MONTH_NAMES
from quizbot.text.names import FOLLOWER, KIN_LEADS, a_follower

#: Words that mark a person when they open a name (``Lord Curzon``, ``Gen. Dyer``).
PERSON_TITLES = frozenset(
    "lord lady gen. gen general sir raja rana maharana maharaja president pm dr. dr mr. mr mrs. "
    "mrs guru sultan emperor king queen prince princess mahatma pandit lala sardar shah "
    "nawab begum justice chief admiral marshal captain col. col gov gov. governor rani".split()
)
#: The last word of a name → its kind.
_KIND_OF_LAST = {
    **dict.fromkeys(
        "lake river pass la ashram np park port island glacier hills hill valley gap ghat bay "
        "sea ocean fort tank gulf falls dam barrage district city jail terminal sanctuary "
        "reserve delta plateau desert strait peninsula mountains range lagoon spring".split(),
        "place",
    ),
    **dict.fromkeys(
        "act treaty pact agreement accord declaration convention protocol amendment amdt "
        "reforms plan resolution award doctrine charter bill offer report framework".split(),
        "agreement",
    ),
    **dict.fromkeys(
        "committee commission council bank league party association organisation organization "
        "institute agency court ministry department bloc alliance union forum company "
        "corporation board authority centre center fund grouping".split(),
        "organisation",
    ),
    **dict.fromkeys(
        "movement movt march satyagraha mission operation project scheme yojana programme "
        "program initiative policy corridor highway exercise summit session conference conf "
        "strike massacre mutiny war battle campaign revolt split day".split(),
        "event",
    ),
}
#: The last words that make a name an organisation's (``… Institute``, ``… Council``).
ORGANISATION_WORDS = frozenset(w for w, kind in _KIND_OF_LAST.items() if kind == "organisation")
MONTHS = frozenset(MONTH_NAMES)  # "january", "jan", "sept" …
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATE_WORDS = MONTHS | _WEEKDAYS
#: Words a number completes as a name (``Art 21``, ``Schedule 10``).
NUMBERED = frozenset(
    "art article arts articles part schedule sch amendment amdt chapter section cop phase "
    "mk appendix no".split()  # "ILO Convention No. 26" (holdout 772, bad: "… No")
)
#: Lower-case words that may stand inside a name (``Bay of Bengal``, ``Zil-i-Ilahi``).
NAME_JOINERS = frozenset("of the de la da del bin ud ul al e i ka ki ke".split())
#: Words that carry a body's name on after its kind word, and those kind words.
_AFTER_A_KIND = frozenset(("against", "on", "for"))
_BODY_KINDS = frozenset(
    "convention commission committee council conference agreement treaty protocol "
    "tribunal court institute centre center".split()
)
_TOKEN = re.compile(r"[A-Z][\w'’.]*(?:[-–][\w.]+)*|\d[\w-]*|[a-z][\w'’]*|\S")


class Name(NamedTuple):
    """A proper name found in a text (a tuple: some 22,000 are made of 1 MB of notes, and a
    frozen dataclass is three times slower to make: ``generate_1mb_s``)."""

    text: str
    start: int
    end: int
    kind: str
    #: The name opens the text (a capitalised common word there is no name).
    initial: bool = False


#: Words that say what kind of thing a name is (``Act``, ``Lake``, ``Committee`` ...).
KIND_WORDS = frozenset(_KIND_OF_LAST)
#: Words of a name that say what it is, not which one (``Rowlatt Act``: ``Act``; ``Chenab
#: Bridge``: ``Bridge``), with the notes' background (``India``) and joiners: printed in a
#: question or its topic line, such a word gives no name away, another word of it would.
NAME_KIND_WORDS = frozenset(
    "act code pact treaty agreement accord reforms reform committee commission council party "
    "league movement movt march satyagraha mission plan report session conference conf resolution "
    "project scheme yojana programme policy doctrine convention conventions protocol amendment "
    "declaration framework society samaj sabha sangh sangha exercise summit national park np "
    "lake river rivers pass bay ministry department dept "
    "sea glacier soil reserve sanctuary bridge island islands temple temples dance dances style "
    "styles school schools dynasty battle sultan sultanate shah khan raja king emperor article "
    "section schedule writ mutiny india indian state states district city day first second the "
    "divas diwas jayanti utsav mahotsav mela "  # "Sukapha Divas": a day, no person's name
    "and of for on in".split()
)


def _is_capital(token: str) -> bool:
    """A capitalised word, or a number with letters that names (``F-35`` is caught by the
    first rule; ``4K``), never an ordinal (``1st``) or a plain number."""
    if token[:1].isupper():
        return True
    return token[:1].isdigit() and any(c.isalpha() for c in token)


@lru_cache(maxsize=1 << 14)
def name_kind(name: str) -> str:
    """``person``, ``place``, ``agreement``, ``organisation``, ``event`` or ``name``."""
    words = fold(name).replace("–", "-").split()
    if not words:
        return "name"
    if len(words) > 1 and (words[0] in PERSON_TITLES or words[0].rstrip(".") in PERSON_TITLES):
        return "person"
    last = words[-1].strip(".,;:()")
    if last in _KIND_OF_LAST:
        return _KIND_OF_LAST[last]
    if words[0] in ("treaty", "act", "battle", "operation", "project", "mission"):
        return _KIND_OF_LAST.get(words[0], "name")
    return "name"


_ANY_CAPITAL = re.compile(r"[A-Z0-9]")
#: Words that open a run of capitals without being part of the name.
_LEADS = (
    frozenset(
        """The An HQ In At On From By For With To Under Since After Before During Called Named
    Renamed Mostly Mainly Largely Chiefly Nearly Almost Only Also Both Many Several
    Some Earlier Later Now Even CE BCE BC Current Present Former""".split()
    )
    | CONNECTIVES
    | KIN_LEADS
)
#: Units written with a capital (``500 MWe Prototype …``): a figure's, never a name's word.
_UNITS = frozenset("MW MWe GW GWe kW KW MT Mt MMT TWh GWh MHz GHz".split())
#: Units of one or two letters, a unit only after a figure (``440 N Liquid Apogee Motor``,
#: holdout 668, bad: the blank began on the newtons).
_SI_UNITS = frozenset("N kN W V J K Pa Hz T".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: A person's initials before the name they go with (``K.S.`` of ``K.S. Puttaswamy``).
INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+")
_LEADING_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\s+")
#: :data:`_TOKEN` as a split: the text between tokens, then each token, alternately (the
#: spans come from the lengths, with no call per token).
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: Counts that open a sentence before an acronym: ``Four IAF test pilots``.
_COUNTS = frozenset("two three four five six seven eight nine ten".split())


@lru_cache(maxsize=1 << 14)
def find_names(text: str) -> tuple[Name, ...]:
    """Proper names in ``text``: runs of capitalised words (with ``of``, ``the`` ... inside),
    not a month, a weekday or a single capitalised word that opens the text."""
    found: list[Name] = []
    if not _ANY_CAPITAL.search(text):
        return ()
    pieces = _TOKEN_SPLIT.split(text)
    words = pieces[1::2]
    #: ends[2k] is where token k starts, ends[2k + 1] where it ends
    ends = list(accumulate(map(len, pieces)))
    n = len(words)
    capital = [w[0].isupper() or (w[0].isdigit() and _is_capital(w)) for w in words]

    def month_at(k: int) -> bool:
        """A month or weekday written as a date (``Mar 1930``, ``6 Apr``), not a name's word
        (``Dandi March``)."""
        word = words[k].lower().strip(".")
        if word not in _DATE_WORDS:
            return False
        if word in _WEEKDAYS:
            return True
        if word not in MONTHS:
            return False
        after = words[k + 1] if k + 1 < n else ""
        before = words[k - 1] if k else ""
        jan = word == "jan" and after[:1].isupper()  # "Jan Suraksha": a name (holdout 489)
        return after[:1].isdigit() or before.isdigit() or not (jan or before[:1].isupper())

    i = 0
    while True:
        try:
            i = capital.index(True, i)  # the next capital: most words are not
        except ValueError:
            break
        if month_at(i):
            i += 1
            continue
        j = i + 1
        last = i
        joined = False
        while j < n:
            word = words[j]
            if word[:1].isdigit() and _ORDINAL.fullmatch(word):
                break  # "India 4th country": an ordinal ends a name
            if word[:1].isdigit() and words[j - 1].lower().strip(".") in NUMBERED:
                last = j  # "Art 21", "Part 3", "COP 26"
                j += 1
            elif capital[j] and not month_at(j):
                if (
                    j - 2 >= i
                    and words[j - 1][:1].isdigit()
                    and word.lower().strip(".") in NUMBERED
                    and words[j - 2].lower().strip(".") in NUMBERED
                ):
                    break  # "Art 358 Art 19": two numbered names, not one
                last = j
                j += 1
            elif (
                (
                    word in NAME_JOINERS
                    or (word in ("and", "&") and joined)
                    # "UN Convention against Corruption", "Convention on Biological Diversity"
                    or (word in _AFTER_A_KIND and words[j - 1].lower() in _BODY_KINDS)
                )
                and j + 1 < n
                and capital[j + 1]
            ):
                joined = joined or word == "of"
                j += 1
            else:
                break
        s, e = ends[2 * i], ends[2 * last + 1]
        chunk = text[s:e].rstrip(".,;:")
        ordinal = _LEADING_ORDINAL.match(chunk) if chunk[:1].isdigit() else None
        # "1st Vinoba Bhave": an ordinal before a name is no part of it ("13th Amendment",
        # "2nd RTC" keep theirs)
        if (
            ordinal
            and name_kind(chunk) in ("name", "person")
            and not chunk[ordinal.end() :].isupper()
        ):
            s += ordinal.end()
            chunk = chunk[ordinal.end() :]
        lead = chunk.split(" ", 1)[0]
        if (
            s == 0
            and " " in chunk
            and (is_a_deed(lead) or (lead.lower() in _COUNTS and chunk[len(lead) + 1 :].isupper()))
        ):
            # "Sacked Surat, the main Mughal port", "Four IAF test pilots": the deed or the
            # count is no part of the name
            s += len(lead) + 1
            chunk = chunk[len(lead) + 1 :]
            lead = chunk.split(" ", 1)[0]
        # "The Reserve Bank", "HQ Gurugram", "500 MWe Prototype Fast Breeder Reactor" (a unit)
        unit = lead in _UNITS or (lead in _SI_UNITS and text[:s].rstrip()[-1:].isdigit())
        if (lead in _LEADS or unit) and len(chunk) > len(lead) + 1:
            s += len(lead) + 1
            chunk = chunk[len(lead) + 1 :]
            if chunk.startswith("the "):  # "At the Calcutta session": the article is no part
                s += 4
                chunk = chunk[4:]
        office = _OFFICE_BEFORE_A_NAME.match(chunk)
        if office is not None and office.end() < len(chunk):
            s += office.end()  # "British PM Ramsay MacDonald": the office is no part of it
            chunk = chunk[office.end() :]
        if "s " in chunk:
            possessive = max(chunk.rfind("'s "), chunk.rfind("’s "))
            if possessive > 0:  # "India's Indian Ocean vision": the name after the possessive
                s += possessive + 3
                chunk = chunk[possessive + 3 :]
        described = _DESCRIBING.match(chunk) or _a_follower(chunk)
        if described is not None:  # "Congress-backed INTUC": the name after its describer
            s += described.end() + 1
            chunk = chunk[described.end() + 1 :]
        if lead == "A" and not _INITIAL_AFTER_A.match(chunk):
            s += 2  # "A 5-judge Constitution bench": the article (holdout 246), not "A K Gopalan"
            chunk = chunk[2:]
        demonym = _OF_A_PEOPLE.search(chunk)
        if demonym is not None and _THEN_LOWER.match(text, s + len(chunk)):
            chunk = chunk[: demonym.start()]  # "Interim Govt of Indian leaders": of people
        elif " of " in chunk and _THEN_A_PLACE.match(text, s + len(chunk)):
            chunk = chunk[: chunk.index(" of ")]  # "Ranjana Sonawane of Tembhli village": hers
        if chunk and not _RANKED_PLURAL.fullmatch(chunk):  # "First BRs …": many (h. 371)
            found.append(Name(chunk, s, s + len(chunk), name_kind(chunk), i == 0))
        i = last + 1
    return tuple(found)


#: A rank before the plural of a short form (``First BRs``): several of a kind, no name.
_RANKED_PLURAL = re.compile(r"(?:First|Last|Earliest|Oldest|Newest|Only)\s+[A-Z]{2,}s")
#: ``A K Gopalan``, ``A. P. J. …``: an initial after a name's "A", not the article.
_INITIAL_AFTER_A = re.compile(r"A\.?(?: [A-Z]\b|$)")
#: A kind of place after a name (``… of Tembhli village``): what follows "of" is the place.
_THEN_A_PLACE = re.compile(r"\s+(?:village|town|district|taluk|tehsil|block|hamlet)\b")
#: A name's last words that describe the lower-case noun after it (``… of Indian leaders``).
_OF_A_PEOPLE = re.compile(r" of [A-Z][a-z]+(?:ian|ish|ese)$")
_THEN_LOWER = re.compile(r"\s+[a-z]")


#: A name made a describing word by what follows its hyphen: ``English-educated``,
#: ``Congress-backed``, ``Soviet-made``; or a country's short form before its operation's
#: name (``US Operation Burnt Frost``: "US" is whose, holdout 580, bad).
_A_PERSONS_NAME = re.compile(r"(?: [A-Z][\w.'’-]*){2,3}$")


def _a_follower(chunk: str) -> re.Match[str] | None:
    """The follower's adjective a person's name opens with ("the Gandhian Potti Sriramulu",
    holdout 698, bad: it was keyed with his name), or ``None``."""
    found = FOLLOWER.match(chunk)
    if found is None or not _A_PERSONS_NAME.match(chunk, found.end()):
        return None
    named = name_kind(chunk[found.end() + 1 :]) in ("person", "name")
    return found if named and a_follower(found.group(0)) else None


_DESCRIBING = re.compile(
    r"[A-Z][\w'’]*-(?:educated|backed|based|led|made|born|ruled|run|owned|funded|sponsored|"
    r"dominated|trained|style|type|like|speaking|oriented|inspired|influenced)(?=\s|$)"
    r"|(?:US|UK|UN|USSR|EU|NATO)(?= (?:Operation|Mission|Exercise) [A-Z])"
)


#: An office (with the country it is of) written before a person's name: ``British PM``,
#: ``US President``; a styled name keeps its title (``Lord Minto``, ``King George V``).
_OFFICE_BEFORE_A_NAME = re.compile(
    r"(?:(?:British|US|U\.S\.|American|French|Soviet|Russian|Chinese|Japanese|German|"
    r"Pakistani|Australian|Indian) )?(?:PM|President|Prime Minister|Premier|Chancellor|"
    r"Foreign Minister|Viceroy)s? (?=[A-Z][a-z])"
)


#: Shorthand students write, and its long form (matched as whole words, case kept).
SHORTHAND = dict(
    pair.split(":", 1)
    for pair in re.split(
        r";\s+",
        """Art:Article; Art.:Article; Arts:Articles; Amdt:Amendment; Amdt.:Amendment;
    Gen.:General; Gov:Governor; Gov.:Governor; Govt:Government; govt:government;
    NP:National Park; NPs:National Parks; Sch:Schedule; Sec:Section; Sec.:Section;
    Secs:Sections; Univ.:University; Dept:Department; Assn:Association;
    Cttee:Committee; trib.:tributary; tribs:tributaries; yrs:years; movt:movement;
    Conf:Conference; w/:with; b/w:between; Pak:Pakistan; HC:High Court;
    SC:Supreme Court; GoI:Government of India; CoM:Council of Ministers;
    G-sec:government security; G-secs:government securities; T-bill:Treasury Bill;
    T-bills:Treasury Bills""",
    )
)
_SHORTHAND = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True))
    + r")(?![\w])"
)
_SHORT_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d)")


def expansions(answer: str) -> list[str]:
    """Other forms of ``answer`` that the notes' shorthand stands for (none when it has no
    shorthand): ``Gen. Dyer`` → ``General Dyer``, ``8 Aug 1942`` → ``8 August 1942``."""
    forms: list[str] = []
    long = _SHORTHAND.sub(lambda m: SHORTHAND[m.group(1)], answer)
    long = _SHORT_MONTH.sub(lambda m: MONTH_NAMES[m.group(1).lower()], long)
    if long != answer:
        forms.append(long)
    if "–" in answer or "—" in answer:
        forms.append(answer.replace("–", "-").replace("—", "-"))
    plain = _CONSTITUTIONAL.sub(" Amendment", answer)
    if plain != answer:  # "100th Constitutional Amendment" is the "100th Amendment"
        forms.append(plain)
    bare = _KIND_SUFFIX.sub("", answer)
    if bare != answer and bare:  # "Keibul Lamjao NP" is "Keibul Lamjao"
        forms.append(bare)
    place, comma, region = answer.rpartition(", ")
    if comma and place and "," not in place and is_state_or_region(region):
        forms.append(place)  # "Suratgarh, Rajasthan" (never "India, Iran" of a list: 430)
    work = _AUTHORS_WORK.match(answer)
    if work and len(work.group(1).split()) > 1 and not _EPONYMOUS_END.search(work.group(1)):
        forms.append(work.group(1))  # "Thomas Paine's Common Sense": the work alone
    return forms


#: A work named with its author: "Thomas Paine's Common Sense".
_AUTHORS_WORK = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}['’]s\s+([A-Z].+)$")
#: What a name is an eponym of ("Snell's Law", "Newton's laws of motion"): not a work.
_EPONYMOUS_END = re.compile(
    r"\b(?:laws?|theorem|principle|rule|constant|equation|doctrine|effect|motion)$",
    re.IGNORECASE,
)
_CONSTITUTIONAL = re.compile(r"\s+Constitution(?:al)?\s+Amendment\b")
_KIND_SUFFIX = re.compile(r"\s+(?:NP|National Park)$")
