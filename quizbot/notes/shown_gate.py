"""The last gate of the generator: the question as the learner reads it is a clean,
self-contained question, or it is not asked. The rules live in
:mod:`~quizbot.notes.fragments` (the text) and :mod:`~quizbot.notes.fragment_keys` (the
blank, the key, the options); this module runs them in order, and tells which clozes of one
sentence would print each other's answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizbot.bank.model import Cloze, Question, filled_in
from quizbot.notes.adjective_keys import adjective_key
from quizbot.notes.anchors import names_nothing
from quizbot.notes.arrow_checks import arrow_dropped
from quizbot.notes.cut_clauses import pronoun_across_the_cut
from quizbot.notes.dash_tails import dash_tail_names_no_kind
from quizbot.notes.dated_lines import raw_dated_line
from quizbot.notes.descriptions import (
    described_by_a_scrap,
    kind_not_kind,
    quoted_in_its_definition,
)
from quizbot.notes.doer_lines import deed_without_its_doer
from quizbot.notes.drafts import AUTHORED_RULES, Context, Draft, Unit
from quizbot.notes.fragment_keys import (
    blank_in_a_list,
    cued_beside_the_blank,
    half_of_a_pair,
    key_not_a_fact,
    list_without_a_set,
    off_kind_options,
    qualifier_in_the_key,
)
from quizbot.notes.fragments import label_in_front, not_a_sentence, note_shorthand
from quizbot.notes.glosses import glossed_beside_the_blank
from quizbot.notes.label_keys import label_before_its_holder
from quizbot.notes.line_checks import (
    blank_after_a_negation,
    blank_in_a_sequence,
    blank_read_two_ways,
    example_of_a_kind,
    figure_and_noun_key,
    framing_subject,
    label_or_scrap,
    label_over_a_list,
    open_set_list,
    year_names_the_law,
)
from quizbot.notes.line_questions import deed_done_as_clue
from quizbot.notes.opening_blanks import opening_blank
from quizbot.notes.participle_lines import bare_participle
from quizbot.notes.phrases import fold
from quizbot.notes.pointers import pointing_subject
from quizbot.notes.pronouns import unresolved_pronoun
from quizbot.notes.range_keys import range_end, rounded_figure
from quizbot.notes.short_definitions import definition_too_short
from quizbot.notes.shown_keys import (
    filler_key,
    hosted_at_the_blank,
    named_after_the_blank,
    ordinal_as_adverb,
    other_half_of_a_contrast,
    rank_of_nothing,
    spelled_out,
    unnamed_subject,
    voice_unsaid,
)
from quizbot.notes.spelled_keys import spelled_by_the_text
from quizbot.notes.stacked_notes import stacked_head_note
from quizbot.notes.topic_keys import (
    answered_by_the_topic,
    number_beside_the_blank,
    spelled_by_an_acronym,
    the_learners_country,
)


def filled_sentence(question: Question) -> str | None:
    """The sentence a cloze blanks, with its blanks filled: two clozes of one sentence print
    each other's answers (``SC issues writs under ___, HCs under Art 226`` and ``… under
    Art 32, HCs under ___``), so only one of them is asked."""
    if not isinstance(question, Cloze):
        return None
    filled = filled_in(question.text)
    return fold(re.sub(r"\s*\([^()]*\)", "", filled))  # an other name taken out or not


Rule = Callable[[Question, Draft, Unit | None, Context], str | None]
#: The order changes only which reason is given: each rule is pure, and a question passes
#: only if none of them turns it away. They run in the order that turns drafts away soonest
#: for the least time (``generate_1mb_s``): by what each costs a question and how many drafts
#: it turns away that those before it let through, measured over the 1 MB benchmark notes
#: and the holdout notes together (2026-12-05: a third less time in this gate on the first,
#: a sixth less on the second, than with the sentence and the label first).
RULES: tuple[Rule, ...] = (
    label_in_front,
    raw_dated_line,
    deed_done_as_clue,
    note_shorthand,
    not_a_sentence,
    list_without_a_set,
    described_by_a_scrap,
    quoted_in_its_definition,
    kind_not_kind,
    dash_tail_names_no_kind,
    voice_unsaid,
    stacked_head_note,
    cued_beside_the_blank,
    off_kind_options,
    spelled_by_the_text,
    key_not_a_fact,
    blank_in_a_list,
    label_or_scrap,
    example_of_a_kind,
    label_over_a_list,
    unnamed_subject,
    open_set_list,
    arrow_dropped,
    label_before_its_holder,
    bare_participle,
    deed_without_its_doer,
    unresolved_pronoun,
    pronoun_across_the_cut,
    blank_in_a_sequence,
    blank_after_a_negation,
    blank_read_two_ways,
    year_names_the_law,
    rounded_figure,
    filler_key,
    framing_subject,
    spelled_out,
    pointing_subject,
    answered_by_the_topic,
    number_beside_the_blank,
    the_learners_country,
    glossed_beside_the_blank,
    half_of_a_pair,
    ordinal_as_adverb,
    hosted_at_the_blank,
    rank_of_nothing,
    other_half_of_a_contrast,
    range_end,
    qualifier_in_the_key,
    spelled_by_an_acronym,
    figure_and_noun_key,
    named_after_the_blank,
    names_nothing,
    adjective_key,
    opening_blank,
    definition_too_short,
)


def fragment_gate(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The first reason the question, as shown, is not a clean self-contained question."""
    if draft.rule in AUTHORED_RULES:
        return None
    for rule in RULES:
        reason = rule(question, draft, unit, ctx)
        if reason is not None:
            return reason
    return None
