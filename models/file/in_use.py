"""Which open ledger the models work on, here and now.

A process may hold several open ledgers at once: the app's ledger and a demo being written, a
district ledger and the bundle being read into it. The peewee models are bound to one
`database` object (models.file.schema), which is not a connection but a pointer to *the ledger
in use in the current context*, kept here in a `contextvars.ContextVar` (each thread has its
own): opening, switching or closing one ledger never redirects code that works on another.

A ledger is put in use by `Ledger.use()` (a `with` block) — the app's services and its database
worker do that for every call — or, for scripts, tests and the command line, by opening it: an
opened ledger stays in use in the context that opened it until it is closed, and closing it
gives the context back the ledger it used before. Nothing heavy is imported here: the app checks
its ledger before the first frame, without peewee.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from peewee import SqliteDatabase


class _HasDatabase(Protocol):
    @property
    def db(self) -> SqliteDatabase: ...


# The ledgers opened or used in this context, the one in use last.
_stack: ContextVar[tuple[_HasDatabase, ...]] = ContextVar("ledgers_in_use", default=())


def push(ledger: _HasDatabase) -> None:
    """Put `ledger` in use in this context until `remove(ledger)`."""
    _stack.set((*_stack.get(), ledger))


def remove(ledger: _HasDatabase) -> None:
    """Take `ledger` out of use in this context (wherever it stands among the ones in use)."""
    stack = _stack.get()
    if ledger in stack:
        _stack.set(tuple(item for item in stack if item is not ledger))


@contextlib.contextmanager
def using(ledger: _HasDatabase) -> Iterator[None]:
    """`ledger` in use for the block, then whatever was in use before."""
    token = _stack.set((*_stack.get(), ledger))
    try:
        yield
    finally:
        _stack.reset(token)


def current() -> _HasDatabase | None:
    """The ledger in use in this context, if any."""
    stack = _stack.get()
    return stack[-1] if stack else None


def hold_writes() -> None:
    """Before a write: wait while the ledger in use is still under its check after opening, and
    refuse the write if that failed (models.file.ledger.Ledger.hold_writes)."""
    hold = getattr(current(), "hold_writes", None)
    if hold is not None:
        hold()
