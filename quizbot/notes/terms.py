"""``Term: definition`` items split in two, and the items that are never quizzed.

:func:`split_term` cuts an item at its first colon into the term (with any trailing
parenthetical kept apart as its qualifier: ``Modi (2021)``) and the definition;
:func:`is_doubtful` tells the items that record a disagreement between sources or only point
elsewhere in the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizbot.notes.event_articles import EVENT_NOUNS
from quizbot.notes.labels import is_label
from quizbot.notes.names import name_kind
from quizbot.notes.phrases import fold, trailing_paren
from quizbot.notes.tenses import is_a_deed
from quizbot.text.names import KIN_LEADS, is_dictionary_word

#: Lead-ins whose bullets (and sub-bullets) record disagreement or doubt: never quizzed.
DOUBT_MARKERS = ("sources differ", "disputed", "unclear", "unconfirmed", "uncertain")

_TERM_MAX_WORDS = 8
_TERM = re.compile(r"^(?P<term>[^:]{1,90}?):\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class Term:
    """A ``Term: definition`` item split in two."""

    term: str
    definition: str
    #: The term without a trailing parenthetical: ``Modi (2021)`` → ``Modi``.
    base: str
    #: The parenthetical's text, if any (an abbreviation, a year, a qualifier).
    qualifier: str
    #: Written ``Term – what it is`` (a name and a dash) rather than ``Label: fact``.
    dash: bool = False
    #: The term is the line's **bold** lead: the writer marked it as a name to know.
    marked: bool = False


def split_term(text: str) -> Term | None:
    """``Term: definition`` → its parts; ``None`` for items that are not definitions."""
    if ": " not in text or " :: " in text:
        return None
    m = _TERM.match(text)
    if m is None:
        return None
    term, rest = m.group("term").strip(), m.group("rest").strip()
    if (
        not term
        or len(term.split()) > _TERM_MAX_WORDS
        or term.count("(") != term.count(")")
        or not rest
        or term[-1] in ".;,"
    ):
        return None
    base, qualifier = term, ""
    paren = trailing_paren(term)
    if paren and paren.start() > 0:
        base = term[: paren.start()].strip()
        qualifier = paren.group(0).strip()[1:-1].strip()
    return Term(term, rest, base, qualifier)


_SEE = re.compile(r"^(?:[^:]{1,60}:\s*)?(?:see|see also|cf\.?)\s", re.IGNORECASE)


def is_doubtful(text: str) -> bool:
    """Items that record a disagreement between sources, or only point elsewhere in the notes
    ("Trade: see Connectivity"), are never quizzed."""
    lead = fold(text[:40])
    return lead.startswith(DOUBT_MARKERS) or bool(_SEE.match(text))


#: What separates a term from what the notes say of it when no colon does.
_DASH_TERM = re.compile(r"^(?P<term>[^–—→=;,]{1,60}?)\s+(?:–|—|=|→)\s+(?P<rest>\S.*)$")
_STARTS_WITH_DATE = re.compile(r"^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\b|^\d")
_DASH_TERM_WORDS = 5


def find_term(
    text: str, bold: list[str] | tuple[str, ...] = (), sentence: bool = False
) -> Term | None:
    """The term of a line: ``Term – what it is`` when the dash comes before any colon
    (``Gujral Doctrine (1996) – non-reciprocity: India gives ...``), else ``Term: what it is``;
    a sentence of a paragraph takes a colon's term only when it is short (``Balban raised the
    prestige of the crown: the Sultan was ...`` is no term)."""
    colon = text.find(": ")
    dash = min(
        (i for i in (text.find(" – "), text.find(" — "), text.find(" = ")) if i >= 0), default=-1
    )
    if dash >= 0 and (colon < 0 or dash < colon):
        found = dash_term(text, bold)
        if found is not None:
            return found
    found = split_term(text)
    if found is not None and sentence and len(found.term.split()) > _SENTENCE_TERM_WORDS:
        found = None
    return found or dash_term(text, bold)


_SENTENCE_TERM_WORDS = 4


def dash_term(
    text: str, bold: list[str] | tuple[str, ...] = (), lower: bool = False
) -> Term | None:
    """``**Indus** – rises in Tibet ...``, ``Shankari Prasad (1951) – Parliament can ...``:
    a short capitalised name, then a dash (or ``=``, ``→``), then what the notes say of it.
    A line that opens with a date is a timeline entry, not a term."""
    if _STARTS_WITH_DATE.match(text):
        return None
    m = _DASH_TERM.match(text)
    if m is None:
        return None
    term, rest = m.group("term").strip(), m.group("rest").strip()
    if _LABEL_HEAD.match(term):
        return None  # "HQ Calcutta → Bombay (1937)": a seat that moved, no term
    if term.split()[0] in KIN_LEADS and len(term.split()) > 1:
        return None  # "Brother Kubja Vishnuvardhana → founded …": a person, no term (h. 369)
    lead_bold = (
        bool(bold)
        and text.startswith(bold[0])
        and fold(bold[0])
        in (
            fold(term),
            fold(term.split(" (")[0]),
        )
    )
    if not lead_bold and (
        len(term.split()) > _DASH_TERM_WORDS or not (term[:1].isupper() or lower)
    ):
        return None
    if term.count("(") != term.count(")") or not rest or re.search(r"\b(?:1[5-9]|20)\d\d$", term):
        return None  # "Nobel (Chemistry) 2020 → ...": a dated label, not a term
    if lead_bold and fold(bold[0]) != fold(term):
        # "**Kigali Amendment** (2016) to Montreal Protocol → ...": the bold is the term
        head = text[len(bold[0]) :]
        paren = re.match(r"\s*\([^()]*\)", head)
        cut = len(bold[0]) + (paren.end() if paren else 0)
        if paren or fold(term) != fold(bold[0]):
            term, rest = text[:cut].strip(), text[cut:].strip(" –—→=")
            if not rest:
                return None
    base, qualifier = term, ""
    paren = trailing_paren(term)
    if paren and paren.start() > 0:
        base = term[: paren.start()].strip()
        qualifier = paren.group(0).strip()[1:-1].strip()
    return Term(term, rest, base, qualifier, dash=True, marked=lead_bold)


#: A label word opening a line's head: what follows it is a value, not a term's name.
_LABEL_HEAD = re.compile(r"^(?:HQ|Sectt|Secretariat|Capital|Seat|NB|Imp)\s+\S")
_SUBJECT_CUT = re.compile(r"\s+(?:–|—|→|=)\s+|;\s|:\s|,\s")
_SUBJECT_WORDS = 10


def _head_outside_brackets(text: str) -> str:
    """The text up to its first :data:`_SUBJECT_CUT` outside brackets: "Maharashtra (Varkari
    sect, Vithoba of Pandharpur)", never "Maharashtra (Varkari sect"."""
    for cut in _SUBJECT_CUT.finditer(text):
        before = text[: cut.start()]
        if before.count("(") <= before.count(")"):
            return before.strip()
    return text.strip()


_SUBJECT_YEARS = re.compile(r"\s*\((?:c\.\s*)?\d{3,4}(?:\s*[–—-]\s*\d{2,4})?\)\s*$")


#: The name a sentence opens with: capitalised words (``Qutbuddin Aibak``, ``Muhammad bin
#: Tughlaq``, ``ISRO``), up to its years, a comma or the first lower-case word.
_LEAD_NAME = re.compile(
    r"^(?:Later:\s*)?(?:\*\*)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:bin|ibn|ud|al|of|de)\b|[A-Z][\w'’.-]*))*"
    r"(?:\s+\d{1,3}[A-Z]?\b)?)"  # "Article 39A": its number is its name
)


#: A body's name with "and" inside it (``Financial Stability and Development Council``).
_BODY_WITH_AND = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w'’.-]*))*?\s+(?:and|&)\s+"
    r"(?:[A-Z][\w'’.-]*\s+)*?(?:Council|Commission|Committee|Board|Corporation|Authority|"
    r"Institute|Organisation|Organization|Bank|Agency|Tribunal)\b"
)


