"""The question bank: the question model and loading/validating YAML question files."""

from quizbot.bank.loader import Bank, BankError, find_files, load_bank
from quizbot.bank.model import (
    QUESTION_TYPES,
    TOPIC_SEPARATOR,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Origin,
    Problem,
    Question,
    QuestionBase,
    Short,
    Source,
    Statement,
    Statements,
    TrueFalse,
    takes_aliases,
)

__all__ = [
    "QUESTION_TYPES", "TOPIC_SEPARATOR", "Bank", "BankError", "Cloze", "ListQuestion", "Match",
    "Mcq", "Multi", "Origin", "Problem", "Question", "QuestionBase", "Short", "Source",
    "Statement", "Statements", "TrueFalse", "find_files", "load_bank", "takes_aliases",
]
