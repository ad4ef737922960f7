"""Rules that turn one unit of the notes (a bullet, a numbered item, a sentence) into drafts.

Each rule fills one *answer slot* of the unit — its term, its definition, a list it names, one
of its numbers, a quotation, an abbreviation — and a unit yields at most one question per slot,
so a learner is never asked the same blank twice in different clothes. Prompts always start
with the unit's context (``India–Russia › Energy: ...``) and are built by blanking the slot in
the notes' own words, so they stay true to the notes.

Which question type a slot becomes is chosen among the types the material supports (an mcq
needs three like-for-like distractors; a true/false needs a false variant that the notes never
state), by a stable hash of the unit, so output is deterministic.

The rules live in one module per kind of material: :mod:`~quizbot.notes.term_questions`,
:mod:`~quizbot.notes.list_questions`, :mod:`~quizbot.notes.number_questions`,
:mod:`~quizbot.notes.markup_questions` and :mod:`~quizbot.notes.statements` for one unit
(:func:`unit_drafts` runs them in order of priority); a section's statements and a table's
match are notes-wide (:func:`~quizbot.notes.statements.section_statements`,
:func:`~quizbot.notes.table_questions.table_match`).
"""

from __future__ import annotations

import re

from quizbot.notes.amendment_lines import amendment_line_question
from quizbot.notes.amendment_questions import amendment_question
from quizbot.notes.arrow_questions import arrow_question, chain_question
from quizbot.notes.article_identify import article_question
from quizbot.notes.associated import associated_question, by_whom_question
from quizbot.notes.battles import battle_question
from quizbot.notes.bracket_years import bracket_year_questions
from quizbot.notes.case_holdings import holding_question, verdict_question
from quizbot.notes.chairs import chair_question
from quizbot.notes.coined import coined_question, proposer_question
from quizbot.notes.confluences import confluence_question
from quizbot.notes.country_firsts import country_first_question, dated_first_question
from quizbot.notes.dated_heads import dated_head_question
from quizbot.notes.dated_members import dated_member_question
from quizbot.notes.done_by import done_by_question
from quizbot.notes.drafts import CARD, Context, Draft, Unit, is_lead_in
from quizbot.notes.formulas import formula_question
from quizbot.notes.founders import founder_question, heading_founder_question
from quizbot.notes.gapped_clauses import clause_questions
from quizbot.notes.heading_relations import relation_questions
from quizbot.notes.helper_countries import helper_question
from quizbot.notes.heritage_sites import heritage_question
from quizbot.notes.holders import holder_questions
from quizbot.notes.honour_years import honour_question
from quizbot.notes.identify import rule_identify
from quizbot.notes.incidents import incident_question
from quizbot.notes.journeys import journey_question, route_question
from quizbot.notes.label_lines import labelled_question
from quizbot.notes.leaders import leader_question
from quizbot.notes.list_questions import rule_inline_names, rule_list
from quizbot.notes.markup_questions import rule_bold, rule_card, rule_highlights
from quizbot.notes.meeting_places import meeting_place_question
from quizbot.notes.member_counts import member_count_question
from quizbot.notes.moves import move_question
from quizbot.notes.name_questions import rule_names
from quizbot.notes.number_questions import rule_numbers
from quizbot.notes.observed_days import observed_day_question
from quizbot.notes.participle_lines import participle_line_question
from quizbot.notes.participle_places import participle_place_question
from quizbot.notes.recipients import recipient_questions
from quizbot.notes.recommendations import recommendation_question
from quizbot.notes.role_names import role_question
from quizbot.notes.seats import seat_question
from quizbot.notes.superlatives import superlative_question
from quizbot.notes.term_definitions import rule_definition
from quizbot.notes.term_questions import rule_abbreviation, rule_term
from quizbot.notes.terms import is_legend
from quizbot.notes.timeline import rule_timeline
from quizbot.notes.titled_people import titled_person_question

