"""Hostile or odd input in a bank (issue 15): numbers YAML would rewrite, invisible answers,
paths that are no files, merge keys, aliases of whole questions, ids with accents."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizbot import grade, load_bank
from quizbot.bank import Problem
from quizbot.bank.discover import os_error_words
from tests.conftest import WriteBank


def _problems(write_bank: WriteBank, body: str) -> list[Problem]:
    bank = load_bank(write_bank({"q.yaml": textwrap.dedent(body)}), strict=False)
    return list(bank.problems)


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("0x1F", "answer"),
        ("1e3", "answer"),
        ("010", "answer"),
        ("3.10", "answer"),
        ("1_000", "answer"),
        ("+5", "answer"),
        ("-0", "answer"),
        ("0o17", "alias"),
        ("2.50", "option"),
        ("010", "option"),
        ("007", "list item"),
        ("1.50", "match side"),
        ("1e3", "statement"),
        (".inf", "answer"),
    ],
)
def test_numbers_keep_the_authors_text(write_bank: WriteBank, written: str, field: str) -> None:
    """YAML reads 0x1F as 31 and 3.10 as 3.1; the learner must see, and may type, what the
    author wrote."""
    body = {
        "answer": f"{{id: q, type: short, prompt: Which?, answer: {written}}}",
        "alias": f"{{id: q, type: short, prompt: Which?, answer: x, aliases: [{written}]}}",
        "option": f"{{id: q, type: mcq, prompt: Which?, options: [{written}, 99], "
        f"answer: {written}}}",
        "list item": f"{{id: q, type: list, prompt: Which?, answer: [{written}, b]}}",
        "match side": f"{{id: q, type: match, prompt: Which?, pairs: [[a, {written}], [b, c]]}}",
        "statement": f"{{id: q, type: statements, prompt: Which?, "
        f"statements: [{{text: {written}, correct: true}}]}}",
    }[field]
    bank = load_bank(write_bank({"q.yaml": f"questions:\n  - {body}\n"}))
    question = bank["q"]
    shown = {
        "answer": lambda: question.answer,  # type: ignore[union-attr]
        "alias": lambda: question.aliases[0],  # type: ignore[union-attr]
        "option": lambda: question.options[0],  # type: ignore[union-attr]
        "list item": lambda: question.answer[0],  # type: ignore[union-attr]
        "match side": lambda: question.pairs[0][1],  # type: ignore[union-attr]
        "statement": lambda: question.statements[0].text,  # type: ignore[union-attr]
    }[field]()
    assert shown == written
    if field == "answer":
        assert grade(question, written).correct


def test_an_id_keeps_yamls_reading_of_a_number(write_bank: WriteBank) -> None:
    """Progress is keyed on ids: an id written 010 stays the id it always was, 10."""
    bank = load_bank(
        write_bank({"q.yaml": "questions:\n  - {id: 010, type: short, prompt: p, answer: 0x1F}\n"})
    )
    assert bank.ids() == ["10"] and bank["10"].answer == "0x1F"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("\\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\\u200d", "U+200D ZERO WIDTH JOINER"),
        ("\\u00ad", "U+00AD SOFT HYPHEN"),
        ("\\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("\\u00a0\\u2060", "U+2060 WORD JOINER"),
        ("\\u3164", "U+3164 HANGUL FILLER"),
    ],
)
@pytest.mark.parametrize("field", ["answer", "aliases", "options"])
def test_text_of_invisible_characters_only_is_refused_at_its_place(
    write_bank: WriteBank, text: str, named: str, field: str
) -> None:
    line = {
        "answer": f'{{id: q, type: short, prompt: p, answer: "{text}"}}',
        "aliases": f'{{id: q, type: short, prompt: p, answer: a, aliases: ["{text}"]}}',
        "options": f'{{id: q, type: mcq, prompt: p, options: [a, "{text}"], answer: a}}',
    }[field]
    [problem] = _problems(write_bank, f"questions:\n  - {line}\n")
    assert problem.severity == "error"
    assert "holds only invisible characters" in problem.message and named in problem.message
    assert (problem.line, problem.column) == (2, line.index('"') + 5)


def test_visible_text_with_invisible_characters_in_it_is_kept(write_bank: WriteBank) -> None:
    bank = load_bank(
        write_bank(
            {
                "q.yaml": "questions:\n  - {id: q, type: short, prompt: p, "
                'answer: "Bra\\u00adhMos"}\n'
            }
        )
    )
    assert bank["q"].answer == "Bra\u00adhMos"  # type: ignore[union-attr]


def _check_in_a_process(*paths: str) -> str:
    """``quizbot check PATH...`` in a child process, so a blocking read fails the test."""
    done = subprocess.run(
        [sys.executable, "-m", "quizbot", "--no-cache", "check", *paths],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_paths_that_are_no_files_are_named_for_what_they_are(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    broken = tmp_path / "broken.yaml"
    broken.symlink_to(tmp_path / "nowhere.yaml")
    out = _check_in_a_process(str(fifo), str(loop), str(broken), "/dev/zero")
    assert f"{fifo}: is a FIFO (named pipe), not a file" in out
    assert f"{loop}: is a symbolic link loop" in out
    assert f"{broken}: is a broken symbolic link" in out
    assert "/dev/zero: is a device, not a file" in out
    assert "no such file or directory" not in out
    (tmp_path / "good.yaml").write_text(
        "questions:\n  - {id: a, type: short, prompt: p, answer: x}\n"
    )
    inside = _check_in_a_process(str(tmp_path))  # the same files inside a bank directory
    assert "fifo.yaml: note: skipped: is a FIFO (named pipe), not a file" in inside
    assert "1 question in 1 file" in inside


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "the file system is read-only"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied (check the file's owner and mode)"),
        (errno.ELOOP, "symbolic link loop"),
    ],
)
def test_os_errors_say_what_is_wrong(code: int, words: str) -> None:
    assert words in os_error_words(OSError(code, os.strerror(code)))


def test_a_block_merge_key_is_named_not_taken_for_a_missing_type(write_bank: WriteBank) -> None:
    problems = _problems(
        write_bank,
        """\
        questions:
          - &base
            id: m1
            type: short
            prompt: Which missile?
            answer: BrahMos
          - <<: *base
            id: m2
        """,
    )
    [problem] = problems
    assert (problem.line, problem.column) == (7, 5)
    assert problem.message.startswith("question 2 uses a merge key")
    assert "missing" not in problem.message


def test_an_alias_of_a_whole_question_is_named_as_such(write_bank: WriteBank) -> None:
    problems = _problems(
        write_bank,
        """\
        questions:
          - &q1 {id: a, type: short, prompt: Which missile?, answer: BrahMos}
          - {id: b, type: short, prompt: Which plant?, answer: Kudankulam}
          - *q1
        """,
    )
    [problem] = problems
    assert (problem.line, problem.column) == (4, 5)
    assert problem.message.startswith("question 3 is an alias ('*q1') of question 1 (line 2)")
    assert "duplicate id" not in problem.message


@pytest.mark.parametrize(
    ("qid", "words"),
    [
        ("café-1", "holds 'é' (U+00E9 LATIN SMALL LETTER E WITH ACUTE)"),
        ("naïve", "write 'naive'"),
        ("my q", "holds a space"),
        ("-q", "starts with '-'"),
    ],
)
def test_an_id_that_is_refused_says_which_character_and_why(
    write_bank: WriteBank, qid: str, words: str
) -> None:
    [problem] = _problems(
        write_bank, f"questions:\n  - {{id: '{qid}', type: short, prompt: p, answer: x}}\n"
    )
    assert words in problem.message
    assert "no spaces" not in problem.message
