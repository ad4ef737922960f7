"""Generated ids: deterministic, and unchanged when unrelated bullets are added or moved."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from quizbot.notes import generate_questions
from tests.conftest import REPO

NOTES = textwrap.dedent("""\
    # Human body

    ## Organs

    - **Heart**: muscular organ that pumps blood around the body
    - **Liver**: largest internal organ; it filters the blood
    - **Lungs**: organs where oxygen enters the blood
    - **Kidneys**: filter waste from the blood into urine
    - An adult heart beats about 70 times a minute
    - The adult skeleton has 206 bones

    | Organ | System |
    | --- | --- |
    | Heart | Circulatory |
    | Liver | Digestive |
    | Lungs | Respiratory |
    | Kidneys | Urinary |

    ## Cells

    - Red blood cells live for about 120 days
    - Blood types include A, B, AB and O
    """)


def ids(notes: str) -> dict[tuple[str, str], str]:
    """(type, text with its answers) → id, for every generated question."""
    return {
        (q.type, getattr(q, "text", "") or q.stem): q.id
        for q in generate_questions(notes, "notes/body.md")
    }


def test_inserting_an_unrelated_bullet_keeps_every_other_id() -> None:
    before = ids(NOTES)
    edited = NOTES.replace(
        "- **Lungs**", "- The stomach digests food with acid in 4 hours\n- **Lungs**"
    )
    after = ids(edited)
    kept = {key: value for key, value in after.items() if key in before}
    # Every question about an unchanged bullet keeps its id; only section-level questions
    # (statements over the section's bullets) may change their content, never their id.
    for key, question_id in before.items():
        if key in after:
            assert after[key] == question_id, key
    assert set(before.values()) <= set(after.values())
    assert len(kept) >= len(before) - 1


def test_moving_bullets_and_sections_keeps_ids() -> None:
    before = set(ids(NOTES).values())
    lines = NOTES.splitlines()
    heart = lines.index("- **Heart**: muscular organ that pumps blood around the body")
    moved = lines[:heart] + lines[heart + 1 : heart + 4] + [lines[heart]] + lines[heart + 4 :]
    assert set(ids("\n".join(moved) + "\n").values()) == before


def test_editing_a_bullet_changes_only_its_own_ids() -> None:
    before = ids(NOTES)
    after = ids(NOTES.replace("206 bones", "206 bones in total"))
    changed = {key for key in before if before[key] not in after.values()}
    assert changed and all("206" in stem for _, stem in changed)


@pytest.mark.slow
def test_ids_do_not_depend_on_the_process_hash_seed() -> None:
    code = (
        "import sys; from quizbot.notes import generate_questions as g; "
        "print([q.id for q in g(sys.stdin.read(), 'notes/body.md')])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            input=NOTES,
            capture_output=True,
            text=True,
            cwd=REPO,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1 and outputs.pop().count("gen-body-") >= 6
