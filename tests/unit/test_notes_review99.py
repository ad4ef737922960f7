"""The classes found on the ninth session's fresh notes (holdouts 99–101), each on made-up
notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import shown_texts


def test_a_timeline_lead_in_is_no_subject() -> None:
    """ "Timeline:" over dated lines is the writer's label: shown before each line it made
    every question "Timeline: 1866 – ___ …", which the last gate turns away."""
    texts = shown_texts(
        "# Physics history\n\n## Particles\n\nSome history of the field.\n\n"
        "Timeline:\n"
        "- 1897 – **J.J. Thomson** discovered the electron at Cambridge\n"
        "- 1932 – **James Chadwick** discovered the neutron at Cambridge\n"
    )
    assert "In 1897, {{J.J. Thomson}} discovered the electron at Cambridge." in texts
    assert not any(t.startswith("Timeline:") for t in texts)
