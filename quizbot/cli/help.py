"""``quizbot help [COMMAND]``: the same as ``quizbot --help`` (or ``quizbot COMMAND --help``)."""

from __future__ import annotations

import argparse

from quizbot.cli.context import Context
from quizbot.cli.errors import UsageError


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    helper = sub.add_parser("help", help="show this help, or a command's")
    helper.add_argument("topic", nargs="?", metavar="COMMAND")
    return helper


def run(args: argparse.Namespace, ctx: Context) -> int:
    parser: argparse.ArgumentParser = args.parser
    if args.topic is None:
        parser.print_help(ctx.stdout)
        return 0
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    chosen = commands.choices.get(args.topic)
    if chosen is None:
        raise UsageError(
            f"no command {args.topic!r} (the commands are {', '.join(commands.choices)})"
        )
    chosen.print_help(ctx.stdout)
    return 0
