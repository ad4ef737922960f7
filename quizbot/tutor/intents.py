"""What a learner's message means: an answer, a command, or a study question.

:func:`parse` reads one message. The rule that keeps the chat fair: anything that could be an
answer is an answer. Commands are slash commands (``/hint``) or whole-message phrases
("give me a hint", "I don't know", "how am I doing"); a message is a study question (a
lookup) only when it is clearly question-shaped ("what is INSTC?", "tell me about
Kudankulam", "summarise the defence programmes"), or when no question is being asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

IntentKind = Literal[
    "answer",
    "hint",
    "explain",
    "skip",
    "right",
    "undo",
    "rate",
    "lookup",
    "topic",
    "stats",
    "exam",
    "help",
    "quit",
    "empty",
    "unknown",
]

RATING_WORDS = {"again": 1, "hard": 2, "good": 3, "easy": 4}
EXAM_PRESETS = ("gs1", "csat")


@dataclass(frozen=True)
class Intent:
    """One parsed message."""

    kind: IntentKind
    #: The answer, the lookup query, the topic ("" clears it) or the unknown command.
    text: str = ""
    #: A rating (1–4) for ``rate``; a question count for ``exam`` (``None``: the default).
    number: int | None = None
    #: ``rate``: a bare rating word ("easy"), which counts only right after feedback.
    weak: bool = False
    #: ``exam``: the preset named, if any.
    preset: str = ""


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|"))


_HINT = _phrases(
    "hint|a hint|hint please|a hint please|give me a hint|give me another hint|"
    "another hint|one more hint|more hints|another one|any hints|need a hint|"
    "i need a hint|can i have a hint|can i get a hint|clue|a clue|give me a clue|"
    "another clue|help me out|nudge|give me a nudge"
)
_EXPLAIN = _phrases(
    "why|explain|explain that|explain it|explain this|explain please|"
    "please explain|why is that|why was that|why is it|why not|how come|"
    "tell me why|why so|explain the answer|explain that one|why is that right|"
    "why was i wrong|why am i wrong|why is that wrong|and why|but why"
)
_SKIP = _phrases(
    "skip|pass|skip it|skip this|skip this one|i pass|i don't know|i dont know|"
    "i do not know|don't know|dont know|idk|dunno|no idea|i have no idea|"
    "not sure|i'm not sure|im not sure|no clue|i have no clue|give up|i give up|"
    "show me|show answer|show the answer|show me the answer|tell me|"
    "tell me the answer|what is the answer|what's the answer|next|next question|"
    "forgot|i forgot|i forget|can't remember|cant remember|i can't remember|"
    "my mind is blank|no clue at all|reveal|reveal the answer"
)
_RIGHT = _phrases(
    "i was right|i was correct|i am right|i'm right|im right|but i was right|"
    "that was right|that was correct|my answer was right|my answer was correct|"
    "my answer is right|my answer is correct|that's right|thats right|"
    "that should count|that counts|count it|accept|accept that|accept it|"
    "accept my answer|mark it right|mark me right|mark it correct|it was right|"
    "that's what i said|thats what i said|same thing"
)
_UNDO = _phrases(
    "undo|undo that|undo it|undo last|take that back|take it back|oops|"
    "go back|scratch that|i didn't mean that|i didnt mean that|wrong button"
)
_STATS = _phrases(
    "stats|statistics|my stats|show stats|show my stats|show statistics|"
    "how am i doing|how am i doing so far|how'm i doing|how is it going|"
    "how's it going|hows it going|progress|my progress|show progress|"
    "show my progress|how many are left|how many left|what's left|whats left|"
    "how much is left|streak|my streak"
)
_HELP = _phrases(
    "help|?|??|commands|what can you do|what can i do|what can i say|"
    "how does this work|how do i use this|help me|help please|options|menu|"
    "instructions"
)
_QUIT = _phrases(
    "quit|exit|bye|goodbye|bye bye|byee|good night|goodnight|gn|stop|"
    "i'm done|im done|i am done|done for today|done for now|that's enough|"
    "thats enough|enough for today|see you|see ya|see you tomorrow|"
    "cya|end session|end the session|q"
)
_EXAM_WORDS = _phrases(
    "mock test|mock exam|mock|exam|test me|practice test|practice exam|"
    "start a mock test|take a mock test|give me a mock test|start exam|"
    "start the exam|a mock test|mock test please|full test|sample paper"
)
_CLEAR_TOPIC = _phrases(
    "all topics|every topic|any topic|everything|all|whole bank|"
    "the whole bank|all of it|no topic|clear topic|clear the topic|"
    "mix|mixed|anything"
)

_SLASH: dict[str, IntentKind] = {
    "hint": "hint",
    "h": "hint",
    "clue": "hint",
    "why": "explain",
    "explain": "explain",
    "w": "explain",
    "skip": "skip",
    "pass": "skip",
    "s": "skip",
    "right": "right",
    "accept": "right",
    "correct": "right",
    "undo": "undo",
    "u": "undo",
    "back": "undo",
    "rate": "rate",
    "topic": "topic",
    "topics": "topic",
    "t": "topic",
    "stats": "stats",
    "progress": "stats",
    "exam": "exam",
    "mock": "exam",
    "test": "exam",
    "help": "help",
    "?": "help",
    "commands": "help",
    "quit": "quit",
    "q": "quit",
    "exit": "quit",
    "bye": "quit",
    "ask": "lookup",
    "lookup": "lookup",
    "look": "lookup",
    "find": "lookup",
    "search": "lookup",
    "notes": "lookup",
}

_RATE = re.compile(
    r"(?:rate(?: it| that| this| me)?(?: as)?|rating|re-?rate(?: it| that)?"
    r"(?: as)?|mark it(?: as)?)\s+([1-4]|again|hard|good|easy)"
)
_BARE_RATE = re.compile(
    r"(?:(?:that was|it was|too|very|pretty|quite|really)\s+)?"
    r"(again|hard|good|easy)"
)
_TOPIC = re.compile(
    r"(?:quiz me (?:on|about|in)|ask me (?:about|on)|test me (?:on|about|in)|"
    r"let'?s do|let us do|switch(?: topic)? to|change(?: the)? topic to|"
    r"go to|focus on|i want to (?:study|do|revise)|study|revise|practi[sc]e|"
    r"topic:?)\s+(?:the\s+)?(?:topic\s+)?(.+)"
)
_EXAM = re.compile(
    r"(?:(?:start|take|give me|do|begin|run)\s+)?(?:a\s+|the\s+)?"
    r"(?:mock|practice)\s+(?:test|exam|paper)\b\s*(?:on|of|in|about|for)?\s*"
    r"(.*)"
)
#: Clearly question-shaped openings: a study question, even while a question is pending.
_STRONG_LOOKUP = re.compile(
    r"(?:what|who|where|when|which|how|why)\s+(?:is|are|was|were|does|did|do|has|have|had|"
    r"can|could|should|would|will|many|much|about)\b"
    r"|(?:what|who|where|when|how)(?:'s|’s)\s"
    r"|tell me (?:more |something |all )?about\s|tell me what\s|tell me who\s"
    r"|what do (?:you|the notes|my notes) (?:know|say) (?:about|on)\s"
    r"|(?:explain|describe|define|summari[sz]e|outline|recap|review|overview of|"
    r"give me an? (?:summary|overview|recap) of|summary of|remind me (?:about|of|what|who)|"
    r"look up|lookup|search(?: for)?|find|notes on|what about)\s"
)
#: Weaker: ends with "?" and opens like a question (needs three words or more).
_QUESTION_WORD = re.compile(
    r"(?:what|who|whom|whose|where|when|which|why|how|does|do|did|"
    r"can|could|should|would|will|are|was|were|has|have)\b"
)
#: Answer wrappings that are taken off before grading: "is it S-400?" → "S-400".
_WRAPPING = re.compile(
    r"^(?:(?:i think|i guess|i believe|i'd say|id say|i would say|"
    r"surely|probably|maybe)\s*,?\s+)?"
    r"(?:is it|is that|it's|it’s|its|it is|it was|the answer is|"
    r"answer is|answer:|my answer is|my answer:)\s+(?=\S)",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def _bare(text: str) -> str:
    """Normalised, without the punctuation around a phrase ("Hint?" → "hint")."""
    norm = _norm(text)
    stripped = norm.strip(" .!,;:…-")
    if stripped not in ("?", "??"):
        stripped = stripped.rstrip("? .!")
    for opening in (
        "ok ",
        "okay ",
        "ok, ",
        "hmm ",
        "um ",
        "please ",
        "pls ",
        "can you ",
        "could you ",
    ):
        if stripped.startswith(opening) and stripped[len(opening) :] != "":
            stripped = stripped[len(opening) :]
    for closing in (" please", " pls", " thanks", " thank you"):
        if stripped.endswith(closing) and stripped[: -len(closing)] != "":
            stripped = stripped[: -len(closing)]
    return stripped.strip(" ,")


def unwrap_answer(text: str) -> str:
    """The answer inside a wrapping: "Is it S-400?" → "S-400"; others unchanged but trimmed."""
    trimmed = text.strip()
    unwrapped = _WRAPPING.sub("", trimmed)
    if unwrapped != trimmed:
        return unwrapped.rstrip(" ?").strip() or trimmed
    return trimmed


def _exam(args: str) -> Intent:
    preset = ""
    number: int | None = None
    rest: list[str] = []
    for word in args.split():
        low = word.lower().strip(",")
        if low in ("gs1", "gs-1", "gs", "gs-i", "gsi", "gs_1") and not preset:
            preset = "gs1"
        elif low == "csat" and not preset:
            preset = "csat"
        elif re.fullmatch(r"-?\d+", low) and number is None:
            number = int(low)
        elif low not in ("questions", "question", "qs", "of", "on", "with", "in", "about"):
            rest.append(word)
    return Intent("exam", " ".join(rest), number=number, preset=preset)


def _slash(text: str) -> Intent:
    command, _, args = text[1:].strip().partition(" ")
    command = command.lower()
    args = args.strip()
    if command in ("1", "2", "3", "4"):
        return Intent("rate", number=int(command))
    kind = _SLASH.get(command)
    if kind is None:
        return Intent("unknown", "/" + command)
    if kind == "rate":
        found = _RATE.fullmatch(f"rate {args.lower()}")
        if found is None:
            return Intent("unknown", "/rate " + args)
        value = found.group(1)
        return Intent("rate", number=int(value) if value.isdigit() else RATING_WORDS[value])
    if kind == "topic":
        return Intent("topic", "" if _bare(args) in _CLEAR_TOPIC else args)
    if kind == "exam":
        return _exam(args)
    if kind == "lookup":
        return Intent("lookup", args) if args else Intent("unknown", "/" + command)
    return Intent(kind, args)


#: Greetings and fillers before a question ("hello, what is BRICS?", "ok so who is …?").
_LEADING_FILLER = re.compile(
    r"^(?:(?:hello|hi|hey|ok|okay|so|um+|uh+|hmm+|well|wait|sorry|please|quick question)"
    r"[,!.:]?\s+)+",
    re.IGNORECASE,
)


def is_question_shaped(text: str) -> bool:
    """A message that reads as a study question rather than an answer."""
    norm = _LEADING_FILLER.sub("", _norm(text).lstrip("¿ "))
    if _STRONG_LOOKUP.match(norm):
        return True
    words = norm.rstrip("? ").split()
    return (
        norm.endswith("?")
        and len(words) >= 3
        and _QUESTION_WORD.fullmatch(words[0]) is not None
        and not _WRAPPING.match(norm)
    )


def parse(text: str, *, pending: bool) -> Intent:
    """What ``text`` means; ``pending``: a question is waiting for an answer."""
    if not text.strip():
        return Intent("empty")
    stripped = text.strip()
    if stripped.startswith("/") and len(stripped) > 1 and not stripped[1:2].isspace():
        return _slash(stripped)
    bare = _bare(text)
    for phrases, kind in (
        (_HELP, "help"),
        (_HINT, "hint"),
        (_EXPLAIN, "explain"),
        (_SKIP, "skip"),
        (_RIGHT, "right"),
        (_UNDO, "undo"),
        (_STATS, "stats"),
        (_QUIT, "quit"),
    ):
        if bare in phrases:
            if kind == "skip" and not pending and bare in ("next", "tell me"):
                continue
            return Intent(kind)  # type: ignore[arg-type]
    if bare in _EXAM_WORDS:
        return Intent("exam")
    if found := _EXAM.fullmatch(bare):
        return _exam(found.group(1))
    if found := _RATE.fullmatch(bare):
        value = found.group(1)
        return Intent("rate", number=int(value) if value.isdigit() else RATING_WORDS[value])
    if found := _BARE_RATE.fullmatch(bare):
        return Intent("rate", found.group(1), number=RATING_WORDS[found.group(1)], weak=True)
    if bare in _CLEAR_TOPIC and (
        not pending
        or bare
        in ("all topics", "every topic", "whole bank", "clear topic", "clear the topic", "no topic")
    ):
        return Intent("topic", "")
    if found := _TOPIC.fullmatch(bare):
        wanted = found.group(1).strip()
        return Intent("topic", "" if wanted in _CLEAR_TOPIC else wanted)
    if not pending or is_question_shaped(text):
        return Intent("lookup", _LEADING_FILLER.sub("", stripped) or stripped)
    return Intent("answer", unwrap_answer(text))
