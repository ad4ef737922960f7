"""The yaml_rs adapter (typed errors, lazy keeper thread) and the tag finder's named state."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizbot.bank.yamlfile import parse_yaml_text
from quizbot.bank.yamlrs import (
    KEEPER_THREAD_NAME,
    YamlError,
    YamlErrorKind,
    YamlRefused,
    loads,
    read_error,
)
from quizbot.bank.yamltags import RefusedTag, find_refused_tags, without_tags

ROOT = Path(__file__).resolve().parents[2]

ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcde", "bcdef", strict=True)
)


def refusal(text: str) -> YamlError:
    with pytest.raises(YamlRefused) as caught:
        loads(text)
    assert str(caught.value) == caught.value.error.message
    return caught.value.error


def test_loads_gives_plain_data_and_keeps_dates_as_text() -> None:
    assert loads("d: 2021-12-06\nn: [1, 2.5, true, null]\n") == {
        "d": "2021-12-06",
        "n": [1, 2.5, True, None],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: b: c\n",
            YamlError(
                "mapping values are not allowed in this context", 1, 5, YamlErrorKind.MAPPING_VALUE
            ),
        ),
        (
            "a: 'abc\nb: 1\n",
            YamlError(
                "invalid indentation in multiline quoted scalar", 2, 1, YamlErrorKind.QUOTED_SCALAR
            ),
        ),
        (
            "a:\n  - b\n - c\n",
            YamlError(
                "while parsing a block mapping, did not find expected key",
                3,
                2,
                YamlErrorKind.INDENTATION,
            ),
        ),
        (
            "a:\n\t- b\n",
            YamlError(
                "tabs disallowed within this context (block indentation)",
                2,
                2,
                YamlErrorKind.INDENTATION,
                mentions_tab=True,
            ),
        ),
        (
            "a: b\n\tc: d\n",
            YamlError(
                "while scanning a plain scalar, found a tab",
                1,
                4,
                YamlErrorKind.OTHER,
                mentions_tab=True,
            ),
        ),
        ("a: [1, 2\n", YamlError("unclosed bracket '['", 1, 4, YamlErrorKind.OTHER)),
        (
            "a: !!python/object x\n",
            YamlError(
                "Invalid tag: '!!python/object'",
                None,
                None,
                YamlErrorKind.INVALID_TAG,
                tag="!!python/object",
            ),
        ),
        (
            "a: !!int x\n",
            YamlError(
                "Invalid value 'x' for '!!int' tag", None, None, YamlErrorKind.OTHER, tag="!!int"
            ),
        ),
        (
            "a: 1\na: 2\n",
            YamlError("duplicate mapping key: 'a'", None, None, YamlErrorKind.DUPLICATE_KEY),
        ),
    ],
    ids=[
        "colon",
        "quote",
        "indent",
        "tab-indent",
        "tab-after",
        "bracket",
        "tag",
        "tag-value",
        "duplicate",
    ],
)
def test_yaml_rs_messages_read_into_named_fields(text: str, expected: YamlError) -> None:
    # Real yaml_rs messages: a yaml_rs upgrade that rewords them fails here first.
    assert refusal(text) == expected


def test_limits_are_read_as_their_kinds() -> None:
    bomb = refusal("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + ALIAS_BOMB)
    assert bomb.kind is YamlErrorKind.ALIAS_LIMIT and bomb.line is None
    deep = refusal("[" * 1000 + "]" * 1000)
    assert deep.kind is YamlErrorKind.RECURSION_LIMIT
    assert (deep.line, deep.message) == (1, "recursion limit exceeded")


def test_the_quoted_source_line_is_not_read_as_yaml_rs_words() -> None:
    message = (
        "YAML parse error at line 3, column 7\n  |\n"
        "3 | q: Invalid tag: '!x', a duplicate mapping key, a table [\n"
        "  |       ^\nunclosed bracket '['"
    )
    assert read_error(message) == YamlError("unclosed bracket '['", 3, 7, YamlErrorKind.OTHER)


def test_an_empty_message_still_reads() -> None:
    assert read_error("  \n") == YamlError("invalid YAML", None, None, YamlErrorKind.OTHER)


def test_a_syntax_error_on_a_line_naming_a_duplicate_key_keeps_its_position() -> None:
    text = "questions:\n  - prompt: a duplicate mapping key: here\n"
    [problem] = parse_yaml_text(text, "q.yaml").problems
    assert (problem.line, problem.column) == (2, 36)
    assert problem.message == (
        "YAML syntax error: mapping values are not allowed in this "
        "context (a value that contains ': ' must be quoted)"
    )


def test_an_unplaced_tag_error_is_placed_at_the_written_tag() -> None:
    text = "questions: []\nmeta: !!python/object x\n"
    [problem] = parse_yaml_text(text, "q.yaml").problems
    assert (problem.line, problem.column) == (2, 7)
    assert problem.message.startswith("the tag '!!python/object' is not allowed")


def test_refused_tags_name_their_question_and_span() -> None:
    text = (
        "questions:\n"
        "  - {id: a, prompt: ok}\n"
        "  - id: b\n"
        "    prompt: !!set {x}\n"
        "extra: !!binary eA==\n"
    )
    first, second = find_refused_tags(text)
    start = text.index("!!set")
    assert first == RefusedTag(
        4,
        13,
        "the tag '!!set' is not allowed: question files hold "
        "plain text, numbers, lists and mappings",
        1,
        (start, start + len("!!set")),
    )
    assert (second.line, second.column, second.question) == (5, 8, None)
    blanked = without_tags(text, [first, second])
    assert len(blanked) == len(text) and "!!" not in blanked
    assert blanked[start : start + 5] == "!    "


def test_an_alias_to_a_refused_value_is_refused_too() -> None:
    text = "questions:\n  - {id: a, prompt: &p !!set {x}}\n  - {id: b, prompt: *p}\n"
    tag, alias = find_refused_tags(text)
    assert (tag.question, alias.question) == (0, 1)
    assert (alias.line, alias.column, alias.span) == (3, 21, None)
    assert alias.message == "the alias '*p' stands for a value with a tag that is not allowed"


def test_questions_are_counted_past_nested_collections() -> None:
    text = (
        "questions:\n"
        "  - {id: a, choices: [x, {y: z}], prompt: p}\n"
        "  - {id: b, pairs: {k: [1, 2]}, prompt: !!set {}}\n"
    )
    [found] = find_refused_tags(text)
    assert found.question == 1


KEEPER_SCRIPT = """
import sys, threading
sys.path.insert(0, {root!r})
from quizbot.bank import yamlfile, yamlrs

def keepers():
    return [t for t in threading.enumerate() if t.name == yamlrs.KEEPER_THREAD_NAME]

assert "yaml_rs" not in sys.modules and not keepers(), "nothing may happen at import"
if {on_worker!r}:
    worker = threading.Thread(target=lambda: yamlrs.loads("a: 1"))
    worker.start()
    worker.join()
else:
    yamlrs.loads("a: 1")
assert "yaml_rs" in sys.modules
print(len(keepers()), all(t.daemon and t.is_alive() for t in keepers()))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("on_worker", "expected"),
    [(False, "0 True"), (True, "1 True")],
    ids=["main-thread", "worker-thread"],
)
def test_yaml_rs_is_imported_at_the_first_parse_on_a_keeper_only_off_the_main_thread(
    on_worker: bool, expected: str
) -> None:
    script = textwrap.dedent(KEEPER_SCRIPT.format(root=str(ROOT), on_worker=on_worker))
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split() == expected.split()
    assert KEEPER_THREAD_NAME == "quizbot-yaml_rs-keeper"
