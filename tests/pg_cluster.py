"""A throwaway PostgreSQL cluster for the tests: the installed server binaries, a temporary
folder, a free port, started once per test process (each pytest-xdist worker has its own) and
stopped at its end. As root the server runs as the unprivileged `postgres` account (initdb and
pg_ctl refuse to run as root). Nothing depends on a server someone started by hand.

`PG_BIN` names the binaries' folder; otherwise the newest `/usr/lib/postgresql/*/bin` (Debian),
else whatever `pg_ctl` is on PATH."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "cluster-owner-secret"


def find_bin() -> Path | None:
    env = os.environ.get("PG_BIN")
    if env:
        return Path(env) if (Path(env) / "pg_ctl").exists() else None
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def why_unavailable() -> str | None:
    """None when a cluster can be started here, else the reason in a sentence."""
    if find_bin() is None:
        return (
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's `postgresql`"
            " package or set PG_BIN; the PostgreSQL half of the suite is skipped"
        )
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` account to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.bin = find_bin()
        assert self.bin is not None
        self.dir = Path(tempfile.mkdtemp(prefix="dealer-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> Cluster:
        pwfile = self.dir / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD)
        if self._as_root:
            shutil.chown(self.dir, "postgres")
            shutil.chown(pwfile, "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth=scram-sha-256",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        opts = (
            f"-p {self.port} -c listen_addresses={self.host} -k {self.dir} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._opts = opts
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-w",
            "-l",
            str(self.dir / "server.log"),
            "start",
        )
        return self

    def url(self, db: str = "postgres", user: str | None = None) -> str:
        who = f"{user}@" if user else ""
        return f"postgresql://{who}{self.host}:{self.port}/{db}"

    def superuser_conn(self, db: str = "postgres"):
        import psycopg

        return psycopg.connect(
            host=self.host,
            port=self.port,
            dbname=db,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            autocommit=True,
        )

    def restart(self) -> None:
        """Stop the server (every connection drops) and start it again."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-m",
            "fast",
            "-w",
            "-l",
            str(self.dir / "server.log"),
            "restart",
        )

    def pause(self) -> None:
        """Stop the server (every connection drops; nobody can connect) until `resume`."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server `pause` stopped, on the same port."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            self._opts,
            "-w",
            "-l",
            str(self.dir / "server.log"),
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def wait_gone(self) -> None:
        for _ in range(50):
            if not (self.data / "postmaster.pid").exists():
                return
            time.sleep(0.1)
