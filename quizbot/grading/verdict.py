"""Answer grading: fair to the learner, strict about facts.

``grade(question, response) -> Verdict``. The policy, in order: normalise → exact, alias and
spelling variants → numbers (values, units, magnitudes; never fuzzy) → initialisms → typos
(an edit budget that grows with length; none for short answers) → the near-miss guard (a
response at least as close to another known answer is wrong, and says which).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: How a response was judged.
#: exact — matched the answer; alias — matched an accepted alternative form;
#: typo — within the spelling budget; partial — some of the items (list, multi, match);
#: near-miss — close to the answer but closer to something else that is wrong;
#: wrong — not accepted; empty — nothing given.
VerdictKind = Literal["exact", "alias", "typo", "partial", "near-miss", "wrong", "empty"]


@dataclass(frozen=True)
class Verdict:
    """The judgement of one response."""

    correct: bool
    #: 0–1; partial credit for list, multi and match.
    score: float
    kind: VerdictKind
    #: What the learner should read, in one sentence: the verdict, what was noticed and the
    #: expected answer ("3 of 4 right; the answer is X."). Plain mode prints it whole.
    feedback: str
    #: What the grader noticed, without the verdict or the answer ("3 of 4 right.", a typo's
    #: diff, "(b) THAAD is not it."; empty when there is nothing more to say): for a front
    #: end that shows the verdict and the answer on a line of their own.
    note: str = ""
