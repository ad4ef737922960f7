"""The review log out: the FSRS optimizers' columns and units, every answer once, UTC times
with their offset, and the ``quizbot export reviews`` command (CSV, JSON, stdout)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from quizbot.cli import main
from quizbot.interchange.reviews import COLUMNS, render, review_rows
from quizbot.study import Store
from quizbot.study.scheduling import card_id_for
from quizbot.study.session import Study
from tests.unit.study_support import T0, bank_of, short


def answered_store(data_dir: Path) -> Store:
    """Two answers through a real session (one right, one wrong) and one cram answer."""
    bank = bank_of(short("brahmos", topic="Defence", answer="BrahMos"), short("s400", topic="Air"))
    store = Store.open(data_dir, T0)
    session = Study(store, bank, T0, fuzz=False, learn_ahead=timedelta(0))
    for when, typed in ((T0, "brahmos"), (T0 + timedelta(seconds=20), "no idea, THAAD?")):
        assert session.next(when) is not None
        session.answer(typed, when + timedelta(seconds=5), duration_ms=5_000)
    cram = Study(store, bank, T0 + timedelta(hours=1), cram=True)
    assert cram.next(T0 + timedelta(hours=1)) is not None
    cram.answer("x", T0 + timedelta(hours=1, seconds=3), duration_ms=3_000)
    return store


def test_rows_carry_the_optimizer_columns_and_what_a_person_needs(tmp_path: Path) -> None:
    store = answered_store(tmp_path / "data")
    bank = bank_of(short("brahmos", topic="Defence", answer="BrahMos"))  # s400 left the bank
    rows = review_rows(store, bank)
    store.close()
    assert [r["question_id"] for r in rows] == ["brahmos", "s400", rows[2]["question_id"]]
    first, second, third = rows
    assert list(first) == list(COLUMNS)
    assert first["card_id"] == card_id_for("brahmos")
    assert first["review_time"] == int((T0 + timedelta(seconds=5)).timestamp() * 1000)
    assert first["review_datetime"] == "2026-01-05T09:00:05+00:00"
    assert (first["review_rating"], first["review_state"], first["review_duration"]) == (3, 0, 5000)
    assert (first["response"], first["verdict"], first["topic"], first["mode"]) == (
        "brahmos",
        "exact",
        "Defence",
        "study",
    )
    assert (second["review_rating"], second["verdict"], second["topic"]) == (1, "wrong", "")
    assert third["mode"] == "cram"


def test_csv_and_json(tmp_path: Path) -> None:
    store = answered_store(tmp_path / "data")
    rows = review_rows(store)
    store.close()
    table = list(csv.DictReader(io.StringIO(render(rows, "csv"))))
    assert tuple(table[0]) == COLUMNS
    assert table[0]["review_rating"] == "3" and table[0]["rating_changed"] == "0"
    assert table[1]["response"] == "no idea, THAAD?"  # quoted, and read back as typed
    assert json.loads(render(rows, "json"))[0]["rating_changed"] is False
    with pytest.raises(ValueError, match="unknown format"):
        render(rows, "xml")


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answered_store(tmp_path / "data").close()
    data = ["--data-dir", str(tmp_path / "data")]
    out = io.StringIO()
    assert main([*data, "export", "reviews", "-o", str(tmp_path / "log.csv")], out) == 0
    assert "wrote" in out.getvalue() and "3 answers as CSV" in out.getvalue()
    assert (tmp_path / "log.csv").read_text(encoding="utf-8").startswith("card_id,review_time,")
    assert main(["export", "reviews", "-o", str(tmp_path / "log.json"), *data], io.StringIO()) == 0
    assert len(json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))) == 3
    piped = io.StringIO()
    assert main([*data, "export", "reviews", "-o", "-", "--format", "json"], piped) == 0
    assert len(json.loads(piped.getvalue())) == 3
    assert capsys.readouterr().err == ""
