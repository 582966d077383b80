"""Promise 4: a damaged or foreign file gives a clear message, offers the latest backup, and is
never written to. Each case is checked through `open_ledger` and through the real command line,
with the file's SHA-256 taken before and after."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_support import PASSWORD, file_hash, run_cli, verify_chain

from dealer_app.domain.errors import LedgerUnusable
from dealer_app.storage import migrations
from dealer_app.storage.db import open_ledger

PAGE = 4096


def _truncated_half(good: bytes) -> bytes:
    return good[: len(good) // 2]


def _truncated_to_three_pages(good: bytes) -> bytes:
    return good[: 3 * PAGE]


def _header_only(good: bytes) -> bytes:
    return good[:60]  # shorter than the 100-byte SQLite header


def _random_bytes(good: bytes) -> bytes:
    return random.Random(4).randbytes(200_000)


def _header_then_garbage(good: bytes) -> bytes:
    return good[:100] + random.Random(5).randbytes(len(good) - 100)


def _middle_pages_overwritten(good: bytes) -> bytes:
    data = bytearray(good)
    mid = (len(data) // 2) // PAGE * PAGE
    data[mid : mid + 4 * PAGE] = random.Random(6).randbytes(4 * PAGE)
    return bytes(data)


def _text_file(good: bytes) -> bytes:
    return ("门店编码,门店名称\nCS001,武汉光谷店\n" * 200).encode()


def _sqlite_db(version: int, tables: bool) -> Callable[[bytes], bytes]:
    def make(good: bytes) -> bytes:
        tmp = Path(os.environ["DEALER_APP_DATA_DIR"]) / f"foreign-{version}-{tables}.db"
        conn = sqlite3.connect(str(tmp))
        if tables:
            conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
            conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        else:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("DROP TABLE t")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()
        return tmp.read_bytes()

    return make


def _newer_schema(good: bytes) -> bytes:
    tmp = Path(os.environ["DEALER_APP_DATA_DIR"]) / "newer.sqlite3"
    tmp.write_bytes(good)
    conn = sqlite3.connect(str(tmp))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return tmp.read_bytes()


#: (case, how to make the file from a good ledger, expected error code, words in the message)
CASES = [
    ("truncated to half", _truncated_half, "ledger.damaged", "damaged"),
    ("truncated to three pages", _truncated_to_three_pages, "ledger.damaged", "damaged"),
    ("cut inside the header", _header_only, "ledger.truncated", "cut short"),
    ("random bytes", _random_bytes, "ledger.not_sqlite", "not an SQLite database"),
    ("header then garbage", _header_then_garbage, "ledger.damaged", "damaged"),
    ("middle pages overwritten", _middle_pages_overwritten, "ledger.damaged", "damaged"),
    ("a text file", _text_file, "ledger.not_sqlite", "not a Dealer Desk ledger"),
    ("another app's SQLite file", _sqlite_db(0, True), "ledger.foreign", "not a Dealer Desk"),
    (
        "another app's SQLite file with user_version 1",
        _sqlite_db(1, True),
        "ledger.foreign",
        "not a Dealer Desk",
    ),
    ("an empty SQLite database", _sqlite_db(0, False), "ledger.empty", "not a Dealer Desk"),
    ("a newer schema", _newer_schema, "ledger.newer", "newer Dealer Desk"),
]
IDS = [c[0] for c in CASES]


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from dealer_app.services.setup import init_ledger

    path = tmp_path_factory.mktemp("good") / "ledger.sqlite3"
    ledger = init_ledger(path, PASSWORD)
    with ledger.atomic():  # some bulk, so that a cut or an overwrite hits real pages
        ledger.conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [(f"filler.{i}", '"' + "x" * 500 + '"') for i in range(400)],
        )
    ledger.close()
    return path.read_bytes()


def _side_files(path: Path) -> list[str]:
    return sorted(
        p.name
        for p in path.parent.iterdir()
        if p.name.startswith(path.name) and p.name != path.name
    )


@pytest.mark.parametrize(("case", "make", "code", "words"), CASES, ids=IDS)
def test_open_ledger_refuses_and_leaves_the_file_alone(
    tmp_path, good_bytes, case, make, code, words
):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(make(good_bytes))
    before = file_hash(path)
    with pytest.raises(LedgerUnusable) as info:
        open_ledger(path)
    assert info.value.code == code
    assert words in info.value.message
    assert str(path) in info.value.message
    assert file_hash(path) == before
    assert _side_files(path) == []  # no -wal or -shm left beside it either


@pytest.mark.parametrize(("case", "make", "code", "words"), CASES, ids=IDS)
def test_cli_refuses_with_exit_1_and_leaves_the_file_alone(
    tmp_path, data_dir, good_bytes, case, make, code, words
):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(make(good_bytes))
    before = file_hash(path)
    for args in (["policy", "list"], ["subsidy", "approve", "1"]):
        result = run_cli(path, *args, data_dir=data_dir)
        assert result.returncode == 1, result.stderr
        assert words in result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        assert result.stdout == ""
    assert file_hash(path) == before
    assert _side_files(path) == []


DAMAGED = [c for c in CASES if c[2] in {"ledger.damaged", "ledger.truncated", "ledger.not_sqlite"}]


@pytest.mark.parametrize(("case", "make", "code", "words"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_cli_names_the_latest_backup_and_the_restore_command(
    tmp_path, data_dir, good_bytes, case, make, code, words
):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(good_bytes)
    ok = run_cli(path, "policy", "list", data_dir=data_dir)  # makes today's automatic backup
    assert ok.returncode == 0, ok.stderr
    folder = tmp_path / "ledger-backups"
    backups = sorted(folder.glob("auto-*.sqlite3"))
    assert len(backups) == 1
    path.write_bytes(make(good_bytes))
    result = run_cli(path, "policy", "list", data_dir=data_dir)
    assert result.returncode == 1
    assert "dealer-app" in result.stderr and "restore" in result.stderr
    assert str(backups[0]) in result.stderr
    assert f"--db {path} restore {backups[0]}" in result.stderr


def test_cli_says_when_there_is_no_backup(tmp_path, data_dir, good_bytes):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(_truncated_half(good_bytes))
    result = run_cli(path, "policy", "list", data_dir=data_dir)
    assert result.returncode == 1
    assert "No backup of it was found" in result.stderr


def test_damaged_ledger_is_restored_from_the_offered_backup(tmp_path, data_dir, good_bytes):
    """The whole way back: damaged file -> the message names the backup -> restore -> works,
    and the damaged file is kept aside, byte for byte."""
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(good_bytes)
    assert run_cli(path, "policy", "list", data_dir=data_dir).returncode == 0
    backup = next((tmp_path / "ledger-backups").glob("auto-*.sqlite3"))
    damaged = _middle_pages_overwritten(good_bytes)
    path.write_bytes(damaged)
    refused = run_cli(path, "policy", "list", data_dir=data_dir)
    assert str(backup) in refused.stderr
    restored = run_cli(path, "restore", backup, data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    kept = [p for p in (tmp_path / "ledger-backups").glob("replaced-*.sqlite3")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert run_cli(path, "audit", "verify", data_dir=data_dir).returncode == 0
    count, problems = verify_chain(path)
    assert problems == [] and count >= 2


def test_latest_backup_skips_ledgers_set_aside_by_a_restore(tmp_path):
    """A `replaced-...` file is the ledger a restore took out (maybe the damaged one), not a
    backup: it is never the one offered."""
    import time

    from dealer_app.services.backup import latest_backup

    folder = tmp_path / "ledger-backups"
    folder.mkdir()
    auto = folder / "auto-ledger-2025-12-15.sqlite3"
    auto.write_bytes(b"x")
    time.sleep(0.01)
    (folder / "replaced-ledger-20251216-101500.sqlite3").write_bytes(b"y")
    assert latest_backup(tmp_path / "ledger.sqlite3") == auto
