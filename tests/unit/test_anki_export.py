"""``export_anki`` writes packages that Anki itself imports: checked with the ``anki`` library
in a fresh collection (note and card counts per note type, the fields of every question
type, decks and tags), and again after an edit (the note is updated, nothing duplicated)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.lang import set_lang
from anki.utils import strip_html

from quizbot import load_bank
from quizbot.bank import Bank
from quizbot.interchange.anki_export import deck_name, export_anki, guid_of
from quizbot.interchange.ankihtml import to_html, to_text

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

BANK = """\
topic: India–Russia › Defence programmes
tags: [gs2, ir]
questions:
  - id: brahmos
    type: short
    prompt: "Which missile do India & Russia build? <b>not bold</b> [sound:x.mp3] {{c1::no}}"
    answer: BrahMos
    aliases: [BrahMos missile]
    explanation: A joint venture of DRDO and NPO Mashinostroyenia.
    source: {file: notes/india-russia.md, heading: India–Russia › Defence, line: 12}
  - id: forums
    type: list
    topic: India–Russia › Multilateral forums
    tags: [forums, gs 2]
    prompt: Name the three forums
    answer: [BRICS, SCO, G20]
  - id: s400-mcq
    type: mcq
    prompt: Which air defence system did India buy from Russia?
    options: [S-400, THAAD, Patriot, Iron Dome]
    answer: S-400
  - id: forums-multi
    type: multi
    topic: India–Russia › Multilateral forums
    prompt: Which of these forums include both India and Russia?
    options: [BRICS, SCO, NATO, G7]
    answer: [BRICS, SCO]
  - id: instc-statements
    type: statements
    topic: India–Russia › Connectivity
    prompt: Consider the following statements about the INSTC
    statements:
      - {text: It links India and Russia through Iran., correct: true}
      - {text: It is a pipeline., correct: false, fix: It is a multi-modal transport corridor.}
  - id: kudankulam-tf
    type: truefalse
    statement: Kudankulam is in Kerala.
    answer: false
    fix: Kudankulam is in Tamil Nadu.
  - id: trade-cloze
    type: cloze
    topic: Trade
    text: "Trade reached {{$65 billion}} in {{2023-24|FY24}} (a < b & c::d)."
  - id: sectors
    type: match
    prompt: Match the project to its sector
    pairs: [[Kudankulam, nuclear power], [Sakhalin-I, oil and gas]]