def lead_name(sentence: str) -> str:
    """The name a sentence opens with (``Qutbuddin Aibak, a slave-general ...``), or ``""``."""
    lead = _LEAD_NAME.match(sentence.strip())
    if lead is None:
        return ""
    name = lead.group("name")
    body = _BODY_WITH_AND.match(sentence.strip().removeprefix("**"))
    if body is not None and len(body.group(0)) > len(name):
        name = body.group(0)  # "Financial Stability and Development Council (FSDC)": one name
    words = name.rstrip(".").split()
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]  # "Majumdar's "Historic Eight Documents"": Majumdar
    while words and words[-1] in ("of", "de", "bin", "ibn", "ud", "al"):
        words.pop()
    if words and words[0].lower() in _OPENERS and (len(words) == 1 or words[0] != "The"):
        # "Late in life Chandragupta turned Jain", "After Independence the state …": no
        # name opens the sentence
        return ""
    rest = sentence.strip()[lead.end("name") :]
    after = re.match(r"\s+(?:\([^()]*\)\s+)?[a-z]", rest)  # "Famous (legendary) remark …"
    if len(words) == 1 and after and is_dictionary_word(fold(words[0])):
        return ""  # "Western education, the railways …": an adjective opens it, no name
    return " ".join(words)


#: Words that open a sentence without naming anyone (articles, prepositions, adverbs of
#: time and order, determiners): a pronoun after such a sentence is left as it is.
_OPENERS = frozenset(
    """the a an in on at by for from with to of since later late early soon once then thus
    after before during under over until while when though although however also finally
    unlike like despite besides against apart except beyond
    eventually meanwhile here there this these that those both each all many most some
    his her its their he she it they""".split()
)


