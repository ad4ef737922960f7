"""``generate_questions(markdown, source)``: notes in, validated question objects out.

The fact stage lives in :mod:`~quizbot.notes.facts`, the notes-wide index in
:mod:`~quizbot.notes.index`; this module drives the builders, the gate and the ranking.

The pipeline: parse the outline → cut it into units (bullets, numbered items, sentences of
paragraphs) with their topic and prompt context → index what kind of thing every answer is
(tables, lists, numbers) → run the rules on every unit, every table and every section →
drop anything weak (an answer inside its own prompt, a repeated prompt, options that do not
validate) → give each question a deterministic id.

Ids are ``gen-<file stem>-<answer words>-<hash>``, the hash taken over the file stem, the
heading path, the unit's own text (with its parent's term for sub-bullets) and the rule and
answer slot — never a line number or position — so adding, removing or moving other bullets
keeps every id. Abbreviation questions hash the abbreviation and its expansion instead (they
are asked once per notes file, wherever the abbreviation is defined).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import PurePath
from typing import cast

from quizbot.bank.ids import slug
from quizbot.bank.model import Cloze, Question, Source, Statements, TrueFalse
from quizbot.collector import paused_collection
from quizbot.notes.asides import without_shorthand_aside
from quizbot.notes.breadcrumbs import without_breadcrumb
from quizbot.notes.bullet_match import bullet_matches
from quizbot.notes.chronology import chronology
from quizbot.notes.clauses import clause_of_blank, participle_sentence
from quizbot.notes.copula_lines import value_sentence, where_sentence
from quizbot.notes.counted_lists import without_counted_list
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.doer_lines import doer_sentence, head_clause_sentence
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.epithet_lines import asked_by_its_epithet
from quizbot.notes.facts import FactBuilder
from quizbot.notes.gate import MENDED_BY_A_CLAUSE, Rule, failing_rule, gate
from quizbot.notes.glosses import without_aka, without_gloss
from quizbot.notes.hashing import stable_hash
from quizbot.notes.held_lines import holding_sentence
from quizbot.notes.index import build_index
from quizbot.notes.line_questions import asked_outright
from quizbot.notes.lint import structural_problem, weak_reason
from quizbot.notes.match_order import not_in_order
from quizbot.notes.match_regroup import asked_keys, regrouped
from quizbot.notes.name_pairs import other_names_index
from quizbot.notes.other_names import (
    with_full_names,
    with_initials_spelled,
    with_other_names,
)
from quizbot.notes.outline import Outline, parse_outline
from quizbot.notes.phrases import fold
from quizbot.notes.printed_keys import shown_text, without_printed_keys
from quizbot.notes.rank import Shown, by_fact, rank
from quizbot.notes.repeats import without_repeats
from quizbot.notes.rules import unit_drafts
from quizbot.notes.shorthand import written_out
from quizbot.notes.shown_gate import filled_sentence, fragment_gate
from quizbot.notes.spelled_acronyms import add_long_forms, answer_key
from quizbot.notes.subject_lines import subject_sentence, subject_sentence_without_gloss
from quizbot.notes.subjects import unit_subject
from quizbot.notes.summary_tables import (
    lift_lines_after_a_timeline,
    lift_summary_tables,
    lift_summary_timelines,
)
from quizbot.notes.surnames import with_surnames
from quizbot.notes.table_drafts import table_drafts
from quizbot.notes.term_lines import term_written_out
from quizbot.notes.timeline_dates import hints_at, without_figures

ID_PREFIX = "gen-"
#: The topic lines of a note's closing glossary and timeline (see ``Item.label``).
_CLOSING = (" › Glossary", " › Timeline")
_LABEL_WORDS = 5


@dataclass
class _Job:
    """Everything the rules need, built once."""

    outline: Outline
    builder: FactBuilder
    units: list[Unit]
    ctx: Context
    source: str
    stem: str
    tags: tuple[str, ...]
    topics: dict[str, str]
    #: Each unit by its key (what a draft names as its fact).
    unit_by_key: dict[str, Unit]


def _prepare(markdown: str, source: str) -> _Job:
    outline = parse_outline(markdown)
    lift_summary_tables(outline)
    lift_summary_timelines(outline)
    lift_lines_after_a_timeline(outline)
    builder = FactBuilder(outline, source)
    units = builder.build()
    ctx = build_index(builder, units)
    headings = {u.headings for u in units} | {t.headings for t in outline.tables}
    topics = {builder.heading(h): builder.topic_and_context(h)[0] for h in headings}
    return _Job(
        outline,
        builder,
        units,
        ctx,
        source,
        PurePath(source).stem,
        note_tags(outline),
        topics,
        {u.key: u for u in units},
    )


def _notes_wide_drafts(job: _Job) -> list[Draft]:
    """Questions over a whole table: a match, a question per row and one per instrument
    named inside a cell."""
    drafts: list[Draft] = []
    for table in job.outline.tables:
        _, context = job.builder.topic_and_context(table.headings)
        heading = job.builder.heading(table.headings)
        drafts.extend(table_drafts(table, context, heading, job.ctx))
    return drafts + chronology(job.units, job.ctx) + bullet_matches(job.units, job.ctx)


def draft_questions(markdown: str, source: str) -> tuple[list[Draft], dict[str, str], Outline]:
    """Every draft of a notes file, in document order, the topic of each heading path, and
    the parsed outline."""
    job = _prepare(markdown, source)
    drafts = [d for unit in job.units for d in unit_drafts(unit, job.ctx)]
    return drafts + _notes_wide_drafts(job), job.topics, job.outline


#: A built question with what merging needs: line, order, base id, prompt key, and whether
#: the writer bolded its key.
_Built = tuple[int, int, str, str, Question, bool]


def _build(job: _Job, drafts: list[Draft]) -> list[_Built]:
    """Questions from drafts: each built, passed through the quality gate (never weak,
    never invalid), the best of each fact kept (:func:`~quizbot.notes.rank.rank`), each given
    its base id."""
    stem_slug = slug(job.stem)
    units = job.unit_by_key

    def fit(draft: Draft, _: None) -> Question | None:
        """The draft built and passed through the gate, or ``None``."""
        topic = job.topics.get(draft.heading, "")
        unit = units.get(draft.unit_key)
        if unit is not None and unit.item is not None and unit.topic.endswith(_CLOSING):
            topic = unit.topic  # the note's closing glossary or timeline (see Item.label)
        fields = draft.fields
        if draft.rule == "chronology" or hints_at(topic, draft.key_text):
            # "Swadeshi phase (1905–1911)" hints 1905, and which events come first and last
            topic = without_figures(topic)
            if draft.cls in (Cloze, TrueFalse):  # their prompt is the topic: "…: fill in …"
                fields = {**fields, "prompt": without_figures(str(fields.get("prompt", "")))}
        question: Question = draft.cls(  # type: ignore[assignment]
            id="",
            topic=topic,
            tags=job.tags,
            source=Source(job.source, draft.heading, draft.line),
            **written_out(fields, job.ctx.legend),
        )
        if structural_problem(question):
            return None
        if draft.key_kind == "count":  # "cover ___ pollutants (PM10, …, nickel)": counted
            question = without_counted_list(question, draft.key_text)
        # what the learner reads passes the lint `quizbot check` runs: a dated or rewritten
        # form is judged on its own words ("In 2004, ___ became operational.")
        forms = (f for f in _as_shown(question, draft, unit) if _judged(f, question))
        shown = next(forms, None)
        if shown is None:
            return None
        broken = failing_rule(question, draft, unit, job.ctx)
        if broken is not None:
            shown = _cut_short(broken[0], question, (shown, *forms), draft, unit)
        return None if shown is None else dataclasses.replace(shown, id=_make_id(stem_slug, draft))

    def _cut_short(
        broken: Rule,
        question: Question,
        forms: tuple[Question, ...],
        draft: Draft,
        unit: Unit | None,
    ) -> Question | None:
        """A cloze cut short of the words that break ``broken`` (``Bacillus thuringiensis``
        after ``___ cotton, approved in 2002, …;``), judged again on its own words."""
        if broken not in MENDED_BY_A_CLAUSE:
            return None
        whole = getattr(question, "text", "")
        for form in forms:
            if (
                isinstance(form, Cloze)
                and form.text != whole
                and not gate(form, draft, unit, job.ctx)
            ):
                return form
        return None

    def _as_shown(question: Question, draft: Draft, unit: Unit | None) -> Iterator[Question]:
        """The question as the learner may read it (without the topic's breadcrumb, or a
        cloze's clause or term rewritten), each form that passes the last gate, best first.
        The last gate runs before :func:`~quizbot.notes.gate.gate` because it turns away
        nine drafts in ten, and cheaply (``generate_1mb_s``)."""
        prompt = getattr(question, "prompt", "")
        if prompt and not isinstance(question, Cloze | TrueFalse):
            question = dataclasses.replace(
                question, prompt=without_breadcrumb(prompt, question.topic)
            )
        if isinstance(question, Cloze):  # "___: Prakrit kavya (aka Ravanavaho) …"
            question = without_aka(question)
        # "1784 – ___ founded …" → "In 1784, … ___."
        dated = dated_sentence(question, job.ctx.future_year)
        if dated is not None and fragment_gate(dated, draft, unit, job.ctx) is None:
            yield dated
        if fragment_gate(question, draft, unit, job.ctx) is None:
            yield question
        if not isinstance(question, Cloze):
            return
        subject_of = partial(unit_subject, unit, job.ctx)
        for rewrite in (
            clause_of_blank,
            participle_sentence,
            term_written_out,
            asked_by_its_epithet,
            doer_sentence,
            head_clause_sentence,
            where_sentence,
            value_sentence,
            holding_sentence,
            partial(subject_sentence, subject_of=subject_of, unit=unit),
            partial(subject_sentence_without_gloss, subject_of=subject_of, unit=unit),
            without_gloss,
            without_shorthand_aside,
        ):
            clause = rewrite(question)
            if clause is None or fragment_gate(clause, draft, unit, job.ctx):
                continue
            if rewrite is without_gloss and gate(clause, draft, unit, job.ctx):
                continue  # without its gloss, "Corals are ___." leaves too little to ask
            yield clause  # the line's clause with the blank, or its term and definition

    built: list[_Built] = []
    rows: list[tuple[Draft, _Built]] = []
    for group in by_fact((d, None) for d in drafts).values():
        for draft, fitted in rank(group, fit=fit, shown=_shown):
            question = cast(Question, fitted)
            prompt_key = fold(f"{getattr(question, 'prompt', '')}\x1f{question.stem}")
            entry = (draft.line, draft.order, question.id, prompt_key, question, draft.marked)
            if draft.rule == "row":
                rows.append((draft, entry))
            else:
                built.append(entry)
    # a table's rows come after the line questions they may print the key of (a row's
    # "has its secretariat in Dhaka" yields to "Where is the secretariat of BIMSTEC?"), the
    # writer's bold rows first; every row is a fact of its own, asked once
    rows.sort(key=lambda row: (not row[0].marked, row[0].line, row[0].order))
    return built + [entry for _, entry in rows]


def _judged(form: Question, question: Question) -> bool:
    """Does ``form`` pass :func:`~quizbot.notes.lint.weak_reason`? The words as drafted,
    which the gate judged, are not judged again (``generate_1mb_s``: 0.1 s)."""
    drafted = form is question or shown_text(form) == shown_text(question)
    return drafted or weak_reason(form) is None


def _shown(question: Question) -> Shown:
    """What the learner reads of a question (see :func:`~quizbot.notes.rank.rank`)."""
    own_words = not isinstance(question, Cloze | TrueFalse | Statements)
    return Shown(shown_text(question), filled_sentence(question), own_words)


def _writing_out(legend: dict[str, str]) -> Callable[[str], str]:
    """A sentence with each short form of the notes' legend written out, so that one blank
    on ``Official IST`` and another on what keeps *Official Indian Standard Time* are seen
    as one sentence (holdout 195)."""
    if not legend:
        return lambda sentence: sentence
    short = re.compile(
        rf"\b(?:{'|'.join(map(re.escape, sorted(legend, key=len, reverse=True)))})\b", re.IGNORECASE
    )
    return lambda sentence: fold(
        short.sub(lambda m: legend.get(fold(m.group(0)), m.group(0)), sentence)
    )


def _make_id(stem_slug: str, draft: Draft) -> str:
    key = draft.id_key or "|".join((draft.heading, draft.unit_key, draft.rule, draft.slot))
    digest = f"{stable_hash(stem_slug, key):016x}"[:8]
    words = [w for w in slug(draft.label).split("-") if w][:_LABEL_WORDS]
    label = "-".join(words)[:40].strip("-") or draft.rule
    return f"{ID_PREFIX}{stem_slug}-{label}-{digest}"


def note_tags(outline: Outline) -> tuple[str, ...]:
    """Tags from the notes' front matter (``tags: [a, b]``)."""
    tags = outline.meta.get("tags")
    if isinstance(tags, list):
        return tuple(str(t) for t in tags if str(t).strip())
    if isinstance(tags, str) and tags.strip():
        return tuple(t.strip() for t in tags.split(",") if t.strip())
    return ()


def _name_first(built: _Built) -> tuple[bool, int, int]:
    """Which of a sentence's clozes is asked: one on a name before one on a figure the
    writer did not bold ("PSLV-C37 put **104 satellites** in orbit": the count), then the
    first in the notes."""
    line, order, _, _, question, bolded = built
    blanks = question.blanks if isinstance(question, Cloze) else ()
    figure = bool(blanks) and any(ch.isdigit() for ch in blanks[0][0]) and not bolded
    return (figure, line, order)


def generate_questions(markdown: str, source: str) -> list[Question]:
    """Questions generated from Markdown notes; ``source`` is the notes path for ``Source``.

    Output is deterministic: the same notes always give the same questions, in the order of
    the notes (by line, then rule).
    """
    return generate(markdown, source)[0]


def generate(markdown: str, source: str) -> tuple[list[Question], Outline]:
    """:func:`generate_questions`, and the parsed outline (for the file-level settings).

    One process does it all. ``generate_1mb_s`` (1 MB of notes, target 1 s) measures about
    4.2 s here (2026-12-07): the 1 MB is forty copies of the bundled notes, whose ``**Label**:
    text`` bullets the gates turn away, so about 9,500 drafts are built and gated for 770
    questions, the time spread over some sixty rules (parse and index 0.7 s, drafting 1.5 s,
    the gates 1.7 s). A spawned helper process that
    drafts and gates part of a large note was tried (2026-12-05, sixth session): it
    brings the figure to about 2.15 s, still twice the target, at the cost of a second
    process that must import and parse the notes again (about 0.9 s before it starts), so
    it was not taken. A forked helper after the parse (eighth session) gave about 2.0 s with
    the second core free and nothing when it was busy, for a pool, shared chunks and a lock;
    it was not taken either.
    """
    with paused_collection():
        job = _prepare(markdown, source)
        built = _build(
            job,
            [d for unit in job.units for d in unit_drafts(unit, job.ctx)] + _notes_wide_drafts(job),
        )
        questions, outline = _asked(job, built, markdown), job.outline
        # what is dropped is freed here, by its count of references: the collector, back on,
        # would walk all of it (some 20 ms of generate_1mb_s)
        del job, built
    return questions, outline


def _asked(job: _Job, built: list[_Built], markdown: str) -> list[Question]:
    """The questions asked of the notes, of those built: each prompt and sentence once, each
    id its own, in the order of the notes, with other names and full names written in."""
    kept: list[tuple[int, int, Question]] = []
    seen_ids: set[str] = set()
    seen_prompts: set[str] = set()
    seen_sentences: set[str] = set()
    written = _writing_out(job.ctx.legend)
    for line, order, base, prompt_key, question, _ in sorted(built, key=_name_first):
        if prompt_key in seen_prompts:
            continue  # the same question asked twice: keep the first
        sentence = filled_sentence(question)
        if sentence is not None:
            sentence = written(sentence)  # "Official IST is …" is "Official Indian Standard …"
        if sentence is not None and sentence in seen_sentences:
            continue  # a second blank of one sentence would print the first one's answer
        seen_prompts.add(prompt_key)
        if sentence is not None:
            seen_sentences.add(sentence)
        question = asked_outright(question)  # "___: definition" → "Which facility …?"
        question_id, n = base, 2
        while question_id in seen_ids:
            question_id, n = f"{base}-{n}", n + 1
        if question_id != base:
            question = dataclasses.replace(question, id=question_id)
        seen_ids.add(question_id)
        kept.append((line, order, question))
    kept.sort(key=lambda t: (t[0], t[1]))
    asked = asked_keys([q for _, _, q in kept])
    others = other_names_index(markdown)
    keys = [answer_key(q) for _, _, q in kept]  # "DCP" and "STV" take their long forms
    add_long_forms(others, markdown, job.ctx.long_forms, keys)
    named = with_full_names([with_other_names(q, others) for _, _, q in kept], markdown)
    named = with_initials_spelled(named, markdown)
    named = with_surnames(named, markdown)
    kept_questions = without_repeats(without_printed_keys(regrouped(named, asked)), markdown)
    return [not_in_order(q) for q in kept_questions]
