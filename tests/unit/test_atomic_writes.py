"""Files are written whole or not at all, and ``--write-ids`` changes only the ids.

The fault tests run quizbot in a subprocess under a file-size limit (``RLIMIT_FSIZE``: a
write past it fails with EFBIG, as on a full disk) or kill it with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizbot import load_bank
from quizbot.atomic import write_atomic
from quizbot.bank.writeids import pin_ids, write_ids
from tests.conftest import REPO, WriteBank


def test_write_atomic_replaces_keeps_the_mode_and_follows_a_link(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    write_atomic(link, "new\r\n")
    assert link.is_symlink() and target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("old text")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new text")
    assert target.read_text() == "old text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_pin_ids_keeps_crlf_a_bom_long_lines_comments_and_quoting() -> None:
    long = "Which " + "very " * 60 + "long question?"
    raw = (
        "\ufeff# reviewed\r\ntopic: T\r\nquestions:\r\n"
        f"  - type: short   # keep\r\n    prompt: '{long}'\r\n    answer: \"X\"\r\n"
        "  - {type: truefalse, statement: S is., answer: true}\r\n"
    ).encode()
    pinned = pin_ids(raw, {0: "t-which", 1: "t-s:is"})
    assert pinned.count == 2
    assert (
        pinned.raw
        == (
            "\ufeff# reviewed\r\ntopic: T\r\nquestions:\r\n"
            f"  - id: t-which\r\n    type: short   # keep\r\n    prompt: '{long}'\r\n"
            '    answer: "X"\r\n'
            '  - {id: "t-s:is", type: truefalse, statement: S is., answer: true}\r\n'
        ).encode()
    )


def test_pin_ids_under_a_bare_dash_and_in_a_flow_list() -> None:
    raw = b"questions:\n  -\n    type: short\n    prompt: p\n    answer: X\n"
    assert pin_ids(raw, {0: "a"}).raw == (
        b"questions:\n  -\n    id: a\n    type: short\n    prompt: p\n    answer: X\n"
    )
    raw = b"questions: [{type: short, prompt: p, answer: X}, {type: short, prompt: q, answer: Y}]"
    assert pin_ids(raw, {1: "true"}).raw == (
        b'questions: [{type: short, prompt: p, answer: X}, {id: "true", type: short, '
        b"prompt: q, answer: Y}]"
    )


def test_write_ids_pins_the_others_when_questions_share_one_alias(
    write_bank: WriteBank,
) -> None:
    body = (
        "questions:\n  - &q {type: short, prompt: Which rifle?, answer: AK-203}\n  - *q\n"
        "  - {type: short, prompt: Which missile?, answer: BrahMos}\n"
    )
    bank_dir = write_bank({"d.yaml": body})
    path = str(bank_dir / "d.yaml")
    pinned = write_ids(load_bank(bank_dir, strict=False))
    assert pinned.written == {path: 1}
    assert [str(p) for p in pinned.problems] == [
        f"{path}:2:5: id not written: questions 1 and 2 are one definition shared through "
        "an alias, so one id would be a duplicate (write each question out)"
    ]
    assert (bank_dir / "d.yaml").read_text() == body.replace(
        "{type: short, prompt: Which missile", "{id: d-missile, type: short, prompt: Which missile"
    )


def _limited(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _quizbot(*argv: str, limit: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "quizbot", "--no-cache", *argv],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=None if limit is None else (lambda: _limited(limit)),
    )


def _big_bank(root: Path, questions: int) -> Path:
    lines = ["# authored by hand\r\n", "questions:\r\n"]
    for n in range(questions):
        lines.append(
            f"  - type: short\r\n    prompt: Which thing number {n} is it, in words?\r\n"
            f"    answer: thing {n}\r\n"
        )
    path = root / "big.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(lines).encode())
    return path


@pytest.mark.slow
def test_write_ids_on_a_full_disk_leaves_the_file_whole(tmp_path: Path) -> None:
    path = _big_bank(tmp_path, 300)
    before = path.read_bytes()
    done = _quizbot("check", "--write-ids", str(path), limit=len(before) + 100)
    out, err = done.communicate(timeout=120)
    assert path.read_bytes() == before, "the author's file was cut off"
    assert done.returncode == 1, out + err
    assert "could not write the ids (File too large); the file is unchanged" in out
    assert "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["big.yaml"], "a temporary file was left"


@pytest.mark.slow
def test_write_ids_killed_at_random_moments_leaves_the_old_file_or_the_new(
    tmp_path: Path,
) -> None:
    path = _big_bank(tmp_path, 3000)
    before = path.read_bytes()
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "big.yaml").write_bytes(before)
    _quizbot("check", "-q", "--write-ids", str(reference / "big.yaml")).communicate(timeout=120)
    after = (reference / "big.yaml").read_bytes()
    assert after != before and after.startswith(b"\xef\xbb\xbf# authored by hand\r\n")
    rng = random.Random(15)
    outcomes = set()
    for _ in range(6):
        path.write_bytes(before)
        run = _quizbot("check", "-q", "--write-ids", str(path))
        time.sleep(rng.uniform(0.3, 2.5))
        run.send_signal(signal.SIGKILL)
        run.wait()
        now = path.read_bytes()
        assert now in (before, after), "a kill left a partly written file"
        outcomes.add(now == after)
    assert outcomes, "no run was checked"


NOTE = """\
# Volcanoes

## Types

- **Shield volcano**: broad, gently sloping volcano built by runny lava flows
- **Stratovolcano**: steep cone built from layers of ash and thick lava
- **Cinder cone**: small, steep hill of loose volcanic fragments
- **Caldera**: large hollow left when a volcano collapses into its emptied chamber
"""

MORE = """\
- Mauna Loa, 4,169 metres high, erupted in 2022 for the first time since 1984
- Volcanic rocks include basalt, andesite and rhyolite

| Volcano | Type |
| --- | --- |
| Mauna Loa | Shield volcano |
| Fuji | Stratovolcano |
| Paricutin | Cinder cone |
"""


@pytest.mark.slow
def test_generate_on_a_full_disk_keeps_the_previous_output_whole(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "volcanoes.md").write_text(NOTE)
    out_dir = tmp_path / "bank"
    first = _quizbot("generate", str(notes), "-o", str(out_dir))
    first.communicate(timeout=120)
    previous = (out_dir / "volcanoes.yaml").read_bytes()
    (notes / "volcanoes.md").write_text(NOTE + MORE)
    second = _quizbot("generate", str(notes), "-o", str(out_dir), limit=len(previous) + 10)
    out, err = second.communicate(timeout=120)
    assert (out_dir / "volcanoes.yaml").read_bytes() == previous
    assert second.returncode == 1 and "Traceback" not in err
    assert "volcanoes.yaml: File too large; the previous file is unchanged" in out
    assert sorted(p.name for p in out_dir.iterdir()) == ["volcanoes.yaml"]
