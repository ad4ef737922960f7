"""``quizbot schema``: the path of the JSON Schema for question files."""

from __future__ import annotations

import argparse

from quizbot import paths
from quizbot.cli.context import Context


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    return sub.add_parser(
        "schema", parents=[common], help="print the path of the JSON Schema for question files"
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    print(paths.schema_path(), file=ctx.stdout)
    return 0
