"""``import_anki`` on packages made by genanki and by Anki's own library (both of Anki's
current formats): Basic, reversed and type-in notes become short questions, Cloze notes one
cloze question per cloze number; HTML becomes text, media is named and left out, other note
types are skipped, and the files pass ``quizbot check`` and keep their ids on a re-import."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ExportAnkiPackageOptions

from quizbot import load_bank
from quizbot.bank import Cloze, Short
from quizbot.cli import main
from quizbot.interchange.anki_import import HEADER, ImportProblem, import_anki, question_id
from quizbot.interchange.apkg import PackageError, read_package

BASIC = genanki.BASIC_MODEL
CLOZE = genanki.CLOZE_MODEL


def genanki_package(path: Path, decks: dict[str, list[genanki.Note]]) -> Path:
    made = []
    for number, (name, notes) in enumerate(decks.items(), 1):
        deck = genanki.Deck(2_000_000_000 + number, name)
        for note in notes:
            deck.add_note(note)
        made.append(deck)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # genanki warns about the raw HTML these tests use
        genanki.Package(made, media_files=[]).write_to_file(str(path))
    return path


@pytest.fixture
def genanki_deck(tmp_path: Path) -> Path:
    return genanki_package(
        tmp_path / "shared.apkg",
        {
            "India–Russia::Corridors": [
                genanki.Note(
                    BASIC,
                    [
                        "What is <b>INSTC</b>?<br><img src='map.png'>",
                        "International North&ndash;South Transport Corridor",
                    ],
                    tags=["gs2", "ir::corridors"],
                    guid="basic-1",
                ),
                genanki.Note(
                    genanki.BASIC_AND_REVERSED_CARD_MODEL,
                    ["Chabahar", "the Iranian port India develops [sound:chabahar.mp3]"],
                    guid="reversed-1",
                ),
                genanki.Note(
                    genanki.BASIC_TYPE_IN_THE_ANSWER_MODEL,
                    ["Capital of Iran?", "Tehran"],
                    guid="typein-1",
                ),
                genanki.Note(
                    genanki.BASIC_OPTIONAL_REVERSED_CARD_MODEL,
                    ["Bandar Abbas", "an Iranian port on the INSTC", ""],
                    guid="optional-1",
                ),
            ],
            "India–Russia::Trade": [
                genanki.Note(
                    CLOZE,
                    [
                        "Trade reached {{c1::<i>$65</i> billion}} in {{c2::2023-24::year}}, "
                        "mostly {{c1::oil}} &amp; fertiliser.",
                        "Source: <a href='https://example.org'>ministry</a> <img src=\"chart.png\">",
                    ],
                    tags=["trade"],
                    guid="cloze-1",
                ),
                genanki.Note(
                    genanki.Model(
                        1_234_567,
                        "Vocabulary with pictures",
                        fields=[{"name": "Word"}, {"name": "Picture"}, {"name": "Meaning"}],
                        templates=[
                            {"name": "c", "qfmt": "{{Word}}<br>{{Picture}}", "afmt": "{{Meaning}}"}
                        ],
                    ),
                    ["rupee", "<img src='r.png'>", "currency"],
                    guid="other-1",
                ),
                genanki.Note(BASIC, ["<img src='only.png'>", "a picture alone"], guid="pic-1"),
            ],
        },
    )


def by_id(out: Path) -> dict[str, Short | Cloze]:
    bank = load_bank([str(out)])  # strict: any problem raises
    assert bank.problems == ()
    return {q.id: q for q in bank}  # type: ignore[misc]


def test_a_genanki_package(genanki_deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "imported"
    done = import_anki(genanki_deck, out)
    assert sorted(p.name for p, _, _ in done.files) == [
        "india-russia--corridors.yaml",
        "india-russia--trade.yaml",
    ]
    questions = by_id(out)
    basic = questions[question_id("basic-1")]
    assert isinstance(basic, Short)
    assert (basic.prompt, basic.answer) == (
        "What is INSTC?",
        "International North–South Transport Corridor",
    )
    assert basic.topic == "India–Russia › Corridors"
    assert basic.tags == ("gs2", "ir::corridors")
    reverse = questions[question_id("reversed-1", "-reverse")]
    assert isinstance(reverse, Short)
    assert (reverse.prompt, reverse.answer) == ("the Iranian port India develops", "Chabahar")
    assert question_id("typein-1") in questions
    assert question_id("optional-1") in questions  # no reverse: "Add Reverse" is empty
    assert question_id("optional-1", "-reverse") not in questions

    first = questions[question_id("cloze-1", "-c1")]
    second = questions[question_id("cloze-1", "-c2")]
    assert isinstance(first, Cloze) and isinstance(second, Cloze)
    assert first.text == "Trade reached {{$65 billion}} in 2023-24, mostly {{oil}} & fertiliser."
    assert (
        second.text == "Trade reached $65 billion in {{2023-24}} (year), mostly oil & fertiliser."
    )
    assert first.blanks == (("$65 billion",), ("oil",))
    assert first.explanation == "Source: ministry"
    assert first.topic == "India–Russia › Trade" and first.tags == ("trade",)

    assert len(questions) == 7
    assert done.questions == {"short": 5, "cloze": 2}
    assert done.skipped == {"Vocabulary with pictures": 1}
    warned = "\n".join(done.warnings)
    for name in ("map.png", "chabahar.mp3", "chart.png", "only.png"):
        assert warned.count(repr(name)) == 1, name
    assert "'Vocabulary with pictures'" in warned
    assert "skipped 1 note: its question is empty" in warned


def test_importing_again_updates_the_same_ids_and_moves_questions(
    genanki_deck: Path, tmp_path: Path
) -> None:
    out = tmp_path / "imported"
    import_anki(genanki_deck, out)
    first = by_id(out)
    edited = genanki_package(
        tmp_path / "shared-v2.apkg",
        {
            "India–Russia::Trade": [
                genanki.Note(
                    CLOZE, ["Trade reached {{c1::$69 billion}} in 2024-25.", ""], guid="cloze-1"
                )
            ],
            "India–Russia::Renamed": [
                genanki.Note(
                    genanki.BASIC_TYPE_IN_THE_ANSWER_MODEL,
                    ["Capital of Iran?", "Tehran"],
                    guid="typein-1",
                )
            ],
        },
    )
    done = import_anki(edited, out)
    again = by_id(out)
    cloze = again[question_id("cloze-1", "-c1")]
    assert isinstance(cloze, Cloze) and cloze.text == "Trade reached {{$69 billion}} in 2024-25."
    assert question_id("cloze-1", "-c2") not in again  # the note has one cloze now
    assert again[question_id("typein-1")].topic == "India–Russia › Renamed"
    assert [(p.name, n) for p, n in done.removed] == [("india-russia--corridors.yaml", 1)]
    # the corridors deck was not in this package: its other questions stay as they were
    assert set(again) == set(first) - {question_id("cloze-1", "-c2")}
    assert sorted(p.name for p in out.iterdir()) == [
        "india-russia--corridors.yaml",
        "india-russia--renamed.yaml",
        "india-russia--trade.yaml",
    ]


def test_files_that_are_not_the_importers_are_never_overwritten(
    genanki_deck: Path, tmp_path: Path
) -> None:
    out = tmp_path / "imported"
    out.mkdir()
    mine = out / "india-russia--trade.yaml"
    mine.write_text("questions: []\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="not written by quizbot import anki"):
        import_anki(genanki_deck, out)
    assert mine.read_text(encoding="utf-8") == "questions: []\n"
    assert sorted(p.name for p in out.iterdir()) == ["india-russia--trade.yaml"]


@pytest.fixture
def anki_collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    deck = col.decks.id("Geography::Rivers")
    basic = col.new_note(col.models.by_name("Basic"))
    basic["Front"] = 'Longest river of <u>India</u>?&nbsp;<img src="ganga.jpg">'
    basic["Back"] = "<div>Ganga</div>"
    basic.tags = ["geo", "rivers"]
    col.add_note(basic, deck)
    cloze = col.new_note(col.models.by_name("Cloze"))
    cloze["Text"] = (
        "The {{c1::Brahmaputra}} enters India in {{c2::Arunachal Pradesh}} as the {{c3::Siang::name}}."
    )
    cloze["Back Extra"] = "It rises in Tibet as the Yarlung Tsangpo."
    col.add_note(cloze, deck)
    reversed_note = col.new_note(col.models.by_name("Basic (and reversed card)"))
    reversed_note["Front"], reversed_note["Back"] = "Dakshin Ganga", "Godavari"
    col.add_note(reversed_note, col.decks.id("Geography"))
    try:
        yield col
    finally:
        col.close()


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b", "anki21"])
def test_packages_made_by_anki(anki_collection: Collection, tmp_path: Path, legacy: bool) -> None:
    package = tmp_path / "rivers.apkg"
    anki_collection.export_anki_package(
        out_path=str(package),
        options=ExportAnkiPackageOptions(with_scheduling=False, with_media=False, legacy=legacy),
        limit=None,
    )
    notes = read_package(package)
    assert len(notes) == 3
    done = import_anki(package, tmp_path / "out")
    questions = list(by_id(tmp_path / "out").values())
    assert done.questions == {"short": 3, "cloze": 3}
    texts = {q.text for q in questions if isinstance(q, Cloze)}
    assert texts == {
        "The {{Brahmaputra}} enters India in Arunachal Pradesh as the Siang.",
        "The Brahmaputra enters India in {{Arunachal Pradesh}} as the Siang.",
        "The Brahmaputra enters India in Arunachal Pradesh as the {{Siang}} (name).",
    }
    shorts = {(q.prompt, q.answer, q.topic) for q in questions if isinstance(q, Short)}
    assert shorts == {
        ("Longest river of India?", "Ganga", "Geography › Rivers"),
        ("Dakshin Ganga", "Godavari", "Geography"),
        ("Godavari", "Dakshin Ganga", "Geography"),
    }
    assert any("'ganga.jpg'" in w for w in done.warnings)
    cloze = next(q for q in questions if isinstance(q, Cloze))
    assert cloze.explanation == "It rises in Tibet as the Yarlung Tsangpo."


def test_the_command_reports_and_the_output_passes_check(
    genanki_deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "imported"
    stdout = io.StringIO()
    assert main(["import", "anki", str(genanki_deck), "-o", str(out)], stdout) == 0
    text, err = stdout.getvalue(), capsys.readouterr().err
    assert "imported 7 questions (2 cloze, 5 short) into 2 files" in text
    assert "skipped 1 note of other note types" in text
    assert "quizbot: warning: left out the media file 'map.png'" in err
    assert all(p.read_text(encoding="utf-8").startswith(HEADER) for p in out.iterdir())
    check = io.StringIO()
    assert main(["check", str(out)], check) == 0, check.getvalue()


def test_what_is_not_a_package_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.apkg"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(PackageError, match="not a zip file"):
        read_package(bad)
    assert main(["import", "anki", str(bad), "-o", str(tmp_path / "o")], io.StringIO()) == 1
    assert "not an Anki package" in capsys.readouterr().err
    assert main(["import", "anki", str(tmp_path / "missing.apkg"), "-o", "x"], io.StringIO()) == 2
