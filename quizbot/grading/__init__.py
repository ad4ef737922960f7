"""Answer grading: fair to the learner, strict about facts.

``grade(question, response) -> Verdict``. The policy, in order: normalise → exact, alias and
spelling variants → numbers (values, units, magnitudes; never fuzzy) → initialisms → typos
(an edit budget that grows with length; none for short answers) → the near-miss guard (a
response at least as close to another known answer is wrong, and says which).
"""

from quizbot.grading.grade import grade, match_columns
from quizbot.grading.index import AnswerIndex
from quizbot.grading.verdict import Verdict, VerdictKind

__all__ = ["AnswerIndex", "Verdict", "VerdictKind", "grade", "match_columns"]
