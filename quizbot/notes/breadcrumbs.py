"""A prompt's context without the breadcrumb the topic line already shows.

A draft's prompt carries its context (``Polity › Writs: Which writ …?``); the learner reads
the topic line above it, so the parts of the context it shows are left out of the prompt.
"""

from __future__ import annotations

import re

from quizbot.bank.model import TOPIC_SEPARATOR
from quizbot.notes.labels import is_label
from quizbot.notes.phrases import fold
from quizbot.notes.timeline_dates import YEARS_IN_HEADING, without_figures


def without_breadcrumb(prompt: str, topic: str) -> str:
    """The prompt without the parts of its context the topic line already shows
    (``Polity › Writs: Which writ …?`` under the topic ``Polity › Writs`` → ``Which writ
    …?``); a part the topic does not show (a subject carried from the parent bullet:
    ``Indus: …``) stays. A title with a colon of its own (``Culture: Languages, Festivals``) is
    one part, not the end of the context."""
    root = topic.split(TOPIC_SEPARATOR)[0]
    if ": " in root and not prompt.startswith(root):
        prompt = _root_without_years(prompt, root)  # "Lord Dalhousie (1848–56): …" (h. 193)
    colon = ": " in root and prompt.startswith(root)  # "Culture: Languages, Festivals › …"
    masked = prompt.replace(root, "\0", 1) if colon else prompt
    asked = _ASKED_AFTER.search(masked)  # "… › Bengal Famine (1943): causes › Policy side:
    # Which policy …?": a heading's own colon is no end of the context (holdout 361)
    if asked is not None and ": " in masked[: asked.start()]:
        head, sep, rest = masked[: asked.start()], ": ", masked[asked.end() :]
    else:
        head, sep, rest = masked.partition(": ")
    head = head.replace("\0", root)
    shown = {without_figures(part) for part in topic.split(TOPIC_SEPARATOR)}
    parts = head.split(TOPIC_SEPARATOR)
    if not sep or ("?" in head and not all(p in shown for p in parts)):
        return prompt  # a question before the colon, not a heading ("What is X?: …", h. 208)
    left = [part for part in parts if without_figures(part) not in shown]
    if len(left) == len(parts):
        return prompt  # no breadcrumb of this topic: the colon is the question's own
    left = [part for part in left if not is_label(part) and not _said_again(part, rest)]
    return f"{TOPIC_SEPARATOR.join(left)}: {rest}" if left else rest


#: The colon before a question's first word, after a context.
_ASKED_AFTER = re.compile(
    r": (?=(?:(?:In|On|At|By|With|Under|From|To|For) )?(?:Which|What|Who|Whom|Whose|When|Where|"
    r"How)\b)"
)


def _root_without_years(prompt: str, root: str) -> str:
    """The prompt with its topic's root written as the topic line writes it, its heading's
    years left out (``Lord Dalhousie (1848–56): Doctrine …`` → ``Lord Dalhousie: Doctrine
    …``), or the prompt as it is when it does not open on that root."""
    for end in (m.start() for m in re.finditer(f"{TOPIC_SEPARATOR}|: ", prompt)):
        if YEARS_IN_HEADING.sub("", prompt[:end]) == root:
            return root + prompt[end:]
    return prompt


def _said_again(part: str, rest: str) -> bool:
    """Does the question say the carried subject itself (``Parts of a temple: Which part of
    a temple …?``)? Each of its words, a plural's too, is in the question (``Other
    schemes: Which scheme …?``: the options say "other")."""
    said = {w.removesuffix("s") for w in re.findall(r"[a-z]+", fold(rest))}
    words = [w.removesuffix("s") for w in re.findall(r"[a-z]+", fold(part)) if w != "other"]
    return bool(words) and all(w in said for w in words)
