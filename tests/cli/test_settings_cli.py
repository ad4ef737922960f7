"""``quizbot settings``: every setting refuses a value out of its range in words a learner
reads, and takes the forms a learner types."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from quizbot.cli.errors import reported
from quizbot.study import Store
from tests.unit.study_support import T0


def test_settings_refuses_bad_names_and_values_with_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    from quizbot.cli.settings import run_settings

    assert reported(err, lambda: run_settings(data, T0, "daily_limit", "5", out, err)) == 2
    assert "unknown setting 'daily_limit'" in err.getvalue()
    assert "daily_new_limit" in err.getvalue()
    err = io.StringIO()
    assert reported(err, lambda: run_settings(data, T0, "exam_date", "24 May", out, err)) == 2
    assert "exam_date must be a date like 2027-05-24, not '24 May'" in err.getvalue()
    err = io.StringIO()
    assert reported(err, lambda: run_settings(data, T0, "exam_date", "2020-01-01", out, err)) == 2
    assert "the exam date 2020-01-01 has passed" in err.getvalue()
    err = io.StringIO()
    assert reported(err, lambda: run_settings(data, T0, "desired_retention", "2", out, err)) == 2
    assert "desired_retention must be a number from 0.7 to 0.99" in err.getvalue()
    with Store.open(data, T0) as store:
        assert store.settings().desired_retention == 0.9


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("daily_new_limit", "1e9", "daily_new_limit must be a whole number from 0 to 10000"),
        ("daily_new_limit", "9" * 5000, "daily_new_limit must be a whole number from 0 to"),
        ("daily_new_limit", "10001", "daily_new_limit must be a whole number from 0 to 10000"),
        ("daily_new_limit", "thirty", "(new questions a day), not 'thirty'"),
        ("leech_threshold", "2.5", "leech_threshold must be a whole number from 1 to 100"),
        ("leech_threshold", "101", "leech_threshold must be a whole number from 1 to 100"),
        ("day_start_hour", "24", "day_start_hour must be a whole number from 0 to 23"),
        ("day_start_hour", "-1", "day_start_hour must be a whole number from 0 to 23"),
        ("desired_retention", "nan", "desired_retention must be a number from 0.7 to 0.99"),
        ("desired_retention", "inf", "desired_retention must be a number from 0.7 to 0.99"),
        ("desired_retention", "1e308", "desired_retention must be a number from 0.7 to 0.99"),
        ("desired_retention", "ninety", "desired_retention must be a number from 0.7 to"),
        (
            "exam_date",
            "9999-12-31",
            "the exam date 9999-12-31 is more than 10 years away; "
            "give a date up to 2036-01-05, or none to clear it",
        ),
    ],
)
def test_every_setting_refuses_a_value_out_of_bounds_in_words_a_learner_reads(
    tmp_path: Path, name: str, value: str, message: str
) -> None:
    """Never "invalid literal for int()": the setting, its range and what it means."""
    from quizbot.cli.settings import run_settings

    out, err = io.StringIO(), io.StringIO()
    assert reported(err, lambda: run_settings(tmp_path, T0, name, value, out, err)) == 2
    assert message in err.getvalue()
    assert "invalid literal" not in err.getvalue() and "Traceback" not in err.getvalue()
    with Store.open(tmp_path, T0) as store:
        assert store.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_settings_take_the_forms_a_learner_types(tmp_path: Path) -> None:
    from quizbot.cli.settings import run_settings

    out = io.StringIO()
    assert run_settings(tmp_path, T0, "desired_retention", "85%", out) == 0
    assert run_settings(tmp_path, T0, "daily_new_limit", " +30 ", out) == 0
    assert run_settings(tmp_path, T0, "exam_date", "2036-01-05", out) == 0  # ten years on
    with Store.open(tmp_path, T0) as store:
        settings = store.settings()
    assert (settings.desired_retention, settings.daily_new_limit) == (0.85, 30)
    assert settings.exam_date == date(2036, 1, 5)
