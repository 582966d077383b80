"""Promise 3: backups are taken safely while others work, rotate, and a restore checks the file
(integrity, schema version, audit chain) before it replaces anything, keeping the replaced ledger
aside. A tampered or corrupt backup is refused and the ledger is left untouched."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import (
    PYTHON,
    baseline,
    cli_env,
    context,
    copy_ledger,
    file_hash,
    integrity,
    rows_lost,
    run_cli,
    scalar,
    verify_chain,
)
from reliability_workers import race_backup

from dealer_app.domain.errors import InvalidInput, LedgerUnusable
from dealer_app.services import backup as backup_service
from dealer_app.storage import migrations
from dealer_app.storage.db import open_ledger

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
WORKERS = str(Path(__file__).with_name("reliability_workers.py"))


def _audit_hashes(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(str(path))
    try:
        return [tuple(r) for r in conn.execute("SELECT id, hash FROM audit_log ORDER BY id")]
    finally:
        conn.close()


def _zx_codes(path: Path, n: int, offset: int = 0) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT code FROM stores WHERE code LIKE 'ZX%' ORDER BY code LIMIT ? OFFSET ?",
                (n, offset),
            )
        ]
    finally:
        conn.close()


# -- backup while another program writes ------------------------------------------------------------
def test_cli_backup_while_another_process_writes(tmp_path, data_dir, big_template):
    """Three `dealer-app backup` runs while a second program proposes subsidy after subsidy:
    every copy passes the restore check and is a consistent moment of the ledger (its audit log
    is an exact prefix of the final one); the writer loses nothing."""
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    codes = tmp_path / "codes.txt"
    codes.write_text("\n".join(_zx_codes(ledger, 1500)))
    before = scalar(ledger, "SELECT count(*) FROM subsidies")
    writer = subprocess.Popen(
        [PYTHON, WORKERS, "propose_loop", str(ledger), "hq.finance", "YE2025", str(codes)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(data_dir),
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "STARTED"
    copies = []
    for i in range(3):
        dest = tmp_path / "copies" / f"copy{i}.sqlite3"
        result = run_cli(ledger, "backup", dest, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        copies.append(dest)
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    ids = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ID ")]
    assert out.splitlines()[-1] == f"DONE {len(ids)} 0"
    final = _audit_hashes(ledger)
    sizes = []
    for dest in copies:
        check = backup_service.check_backup(dest)
        assert check.schema_version == migrations.SCHEMA_VERSION
        assert integrity(dest) == "ok"
        taken = _audit_hashes(dest)
        assert taken == final[: len(taken)]  # a consistent moment, not a torn copy
        n = scalar(dest, "SELECT count(*) FROM subsidies")
        assert before <= n <= before + len(ids)
        sizes.append(n)
    assert sizes == sorted(sizes)
    assert scalar(ledger, "SELECT count(*) FROM subsidies") == before + len(ids) == before + 1500
    assert integrity(ledger) == "ok" and verify_chain(ledger)[1] == []


def test_backup_records_itself_in_the_audit_and_refuses_the_ledger_itself(admin, ledger_path):
    (ledger_path.parent / "copies").mkdir()
    out = backup_service.backup(admin, ledger_path.parent / "copies")  # a folder: a dated name
    assert out.parent == ledger_path.parent / "copies" and out.exists()
    last = admin.ledger.query_one("SELECT action, data FROM audit_log ORDER BY id DESC LIMIT 1")
    assert last["action"] == "ledger.backup" and str(out) in last["data"]
    with pytest.raises(InvalidInput, match="cannot overwrite the ledger itself"):
        backup_service.backup(admin, ledger_path)


@POSIX
def test_backups_to_one_file_at_the_same_moment_never_collide(tmp_path, demo_copy):
    """Two instances opened on the same morning both make the day's automatic copy: each writes
    its own temporary file, and the copy left is always whole."""
    ctx = multiprocessing.get_context("fork")
    for attempt in range(8):
        dest = tmp_path / "backups" / f"auto-{attempt}.sqlite3"
        barrier = ctx.Barrier(3)
        results = ctx.Queue()
        procs = [
            ctx.Process(target=race_backup, args=(str(demo_copy), str(dest), barrier, results))
            for _ in range(3)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert [results.get(timeout=5) for _ in procs] == ["ok", "ok", "ok"]
        backup_service.check_backup(dest)
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        f"auto-{i}.sqlite3" for i in range(8)
    ]  # no temporary files left behind


# -- automatic rotation ----------------------------------------------------------------------------
def test_auto_backup_once_a_day_and_keeps_the_last_14(ledger, ledger_path):
    first = dt.date(2025, 12, 1)
    made = []
    for n in range(20):
        day = first + dt.timedelta(days=n)
        out = backup_service.auto_backup(ledger, day)
        assert out is not None and out.name == f"auto-ledger-{day.isoformat()}.sqlite3"
        assert backup_service.auto_backup(ledger, day) is None  # once a day
        made.append(out)
    folder = ledger_path.parent / "ledger-backups"
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 14 == backup_service.AUTO_KEEP
    assert left == [p.name for p in made[-14:]]
    assert backup_service.latest_backup(ledger_path) == made[-1]
    assert backup_service.check_backup(made[-1]).audit_entries >= 1


def test_auto_backup_leaves_other_files_in_the_folder_alone(ledger, ledger_path):
    folder = ledger_path.parent / "ledger-backups"
    folder.mkdir()
    mine = folder / "before-audit.sqlite3"
    mine.write_bytes(b"kept")
    for n in range(16):
        backup_service.auto_backup(ledger, dt.date(2025, 1, 1) + dt.timedelta(days=n))
    assert mine.read_bytes() == b"kept"
    assert len(list(folder.glob("auto-*.sqlite3"))) == 14


# -- restore ------------------------------------------------------------------------------------
def _propose_some(path: Path, n: int) -> None:
    from dealer_app.services.subsidies import propose_many

    led = open_ledger(path)
    try:
        codes = _zx_codes(path, n, offset=5000) or []
        if not codes:
            from dealer_app.services.eligibility import eligibility

            hq = context(led, "hq.finance")
            codes = [
                r.result.store_code
                for r in eligibility(hq, "YE2025")
                if r.result.eligible and r.subsidy_id is None
            ][:n]
        propose_many(context(led, "hq.finance"), "YE2025", codes)
    finally:
        led.close()


def test_cli_restore_puts_the_backup_back_and_keeps_the_replaced_ledger(
    tmp_path, data_dir, demo_copy
):
    ledger = demo_copy
    backup = tmp_path / "monday.sqlite3"
    assert run_cli(ledger, "backup", backup, data_dir=data_dir).returncode == 0
    at_backup = baseline(backup)
    _propose_some(ledger, 20)
    before_restore = baseline(ledger)
    assert before_restore["subsidies"]["rows"] == at_backup["subsidies"]["rows"] + 20
    result = run_cli(ledger, "restore", backup, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "kept at" in result.stderr
    kept = list((tmp_path / "ledger-backups").glob("replaced-*.sqlite3"))
    assert len(kept) == 1
    assert rows_lost(kept[0], before_restore) == 0  # nothing of the replaced ledger is lost
    assert baseline(kept[0])["subsidies"]["rows"] == before_restore["subsidies"]["rows"]
    assert rows_lost(ledger, at_backup) == 0
    now = baseline(ledger)
    assert now["subsidies"]["rows"] == at_backup["subsidies"]["rows"]
    assert now["audit_log"]["rows"] == at_backup["audit_log"]["rows"] + 1
    last = scalar(ledger, "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")
    assert last == "ledger.restore"
    verify = run_cli(ledger, "audit", "verify", data_dir=data_dir)
    assert verify.returncode == 0, verify.stderr


def _tampered_audit(src: Path, dest: Path) -> Path:
    copy_ledger(src, dest)
    conn = sqlite3.connect(str(dest))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(
        "UPDATE audit_log SET data = replace(data, '100000', '900000')"
        " WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'subsidy.propose')"
    )
    conn.commit()
    conn.close()
    return dest


def _deleted_audit_row(src: Path, dest: Path) -> Path:
    copy_ledger(src, dest)
    conn = sqlite3.connect(str(dest))
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 5")
    conn.commit()
    conn.close()
    return dest


def _corrupt_pages(src: Path, dest: Path) -> Path:
    data = bytearray(src.read_bytes())
    mid = len(data) // 2 // 4096 * 4096
    data[mid : mid + 8192] = random.Random(1).randbytes(8192)
    dest.write_bytes(bytes(data))
    return dest


def _truncated(src: Path, dest: Path) -> Path:
    data = src.read_bytes()
    dest.write_bytes(data[: len(data) // 3])
    return dest


def _newer(src: Path, dest: Path) -> Path:
    copy_ledger(src, dest)
    conn = sqlite3.connect(str(dest))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    return dest


def _foreign(src: Path, dest: Path) -> Path:
    conn = sqlite3.connect(str(dest))
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return dest


def _text(src: Path, dest: Path) -> Path:
    dest.write_text("not a backup\n" * 100)
    return dest


BAD_BACKUPS = [
    ("audit row edited", _tampered_audit, "audit log does not verify"),
    ("audit row deleted", _deleted_audit_row, "audit log does not verify"),
    ("pages overwritten", _corrupt_pages, "damaged"),
    ("truncated", _truncated, "damaged"),
    ("newer schema", _newer, "schema"),
    ("another app's database", _foreign, "not a Dealer Desk ledger backup"),
    ("a text file", _text, "not a Dealer Desk ledger backup"),
]


@pytest.mark.parametrize(("case", "make", "words"), BAD_BACKUPS, ids=[c[0] for c in BAD_BACKUPS])
def test_cli_restore_refuses_a_bad_backup_and_leaves_the_ledger_untouched(
    tmp_path, data_dir, demo_copy, case, make, words
):
    bad = make(demo_copy, tmp_path / "bad.sqlite3")
    before = file_hash(demo_copy)
    result = run_cli(demo_copy, "restore", bad, data_dir=data_dir)
    assert result.returncode == 1
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "No backup of it was found" not in result.stderr  # the advice is for ledgers
    assert file_hash(demo_copy) == before
    assert not list(tmp_path.glob("ledger-backups/replaced-*"))
    assert run_cli(demo_copy, "audit", "verify", data_dir=data_dir).returncode == 0


def test_restore_refuses_the_ledger_itself(tmp_path, data_dir, demo_copy):
    """`restore` of the ledger onto itself once moved the ledger aside and then failed to read
    the (moved) source: the user was left with no ledger."""
    before = file_hash(demo_copy)
    result = run_cli(demo_copy, "restore", demo_copy, data_dir=data_dir)
    assert result.returncode == 1
    assert "is the ledger itself" in result.stderr
    assert file_hash(demo_copy) == before
    assert not list(tmp_path.glob("ledger-backups/replaced-*"))


def test_restore_failing_half_way_puts_the_ledger_back(tmp_path, demo_copy, monkeypatch):
    backup = tmp_path / "b.sqlite3"
    copy_ledger(demo_copy, backup)
    before = file_hash(demo_copy)
    real_connect = sqlite3.connect

    def failing_connect(target, *args, **kwargs):
        if str(target).endswith(".restoring"):
            raise sqlite3.OperationalError("disk full")
        return real_connect(target, *args, **kwargs)

    from dealer_app.storage import files

    monkeypatch.setattr(files.sqlite3, "connect", failing_connect)
    with pytest.raises(InvalidInput, match="nothing was replaced"):
        backup_service.restore(demo_copy, backup)
    assert file_hash(demo_copy) == before
    assert not list(tmp_path.glob("ledger-backups/replaced-*"))
    assert not list(tmp_path.glob("*.restoring"))


def test_two_restores_in_the_same_second_keep_both_replaced_ledgers(tmp_path, demo_copy):
    backup = tmp_path / "b.sqlite3"
    copy_ledger(demo_copy, backup)
    at = dt.datetime(2025, 12, 16, 10, 0, 0)
    first = backup_service.restore(demo_copy, backup, now=at)
    second = backup_service.restore(demo_copy, backup, now=at)
    assert first != second and first.exists() and second.exists()


def test_restore_needs_an_admin_and_refuses_before_touching_anything(tmp_path, data_dir, demo_copy):
    backup = tmp_path / "b.sqlite3"
    copy_ledger(demo_copy, backup)
    before = file_hash(demo_copy)
    for user in ("hq.finance", "mgr.central"):
        result = run_cli(demo_copy, "restore", backup, data_dir=data_dir, user=user)
        assert result.returncode == 1
        assert "may not restore backups" in result.stderr
        assert file_hash(demo_copy) == before
        assert not list(tmp_path.glob("ledger-backups/replaced-*"))


def test_check_backup_rejects_each_bad_file_without_writing_to_it(tmp_path, demo_copy):
    for case, make, words in BAD_BACKUPS:
        bad = make(demo_copy, tmp_path / f"{case}.sqlite3")
        before = file_hash(bad)
        with pytest.raises((LedgerUnusable, InvalidInput)) as info:
            backup_service.check_backup(bad)
        assert words in info.value.message, case
        assert file_hash(bad) == before, case


def test_restore_waits_for_other_programs_to_close_the_ledger(tmp_path, data_dir, demo_copy):
    """A second instance still holding the ledger would write on into the file set aside and its
    work would be missing from the restored ledger: the restore is refused until it closes."""
    backup = tmp_path / "b.sqlite3"
    copy_ledger(demo_copy, backup)
    holder = subprocess.Popen(
        [
            PYTHON,
            "-c",
            "import sys, time\n"
            "from dealer_app.storage.db import open_ledger\n"
            "led = open_ledger(sys.argv[1])\n"
            "led.query('SELECT count(*) FROM stores')\n"
            "print('OPEN', flush=True)\n"
            "sys.stdin.readline()\n"
            "led.close()\n",
            str(demo_copy),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(data_dir),
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "OPEN"
    before = baseline(demo_copy)
    refused = run_cli(demo_copy, "restore", backup, data_dir=data_dir)
    assert refused.returncode == 1
    assert "has ledger.sqlite3 open" in refused.stderr and "nothing was replaced" in refused.stderr
    assert baseline(demo_copy) == before
    assert not list(tmp_path.glob("ledger-backups/replaced-*"))
    assert not list(tmp_path.glob("*.restoring"))
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(30)
    done = run_cli(demo_copy, "restore", backup, data_dir=data_dir)
    assert done.returncode == 0, done.stderr


RESTORE_WITH_PAUSES = """
import os, shutil, sys, time
from pathlib import Path
from dealer_app.services import backup

