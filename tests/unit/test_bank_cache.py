"""The bank cache: plain JSON that cannot run code, owner-only, ignored when damaged or forged,
and the per-file analysis (``quizbot check``'s lint) kept beside the records."""

from __future__ import annotations

import dataclasses
import os
import pickle
import stat
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest

from quizbot import BankError, load_bank
from quizbot.bank import Question
from quizbot.bank.cache import BankCache, code_fingerprint
from quizbot.notes.lint import weak_questions
from quizbot.notes.lint_files import FileLint, weak_in_files
from tests.conftest import WriteBank
from tests.unit.test_bank_load import DEFENCE


def _cache_file(cache_dir: Path) -> Path:
    [cache_file] = cache_dir.iterdir()
    return cache_file


def _frame(payload: bytes, index_size: int | None = None) -> bytes:
    """A cache file around ``payload`` with the right magic, length and CRC."""
    checked = struct.pack(">Q", len(payload) if index_size is None else index_size) + payload
    return b"QZBJSON1" + struct.pack(">I", zlib.crc32(checked)) + checked


def _touch(path: str) -> None:
    Path(path).touch()


class _Payload:
    """Unpickling this would create a file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_touch, (self.marker,))


def test_cache_serves_unchanged_files_and_notices_edits(
    write_bank: WriteBank, tmp_path: Path
) -> None:
    bank_dir = write_bank({"d.yaml": DEFENCE})
    cache_dir = tmp_path / "cache"
    first = load_bank(bank_dir, cache_dir=cache_dir)
    cache_file = _cache_file(cache_dir)
    assert cache_file.read_bytes().startswith(b"QZBJSON1")
    second = load_bank(bank_dir, cache_dir=cache_dir)
    assert second.questions == first.questions
    assert [dataclasses.astuple(q) for q in second] == [dataclasses.astuple(q) for q in first]
    path = bank_dir / "d.yaml"
    path.write_text(DEFENCE.replace("answer: BrahMos", "answer: BrahMos-II"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert load_bank(bank_dir, cache_dir=cache_dir)["brahmos-jv"].answer == "BrahMos-II"
    assert cache_file.exists()


@pytest.mark.parametrize(
    "damage", ["truncate", "header-only", "empty", "flip", "garbage", "old-version", "not-json"]
)
def test_corrupt_or_stale_cache_is_ignored_and_rebuilt(
    write_bank: WriteBank, tmp_path: Path, damage: str
) -> None:
    bank_dir = write_bank({"d.yaml": DEFENCE})
    cache_dir = tmp_path / "cache"
    expected = load_bank(bank_dir).questions
    load_bank(bank_dir, cache_dir=cache_dir)
    cache_file = _cache_file(cache_dir)
    blob = cache_file.read_bytes()
    forged = {
        "truncate": blob[: len(blob) // 2],
        "header-only": blob[:12],
        "empty": b"",
        "flip": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:],
        "garbage": b"not a cache at all",
        "old-version": _frame(orjson.dumps({"version": "0.0.0/0", "entries": {}})),
        "not-json": _frame(b"{" * 100_000),
    }[damage]
    cache_file.write_bytes(forged)
    assert load_bank(bank_dir, cache_dir=cache_dir).questions == expected
    assert cache_file.read_bytes() == blob, "the cache is rebuilt"


@pytest.mark.parametrize("magic", [b"QZBCACHE", b"QZBJSON1"])
def test_a_forged_cache_holding_a_pickle_runs_nothing(
    write_bank: WriteBank, tmp_path: Path, magic: bytes
) -> None:
    """The cache file is never unpickled: a pickle that would create a file when loaded
    (under the old format's header, or the new one's with a valid length and CRC) is
    ignored, nothing is created, and the bank loads from the files."""
    bank_dir = write_bank({"d.yaml": DEFENCE})
    cache_dir = tmp_path / "cache"
    load_bank(bank_dir, cache_dir=cache_dir)
    cache_file = _cache_file(cache_dir)
    marker = tmp_path / "code-ran"
    payload = pickle.dumps({"version": code_fingerprint(), "entries": _Payload(marker)})
    pickle.loads(payload)  # the payload is live: loading it does create the marker
    assert marker.exists()
    marker.unlink()
    if magic == b"QZBCACHE":
        forged = magic + zlib.crc32(payload).to_bytes(4, "big") + payload
    else:
        forged = _frame(payload)
    for name in (cache_file.name, cache_file.with_suffix(".pickle").name):
        (cache_dir / name).write_bytes(forged)
    bank = load_bank(bank_dir, cache_dir=cache_dir)
    assert not marker.exists()
    assert [q.id for q in bank] == ["brahmos-jv", "s400-mcq"]
    assert [p.name for p in cache_dir.iterdir()] == [cache_file.name], "old pickles go"


@pytest.mark.parametrize(
    "change",
    [
        {"answer": 5},
        {"aliases": "BrahMos missile"},
        {"type": "essay"},
        {"index": "0"},
        {"source": ["notes.md", "", "12"]},
        {"surprise": 1},
    ],
)
def test_forged_records_with_a_valid_checksum_are_read_from_the_file_instead(
    write_bank: WriteBank, tmp_path: Path, change: dict[str, Any]
) -> None:
    bank_dir = write_bank({"d.yaml": DEFENCE})
    cache_dir = tmp_path / "cache"
    expected = load_bank(bank_dir).questions
    load_bank(bank_dir, cache_dir=cache_dir)
    cache = BankCache(cache_dir, [bank_dir.resolve()])
    cache.load()
    [(key, entry)] = cache.entries.items()
    records = orjson.loads(entry.blob)
    records[0].update(change)
    cache.put(key, dataclasses.replace(entry, blob=orjson.dumps(records)))
    cache.save()
    assert load_bank(bank_dir, cache_dir=cache_dir).questions == expected


def test_cache_dir_and_file_are_owner_only(write_bank: WriteBank, tmp_path: Path) -> None:
    bank_dir = write_bank({"d.yaml": DEFENCE})
    cache_dir = tmp_path / "fresh" / "cache"
    old = os.umask(0o022)
    try:
        load_bank(bank_dir, cache_dir=cache_dir)
    finally:
        os.umask(old)
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(_cache_file(cache_dir).stat().st_mode) == 0o600
    assert not [p for p in cache_dir.iterdir() if p.name.endswith(".tmp")]
    cache_dir.chmod(0o755)  # an existing cache dir others could read is made owner-only
    (bank_dir / "d.yaml").write_text(DEFENCE.replace("BrahMos?", "BrahMos ?"))
    os.utime(bank_dir / "d.yaml", ns=(0, 1_000_000))
    load_bank(bank_dir, cache_dir=cache_dir)
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700


class _Counting:
    """An analysis that counts the questions it is given."""

    tag = "counting/1"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, questions: Sequence[Question]) -> Any:
        self.seen += [q.id for q in questions]
        return {"count": len(questions)}


def test_an_analysis_is_kept_with_its_file_and_redone_only_when_the_file_changes(
    write_bank: WriteBank, tmp_path: Path
) -> None:
    bank_dir = write_bank({"d.yaml": DEFENCE, "e.yaml": DEFENCE.replace("id: ", "id: e-")})
    cache_dir = tmp_path / "cache"
    load_bank(bank_dir, cache_dir=cache_dir)  # cached without the analysis first
    counting = _Counting()
    bank = load_bank(bank_dir, cache_dir=cache_dir, analysis=counting)
    assert sorted(counting.seen) == ["brahmos-jv", "e-brahmos-jv", "e-s400-mcq", "s400-mcq"]
    extras = bank.extras(0)
    assert extras is not None and extras.analysis == {"count": 2}
    assert bank.place(0, 1) == (f"{bank_dir}/d.yaml", 13, 9)
    assert bank.locate("s400-mcq").line == 13
    counting.seen.clear()
    again = load_bank(bank_dir, cache_dir=cache_dir, analysis=counting)
    assert counting.seen == []
    assert again.place(0, 1) == bank.place(0, 1)
    path = bank_dir / "e.yaml"
    path.write_text(path.read_text().replace("India and Russia", "Russia and India"))
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 1_000_000))
    load_bank(bank_dir, cache_dir=cache_dir, analysis=counting)
    assert counting.seen == ["e-brahmos-jv", "e-s400-mcq"]


WEAK = """\
topic: Weak
questions:
  - {id: w1, type: short, prompt: Which missile is BrahMos?, answer: BrahMos}
  - {id: w2, type: short, prompt: Which port links India and Russia?, answer: Chennai}
  - {id: w3, type: mcq, prompt: Pick one, options: [defence, defence cooperation, x, y],
     answer: x}
