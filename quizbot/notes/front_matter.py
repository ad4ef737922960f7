"""Front matter of a notes file: ``topic`` and ``tags`` settings between ``---`` lines.

Only a plain or quoted string and a ``[a, b]`` list are read; a value that is YAML this reader
does not take (an alias, an anchor, a tag) or is broken is left out with a warning naming its
line and column, never taken as a literal topic.
"""

from __future__ import annotations

#: Front-matter values that are YAML this reader does not take: an alias, an anchor, a tag.
_YAML_ONLY = {"*": "a YAML alias", "&": "a YAML anchor", "!": "a YAML tag"}
_CLOSERS = {"[": "]", "{": "}", '"': '"', "'": "'"}


def _front_value(value: str) -> tuple[object, str]:
    """A front-matter value read (a ``[a, b]`` list or a plain or quoted string), or ``("",
    why)`` when it is broken or YAML this reader does not take: then it is left out and
    warned about, never taken as a literal topic."""
    if value[:1] in _YAML_ONLY:
        return "", f"{_YAML_ONLY[value[0]]} is not read here; write the value itself"
    opener = value[:1]
    if opener in _CLOSERS and (len(value) < 2 or not value.endswith(_CLOSERS[opener])):
        return "", f"unclosed '{opener}' (expected '{_CLOSERS[opener]}' at the end of the line)"
    if opener == "[":
        items = [v.strip() for v in value[1:-1].split(",") if v.strip()]
        bad = next((v for v in items if v[:1] in "[{*&!"), None)
        if bad is not None:
            return "", f"a list item '{bad}' is not a plain value"
        return [v.strip("'\"") for v in items], ""
    if opener == "{":
        return "", "a mapping is not a topic or tags; write plain text or [a, b]"
    return value.strip("'\""), ""


def front_matter(
    lines: list[str],
) -> tuple[dict[str, object], int, list[tuple[int, int, str]]]:
    """Settings from front matter, the number of lines it spans (0 without any), and a
    warning ``(line, column, message)`` for each value left out as broken."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, []
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            meta: dict[str, object] = {}
            warnings: list[tuple[int, int, str]] = []
            for number, raw in enumerate(lines[1:end], start=2):
                key, sep, value = raw.partition(":")
                if not sep or raw[:1].isspace():
                    continue
                column = len(key) + 2 + (len(value) - len(value.lstrip()))
                read, why = _front_value(value.strip())
                if why:
                    warnings.append((number, column, f"front matter '{key.strip()}': {why}"))
                    continue
                meta[key.strip()] = read
            return meta, end + 1, warnings
    return {}, 0, []
