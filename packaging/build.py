"""Build the standalone Dealer Desk bundle for the platform this runs on.

    python packaging/build.py              # folder + archive in dist/
    python packaging/build.py --installer  # Windows: also the Inno Setup installer (needs ISCC)

Needs the project installed with its "package" extra (`pip install -e '.[package]'`, which
brings PyInstaller). What it makes, in dist/:

  Linux    DealerDesk/ (dealer-app, dealer-desk, dealer-desk.desktop,
           install-desktop-entry.sh) and DealerDesk-<version>-linux-<arch>.tar.gz
  Windows  DealerDesk\\ (dealer-app.exe, dealer-desk.exe) and
           DealerDesk-<version>-windows-<arch>.zip; with --installer and Inno Setup 6,
           DealerDesk-<version>-setup.exe from packaging/windows/dealer-desk.iss
  macOS    Dealer Desk.app and DealerDesk-<version>-macos-<arch>.zip (made with ditto)

Steps: read the version from pyproject.toml (the one place it is written); write a minimal
dist-info for it so `importlib.metadata` answers inside the bundle; compile
resources/translations/*.ts to .qm (pyside6-lrelease; a .qm is a build product); run
PyInstaller on packaging/dealer-desk.spec; add the desktop integration files; archive; then run
the built `dealer-app --version` and check it prints the version. Nothing is downloaded by the
bundle at run time, and nothing but PyInstaller itself is needed to build it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dealer-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
STAGING = WORK / "staging"
BUNDLE_NAME = "DealerDesk"
MAC_APP = "Dealer Desk.app"


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower() or "unknown"
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def write_dist_info(staging: Path, version: str) -> Path:
    """The metadata `importlib.metadata.version("dealer-app")` reads in the frozen bundle."""
    info = staging / f"dealer_app-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: dealer-app\nVersion: {version}\n", encoding="utf-8"
    )
    (info / "INSTALLER").write_text("dealer-desk-bundle\n", encoding="utf-8")
    return info


def _tool(name: str) -> str | None:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def compile_translations(staging: Path) -> list[Path]:
    """resources/translations/*.ts -> staging/translations/*.qm (a shipped .qm without a .ts
    is copied as it is)."""
    source = ROOT / "resources" / "translations"
    out_dir = staging / "translations"
    if not source.is_dir():
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    ts_files = sorted(source.glob("*.ts"))
    if ts_files:
        lrelease = _tool("pyside6-lrelease")
        if lrelease is None:
            raise SystemExit("pyside6-lrelease not found: install the project's dependencies first")
        for ts in ts_files:
            qm = out_dir / f"{ts.stem}.qm"
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
    for qm in sorted(source.glob("*.qm")):
        if not (out_dir / qm.name).exists():
            shutil.copy2(qm, out_dir / qm.name)
            written.append(out_dir / qm.name)
    return written


def run_pyinstaller(staging: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is missing: pip install -e '.[package]' (from the repository root)"
        ) from None
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(SPEC),
            "--",
            "--staging",
            str(staging),
        ],
        check=True,
        cwd=ROOT,
    )


def add_linux_desktop_files(bundle: Path) -> None:
    """The .desktop file, its icons and a per-user installer for the application menu."""
    shutil.copy2(PACKAGING / "linux" / "dealer-desk.desktop", bundle / "dealer-desk.desktop")
    script = bundle / "install-desktop-entry.sh"
    shutil.copy2(PACKAGING / "linux" / "install-desktop-entry.sh", script)
    script.chmod(0o755)
    icons = bundle / "icons"
    icons.mkdir(exist_ok=True)
    for png in sorted((ROOT / "resources" / "icons").glob("dealer-desk-*.png")):
        shutil.copy2(png, icons / png.name)
    shutil.copy2(ROOT / "resources" / "icons" / "dealer-desk.svg", icons / "dealer-desk.svg")


def archive(bundle: Path, version: str) -> Path:
    base = DIST / f"{BUNDLE_NAME}-{version}-{platform_tag()}"
    if sys.platform == "darwin":
        out = base.with_suffix(".zip")
        out.unlink(missing_ok=True)
        # ditto keeps the framework symlinks and extended attributes an .app needs.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(bundle), str(out)], check=True)
        return out
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def build_installer(version: str) -> Path:
    iscc = _tool("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        raise SystemExit("--installer needs Inno Setup 6 (ISCC.exe): https://jrsoftware.org")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={DIST / BUNDLE_NAME}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'dealer-desk.ico'}",
            str(PACKAGING / "windows" / "dealer-desk.iss"),
        ],
        check=True,
    )
    return DIST / f"{BUNDLE_NAME}-{version}-setup.exe"


def cli_executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / "dealer-app.exe"
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "dealer-app"
    return bundle / "dealer-app"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def check_version(bundle: Path, version: str) -> None:
    exe = cli_executable(bundle)
    out = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, check=True, cwd=DIST
    ).stdout.strip()
    if out != f"Dealer Desk {version}":
        raise SystemExit(f"the bundle says {out!r}, pyproject.toml says {version}")
    print(f"{exe.relative_to(ROOT)} --version: {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--installer", action="store_true", help="Windows: also the setup.exe")
    parser.add_argument("--no-archive", action="store_true", help="only the folder")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = project_version()
    print(f"Dealer Desk {version} for {platform_tag()}")
    shutil.rmtree(STAGING, ignore_errors=True)
    STAGING.mkdir(parents=True)
    write_dist_info(STAGING, version)
    for qm in compile_translations(STAGING):
        print(f"translation {qm.name}")

    run_pyinstaller(STAGING)
    folder = DIST / BUNDLE_NAME
    bundle = DIST / MAC_APP if sys.platform == "darwin" else folder
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
    check_version(bundle, version)

    print(f"bundle  {bundle.relative_to(ROOT)}  {folder_size(bundle) / 1e6:.1f} MB")
    if not args.no_archive:
        out = archive(bundle, version)
        print(f"archive {out.relative_to(ROOT)}  {out.stat().st_size / 1e6:.1f} MB")
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("--installer is for Windows (Inno Setup)")
        out = build_installer(version)
        print(f"setup   {out.relative_to(ROOT)}  {out.stat().st_size / 1e6:.1f} MB")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