#: A line that is the writer's own question: it opens on a question word.
_ASKS = re.compile(r"^(?:When|What|Which|Who|Whom|Why|How|Where|Can|Could|Does|Do|Is|Are)\b")


def unit_drafts(unit: Unit, ctx: Context) -> list[Draft]:
    """Every candidate of one unit, at most one per answer slot (builders in order of
    priority; each is skipped at once when the unit lacks what it needs). The quality gate
    and the ranking (:mod:`~quizbot.notes.gate`, :mod:`~quizbot.notes.rank`) then keep the
    best of them."""
    text = unit.text
    if is_legend(text) or (text.rstrip().endswith("?") and _ASKS.match(text)):
        return []  # a legend; the writer's own question ("When can Parliament …?"), no fact
    if CARD in text:
        return rule_card(unit)
    if unit.highlights:
        return rule_highlights(unit)
    found: list[Draft] = []
    if id(unit) in ctx.abbreviations_of:
        found += rule_abbreviation(unit, ctx)
    found += rule_identify(unit, ctx)
    if is_lead_in(unit):
        found += rule_list(unit, ctx)
        return _one_per_slot(found)
    if unit.term is not None:
        found += rule_term(unit, ctx)
        found += rule_definition(unit, ctx)
    if unit.found_list is not None or (len(unit.children) >= 2 and text.endswith(":")):
        found += rule_list(unit, ctx)
    found += rule_inline_names(unit, ctx)
    found += rule_timeline(unit, ctx)
    arrow = (
        arrow_question(unit, ctx)
        or chain_question(unit, ctx)
        or role_question(unit, ctx)
        or formula_question(unit, ctx)
        or move_question(unit, ctx)
        or holding_question(unit, ctx)
        or verdict_question(unit, ctx)
        or article_question(unit, ctx)
    )
    if arrow is not None:
        found.append(arrow)
    for extra in (
        amendment_question(unit, ctx),
        amendment_line_question(unit, ctx),
        confluence_question(unit, ctx),
        incident_question(unit, ctx),
        meeting_place_question(unit, ctx),
        member_count_question(unit, ctx),
        country_first_question(unit, ctx),
        dated_first_question(unit, ctx),
        participle_place_question(unit, ctx),
        superlative_question(unit, ctx),
        dated_head_question(unit, ctx),
        dated_member_question(unit, ctx),
        chair_question(unit, ctx),
        done_by_question(unit, ctx),
        participle_line_question(unit, ctx),
        founder_question(unit, ctx),
        battle_question(unit, ctx),
        heading_founder_question(unit, ctx),
        associated_question(unit, ctx),
        by_whom_question(unit, ctx),
        journey_question(unit, ctx),
        route_question(unit, ctx),
        coined_question(unit, ctx),
        proposer_question(unit, ctx),
        recommendation_question(unit, ctx),
        titled_person_question(unit, ctx),
        seat_question(unit, ctx),
        labelled_question(unit, ctx),
        leader_question(unit, ctx),
        helper_question(unit, ctx),
        heritage_question(unit, ctx),
        honour_question(unit, ctx),
        observed_day_question(unit, ctx),
    ):
        if extra is not None:
            found.append(extra)
    found += holder_questions(unit, ctx)
    found += recipient_questions(unit, ctx)
    found += relation_questions(unit, ctx)
    found += clause_questions(unit, ctx)
    if unit.bold:
        found += rule_bold(unit)
    found += rule_names(unit, ctx)
    if unit.quantities:
        found += rule_numbers(unit, ctx)
    found += bracket_year_questions(unit, ctx)
    return _one_per_slot(found)


def _one_per_slot(found: list[Draft]) -> list[Draft]:
    """The first draft of each answer slot in each format, numbered in order (the formats of
    a slot share its id: the ranking keeps one of them)."""
    drafts: list[Draft] = []
    slots: set[tuple[str, str]] = set()
    for draft in found:
        if (draft.slot, draft.cls.type) in slots:
            continue
        slots.add((draft.slot, draft.cls.type))
        draft.order = len(drafts)
        drafts.append(draft)
    return drafts
