"""The ``quizbot`` command: global options, the subcommands, and running one.

``quizbot`` alone opens the Textual app on the bank. Each subcommand is a module of this
package with ``add_parser(sub, common)`` and ``run(args, ctx)``; :data:`COMMANDS` lists them
in the order ``--help`` shows. Global options (``--bank``, ``--data-dir``, ``--no-cache``)
work before or after the subcommand. Building the parser imports nothing heavy: each
``run`` imports what it needs.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import Protocol, TextIO

from quizbot import __version__, paths
from quizbot.cli.context import Context, cache_wanted
from quizbot.cli.errors import reported

COMMANDS = (
    "chat",
    "check",
    "generate",
    "stats",
    "settings",
    "ask",
    "exam",
    "mistakes",
    "export",
    "import",
    "serve",
    "backup",
    "restore",
    "doctor",
    "schema",
    "help",
)

#: Commands whose module has another name (``import`` is a Python keyword).
_MODULES = {"import": "import_"}


class Command(Protocol):
    def add_parser(
        self,
        sub: argparse._SubParsersAction[argparse.ArgumentParser],
        common: argparse.ArgumentParser,
    ) -> argparse.ArgumentParser: ...

    def run(self, args: argparse.Namespace, ctx: Context) -> int: ...


def _command(name: str) -> Command:
    module: Command = importlib.import_module(f"quizbot.cli.{_MODULES.get(name, name)}")
    return module


def global_options(suppress: bool) -> argparse.ArgumentParser:
    """The options every subcommand takes too. On subcommands their defaults are suppressed,
    so a value given before the subcommand is not reset by the subcommand's parser."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("global options")
    group.add_argument(
        "--bank",
        action="append",
        metavar="PATH",
        default=default,
        help="question file or directory (repeatable; default: the bundled bank)",
    )
    group.add_argument(
        "--data-dir",
        metavar="PATH",
        default=default,
        help=f"where progress is kept (default: ${paths.DATA_DIR_ENV} or the "
        "platform's user data dir)",
    )
    group.add_argument(
        "--no-cache",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="parse every file afresh instead of using the bank cache",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizbot",
        parents=[global_options(suppress=False)],
        description="Study and quiz yourself for exams, in the terminal. Without a command, "
        "opens the chat app on the bank.",
    )
    parser.add_argument("--version", action="version", version=f"quizbot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(suppress=True)
    for name in COMMANDS:
        _command(name).add_parser(sub, common)
    return parser


def context(args: argparse.Namespace, stdout: TextIO) -> Context:
    """The run's :class:`Context` from the parsed global options."""
    bank = tuple(args.bank) if args.bank else (str(paths.bundled_bank_dir()),)
    return Context(
        bank_paths=bank,
        data_dir=paths.data_dir(args.data_dir),
        cache_dir=paths.cache_dir() if cache_wanted(args.no_cache) else None,
        stdin=sys.stdin if sys.stdin is not None else io.StringIO(),  # closed: no input
        stdout=stdout,
        stderr=sys.stderr,
    )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run ``quizbot`` with ``argv``; a reader that stops early (``| head``) ends it quietly,
    and standard output on a full device is one line on standard error, not a traceback."""
    try:
        try:
            return _main(argv, out or sys.stdout or open(os.devnull, "w"))  # closed: discarded
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
    except BrokenPipeError:
        _discard_stdout()
        return 1
    except OSError as error:  # writing the output failed (a full device): the work is done
        _discard_stdout()
        print(f"quizbot: cannot write to standard output: {error.strerror}", file=sys.stderr)
        return 1


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of
    what is still buffered cannot fail again (the Python docs' note on SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, pythonw)
        return


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(given)
    if args.command is None:  # `quizbot [global options]` is `quizbot chat`
        args = parser.parse_args([*given, "chat"])
    args.parser = parser
    ctx = context(args, out)
    command = _command(args.command)
    return reported(ctx.stderr, lambda: command.run(args, ctx))
