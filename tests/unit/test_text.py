"""quizbot.text: the one module that says what words mean (issue 13)."""

from __future__ import annotations

import pytest

from quizbot.bank.ids import derive_id
from quizbot.text.dates import Date, find_dates
from quizbot.text.fold import ascii_fold, fold_word, plain, strip_accents
from quizbot.text.names import (
    is_dictionary_word,
    is_region,
    place_variants,
    translit_key,
)
from quizbot.text.numbers import number_at, number_word, roman_value
from quizbot.text.stem import stem
from quizbot.text.stopwords import FUNCTION_WORDS, ID_STOPWORDS, SEARCH_STOPWORDS


@pytest.mark.parametrize(
    "text",
    [
        "24 February 2022",
        "24th Feb 2022",
        "Feb 24, 2022",
        "24/02/2022",
        "24.2.2022",
        "2022-02-24",
        "02/24/2022",
    ],
)
def test_every_common_date_form_reads_the_same(text: str) -> None:
    assert [d for _, _, d in find_dates(text)] == [Date(2022, 2, 24)]


def test_numeric_dates_read_day_first_and_a_month_has_no_day() -> None:
    assert [d for _, _, d in find_dates("03/04/1984")] == [Date(1984, 4, 3)]
    assert [d for _, _, d in find_dates("February 2022")] == [Date(2022, 2)]
    assert find_dates("1971") == [] and find_dates("2023-24") == []
    assert find_dates("31/02/2022") == []  # no such day either way


def test_number_words_ordinals_and_roman_numerals() -> None:
    assert number_at(["twenty", "second", "summit"], 0) == (22, 2)
    assert number_at(["six", "hundred"], 0) == (600, 2)
    assert number_at(["summit"], 0) == (None, 0)
    assert (roman_value("XXII"), roman_value("xvi"), roman_value("MIX")) == (22, 16, None)
    assert (number_word(0), number_word(3), number_word(42)) == ("no", "three", "42")


def test_folding_and_stemming_agree_across_spellings() -> None:
    assert (
        plain("Chennai–Vladivostok “corridor” & more") == "Chennai-Vladivostok corridor  and  more"
    )
    assert fold_word("organisations") == fold_word("organizations") == "organization"
    assert fold_word("defence") == fold_word("defense")
    assert stem("programmes") == stem("programs") and stem("worried") == stem("worries")
    assert stem("defence") == stem("defense") and stem("2024") == "2024"
    assert strip_accents("Rosatóm–X") == "rosatom–x"
    assert ascii_fold("Rosatóm–X") == "rosatomx"  # what derived ids have always read


def test_transliterations_share_a_key_and_different_names_do_not() -> None:
    same = [
        ("dmitri", "dmitry"),
        ("mashinostroenia", "mashinostroyeniya"),
        ("tiruvananthapuram", "thiruvananthapuram"),
        ("koodankulam", "kudankulam"),
        ("khruschev", "khrushchev"),
        ("ekaterinburg", "yekaterinburg"),
        # the final schwa an Indian name drops or keeps (holdout 523: Rishabhanath marked as a
        # slip of the note's Rishabhanatha)
        ("rishabhanath", "rishabhanatha"),
        ("ashok", "ashoka"),
    ]
    for a, b in same:
        assert translit_key(a) == translit_key(b), (a, b)
    for a, b in [
        ("iran", "iraq"),
        ("austria", "australia"),
        ("putin", "lenin"),
        ("asoka", "asoke"),
    ]:
        assert translit_key(a) != translit_key(b), (a, b)


def test_names_places_and_the_dictionary() -> None:
    assert "Trivandrum" in place_variants("Thiruvananthapuram")
    assert "Russian Federation" in place_variants("Russia")
    assert place_variants("Satluj") == ("Sutlej",)  # the river's two spellings in use
    assert place_variants("Kudankulam") == ()
    assert is_region("Uzbekistan") and is_region("Tamil Nadu") and not is_region("Tashkent")
    assert is_dictionary_word("corporation") and not is_dictionary_word("kudankulum")


def test_dictionary_read_straight_from_the_word_list_is_spellcheckers() -> None:
    from spellchecker import SpellChecker

    from quizbot.text.names import _frequencies

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    assert _frequencies() == dict(counts)


def test_one_family_of_stopwords_and_ids_unchanged() -> None:
    assert FUNCTION_WORDS <= ID_STOPWORDS and FUNCTION_WORDS <= SEARCH_STOPWORDS
    # derived ids are progress keys: the same prompt gives the same id as before
    assert derive_id("defence", "Which cruise missile do India and Russia build?") == (
        "defence-cruise-missile-india-russia-build"
    )
