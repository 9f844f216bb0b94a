"""Two regular expressions reportlab compiles at import but our documents never use.

reportlab.platypus.paragraph compiles a URL pattern (for hyphenating long URLs, which needs
`uriWasteReduce`, off in every style here) and reportlab.lib.textsplit one for `cjkwrap` (not
used by Paragraph); with their large Unicode classes and re.IGNORECASE they take about 35 ms, a
tenth of a command-line report. Before reportlab is imported, `defer()` puts a stand-in for each
into the `re` module's pattern cache, which `re.compile` consults first; the stand-in compiles
the real pattern on first use, so behaviour is unchanged (tests/test_report_speed.py checks it).
No file of reportlab is changed. When the `re` internals differ (another Python) or reportlab's
patterns change (another version) nothing is deferred and reportlab compiles them as before.
"""

from __future__ import annotations

import re
import threading

URI_PATTERN = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\"
    "d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z"
    "\xa1-\uffff0-9](?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z"
    "\xa1-\uffff0-9-]{1,63}(?<!-))*\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,"
    "59})(?<!-)\\.?|localhost))(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\Z"
)
URI_FLAGS = int(re.IGNORECASE)
CJK_PATTERN = "([\u2e80-\uffff])"  # reportlab.lib.textsplit.rx
CJK_FLAGS = int(re.UNICODE)

_lock = threading.Lock()


class DeferredPattern:
    """Stands in for `re.compile(pattern, flags)` until an attribute (match, sub, ...) is used."""

    __slots__ = ("_key", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._key = (str, pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        with _lock:
            if self._compiled is None:
                cache = _cache()
                if cache is not None and cache.get(self._key) is self:
                    del cache[self._key]  # else re.compile would return this stand-in again
                _, pattern, flags = self._key
                self._compiled = re.compile(pattern, flags)
            return self._compiled

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"DeferredPattern({self._key[1]!r:.40})"


def _cache() -> dict | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def defer() -> None:
    """Put the stand-ins into re's cache (once; harmless when reportlab is already imported)."""
    cache = _cache()
    if cache is None:
        return
    for pattern, flags in ((URI_PATTERN, URI_FLAGS), (CJK_PATTERN, CJK_FLAGS)):
        cache.setdefault((str, pattern, flags), DeferredPattern(pattern, flags))