real_replace, real_copy = os.replace, shutil.copy2
step = [0]

def pause(name):
    step[0] += 1
    print(f"STEP {step[0]} {name}", flush=True)
    if step[0] == int(sys.argv[3]):
        time.sleep(60)  # killed here

def replace(a, b):
    pause("replace")
    return real_replace(a, b)

def copy2(a, b, **kw):
    pause("copy")
    return real_copy(a, b, **kw)

os.replace = replace
shutil.copy2 = copy2
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]))
print("DONE", flush=True)
"""


@POSIX
def test_a_restore_killed_at_any_step_leaves_a_whole_ledger_in_place(tmp_path, data_dir, demo_copy):
    """kill -9 between any two file operations of a restore: the ledger's name always holds a
    whole ledger, the old one or the restored one, never nothing (which would invite `init`)."""
    from dealer_app.services.subsidies import propose_many

    backup = tmp_path / "b.sqlite3"
    copy_ledger(demo_copy, backup)
    led = open_ledger(demo_copy)
    try:
        propose_many(context(led, "hq.finance"), "YE2025", ["CS00001", "CS00002", "CS00003"])
    finally:
        led.close()
    old, new = baseline(demo_copy), baseline(backup)
    assert old != new
    pristine = tmp_path / "pristine.sqlite3"
    copy_ledger(demo_copy, pristine)
    steps_seen = 0
    for target in range(1, 10):
        copy_ledger(pristine, demo_copy)
        for stale in tmp_path.glob("ledger-backups/replaced-*"):
            stale.unlink()
        proc = subprocess.Popen(
            [PYTHON, "-c", RESTORE_WITH_PAUSES, str(demo_copy), str(backup), str(target)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(data_dir),
        )  # fmt: skip
        assert proc.stdout is not None
        reached = False
        for line in proc.stdout:
            if line.startswith(f"STEP {target} "):
                reached = True
                break
        if not reached:
            proc.wait(60)
            break
        steps_seen = target
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert demo_copy.exists(), f"killed before step {target}: no ledger under its name"
        assert integrity(demo_copy) == "ok"
        now = baseline(demo_copy)
        assert now in (old, new), f"killed before step {target}: a mixture"
        assert verify_chain(demo_copy)[1] == []
    assert steps_seen >= 1


# -- a backup never destroys; a restore puts back only this ledger -----------------------------


def test_a_backup_never_overwrites_another_file(admin, ledger_path, tmp_path):
    import os

    document = tmp_path / "report.docx"
    document.write_bytes(b"PK\x03\x04 a colleague's document")
    with pytest.raises(InvalidInput) as info:
        backup_service.backup(admin, document)
    assert info.value.code == "backup.exists" and "never overwrites" in info.value.message
    with pytest.raises(InvalidInput):
        backup_service.backup(admin, document, replace=True)  # not a backup of this ledger
    assert document.read_bytes() == b"PK\x03\x04 a colleague's document"
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.sqlite3"
        os.mkfifo(fifo)
        with pytest.raises(InvalidInput) as info:
            backup_service.backup(admin, fifo)
        assert info.value.code == "backup.not_regular"
    earlier = backup_service.backup(admin, tmp_path / "b.sqlite3")
    with pytest.raises(InvalidInput) as info:
        backup_service.backup(admin, earlier)
    assert "--replace" in info.value.message
    assert backup_service.backup(admin, earlier, replace=True) == earlier


def test_a_backup_is_for_administrators_and_hq_finance(ledger, tmp_path):
    from dealer_app.domain.errors import PermissionDenied
    from dealer_app.services.users import add_user

    add_user(context(ledger, "admin"), "mgr.x", "regional_manager", "CENTRAL", "password1")
    with pytest.raises(PermissionDenied):
        backup_service.backup(context(ledger, "mgr.x"), tmp_path / "b.sqlite3")
    assert not (tmp_path / "b.sqlite3").exists()


def _another_ledger(path: Path) -> Path:
    from dealer_app.services.setup import init_ledger

    init_ledger(path, "attacker-pass-1").close()
    return path


def test_restore_refuses_another_ledger_unless_an_administrator_says_so(
    tmp_path, data_dir, demo_copy
):
    foreign = _another_ledger(tmp_path / "theirs.sqlite3")
    before = file_hash(demo_copy)
    result = run_cli(demo_copy, "restore", foreign, data_dir=data_dir)
    assert result.returncode == 1 and "is a copy of another ledger" in result.stderr
    assert file_hash(demo_copy) == before
    result = run_cli(demo_copy, "--lang", "zh_CN", "restore", foreign, data_dir=data_dir)
    assert "是另一个账本" in result.stderr
    result = run_cli(demo_copy, "restore", foreign, "--foreign", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    ledger = open_ledger(demo_copy)
    try:
        last = ledger.query_one("SELECT action, data FROM audit_log ORDER BY id DESC LIMIT 1")
        assert last["action"] == "ledger.restore" and '"foreign":true' in last["data"]
    finally:
        ledger.close()


def test_a_damaged_ledger_is_restored_only_from_its_own_copies(tmp_path, data_dir, demo_copy):
    own = tmp_path / "own.sqlite3"
    copy_ledger(demo_copy, own)
    foreign = _another_ledger(tmp_path / "theirs.sqlite3")
    ledger = open_ledger(demo_copy)  # a copy in its own backups folder, as every day
    backup_service.auto_backup(ledger, dt.date(2025, 12, 16))
    ledger.close()
    data = bytearray(demo_copy.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = bytes(8192)  # 8 KB of damage
    demo_copy.write_bytes(bytes(data))
    result = run_cli(demo_copy, "restore", foreign, data_dir=data_dir, password=None)
    assert result.returncode == 1 and "only from its own copies" in result.stderr
    result = run_cli(demo_copy, "restore", foreign, "--foreign", data_dir=data_dir, password=None)
    assert result.returncode == 1  # --foreign needs an administrator signed in to this ledger
    result = run_cli(demo_copy, "restore", own, data_dir=data_dir, password=None)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        ("UPDATE subsidies SET amount = amount * 10 WHERE id = 5", "subsidy 5 is"),
        ("UPDATE users SET role = 'admin', region = NULL WHERE name = 'mgr.central'",
         "user mgr.central is an administrator"),
        ("INSERT INTO users (name, role, password_hash, created_at) VALUES"
         " ('ghost', 'admin', 'x', '2025-12-16')", "user ghost (an administrator) is not in"),
    ],
)  # fmt: skip
def test_a_copy_whose_tables_were_edited_is_refused(tmp_path, data_dir, demo_copy, edit, words):
    """The chain verifies (the log was not touched), but the tables say otherwise."""
    edited = copy_ledger(demo_copy, tmp_path / "edited.sqlite3")
    conn = sqlite3.connect(str(edited))
    conn.execute(edit)
    conn.commit()
    conn.close()
    before = file_hash(demo_copy)
    result = run_cli(demo_copy, "restore", edited, data_dir=data_dir)
    assert result.returncode == 1
    assert "its tables say other than its own audit log" in result.stderr
    assert words in result.stderr, result.stderr
    assert file_hash(demo_copy) == before


def test_an_edited_bank_account_is_refused(admin, ledger_path, tmp_path):
    """A partner whose account the log recorded (here: changed by its own action)."""
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services import partners
    from dealer_app.services.stores import save_store
    from dealer_app.services.users import add_user

    add_user(admin, "hq.x", "hq_finance", None, "password1")
    hq = context(admin.ledger, "hq.x")
    save_store(
        hq,
        Store("B1", "门店B1", "某某汽车有限公司", "CENTRAL", "湖北", "武汉",
              StoreType.CAR_INTEGRATION_STORE, dt.date(2024, 1, 1), StoreStatus.OPEN,
              partner_bank="招商银行", partner_account="6225 0000 1111"),
        new=True,
    )  # fmt: skip
    pid = partners.get_partner(hq, "B1").id
    copy = backup_service.backup(admin, tmp_path / "b.sqlite3")
    conn = sqlite3.connect(str(copy))
    conn.execute("UPDATE partners SET account = '6222 9999 9999' WHERE id = ?", (pid,))
    conn.commit()
    conn.close()
    with pytest.raises(LedgerUnusable) as info:
        backup_service.check_backup(copy)
    assert info.value.code == "restore.tables_differ"
    assert "6222 9999 9999" in info.value.message and "6225 0000 1111" in info.value.message
