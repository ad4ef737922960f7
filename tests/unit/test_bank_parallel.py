"""Reading a large bank on two cores (:mod:`quizbot.bank.parallel`): the same bank as one
process reads, files in their order, and nothing lost when the helper cannot start or dies."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import write_bank
from quizbot.bank import parallel
from quizbot.bank.cache import FileResult
from quizbot.bank.loader import FileAnalysis, load_bank, load_file
from quizbot.cli import main
from quizbot.notes.lint_files import FileLint
from tests.conftest import REPO, modules_after, quizbot_process


def _files(root: Path) -> list[tuple[Path, str]]:
    return [(path, str(path)) for path in sorted(root.glob("*.yaml"))]


def read_marked(path: Path, display: str, analysis: FileAnalysis | None) -> FileResult:
    """:func:`load_file`, the display marked with the process that read the file."""
    return dataclasses.replace(
        load_file(path, display, analysis), display=f"{display}@{os.getpid()}"
    )


def _unmarked(results: list[FileResult]) -> list[FileResult]:
    return [dataclasses.replace(r, display=r.display.rsplit("@", 1)[0]) for r in results]


@pytest.fixture
def small_bank(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "bank", 240, files=24)


@pytest.mark.slow
def test_the_helper_reads_from_the_back_and_the_bank_is_what_one_process_reads(
    small_bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(small_bank)
    alone = [load_file(path, shown, FileLint()) for path, shown in files]
    monkeypatch.setattr(parallel, "_CHUNK_FILES", 2)
    both = parallel.read_files(read_marked, files, FileLint(), parallel.PARALLEL_BYTES)
    assert _unmarked(both) == alone  # every file, in its order, read alike
    readers = [r.display.rsplit("@", 1)[1] for r in both]
    assert readers[0] == str(os.getpid())  # the first chunk is always this process's
    assert readers[-1] != str(os.getpid())  # the helper started at the back


def test_a_small_bank_starts_no_helper(small_bank: Path) -> None:
    files = _files(small_bank)
    results = parallel.read_files(read_marked, files, None, parallel.PARALLEL_BYTES - 1)
    assert {r.display.rsplit("@", 1)[1] for r in results} == {str(os.getpid())}


class _NoHelper:
    """A pool whose helper cannot start."""

    def __init__(self, **_: Any) -> None:
        pass

    def submit(self, *_: Any) -> Future[Any]:
        raise BrokenProcessPool("cannot start")

    def shutdown(self, **_: Any) -> None:
        pass


class _DeadHelper(_NoHelper):
    """A pool whose helper took every chunk, then died."""

    def submit(self, *_: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_running_or_notify_cancel()  # started: it cannot be taken back
        future.set_exception(BrokenProcessPool("killed"))
        return future


@pytest.mark.parametrize("pool", [_NoHelper, _DeadHelper])
def test_chunks_a_helper_never_returns_are_read_here(
    small_bank: Path, monkeypatch: pytest.MonkeyPatch, pool: Callable[..., object]
) -> None:
    files = _files(small_bank)
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", pool)
    monkeypatch.setattr(parallel, "_CHUNK_FILES", 3)
    results = parallel.read_files(read_marked, files, None, parallel.PARALLEL_BYTES)
    assert [r.display.rsplit("@", 1)[0] for r in results] == [shown for _, shown in files]
    assert {r.display.rsplit("@", 1)[1] for r in results} == {str(os.getpid())}


def test_a_bank_read_by_two_processes_loads_as_one_with_its_cache(
    small_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader hands only the files its cache does not hold to :func:`read_files`."""
    handed: list[int] = []

    def counting(reader: Any, files: Any, analysis: Any, total: int) -> list[FileResult]:
        handed.append(len(files))
        return [reader(path, shown, analysis) for path, shown in files]

    monkeypatch.setattr("quizbot.bank.loader.read_files", counting)
    cold = load_bank(small_bank, cache_dir=tmp_path / "cache")
    (small_bank / "bank-003.yaml").write_text(
        (small_bank / "bank-003.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    warm = load_bank(small_bank, cache_dir=tmp_path / "cache")
    assert handed == [24, 1]
    assert [q.id for q in warm] == [q.id for q in cold]


@pytest.mark.slow
def test_quizbot_check_of_a_large_bank_says_what_one_process_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = write_bank(tmp_path / "large", 7_500, files=40)
    assert sum(p.stat().st_size for p in bank.glob("*.yaml")) >= parallel.PARALLEL_BYTES
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(REPO))
    both = quizbot_process("check", str(bank), cwd=tmp_path, env=env)
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 1 << 62)
    monkeypatch.setenv("QUIZBOT_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    main(["check", str(bank)])
    assert both.stderr == ""
    assert both.stdout == capsys.readouterr().out


@pytest.mark.slow
def test_a_bank_loaded_in_one_process_imports_no_process_pool() -> None:
    """multiprocessing and concurrent.futures are 14 ms of every start-up
    (first_question_bundled_s): they are imported only where a helper starts."""
    code = (
        "from quizbot.bank.loader import load_bank\n"
        f"load_bank({str(REPO / 'question_bank')!r}, two_cores=True)"
    )
    assert modules_after(code, ("multiprocessing", "concurrent")) == []
