"""Every kind of bad input gets one precise, friendly problem at the right line and column."""

from __future__ import annotations

import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest

from quizbot import load_bank
from quizbot.bank import Problem
from quizbot.bank.yamlfile import MAX_FILE_BYTES
from tests.conftest import WriteBank

GOOD = """\
  - id: good
    type: short
    prompt: Which cruise missile do India and Russia build together?
    answer: BrahMos
"""


def problems_for(write_bank: WriteBank, body: str | bytes, name: str = "q.yaml") -> list[Problem]:
    """Load one file next to a valid one; the valid file must always load."""
    bank_dir = write_bank({name: body, "valid.yaml": "questions:\n" + GOOD})
    bank = load_bank(bank_dir, strict=False)
    assert "good" in bank, "a broken file must never stop a valid one from loading"
    return [p for p in bank.problems if p.path.endswith(name)]


def one(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# (case name, file body, expected words in the message, line, column)
CASES = [
    ("tab indentation", "questions:\n\t- id: x\n", "found a tab", 2, 1),
    ("unclosed quote", 'questions:\n  - id: "x\n    type: short\n', "quote", None, None),
    ("bad indentation", "questions:\n  - id: x\n   type: short\n", "indentation", 3, 4),
    ("root is a list", "- id: x\n  type: short\n", "must be a mapping with a 'questions'", 1, 1),
    ("root without questions", "topic: X\n", "no 'questions' list", 1, 1),
    ("questions not a list", "questions: nope\n", "'questions' must be a list", 1, 12),
    (
        "unknown type",
        "questions:\n  - {id: a, type: essay, prompt: p}\n",
        "unknown question type 'essay'",
        2,
        19,
    ),
    (
        "misspelled type",
        "questions:\n  - {id: a, type: shrot, prompt: p, answer: b}\n",
        "did you mean 'short'?",
        2,
        19,
    ),
    (
        "misspelled field",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n    anwser: b\n",
        "unknown field 'anwser' for a short question (did you mean 'answer'?)",
        5,
        5,
    ),
    (
        "field of another type",
        "questions:\n  - {id: a, type: short, prompt: p, answer: b, options: [x, y]}\n",
        "belongs to mcq, multi",
        2,
        48,
    ),
    (
        "missing required field",
        "questions:\n  - id: a\n    type: mcq\n    prompt: p\n    options: [x, y]\n",
        "missing the required field 'answer'",
        2,
        5,
    ),
    (
        "missing type",
        "questions:\n  - id: a\n    prompt: p\n",
        "missing the required field 'type'",
        2,
        5,
    ),
    (
        "options as a string",
        "questions:\n  - id: a\n    type: mcq\n    prompt: p\n"
        "    options: S-400, THAAD\n    answer: S-400\n",
        "options must be a list",
        5,
        14,
    ),
    (
        "answer as a mapping",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n    answer: {x: y}\n",
        "answer must be text, but it is a mapping",
        5,
        13,
    ),
    (
        "truefalse answer not boolean",
        "questions:\n  - id: a\n    type: truefalse\n    statement: s\n    answer: 'yes'\n",
        "answer must be true or false",
        5,
        13,
    ),
    (
        "mcq answer not an option",
        "questions:\n  - id: a\n    type: mcq\n    prompt: p\n"
        "    options: [S-400, THAAD]\n    answer: S-300\n",
        "not one of the options",
        6,
        13,
    ),
    (
        "mcq answer differs in case",
        "questions:\n  - id: a\n    type: mcq\n    prompt: p\n"
        "    options: [BrahMos, Akash]\n    answer: brahmos\n",
        "did you mean 'BrahMos'?",
        6,
        13,
    ),
    (
        "multi answer not a subset",
        "questions:\n  - id: a\n    type: multi\n    prompt: p\n"
        "    options: [BRICS, SCO, G20]\n    answer: [BRICS, NATO]\n",
        "not a subset",
        6,
        21,
    ),
    (
        "duplicate options",
        "questions:\n  - id: a\n    type: mcq\n    prompt: p\n"
        "    options: [S-400, THAAD, s-400]\n    answer: THAAD\n",
        "duplicate option 's-400' (the same as option 1)",
        5,
        29,
    ),
    (
        "cloze without a blank",
        "questions:\n  - id: a\n    type: cloze\n    text: Trade reached $65 billion.\n",
        "has no blank",
        4,
        11,
    ),
    (
        "cloze with an unclosed blank",
        "questions:\n  - id: a\n    type: cloze\n"
        "    text: 'Trade reached {{$65 billion}} in {{2024.'\n",
        "unclosed",
        4,
        11,
    ),
    (
        "match with duplicate sides",
        "questions:\n  - id: a\n    type: match\n    prompt: p\n"
        "    pairs: [[Kudankulam, nuclear], [Rooppur, nuclear]]\n",
        "the right side 'nuclear' appears twice",
        5,
        46,
    ),
    (
        "statements with none",
        "questions:\n  - id: a\n    type: statements\n    prompt: p\n    statements: []\n",
        "statements is empty",
        5,
        17,
    ),
    (
        "statement without correct",
        "questions:\n  - id: a\n    type: statements\n    prompt: p\n"
        "    statements:\n      - {text: x}\n",
        "statement 1 is missing 'correct'",
        6,
        9,
    ),
    (
        "duplicate key",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n    answer: b\n    answer: c\n",
        "the key 'answer' appears twice",
        6,
        5,
    ),
    (
        "id with spaces",
        "questions:\n  - {id: my question, type: short, prompt: p, answer: b}\n",
        "holds a space: ids may hold only ASCII letters",
        2,
        10,
    ),
    (
        "empty prompt",
        "questions:\n  - {id: a, type: short, prompt: '', answer: b}\n",
        "prompt is empty",
        2,
        34,
    ),
    (
        "unknown file-level field",
        "topc: X\nquestions:\n" + GOOD.replace("good", "g2"),
        "did you mean 'topic'?",
        1,
        1,
    ),
    (
        "python object tag",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n"
        "    answer: !!python/object/apply:os.system ['echo pwned']\n",
        "is not allowed",
        5,
        13,
    ),
    (
        "custom tag",
        "questions:\n  - id: a\n    type: short\n    prompt: !include other.yaml\n    answer: b\n",
        "the tag '!include' is not allowed",
        4,
        13,
    ),
    (
        "tag the parser refuses",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n"
        "    answer: !!python/name:os.system\n",
        "the tag '!!python/name:os.system' is not allowed",
        5,
        13,
    ),
    (
        "timestamp tag",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n    answer: !!timestamp x\n",
        "the tag '!!timestamp' is not allowed",
        5,
        13,
    ),
    (
        "core tag with a bad value",
        "questions:\n  - id: a\n    type: short\n    prompt: p\n    answer: !!int x\n",
        "'!!int'",
        5,
        13,
    ),
    ("several documents", "questions: []\n---\nquestions: []\n", "several YAML documents", 1, 1),
]


@pytest.mark.parametrize(
    ("body", "words", "line", "column"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_problem_is_precise(
    write_bank: WriteBank, body: str, words: str, line: int | None, column: int | None
) -> None:
    problem = one([p for p in problems_for(write_bank, body) if p.severity == "error"])
    assert words in problem.message
    if line is not None:
        assert (problem.line, problem.column) == (line, column), str(problem)
    assert str(problem).startswith(f"{problem.path}:{problem.line}:{problem.column}: ")


SHORT_A = "questions:\n  - id: a\n    type: short\n    prompt: p\n    answer: x\n"

# (case name, file body, line and column of the tab)
TABS = [
    ("before a key of the next question", SHORT_A + "  - id: b\n\ttype: short\n", 7, 1),
    ("indenting a list item", "questions:\n\t- id: x\n", 2, 1),
    ("before spaces", "questions:\n  - id: a\n\t  type: short\n", 3, 1),
    ("after spaces", "questions:\n  - id: a\n    type: short\n    \tprompt: p\n", 4, 5),
    ("after a colon", SHORT_A.replace("answer: x", "answer:\tx"), 5, 12),
    ("after a tab inside a plain value", "questions:\n  - id: a\n    prompt: x\tb\n\t  c\n", 4, 1),
    ("in a block scalar", "questions:\n  - id: a\n    prompt: |\n      p\n\t  q\n", 5, 1),
    ("in a quoted value's next line", 'questions:\n  - id: a\n    prompt: "p\n\tq"\n', 4, 1),
    ("in a flow mapping's next line", "questions:\n  - {id: a,\n\ttype: short}\n", 3, 1),
]


@pytest.mark.parametrize(
    ("body", "line", "column"), [c[1:] for c in TABS], ids=[c[0] for c in TABS]
)
def test_a_tab_is_reported_at_the_tab(
    write_bank: WriteBank, body: str, line: int, column: int
) -> None:
    assert body.splitlines()[line - 1][column - 1] == "\t", "the case itself places the tab"
    problem = one(problems_for(write_bank, body))
    assert (problem.line, problem.column) == (line, column), str(problem)
    assert "found a tab" in problem.message and "YAML indents with spaces" in problem.message


def test_empty_file_is_a_warning_naming_the_file(write_bank: WriteBank) -> None:
    problem = one(problems_for(write_bank, ""))
    assert problem.severity == "warning"
    assert str(problem).endswith("q.yaml:1:1: warning: the file is empty: it holds no questions")


def test_file_that_is_not_utf8_names_the_byte(write_bank: WriteBank) -> None:
    body = "questions:\n  - id: a\n    type: short\n    prompt: Caf\xe9?\n".encode("latin-1")
    problem = one(problems_for(write_bank, body))
    assert "not UTF-8 (byte 0xe9 here)" in problem.message
    assert (problem.line, problem.column) == (4, 16)


def test_non_yaml_files_are_ignored_and_mentioned(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {"a.yaml": "questions:\n" + GOOD, "notes.txt": "hello", ".hidden/x.txt": "skip me"}
    )
    bank = load_bank(bank_dir)
    [note] = bank.problems
    assert note.severity == "note" and note.path.endswith("notes.txt")
    assert "ignored" in note.message


def test_python_tags_are_never_constructed(write_bank: WriteBank, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    body = (
        "questions:\n  - id: a\n    type: short\n    prompt: p\n"
        f"    answer: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    problems_for(write_bank, body)
    assert not marker.exists()


@pytest.mark.parametrize("bang", ["", "yyyy-mm-dd!", "yyyy-mm-dd !", "'!' marks it"])
def test_dates_and_merge_keys_read_the_same_whether_or_not_a_bang_appears(
    write_bank: WriteBank, bang: str
) -> None:
    # PyYAML resolves 2021-12-06 to !!timestamp and '<<' to !!merge by itself; those implicit
    # tags once refused the whole file whenever a '!' appeared anywhere in it.
    body = textwrap.dedent(f"""\
        questions:
          - id: signed
            type: short
            prompt: "When was the agreement signed? {bang}"
            answer: 2021-12-06
          - id: summit
            type: short
            prompt: When did the summit open?
            answer: 2021-12-06 10:30:00
          - &base {{id: m1, type: short, prompt: Which missile?, answer: BrahMos}}
          - <<: *base
            id: m2
            type: short
            prompt: Which plant?
            answer: Kudankulam
        """)
    bank = load_bank(write_bank({"q.yaml": body}), strict=False)
    assert bank["signed"].answer == "2021-12-06", "a date loads as the text the author wrote"
    assert bank["summit"].answer == "2021-12-06 10:30:00"
    assert [q.id for q in bank] == ["signed", "summit", "m1"]
    [problem] = bank.problems
    assert (problem.line, problem.column) == (11, 5)
    assert body.splitlines()[10][4:6] == "<<"
    assert problem.message.startswith("question 4 uses a merge key")
    assert "merge keys" in problem.message


def test_a_refused_tag_drops_only_its_question_and_is_reported_at_the_tag(
    write_bank: WriteBank, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    body = textwrap.dedent(f"""\
        questions:
          - {{id: ok-1, type: short, prompt: Which missile?, answer: BrahMos}}
          - id: bad-1
            type: short
            prompt: p
            answer: !!python/name:os.system
          - {{id: ok-2, type: short, prompt: Which plant?, answer: Kudankulam}}
          - {{id: bad-2, type: short, prompt: !include other.yaml, answer: b}}
          - {{id: bad-3, type: short, prompt: p, answer: x, aliases: [y, !!timestamp z]}}
          - id: bad-4
            type: short
            prompt: p
            answer: &v !!python/object/apply:os.system ['touch {marker}']
          - {{id: bad-5, type: short, prompt: p, answer: *v}}
          - {{id: ok-3, type: short, prompt: Which rifle?, answer: AK-203}}
        """)
    bank = load_bank(write_bank({"q.yaml": body}), strict=False)
    assert [q.id for q in bank] == ["ok-1", "ok-2", "ok-3"]
    assert [(p.line, p.column) for p in bank.problems] == [
        (6, 13),
        (8, 38),
        (9, 65),
        (13, 16),
        (14, 49),
    ]
    lines = body.splitlines()
    assert [lines[p.line - 1][p.column - 1] for p in bank.problems] == ["!", "!", "!", "!", "*"]
    assert all("is not allowed" in p.message for p in bank.problems[:4])
    assert "'*v'" in bank.problems[4].message
    assert "question 2 was skipped" in bank.problems[0].message
    assert not marker.exists()


def test_a_refused_tag_outside_the_questions_refuses_the_file_at_the_tag(
    write_bank: WriteBank,
) -> None:
    body = (
        "topic: !!python/name:os.system\nquestions:\n"
        "  - {id: a, type: short, prompt: p, answer: x}\n"
    )
    problem = one(problems_for(write_bank, body))
    assert (problem.line, problem.column) == (1, 8)
    assert "the tag '!!python/name:os.system' is not allowed" in problem.message
    assert "the file was not loaded" in problem.message


def test_alias_bomb_is_refused_fast_with_bounded_memory(write_bank: WriteBank) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    tracemalloc.start()
    started = time.perf_counter()
    problem = one(problems_for(write_bank, "\n".join(lines) + "\nquestions: []\n"))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "alias bomb" in problem.message and problem.line == 1
    assert elapsed < 5, "refused fast"  # generous: a constructed bomb takes minutes
    assert peak < 50 * 1024 * 1024, "memory bounded"


def test_very_deep_nesting_is_refused(write_bank: WriteBank) -> None:
    # 100 000 levels crash PyYAML's C composer outright; they must be refused before it.
    body = "questions: " + "[" * 100_000 + "]" * 100_000 + "\n"
    problem = one(problems_for(write_bank, body))
    assert "nested too deeply" in problem.message


def test_a_refused_tag_before_very_deep_nesting_is_refused_fast(write_bank: WriteBank) -> None:
    # yaml_rs stops at the tag before it meets the nesting; PyYAML must never get that text.
    body = (
        "questions:\n  - {id: a, type: short, prompt: p, answer: !!timestamp x}\n"
        "  - {id: b, type: short, prompt: p, answer: " + "[" * 100_000 + "]" * 100_000 + "}\n"
    )
    started = time.perf_counter()
    tag, nesting = problems_for(write_bank, body)
    assert time.perf_counter() - started < 5
    assert "the tag '!!timestamp' is not allowed" in tag.message and (tag.line, tag.column) == (
        2,
        45,
    )
    assert "nested too deeply" in nesting.message


def test_file_over_the_size_limit_is_refused(write_bank: WriteBank) -> None:
    body = "questions:\n" + "# padding\n" * (MAX_FILE_BYTES // 10 + 1)
    problem = one(problems_for(write_bank, body))
    assert "limited to 5 MB" in problem.message and (problem.line, problem.column) == (1, 1)


def test_every_problem_reported_in_one_run_and_valid_questions_still_load(
    write_bank: WriteBank,
) -> None:
    body = textwrap.dedent("""\
        questions:
          - {id: ok-1, type: short, prompt: Which missile?, answer: BrahMos}
          - {id: bad-1, type: mcq, prompt: p, options: [A, B], answer: C}
          - {id: ok-2, type: truefalse, statement: S-400 is an air defence system., answer: true}
          - {id: bad-2, type: short, prompt: p}
        """)
    bank = load_bank(write_bank({"q.yaml": body}), strict=False)
    assert [q.id for q in bank] == ["ok-1", "ok-2"]
    assert [(p.line, p.severity) for p in bank.problems] == [(3, "error"), (5, "error")]


def test_markup_and_escape_codes_are_data(write_bank: WriteBank) -> None:
    body = (
        "questions:\n  - id: markup\n    type: short\n"
        '    prompt: "Answer [/] [b]bold[/b] [$accent] $var \\e[31mred\\e[0m?"\n'
        '    answer: "[/]"\n'
    )
    bank = load_bank(write_bank({"q.yaml": body}))
    question = bank["markup"]
    assert question.prompt == "Answer [/] [b]bold[/b] [$accent] $var \x1b[31mred\x1b[0m?"
    assert question.answer == "[/]"
