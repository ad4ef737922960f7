"""load_bank: the Python API, ids, the cache and --write-ids."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizbot import Bank, BankError, load_bank
from quizbot.bank import Cloze, Match, Mcq, Short, Source, Statement, Statements, TrueFalse
from quizbot.bank.ids import derive_id
from quizbot.bank.writeids import write_ids
from tests.conftest import BUNDLED_BANK, WriteBank

DEFENCE = """\
# yaml-language-server: $schema=../quizbot/bank/question-file.schema.json
topic: India–Russia › Defence programmes
tags: [gs2, ir]
source: {file: notes/india-russia.md}
questions:
  - id: brahmos-jv
    type: short
    prompt: Which cruise missile do India and Russia build together?
    answer: BrahMos
    aliases: [BrahMos missile]
    explanation: A joint venture of DRDO and NPO Mashinostroyenia.
    source: {file: notes/india-russia.md, heading: Defence programmes, line: 12}
  - id: s400-mcq
    type: mcq
    topic: India–Russia › Defence programmes › Air defence
    prompt: Which air defence system did India buy from Russia?
    options: [S-400, THAAD, Patriot, Iron Dome]
    answer: S-400
"""


def test_core_fields_and_file_defaults(write_bank: WriteBank) -> None:
    bank = load_bank(write_bank({"defence.yaml": DEFENCE}))
    short = bank["brahmos-jv"]
    assert short == Short(
        id="brahmos-jv",
        topic="India–Russia › Defence programmes",
        tags=("gs2", "ir"),
        explanation="A joint venture of DRDO and NPO Mashinostroyenia.",
        source=Source("notes/india-russia.md", "Defence programmes", 12),
        prompt="Which cruise missile do India and Russia build together?",
        answer="BrahMos",
        aliases=("BrahMos missile",),
    )
    mcq = bank["s400-mcq"]
    assert isinstance(mcq, Mcq) and mcq.options == ("S-400", "THAAD", "Patriot", "Iron Dome")
    assert mcq.topic.endswith("› Air defence"), "a question's own topic wins over the file's"
    assert mcq.source == Source("notes/india-russia.md"), "file-level source is the default"


def test_every_type_loads_from_the_design_examples(write_bank: WriteBank) -> None:
    body = """\
        questions:
          - {id: forums, type: list, prompt: Name the three forums, answer: [BRICS, SCO, G20]}
          - {id: m, type: multi, prompt: Which are forums?, options: [BRICS, SCO, CAATSA], answer: [BRICS, SCO]}
          - type: statements
            id: instc
            prompt: Consider the following statements about the INSTC
            statements: [{text: It links India and Russia via Iran., correct: true},
                         {text: It opened in 1990., correct: false, fix: It was agreed in 2000.}]
          - {id: tf, type: truefalse, statement: Kudankulam is in Kerala., answer: false, fix: It is in Tamil Nadu.}
          - {id: cz, type: cloze, text: "Trade reached {{$65 billion}} in {{2023-24|FY24}}."}
          - {id: mt, type: match, prompt: Match the project to its sector, pairs: [[Kudankulam, nuclear power], [Sakhalin-I, oil and gas]]}
        """
    bank = load_bank(write_bank({"all.yaml": body}))
    assert [q.type for q in bank] == ["list", "multi", "statements", "truefalse", "cloze", "match"]
    statements = bank["instc"]
    assert isinstance(statements, Statements)
    assert statements.statements[1] == Statement(
        "It opened in 1990.", False, "It was agreed in 2000."
    )
    tf = bank["tf"]
    assert isinstance(tf, TrueFalse) and tf.answer is False and tf.stem == tf.statement
    cloze = bank["cz"]
    assert isinstance(cloze, Cloze)
    assert cloze.blanks == (("$65 billion",), ("2023-24", "FY24"))
    assert cloze.stem == "Trade reached _____ in _____."
    match = bank["mt"]
    assert isinstance(match, Match) and match.pairs[1] == ("Sakhalin-I", "oil and gas")


def test_bank_lookup_topics_and_iteration(write_bank: WriteBank) -> None:
    bank = load_bank(write_bank({"d.yaml": DEFENCE}))
    assert isinstance(bank, Bank) and len(bank) == 2
    assert "brahmos-jv" in bank and bank.get("nope") is None
    with pytest.raises(KeyError):
        bank["nope"]
    assert bank.topics() == [
        ("India–Russia › Defence programmes", 1),
        ("India–Russia › Defence programmes › Air defence", 1),
    ]
    assert bank.topic_tree() == [
        ("India–Russia", 0, 2),
        ("India–Russia › Defence programmes", 1, 2),
        ("India–Russia › Defence programmes › Air defence", 2, 1),
    ]
    assert [q.id for q in bank.in_topic("India–Russia › Defence programmes")] == [
        "brahmos-jv",
        "s400-mcq",
    ]


def test_strict_raises_with_every_problem_and_non_strict_returns_them(
    write_bank: WriteBank,
) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": "questions:\n  - {id: x, type: short, prompt: p}\n",
            "b.yaml": "questions: [1]\n",
            "c.yaml": DEFENCE,
        }
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank_dir)
    assert [Path(p.path).name for p in caught.value.problems] == ["a.yaml", "b.yaml"]
    assert "2 errors in the question bank" in str(caught.value)
    bank = load_bank(bank_dir, strict=False)
    assert len(bank) == 2 and len(bank.errors) == 2


def test_directories_are_searched_recursively_for_yaml_and_yml(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {
            "top.yaml": "questions:\n  - {id: a, type: short, prompt: p, answer: x}\n",
            "deep/er/more.yml": "questions:\n  - {id: b, type: short, prompt: p, answer: x}\n",
        }
    )
    assert sorted(q.id for q in load_bank(bank_dir)) == ["a", "b"]
    assert [q.id for q in load_bank([bank_dir / "top.yaml"])] == ["a"]


def test_overlapping_paths_load_each_file_once(
    write_bank: WriteBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank_dir = write_bank(
        {
            "defence.yaml": DEFENCE,
            "sub/x.txt": "not yaml",
            "sub/more.yaml": "questions:\n  - {id: m, type: short, prompt: p, answer: x}\n",
        }
    )
    (bank_dir / "link.yaml").symlink_to(bank_dir / "defence.yaml")
    monkeypatch.chdir(bank_dir)
    bank = load_bank(
        ["defence.yaml", ".", "./defence.yaml", "sub", str(bank_dir / "sub")], strict=False
    )
    assert [p.message for p in bank.problems] == ["ignored: not a .yaml or .yml file"]
    assert sorted(bank.ids()) == ["brahmos-jv", "m", "s400-mcq"]
    assert bank.files == ("defence.yaml", "sub/more.yaml"), "the first spelling is kept"


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    bank = load_bank([tmp_path / "nowhere"], strict=False)
    assert bank.errors[0].message == "no such file or directory"


def test_duplicate_ids_name_both_places(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": "questions:\n  - id: same\n    type: short\n    prompt: p\n    answer: x\n",
            "b.yaml": "questions:\n  - {type: short, prompt: q, answer: y}\n"
            "  - {id: same, type: short, prompt: p, answer: x}\n",
        }
    )
    bank = load_bank(bank_dir, strict=False)
    [problem] = bank.errors
    assert problem.path.endswith("b.yaml") and (problem.line, problem.column) == (3, 10)
    assert f"already used at {bank_dir / 'a.yaml'}:2:9" in problem.message
    assert bank["same"].origin.path.endswith("a.yaml"), "the first definition is kept"


def test_derived_ids_survive_reformatting_and_small_edits(write_bank: WriteBank) -> None:
    first = derive_id("defence", "Which cruise missile do India and Russia build together?")
    assert first == "defence-cruise-missile-india-russia-build"
    for edit in (
        "  WHICH cruise-missile do India & Russia build together ?  ",
        "What cruise missile do India and Russia build together?",
        "Which cruise missile do India and Russia build together, in Hyderabad?",
    ):
        assert derive_id("defence", edit) == first, edit
    body = (
        "questions:\n  - {type: short, prompt: 'Which cruise missile do India and Russia "
        "build together?', answer: BrahMos}\n"
    )
    bank = load_bank(write_bank({"defence.yaml": body}))
    assert [(q.id, q.derived_id) for q in bank] == [(first, True)]


def test_derived_id_collisions_in_a_file_get_a_suffix(write_bank: WriteBank) -> None:
    body = (
        "questions:\n  - {type: short, prompt: Name the missile., answer: BrahMos}\n"
        "  - {type: short, prompt: Name the missile!, answer: Akash}\n"
    )
    assert [q.id for q in load_bank(write_bank({"d.yaml": body}))] == ["d-missile", "d-missile-2"]


def test_write_ids_pins_ids_keeping_comments_and_order(write_bank: WriteBank) -> None:
    body = """\
        # Defence questions, reviewed 2026
        topic: India–Russia › Defence programmes
        questions:
          # The joint venture
          - type: short   # keep this comment
            prompt: Which cruise missile do India and Russia build together?
            answer: BrahMos
          - id: pinned
            type: short
            prompt: Which rifle?
            answer: AK-203
          - {type: truefalse, statement: S-400 is an air defence system., answer: true}
        """
    bank_dir = write_bank({"defence.yaml": body})
    before = load_bank(bank_dir)
    pinned = write_ids(before)
    assert list(pinned.written.values()) == [2] and pinned.problems == []
    text = (bank_dir / "defence.yaml").read_text()
    for kept in (
        "# Defence questions, reviewed 2026",
        "# The joint venture",
        "# keep this comment",
        "id: pinned",
    ):
        assert kept in text
    after = load_bank(bank_dir)
    assert [q.id for q in after] == [q.id for q in before]
    assert not any(q.derived_id for q in after)
    assert write_ids(after).written == {}, "a second run has nothing to write"


def test_bundled_bank_is_valid_and_has_every_type() -> None:
    bank = load_bank(BUNDLED_BANK)
    assert not bank.problems, bank.problems
    assert {q.type for q in bank} == {
        "short",
        "list",
        "mcq",
        "multi",
        "statements",
        "truefalse",
        "cloze",
        "match",
    }
    assert all(q.topic.startswith("India–Russia › ") for q in bank)


def test_questions_built_from_records_equal_those_built_by_init() -> None:
    # Banks build questions without calling the dataclass __init__ (for speed); the result
    # must be indistinguishable from a normally constructed object.
    for question in load_bank(BUNDLED_BANK):
        rebuilt = dataclasses.replace(question)
        assert rebuilt == question and vars(rebuilt) == vars(question)
        assert hash(rebuilt) == hash(question)


GENERATED = """\
    generated_from: notes/energy.md
    topic: Energy
    questions:
      - {id: gen-a, type: short, prompt: Which plant?, answer: Kudankulam}
      - {id: gen-b, type: short, prompt: Which field?, answer: Sakhalin-I}
      - {id: gen-c, type: short, prompt: Which company?, answer: Rosatom}
    """


def test_authored_question_overrides_a_generated_one_with_the_same_id(
    write_bank: WriteBank,
) -> None:
    bank_dir = write_bank(
        {
            "generated/energy.yaml": GENERATED,
            "energy.yaml": "questions:\n  - {id: gen-b, type: short, prompt: Which Russian oil field "
            "has Indian investment?, answer: Sakhalin-I}\n",
        }
    )
    bank = load_bank(bank_dir)
    assert bank.problems == () and sorted(bank.ids()) == ["gen-a", "gen-b", "gen-c"]
    assert bank["gen-b"].prompt == "Which Russian oil field has Indian investment?"
    assert bank.overridden == ["gen-b"]
    assert bank.topics() == [("", 1), ("Energy", 2)]


def test_suppress_drops_generated_questions_and_warns_about_unknown_ids(
    write_bank: WriteBank,
) -> None:
    bank_dir = write_bank(
        {"generated/energy.yaml": GENERATED, "suppress.yaml": "suppress: [gen-a, gen-z]\n"}
    )
    bank = load_bank(bank_dir)
    assert sorted(bank.ids()) == ["gen-b", "gen-c"]
    [warning] = bank.problems
    assert warning.severity == "warning" and (warning.line, warning.column) == (1, 19)
    assert "suppress lists 'gen-z', but no generated question has that id" in warning.message


def test_two_generated_files_with_one_id_are_still_duplicates(write_bank: WriteBank) -> None:
    bank = load_bank(
        write_bank({"generated/a.yaml": GENERATED, "generated/b.yaml": GENERATED}), strict=False
    )
    assert len(bank.errors) == 3 and all("duplicate id" in p.message for p in bank.errors)


@pytest.mark.slow
def test_load_bank_is_safe_from_short_lived_threads() -> None:
    # yaml_rs's allocator (mimalloc) binds its state to the thread that loads the extension;
    # when that thread was a worker that then exited, the next fresh threads segfaulted in
    # yaml_rs.loads (the app loads the bank in Textual worker threads). Run in a subprocess
    # so a crash fails this test instead of killing pytest.
    script = textwrap.dedent(f"""
        import sys, threading
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from quizbot import load_bank

        assert "yaml_rs" not in sys.modules, "the first import must happen in a worker"
        sizes = []
        for _ in range(6):  # each a fresh thread that exits, like a Textual worker
            worker = threading.Thread(
                target=lambda: sizes.append(len(load_bank({str(BUNDLED_BANK)!r}))))
            worker.start()
            worker.join()
        assert len(set(sizes)) == 1 and len(sizes) == 6 and sizes[0] > 0, sizes
        print("loaded from six threads")
        """)
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stderr[-3000:]}"
    assert "loaded from six threads" in run.stdout


def test_an_id_found_in_the_text_is_where_the_parser_puts_it() -> None:
    """Check's warnings place ids by a text search (no second parse); it must agree."""
    from quizbot.bank.places import ids_in_text as _ids_in_text
    from quizbot.bank.yamlfile import YamlFile

    text = (
        "questions:\n"
        "  - id: plain-one\n    type: short\n    prompt: P?\n    answer: A\n"
        '  - {id: "flow-two", type: short, prompt: Q?, answer: B}\n'
        "  - type: short\n    id: 'late-three'  # a comment\n    prompt: R?\n    answer: C\n"
        "  - {type: short, prompt: 'id: plain-one?', answer: D}\n"
        "  # id: late-three\n"
    )
    parsed = YamlFile("f.yaml", text)
    for n, qid in enumerate(("plain-one", "flow-two")):
        assert _ids_in_text(text).get(qid) == parsed.position(("questions", n, "id"))
    assert parsed.position(("questions", 2, "id")) == (8, 9)
    assert _ids_in_text(text).get("late-three") is None  # twice in the text: the parser decides
    assert _ids_in_text(text).get("missing") is None
