"""A person's title or honorific in a key (``Lord Curzon``, ``Swami Vivekananda``, ``Lt
Governor Sir George Campbell``) is no part of the name a learner must type; a title-like
first word of a body or an office (``General Assembly``, ``Governor-General``) is."""

from __future__ import annotations

import pytest

from quizbot.bank.model import Cloze, Short
from quizbot.grading import grade
from quizbot.grading.matcher import title_lead


def _cloze(key: str) -> Cloze:
    return Cloze(id="c", text=f"{{{{{key}}}}} was named in the note.")


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("Lord Dalhousie", "Dalhousie"),
        ("Lord Curzon", "curzon"),
        ("Swami Vivekananda", "Vivekananda"),
        ("Mahatma Gandhi", "Gandhi"),
        ("Guru Tegh Bahadur", "Tegh Bahadur"),
        ("Raja Ram Mohan Roy", "Ram Mohan Roy"),
        ("Maulana Abul Kalam Azad", "Abul Kalam Azad"),
        ("Rani Jindan", "Maharani Jindan"),
        ("Lt Governor Sir George Campbell", "Sir George Campbell"),
        ("Lt Governor Sir George Campbell", "George Campbell"),
        ("Swami Dayanand Saraswati", "Dayananda Saraswati"),
    ],
)
def test_the_name_without_its_title_is_right(key: str, response: str) -> None:
    assert grade(_cloze(key), response).correct


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("Mahatma Gandhi", "Gandhiji"),
        ("Mahatma Gandhi", "Gandhi ji"),
        ("Guru Nanak", "Guru Nanak Dev"),
    ],
)
def test_a_courtesy_after_the_name_is_right(key: str, response: str) -> None:
    assert grade(_cloze(key), response).correct


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("Lord Curzon", "Lord Minto"),  # another holder of the title
        ("Lord Curzon", "Lord"),
        ("Swami Vivekananda", "Swami Dayanand"),
        ("Mahatma Gandhi", "Indira Gandhi"),  # a given name the key does not have
        ("Guru Nanak", "Guru Gobind Singh"),
        ("Swami Dayanand Saraswati", "Dayanand"),  # a given name alone
        ("Mahatma Gandhi", "Nehruji"),
    ],
)
def test_another_person_or_the_title_alone_is_wrong(key: str, response: str) -> None:
    assert not grade(_cloze(key), response).correct


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("General Assembly", "Assembly"),
        ("Governor-General", "General"),
        ("Chief Justice of India", "India"),
        ("King's Council", "Council"),
        ("Chief Minister of Bihar", "Bihar"),
        ("Secretary of State", "State"),
    ],
)
def test_a_body_or_office_keeps_its_first_word(key: str, response: str) -> None:
    assert not grade(_cloze(key), response).correct


def test_an_office_question_does_not_take_a_title_for_a_name() -> None:
    question = Short(id="s", prompt="Which office did the 1833 Act create?", answer="Governor")
    assert not grade(question, "General").correct


@pytest.mark.parametrize(
    ("raw_words", "lead"),
    [
        (("Lord", "Curzon"), 1),
        (("INS", "Vikramaditya"), 1),
        (("HMCS", "Rainbow"), 1),  # a vessel's name may be an everyday word
        (("Lt", "Governor", "Sir", "George", "Campbell"), 3),
        (("General", "Assembly"), 0),  # an everyday word: no name follows
        (("Chief", "Justice", "of", "India"), 0),  # lower case: no name follows
        (("Governor", "General"), 0),
        (("Raja", "Sabha"), 0),  # a body's word
        (("Curzon",), 0),
    ],
)
def test_title_lead_counts_titles_only_before_a_name(raw_words: tuple[str, ...], lead: int) -> None:
    assert title_lead(raw_words) == lead


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("Chairperson", "Chairman"),
        ("Chairman", "chairperson"),
        ("42nd Amendment", "42nd Constitutional Amendment"),
        ("42nd Amendment", "42nd Amendment Act"),
        ("42nd Amendment", "42nd Amdt"),
        ("HMCS Rainbow", "Rainbow"),
    ],
)
def test_an_office_amendment_or_vessel_in_another_standard_form(key: str, response: str) -> None:
    assert grade(_cloze(key), response).correct


@pytest.mark.parametrize(
    ("key", "response"),
    [
        ("42nd Amendment", "44th Constitutional Amendment"),
        ("Rowlatt Satyagraha", "Rowlatt Act"),
        ("Chairman", "Vice-Chairman"),
    ],
)
def test_kind_words_never_make_another_answer_right(key: str, response: str) -> None:
    assert not grade(_cloze(key), response).correct


def test_and_between_two_titled_names_is_where_the_learner_cut() -> None:
    """ "Guru Nanak and Guru" would take a title as a blank's second word: the one reading
    that cuts at "and" is the learner's."""
    question = Cloze(id="c", text="{{Guru Nanak}} was succeeded by {{Guru Angad}}.")
    assert grade(question, "Guru Nanak and Guru Angad").correct
    assert not grade(question, "Guru Angad and Guru Nanak").correct


def test_a_title_alone_is_the_answer_when_it_is_the_whole_answer() -> None:
    question = Short(
        id="s", prompt="Who administers the oath to the President?", answer="Chief Justice of India"
    )
    assert grade(question, "CJI").correct
    assert not grade(question, "CJ").correct


@pytest.mark.parametrize(
    "question",
    [
        Short(id="s", prompt="Which GG's tenure saw the Doctrine of Lapse?", answer="Dalhousie"),
        Short(id="v", prompt="Which Viceroy annexed Awadh?", answer="Dalhousie"),
        Cloze(id="c", text="In 1856, {{Dalhousie}} annexed Awadh."),
    ],
)
def test_a_title_before_a_one_word_name_is_right(question: Short | Cloze) -> None:
    """Notes that write "Dalhousie" have the learner's "Lord Dalhousie" right; another lord,
    or the title alone, stays wrong."""
    assert grade(question, "Lord Dalhousie").correct
    assert not grade(question, "Lord Curzon").correct
    assert not grade(question, "Lord").correct
