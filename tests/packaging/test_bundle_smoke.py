"""The built bundle, started from outside the source tree: a year-end round trip and the GUI.

Skipped unless DEALER_APP_BUNDLE names a built bundle (dist/DealerDesk, or "Dealer Desk.app" on
macOS). Build and run:

    python packaging/build.py
    DEALER_APP_BUNDLE=dist/DealerDesk python -m pytest -m packaging tests/packaging

The same steps as packaging/smoke.sh, in Python so that they also run against a Windows bundle.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

BUNDLE = os.environ.get("DEALER_APP_BUNDLE")
ADMIN_PW = "smoke-admin-pw"
USER_PW = "smoke-user-pw"
STORES_CSV = (
    "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,地址,门店类型,开业日期,状态\n"
    "S001,武汉光谷汽车融合店,湖北华通汽车销售服务有限公司,91350100M000100Y43,华中,湖北,武汉,光谷大道1号,汽车融合店,2024-12-31,营业中\n"
    "S002,长沙交付中心,湖南恒信汽车销售服务有限公司,,CENTRAL,湖南,长沙,芙蓉路8号,交付中心,2025/01/01,open\n"
    "S003,郑州融合店,河南永达汽车销售服务有限公司,,华中,河南,郑州,,car_integration_store,2025年12月14日,open\n"
    "S004,衡阳融合店,湖南恒信汽车销售服务有限公司,,华中,湖南,衡阳,,car_integration_store,2025-12-15,open\n"
    "S005,宜昌融合店,湖北华通汽车销售服务有限公司,,华中,湖北,宜昌,,car_integration_store,2023-03-01,open\n"
)

if not BUNDLE:
    pytest.skip(
        "set DEALER_APP_BUNDLE to a built bundle (python packaging/build.py)",
        allow_module_level=True,
    )


def _executables(bundle: Path) -> tuple[Path, Path]:
    if bundle.suffix == ".app":
        base = bundle / "Contents" / "MacOS"
    else:
        base = bundle
    suffix = ".exe" if sys.platform == "win32" else ""
    return base / f"dealer-app{suffix}", base / f"dealer-desk{suffix}"


APP, GUI = _executables(Path(BUNDLE).resolve())


@pytest.fixture
def outside(tmp_path: Path) -> dict[str, str]:
    """A clean environment in a folder outside the source tree: own data folder, own Qt
    settings, offscreen Qt, nothing of the development environment's Python."""
    if not APP.exists() or not GUI.exists():
        pytest.fail(f"no bundle executables at {APP.parent}")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
        and not k.startswith("DEALER_APP_")
    }
    env.update(
        DEALER_APP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        DEALER_APP_PASSWORD=ADMIN_PW,
        DEALER_APP_NEW_PASSWORD=USER_PW,
    )
    return env


def run(env: dict[str, str], cwd: Path, *args: str, user: str | None = None, **extra: str):
    cmd = [str(APP), "--db", str(cwd / "ledger.sqlite3")]
    e = dict(env, **extra)
    if user:
        cmd += ["--user", user]
        e["DEALER_APP_PASSWORD"] = USER_PW
    return subprocess.run(
        [*cmd, *args], cwd=cwd, env=e, capture_output=True, text=True, timeout=300
    )


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_version_comes_from_pyproject(outside, tmp_path):
    import tomllib

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    version = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    result = subprocess.run(
        [str(APP), "--version"], cwd=tmp_path, env=outside, capture_output=True, text=True
    )
    assert ok(result).strip() == f"Dealer Desk {version}"


def test_year_end_round_trip_prints_a_genuine_letter(outside, tmp_path):
    env = outside
    ok(run(env, tmp_path, "init"))
    for name in ("mgr.central", "mgr.central2"):
        ok(
            run(
                env,
                tmp_path,
                "user",
                "add",
                name,
                "--role",
                "regional_manager",
                "--region",
                "CENTRAL",
            )
        )
    ok(run(env, tmp_path, "user", "add", "hq.finance", "--role", "hq_finance"))
    csv = tmp_path / "stores.csv"
    csv.write_bytes(STORES_CSV.encode("gbk"))  # Chinese Excel's default encoding
    assert "added 5 stores" in ok(
        run(env, tmp_path, "import", "stores", str(csv), user="hq.finance")
    )

    for store in ("S001", "S002", "S003", "S005"):
        sid = ok(
            run(
                env,
                tmp_path,
                "subsidy",
                "propose",
                "--policy",
                "YE2025",
                "--store",
                store,
                user="mgr.central",
            )
        ).strip()
        ok(run(env, tmp_path, "subsidy", "approve", sid, user="mgr.central2"))
    refused = run(
        env,
        tmp_path,
        "subsidy",
        "propose",
        "--policy",
        "YE2025",
        "--store",
        "S004",
        user="mgr.central",
    )
    assert refused.returncode == 1
    assert "one day after the cutoff of 2025-12-14" in refused.stderr

    out = tmp_path / "letters"
    # Four letters with two workers: the pool starts, by spawn as on Windows and macOS.
    ok(
        run(
            env,
            tmp_path,
            "letters",
            "--policy",
            "YE2025",
            "--out",
            str(out),
            user="mgr.central",
            DEALER_APP_MP_START="spawn",
        )
    )
    pdfs = sorted(out.rglob("*.pdf"))
    assert [p.name for p in pdfs] == [f"YE2025-CENTRAL-00000{i}.pdf" for i in range(1, 5)]
    assert pdfs[0].read_bytes().startswith(b"%PDF-")
    verdict = ok(run(env, tmp_path, "letters", "verify", str(pdfs[0]), user="mgr.central"))
    assert verdict.startswith("genuine: letter YE2025-CENTRAL-000001")
    assert "chain intact" in ok(run(env, tmp_path, "audit", "verify", user="hq.finance"))
    assert (tmp_path / "data" / "logs" / "dealer-desk.log").is_file()


@pytest.mark.parametrize("with_ledger", [False, True], ids=["first-start-zh", "sign-in-en"])
def test_gui_shows_its_first_window_and_quits_cleanly(outside, tmp_path, with_ledger):
    lang = "en_US.UTF-8" if with_ledger else "zh_CN.UTF-8"
    env = dict(outside, DEALER_APP_QUIT_AFTER_MS="1000", LC_ALL=lang, LANG=lang)
    args = [str(GUI)]
    if with_ledger:
        ok(run(outside, tmp_path, "init"))
        args += ["--db", str(tmp_path / "ledger.sqlite3")]
    started = time.time()
    result = subprocess.run(
        args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    m = re.search(r"first window '([^']*)' \((\w+)\) shown at epoch ([0-9.]+)", result.stderr)
    assert m, result.stderr
    assert m.group(2) == ("SignInDialog" if with_ledger else "CreateLedgerDialog")
    # The Chinese title comes from the translations shipped in the bundle.
    assert ("Sign in" in m.group(1)) if with_ledger else ("欢迎" in m.group(1)), m.group(1)
    assert "Traceback" not in result.stderr
    shown_after = float(m.group(3)) - started
    print(f"GUI first window after {shown_after * 1000:.0f} ms")
    assert shown_after < 30