"""


def test_the_cached_lint_says_what_weak_questions_says(
    write_bank: WriteBank, tmp_path: Path
) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": WEAK,
            "b.yaml": WEAK.replace("id: w", "id: v"),  # the same prompts again
            "c.yaml": WEAK.replace("id: w3", "id: w9").replace("id: w", "id: u"),
        }
    )
    cache_dir = tmp_path / "cache"
    expected = [(q.id, reason) for q, reason in weak_questions(load_bank(bank_dir))]
    assert any("duplicate prompt" in r for _, r in expected)
    assert any("is in the prompt" in r for _, r in expected)
    assert any("is inside" in r for _, r in expected)
    lint = FileLint()
    for _ in range(2):  # cold, then from the cache
        bank = load_bank(bank_dir, cache_dir=cache_dir, analysis=lint)
        lints = []
        for file_no in range(bank.file_count):
            extras = bank.extras(file_no)
            assert extras is not None and extras.tag == lint.tag
            found = lint.read(extras.analysis, bank.file_size(file_no))
            assert found is not None
            lints.append(found)
        got = [(qid, reason) for qid, _, _, reason in weak_in_files(bank.slots(), lints)]
        assert got == expected


@pytest.mark.parametrize(
    "forged",
    [None, [], {"weak": [[0, 1]], "prompts": [1, 2, 3]}, {"weak": [], "prompts": [-1, 2, 3]}],
)
def test_a_forged_lint_is_not_used(forged: Any) -> None:
    assert FileLint.read(forged, 3) is None
    found = FileLint.read({"weak": [[0, "why"]], "prompts": [1, 2, 3]}, 3)
    assert found is not None
    assert found[0] == {0: "why"} and list(found[1]) == [1, 2, 3]


def test_loading_leaves_the_cycle_collector_as_it_found_it(write_bank: WriteBank) -> None:
    import gc

    bank_dir = write_bank({"d.yaml": DEFENCE})
    assert gc.isenabled()
    load_bank(bank_dir)
    assert gc.isenabled()
    gc.disable()
    try:
        load_bank(bank_dir)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(BankError):
        load_bank(write_bank({"bad.yaml": "questions: 3\n"}, root="bad"))
    assert gc.isenabled()
