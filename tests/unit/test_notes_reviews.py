"""The blind reviews' cases of what the generator must not ask, and of what it must: each a
bad or missing question of a holdout round, on notes of another subject (the cases live with
their session's other tests: ``test_notes_review578.py``, ``test_notes_review617.py``)."""

from __future__ import annotations

import pytest

from tests.unit import test_notes_review578 as review578
from tests.unit import test_notes_review617 as review617
from tests.unit.notes_support import showing


@pytest.mark.parametrize(("notes", "shown"), [*review578.NOT_ASKED, *review617.NOT_ASKED])
def test_not_asked(notes: str, shown: str) -> None:
    assert not showing(notes, shown)


@pytest.mark.parametrize(("notes", "shown"), [*review578.ASKED, *review617.ASKED])
def test_asked(notes: str, shown: str) -> None:
    assert showing(notes, shown)
