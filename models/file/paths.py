"""File names as people read them.

On Linux a file name is bytes; one that is not valid UTF-8 (a name written by a Chinese Windows
PC in GBK and unpacked from a ZIP, or copied from an old USB stick) reaches Python as text with
"surrogate" characters that cannot be written to SQLite, JSON or the screen. `readable_name()`
gives the name as the secretary would read it: UTF-8 if it is, else GB18030 (which covers GBK),
else with the undecodable bytes replaced by "�".
"""

from __future__ import annotations

import os


def readable_name(path: str | os.PathLike[str] | bytes) -> str:
    """The file's name, decoded for showing and storing (never containing surrogates)."""
    raw = os.fsencode(path)
    name = os.path.basename(raw) or raw
    for encoding in ("utf-8", "gb18030"):
        try:
            return name.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name.decode("utf-8", "replace")
