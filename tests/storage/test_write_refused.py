"""What the file system refuses is said truthfully: nothing was changed, the ledger is fine,
and what to do — a read-only file or folder, another account's side file, a full disk, a
file-size limit. Never "damaged", never "internal error"."""

from __future__ import annotations

import os
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest
from english import en, zh

from dealer_app.storage import db

READONLY = sqlite3.OperationalError("attempt to write a readonly database")
FULL = sqlite3.OperationalError("database or disk is full")
Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(b"")
    return path


def _access(denied: set[str]):  # noqa: ANN202
    real = os.access
    return lambda p, mode: False if Path(p).name in denied and mode == os.W_OK else real(p, mode)


def test_a_read_only_file(ledger_file, monkeypatch):
    monkeypatch.setattr(db.os, "access", _access({"ledger.sqlite3"}))
    refused = db.write_refused(ledger_file, READONLY)
    assert refused.code == "ledger.read_only_file"
    assert "nothing was changed, and the ledger is fine" in en(refused.msg)
    assert "没有任何更改，账本完好" in zh(refused.msg)


def test_a_read_only_folder(ledger_file, monkeypatch):
    monkeypatch.setattr(db.os, "access", _access({ledger_file.parent.name}))
    refused = db.write_refused(
        ledger_file, sqlite3.OperationalError("unable to open database file")
    )
    assert refused.code == "ledger.read_only_folder"
    assert str(ledger_file.parent) in en(refused.msg)


def test_another_accounts_side_file(ledger_file, monkeypatch):
    side = Path(str(ledger_file) + "-shm")
    side.write_bytes(b"")
    monkeypatch.setattr(db.os, "access", _access({side.name}))
    refused = db.write_refused(ledger_file, READONLY)
    assert refused.code == "ledger.blocked_by"
    assert str(side) in en(refused.msg) and refused.params["owner"]


def test_a_full_disk_and_a_size_limit(ledger_file, monkeypatch):
    monkeypatch.setattr(db.shutil, "disk_usage", lambda p: Usage(10**9, 10**9, 0))
    assert db.write_refused(ledger_file, FULL).code == "ledger.disk_full"
    monkeypatch.setattr(db.shutil, "disk_usage", lambda p: Usage(10**12, 10**9, 10**11))
    refused = db.write_refused(ledger_file, FULL)
    assert refused.code == "ledger.file_too_large" and "limit" in en(refused.msg)


def test_a_write_in_a_transaction_is_refused_plainly(tmp_path, monkeypatch):
    """Through Ledger.atomic: the refusal replaces SQLite's error, the transaction is undone."""
    from dealer_app.domain.errors import LedgerWriteRefused
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(tmp_path / "l.sqlite3", create=True)
    monkeypatch.setattr(db.shutil, "disk_usage", lambda p: Usage(10**9, 10**9, 0))
    try:
        with pytest.raises(LedgerWriteRefused) as info:
            with ledger.atomic():
                ledger.execute("CREATE TABLE t (x)")
                raise sqlite3.OperationalError("database or disk is full")
        assert info.value.code == "ledger.disk_full"
        assert not ledger.conn.in_transaction
        assert ledger.query_one("SELECT count(*) FROM sqlite_master WHERE name = 't'")[0] == 0
    finally:
        ledger.close()


def test_an_unwritable_log_is_said_once_and_never_stops_the_program(tmp_path, monkeypatch, capsys):
    import logging

    from dealer_app import logging_setup

    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder's logs folder would go")
    monkeypatch.setenv("DEALER_APP_DATA_DIR", str(blocker))
    monkeypatch.setattr(logging_setup, "_configured", False)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        logging_setup.setup_logging()
        assert "cannot be written" in capsys.readouterr().err
    finally:
        for h in root.handlers:
            if h not in handlers:
                root.removeHandler(h)
        monkeypatch.setattr(logging_setup, "_configured", False)
