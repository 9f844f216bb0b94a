"""Reading a ledger's header while another program saves it: never called truncated."""

from __future__ import annotations

import sqlite3
import threading

from models.errors import LedgerError
from models.file.ledger import open_ledger, read_header


def test_a_save_under_way_is_not_a_truncated_file(ledger_path):
    open_ledger(ledger_path, create=True).close()
    stop = threading.Event()

    def saver() -> None:
        con = sqlite3.connect(ledger_path, isolation_level=None)
        con.execute("CREATE TABLE IF NOT EXISTS filler (x BLOB)")
        saves = 0
        while not stop.is_set():  # each save grows the file by several pages
            con.execute("BEGIN")
            con.execute("INSERT INTO filler VALUES (randomblob(20000))")
            con.execute("COMMIT")
            saves += 1
            if saves % 50 == 0:
                con.execute("DELETE FROM filler")
        con.close()

    thread = threading.Thread(target=saver)
    thread.start()
    refused = []
    try:
        for _ in range(20000):
            try:
                read_header(ledger_path)
            except LedgerError as exc:
                refused.append(str(exc))
    finally:
        stop.set()
        thread.join()
    assert refused == []
