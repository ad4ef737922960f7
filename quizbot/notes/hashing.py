"""Stable hashes, picks, samples and shuffles, the same in every process.

The generator's output must not depend on the process that made it, so every choice among
question types, options and variants is keyed on the notes' own text: ``stable_hash`` (64-bit
BLAKE2b, for ids) and ``spread`` (CRC-32, cheap, for choices) hash such keys, and ``pick``,
``sample`` and ``shuffled`` choose with them.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def stable_hash(*parts: str) -> int:
    """A 64-bit hash that is the same in every process (unlike ``hash``), for ids."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def spread(*parts: str) -> int:
    """A quick stable hash for choices and shuffles (CRC-32: cheap, well spread)."""
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


def pick(options: Sequence[T], *key: str) -> T:
    return options[spread(*key) % len(options)]


def shuffled(options: Sequence[T], *key: str, by: Callable[[T], str] = str) -> list[T]:
    """A stable shuffle: the order depends only on the options (as ``by`` names them) and
    ``key``."""
    # spread(*key, by(o)), with the CRC of the shared prefix worked out once
    prefix = zlib.crc32(("\x1f".join(key) + "\x1f").encode("utf-8")) if key else 0
    return sorted(options, key=lambda o: zlib.crc32(by(o).encode("utf-8"), prefix))


def sample(items: Sequence[T], count: int, *key: str) -> list[T]:
    """Up to ``count`` items from a stable pseudo-random starting point (cheap on long lists)."""
    if len(items) <= count:
        return list(items)
    start = spread(*key) % len(items)
    return [items[(start + i) % len(items)] for i in range(count)]
