"""Author and learner text shown as written: control characters become visible escapes.

A question file, a note or a learner's message may hold terminal escape codes
(``\\x1b[31m``, ``\\x1b]0;title\\x07``) or other control characters. Printed raw they would
colour the terminal, retitle the window or clear the screen; here they are written as
``\\xNN`` instead. The Textual app and every plain-text output (``chat --plain``, ``ask``,
``exam --plain``, ``mistakes``, ``stats``) go through :func:`visible`.
"""

from __future__ import annotations

import re

#: C0 and C1 control characters except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with every control character (but tab and newline) written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