def subject_of(parent: object) -> str:
    """The subject a sub-bullet carries from its parent: the parent's term (``Indus``), its
    lead-in (``Gandhi's early satyagrahas``), or, after a leading date, the writer's bold or
    the name the line opens with (``Partition of Bengal`` of ``Partition of Bengal by Lord
    Curzon``), else the head of its text; empty when none is short enough."""
    term = getattr(parent, "term", None)
    if term is not None:
        return str(term.base)
    text = str(getattr(parent, "text", "")).strip()
    when = re.match(r"^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\s*(?:[–—-]\s*)?", text)
    if when:
        text = text[when.end() :]
    lead_in = text.endswith(":")
    if text.count("→") >= 2:
        return ""  # "A → B → C": a sub-bullet may be about any of them
    text = text.rstrip(":").strip()
    head = _head_outside_brackets(text)
    head = _SUBJECT_YEARS.sub("", head).strip()  # "Alauddin Khalji (1296–1316)"
    if not lead_in:
        bold = [b for b in getattr(parent, "bold", ()) if head.startswith(b)]
        named = bold[0] if bold else lead_name(head)
        if named and not named.endswith(("'s", "’s")):
            head = _SUBJECT_YEARS.sub("", named).strip()
    if not head or len(head.split()) > _SUBJECT_WORDS:
        return ""
    return head


_LEGEND_ENTRY = re.compile(r"(?:^|[,;]\s*)([A-Za-z][\w.&/']{0,9})\s*=\s*\w")


def is_legend(text: str) -> bool:
    """A line of the writer's shorthand (``INC = Congress, ML = Muslim League``): it says
    how the notes are written, not a fact to ask."""
    if text.count("=") < 2:
        return False
    keys = [m.group(1) for m in _LEGEND_ENTRY.finditer(text)]
    return sum(1 for key in keys if not TITLE_WORD.fullmatch(key)) >= 2


#: A capitalised word is a role or a name, never the writer's short form: ``Founder = **A.O.
#: Hume**; Viceroy = **Lord Dufferin**`` gives the facts of a line, not its shorthand, and
#: ``India = non-Annex I`` says what India is (the legend index skips it too).
TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_PRONOUN = re.compile(r"^(?:(?P<who>He|She|It|They)|(?P<whose>His|Her|Its|Their))\b\s*")


#: A thing's pronoun in the antecedent: it already speaks of another thing (``… backed it.
#: It collapsed …``), which the next sentence's pronoun goes on with. (A person's *he* or
#: *her* there is most often the subject's own, so they are not read.)
_SAME_PRONOUN = {
    "it": r"\bit\b|\b(?:chartered|bought|built|hired|acquired|renamed|launched) (?:the|a|an)\b",
    "its": r"\bit\b",
    "they": r"\bthem\b",
    "their": r"\bthem\b",
    # "Kalhana portrays him as a digvijayi king. He sent an embassy …": the man portrayed
    # (holdout 714, bad: "Kalhana sent an embassy to the Tang court")
    "he": r"\bhim\b",
    "his": r"\bhim\b",
}  # "Gurdit Singh … chartered the Japanese steamer … It reached Vancouver" (460, bad)


#: A word of the other sex than a person's pronoun: beside it, the pronoun may be another's.
_OTHER_SEX = {
    "she": re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE),
    "her": re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE),
    "he": re.compile(r"\b(?:she|her)\b", re.IGNORECASE),
    "his": re.compile(r"\b(?:she|her)\b", re.IGNORECASE),
}
#: A name of many (``The Yadavas``, ``Harihara & Bukka``): what "they" may stand for.
_MANY = re.compile(r"[a-z]s$|\s(?:&|and)\s")


#: A verb of reporting after a name: the sentence is about whom the name speaks of.
_REPORTS = re.compile(
    r"\s+(?:says|said|writes|wrote|calls|called|ranks|ranked|describes|described|records|"
    r"recorded|notes|noted|mentions|mentioned|reports|reported|observes|observed|praises|"
    r"praised)\b"
)


#: A name said to be a person's own thing: ``Khandakhadyaka (665 CE) is his handbook``.
_ONES_OWN = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:is|was|are|were) (?:his|her|their)\b")