"""


def bank_in(tmp_path: Path, text: str = BANK) -> Bank:
    path = tmp_path / "bank" / "defence.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_bank([str(path)])


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    set_lang("en")  # strip_html needs Anki's translations
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()


def import_into(col: Collection, package: Path) -> None:
    request = ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=False)
    )
    col.import_anki_package(request)


def note_of(col: Collection, question_id: str):  # type: ignore[no-untyped-def]
    found = col.db.list("SELECT id FROM notes WHERE guid = ?", guid_of(question_id))
    assert len(found) == 1, question_id
    return col.get_note(found[0])


def test_anki_imports_every_question_with_its_note_type_decks_and_tags(
    tmp_path: Path, collection: Collection
) -> None:
    bank = bank_in(tmp_path)
    done = export_anki(list(bank), tmp_path / "deck.apkg", T0, root=tmp_path / "bank")
    assert done.notes == {"type-in": 1, "basic": 1, "choice": 5, "cloze": 1}
    assert done.cards == {"type-in": 1, "basic": 1, "choice": 5, "cloze": 2}
    import_into(collection, tmp_path / "deck.apkg")

    per_type = {
        name: (
            len(collection.find_notes(f'"note:quizbot {name}"')),
            len(collection.find_cards(f'"note:quizbot {name}"')),
        )
        for name in ("type-in", "basic", "choice", "cloze")
    }
    assert per_type == {"type-in": (1, 1), "basic": (1, 1), "choice": (5, 5), "cloze": (1, 2)}
    assert (collection.note_count(), collection.card_count()) == (8, 9)
    decks = {d.name for d in collection.decks.all_names_and_ids()} - {"Default"}
    assert decks == {
        "India–Russia",
        "India–Russia::Defence programmes",
        "India–Russia::Multilateral forums",
        "India–Russia::Connectivity",
        "Trade",
    }
    card = collection.get_card(note_of(collection, "forums").card_ids()[0])
    assert collection.decks.name(card.did) == "India–Russia::Multilateral forums"
    assert sorted(note_of(collection, "brahmos").tags) == ["gs2", "ir"]
    assert sorted(note_of(collection, "forums").tags) == ["forums", "gs_2"]


def test_the_fields_of_each_question_type(tmp_path: Path, collection: Collection) -> None:
    bank = bank_in(tmp_path)
    export_anki(list(bank), tmp_path / "deck.apkg", T0, root=tmp_path / "bank")
    import_into(collection, tmp_path / "deck.apkg")
    fields = {q.id: dict(note_of(collection, q.id).items()) for q in bank}

    assert fields["brahmos"] == {
        "Question": "Which missile do India &amp; Russia build? &lt;b&gt;not bold&lt;/b&gt; "
        "&#91;sound:x.mp3&#93; &#123;&#123;c1::no&#125;&#125;",
        "Answer": "BrahMos",
        "Also accepted": "BrahMos missile",
        "Explanation": "A joint venture of DRDO and NPO Mashinostroyenia.",
        "Source": "notes/india-russia.md › India–Russia › Defence, line 12",
    }
    assert fields["forums"]["Answer"] == "<ul><li>BRICS</li><li>SCO</li><li>G20</li></ul>"
    assert fields["s400-mcq"]["Options"] == (
        "<div>(a) S-400</div><div>(b) THAAD</div><div>(c) Patriot</div><div>(d) Iron Dome</div>"
    )
    assert fields["s400-mcq"]["Answer"] == "(a) S-400"
    assert fields["s400-mcq"]["Source"] == "bank/defence.yaml"
    assert fields["forums-multi"]["Answer"] == "(a) BRICS, (b) SCO"
    assert "(Choose every correct option.)" in fields["forums-multi"]["Question"]
    assert fields["instc-statements"]["Options"].startswith(
        "<div>1. It links India and Russia through Iran.</div><div>2. It is a pipeline.</div>"
    )
    assert fields["instc-statements"]["Answer"] == (
        "1 only<div class=options>1. Correct<br>"
        "2. Incorrect: It is a multi-modal transport corridor.</div>"
    )
    assert fields["kudankulam-tf"]["Question"] == "True or false?<br>Kudankulam is in Kerala."
    assert fields["kudankulam-tf"]["Answer"] == "False: Kudankulam is in Tamil Nadu."
    assert fields["trade-cloze"]["Text"] == (
        "Trade reached {{c1::$65 billion}} in {{c2::2023-24}} (a &lt; b &amp; c::d)."
    )
    assert fields["trade-cloze"]["Also accepted"] == "FY24 (for 2023-24)"
    assert "List I" in fields["sectors"]["Options"]
    assert "1-a, 2-b" in fields["sectors"]["Answer"]  # nuclear power (a), oil and gas (b)


def test_author_text_comes_out_as_written(tmp_path: Path, collection: Collection) -> None:
    bank = bank_in(tmp_path)
    export_anki(list(bank), tmp_path / "deck.apkg", T0)
    import_into(collection, tmp_path / "deck.apkg")
    card = collection.get_card(note_of(collection, "brahmos").card_ids()[0])
    shown = strip_html(card.question())
    assert "Which missile do India & Russia build? <b>not bold</b> [sound:x.mp3] {{c1::no}}" in (
        shown
    )
    assert card.question_av_tags() == []  # the [sound:…] in the text plays nothing
    cloze = [collection.get_card(c) for c in note_of(collection, "trade-cloze").card_ids()]
    fronts = sorted(strip_html(c.question()) for c in cloze)
    assert any("Trade reached [...] in 2023-24 (a < b & c::d)." in f for f in fronts)
    assert any("Trade reached $65 billion in [...] (a < b & c::d)." in f for f in fronts)


def test_exporting_again_after_an_edit_updates_the_note(
    tmp_path: Path, collection: Collection
) -> None:
    bank = bank_in(tmp_path)
    export_anki(list(bank), tmp_path / "first.apkg", T0)
    import_into(collection, tmp_path / "first.apkg")
    edited = bank_in(tmp_path, BANK.replace("answer: BrahMos\n", "answer: BrahMos-NG\n"))
    export_anki(list(edited), tmp_path / "second.apkg", T0 + timedelta(days=2))
    import_into(collection, tmp_path / "second.apkg")

    assert (collection.note_count(), collection.card_count()) == (8, 9)
    assert note_of(collection, "brahmos")["Answer"] == "BrahMos-NG"
    assert note_of(collection, "forums")["Answer"].startswith("<ul>")


def test_a_topic_export_and_a_parent_deck(tmp_path: Path, collection: Collection) -> None:
    bank = bank_in(tmp_path)
    questions = bank.in_topic("India–Russia › Multilateral forums")
    done = export_anki(questions, tmp_path / "t.apkg", T0, parent="UPSC")
    assert done.note_count == 2
    assert done.decks == ("UPSC", "UPSC::India–Russia", "UPSC::India–Russia::Multilateral forums")
    import_into(collection, tmp_path / "t.apkg")
    assert collection.note_count() == 2


def test_the_package_is_written_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    bank = bank_in(tmp_path)
    out = tmp_path / "out" / "deck.apkg"
    export_anki(list(bank), out, T0)
    assert sorted(p.name for p in out.parent.iterdir()) == ["deck.apkg"]
    assert set(zipfile.ZipFile(out).namelist()) == {"collection.anki2", "media"}


def test_deck_names_and_html_round_trip() -> None:
    assert deck_name("India–Russia › Defence") == "India–Russia::Defence"
    assert deck_name("") == "quizbot"
    assert deck_name("A::B › C", "Parent") == "Parent::A:B::C"
    text = "a < b & [sound:x] {{c1::y}}\nline two"
    assert to_text(to_html(text)) == (text, [])
