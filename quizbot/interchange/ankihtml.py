"""Text to Anki's HTML and back.

Anki fields are HTML, and Anki reads more than HTML in them: ``[sound:x.mp3]`` plays a file,
``[latex]`` renders, ``{{c1::…}}`` is a cloze. :func:`to_html` writes author text so that it
comes out exactly as written (``<``, ``&``, ``[``, ``{{`` included); :func:`to_text` reduces
a field to plain text the way a reader sees it, and names the media files it refers to.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

#: Characters that mean something to Anki inside a field, as character references.
_ANKI_SPECIAL = str.maketrans({"[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;"})

#: Tags that start a new line of text.
_BLOCKS = frozenset(
    "address article blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li ol p pre section table tbody td th thead tr ul".split()
)
#: Tags whose content is never text a reader sees.
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})
#: Tags that embed a media file, and the attribute naming it.
_MEDIA_ATTRS = {"img": "src", "audio": "src", "video": "src", "source": "src", "object": "data"}

_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def to_html(text: str) -> str:
    """``text`` as an Anki field that shows exactly ``text``: HTML's ``<`` and ``&`` and
    Anki's ``[`` and ``{`` escaped, line breaks as ``<br>``."""
    escaped = html.escape(text, quote=False).translate(_ANKI_SPECIAL)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def cloze_answer_html(text: str) -> str:
    """``text`` inside a ``{{c1::…}}``: escaped as :func:`to_html`, and ``:`` too, so that a
    ``::`` in the answer is not read as the start of a hint."""
    return to_html(text).replace(":", "&#58;")


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        attr = _MEDIA_ATTRS.get(tag)
        if attr is not None:
            for name, value in attrs:
                if name == attr and value:
                    self.media.append(value)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def to_text(field: str) -> tuple[str, list[str]]:
    """An Anki field as plain text, and the media files it refers to (images, sounds,
    videos), in order. Tags go, character references are decoded, block elements and
    ``<br>`` become line breaks, runs of spaces one space; empty lines are dropped."""
    sounds = _SOUND.findall(field)
    reducer = _Reducer()
    reducer.feed(_SOUND.sub(" ", field))
    reducer.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(reducer.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    media = [m for m in reducer.media + sounds if m.strip()]
    return text, list(dict.fromkeys(m.strip() for m in media))


def one_line(text: str, joint: str = " ") -> str:
    """``text`` with its lines joined by ``joint``."""
    return joint.join(text.split("\n"))