#: Lower-case words between the antecedent's opening name and its verb: the name only
#: qualifies the subject (``Mild, predictable inflation is seen …``, holdout 310: bad).
_LONGER_SUBJECT = re.compile(r",?\s+(?:[a-z]+,?\s+){1,3}(?:is|are|was|were|has|have|had)\b")


#: A second clause with a subject of its own: ``…; the Montreal Protocol put in …``.
_SECOND_SUBJECT = re.compile(r";\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+[a-z]")


def resolve_pronoun(sentence: str, antecedent: str) -> str | None:
    """``He issued the silver tanka ...`` after ``Iltutmish (1211–1236) is seen as ...`` →
    ``Iltutmish issued the silver tanka ...`` (``His daughter`` → ``Iltutmish's daughter``):
    the name the antecedent opens with takes the pronoun's place; ``None`` when the sentence
    opens with no personal pronoun or the antecedent opens with no name."""
    pronoun = _PRONOUN.match(sentence)
    name = lead_name(antecedent)
    if pronoun is None or not name or is_label(name):
        return None  # "Mouthpiece: *Vivekodayam*. It ran schools …": not the mouthpiece
    if antecedent.startswith(name) and is_a_deed(name.split()[0]):
        return None  # "Left India for Kenya (1947). His home …" (477, bad): a deed, no name
    person = pronoun.group(0).strip().lower() in ("he", "she", "his", "her")
    if pronoun.group(0).strip().lower() in ("they", "their") and not _MANY.search(name):
        return None  # "Bhillama V founded Devagiri …. Their age …": the Yadavas', not his
    owner = re.match(r"(.+?)['’]s\b", name)
    if person and owner:  # "Majumdar's documents …; He died …": the owner is the person
        name = owner.group(1)
    if person and (name.startswith("The ") or re.search(r"[^su']s$", name)):
        return None  # "The Palas began when …; His son …": a people is no "he"
    if not person and name_kind(name) == "person":
        return None  # "Guru Gobind Singh added …; It is written in …": a person is no "it"
    if not person and re.match(r"(?:The )?(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+", name):
        return None  # "The V.P. Singh govt set up the ISC …; It is a …": no person's "it"
    if not person and re.match(r",\s+as\s", antecedent[antecedent.find(name) + len(name) :]):
        return None  # "Ambedkar, as Law Minister, piloted a … Bill. It was stalled" (429, bad)
    if _SECOND_SUBJECT.search(antecedent[antecedent.find(name) + len(name) :]):
        return None  # "The Vienna Convention was …; the Montreal Protocol put in …. It works …":
        # either could be "it" (holdout 626, bad: the Protocol's fund given to the Convention)
    if not person and re.search(r",\s+who\b", antecedent):
        # "First CEC = Sukumar Sen, who ran …. It was a one-member body …": a person's
        # sentence, whose "it" is the body named before (holdout 306, bad)
        return None
    said = antecedent[antecedent.find(name) + len(name) :]
    same = _SAME_PRONOUN.get(pronoun.group(0).strip().lower())
    if same is not None and re.search(same, said):
        # "Rash Behari Bose's IIL … backed it. It collapsed when …": the "it" it backed, a
        # thing named before, not the subject (holdout 327, bad)
        return None
    if _LONGER_SUBJECT.match(said):
        return None  # "Mild, predictable inflation is …. It redistributes …": not "Mild"
    if person and _ONES_OWN.match(said):
        # "Khandakhadyaka (665 CE) is his practical astronomy handbook. His work was …": the
        # book is his, no "he" (holdout 285, bad: "Khandakhadyaka's work was translated")
        return None
    if _REPORTS.match(said):
        return None  # "Sulaiman says the Pratihara king …. His son …": the king's, not his
    if person and _OTHER_SEX[pronoun.group(0).strip().lower()].search(antecedent):
        return None  # "Marco Polo … (his "Mutfili") … a queen … her people. Her grandson …":
        # whose, the sentence does not say (holdout 705, bad: "Marco Polo's grandson")
    after = re.match(r"\s+([a-z]+)\b", antecedent[antecedent.find(name) + len(name) :])
    if not person and after and after.group(1) in EVENT_NOUNS:
        return None  # "The Lahore session of the INC …. It is …": the session, not "The Lahore"
    rest = sentence[pronoun.end() :]
    if name in rest and re.search(rf"\b{re.escape(name)}\b", rest):
        return None  # "It was revamped as DILRMP": not DILRMP itself (holdout 249, bad)
    if pronoun.group("whose"):
        return f"{name}'s {rest}"
    return f"{name} {rest}"
