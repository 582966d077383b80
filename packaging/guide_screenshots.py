"""Take the user guide's screenshots (docs/screenshots/guide-<lang>-NN-<what>.png).

    python packaging/guide_screenshots.py [--out docs/screenshots] [--lang zh_CN en]

Builds the demo network in a temporary data folder (`init --demo`, the date pinned to
2025-12-16), then, once per language in its own process, signs in as the regional manager of
Central China, walks the year-end tasks through the real windows offscreen and saves
`widget.grab()` of each step. Writes only guide-*.png files. A documentation tool, not part of
the application: it may import PySide6 outside dealer_app/ui/.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "guide-pass-1"
TODAY = "2025-12-16"
USER = "mgr.central2"  # mgr.central proposed the demo's Central proposals: the second pair of eyes
SIZE = (1280, 800)
LEDGER_DIR = Path(tempfile.gettempdir()) / "DealerDesk"

NEW_STORES = (
    "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,地址,门店类型,开业日期,状态\n"
    "CS09001,岳阳南湖汽车融合店,岳阳南湖汽车销售服务有限公司,,华中,湖南,岳阳,南湖大道18号,汽车融合店,2025-11-20,营业中\n"
    "CS09002,常德武陵交付中心,常德武陵汽车销售服务有限公司,,华中,湖南,常德,武陵大道6号,交付中心,2025/12/01,营业中\n"
    "CS09003,南阳卧龙汽车融合店,南阳卧龙汽车销售服务有限公司,,华中,河南,南阳,卧龙路99号,汽车融合店,2025年12月15日,营业中\n"
)


def build_demo(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    ledger = folder / "ledger.sqlite3"
    env = dict(os.environ, DEALER_APP_PASSWORD=PASSWORD)
    subprocess.run(
        [sys.executable, "-m", "dealer_app", "--db", str(ledger), "init", "--demo"],
        env=env,
        check=True,
    )
    return ledger


def shoot_language(lang: str, ledger: Path, out: Path, csv: Path) -> list[Path]:
    from PySide6.QtCore import QItemSelectionModel, QPoint
    from PySide6.QtWidgets import QApplication

    from dealer_app.ui import i18n
    from dealer_app.ui.app import create_application
    from dealer_app.ui.dialogs.import_wizard import ImportWizard
    from dealer_app.ui.dialogs.sign_in import SignInDialog
    from dealer_app.ui.main_window import MainWindow
    from dealer_app.ui.models.eligibility_table import can_propose
    from dealer_app.ui.screens.eligibility import SHOW_TO_PROPOSE
    from dealer_app.ui.session import load_session_info
    from dealer_app.ui.tasks import TaskManager, run_op, run_session_op

    i18n.set_language(lang)
    app = create_application()
    if (
        i18n.install_translators(app, lang) != "en"
        and app.translate("MainWindow", "&File") == "&File"
    ):
        raise SystemExit(f"no {lang} translation loaded: build resources/translations/*.qm first")
    tasks = TaskManager()
    written: list[Path] = []
    tag = "zh" if lang.startswith("zh") else "en"

    def settle(extra_ms: int = 150, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if tasks.idle:
                break
            time.sleep(0.01)
        pause = time.monotonic() + extra_ms / 1000
        while time.monotonic() < pause:
            app.processEvents()
            time.sleep(0.01)
        if not tasks.idle:
            settle(extra_ms, timeout)

    def select_rows(table, n: int) -> None:  # noqa: ANN001
        model, selection = table.model(), table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(min(n, model.rowCount())):
            selection.select(model.index(row, 0), flags)

    def save(widget, name: str) -> None:  # noqa: ANN001
        settle()
        path = out / f"guide-{tag}-{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)

    # 1. sign in
    dialog = SignInDialog(ledger, USER, None)
    dialog.password_edit.setText("••••••••••")  # shown dotted; never the real one
    dialog.show()
    settle()
    dialog.password_edit.deselect()
    save(dialog, "01-sign-in")
    dialog.close()

    found: dict = {}
    run_session_op(None, lambda s: (s.open(ledger), s.sign_in(USER, PASSWORD)))
    run_op(None, load_session_info, lambda info: found.setdefault("info", info))
    settle()
    window = MainWindow(found["info"])
    window.resize(*SIZE)
    window.show()
    settle(600)
    save(window, "02-dashboard")

    # 2. stores and the import wizard
    window.show_screen("stores")
    settle(400)
    save(window, "03-stores")
    wizard = ImportWizard(window)
    wizard.file_page.path_edit.setText(str(csv))
    wizard.resize(1100, 600)
    wizard.show()
    settle()
    wizard.next()
    settle(400)
    save(wizard, "04-import-check")
    wizard.close()

    # 3. eligibility: the stores still to propose
    screen = window.show_screen("eligibility")
    settle(400)
    combo = screen.show_combo
    index = combo.findData(SHOW_TO_PROPOSE)
    combo.setCurrentIndex(index)
    # The screen filters on `activated` (a user's choice), which setCurrentIndex never emits.
    combo.activated.emit(index)
    settle(400)
    shown = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    if not shown or not all(can_propose(row) for row in shown):
        raise SystemExit("step 05 must show only stores still to propose, and at least one")
    save(window, "05-eligibility")

    # 4. subsidies waiting for a decision
    screen = window.show_screen("subsidies")
    settle(400)
    select_rows(screen.table, 3)
    settle()
    save(window, "06-subsidies")

    # 5. letters: generate two and preview them
    screen = window.show_screen("letters")
    settle(400)
    save(window, "07-letters")
    screen.table.selectRow(0)
    settle()
    screen.generate_selected()
    settle(1500)
    if screen.preview is not None:
        screen.preview.resize(1000, 800)
        settle(800)
        save(screen.preview, "08-letter-preview")
        screen.preview.close()

    # 6. closures
    window.show_screen("closures")
    settle(400)
    save(window, "09-closures")

    # 7. File menu: back up
    window.show_screen("dashboard")
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(QPoint(8, 24)))
    settle(300)
    save(file_menu, "10-file-menu")
    file_menu.close()

    help_menu = window.menuBar().actions()[-1].menu()
    help_menu.popup(window.mapToGlobal(QPoint(300, 24)))
    settle(300)
    save(help_menu, "11-help-menu")
    help_menu.close()

    window.close()
    settle()
    tasks.shutdown()
    QApplication.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["zh_CN", "en"])
    parser.add_argument("--one", nargs=3, metavar=("LANG", "LEDGER", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    if args.one:
        lang, ledger, csv = args.one
        for path in shoot_language(lang, Path(ledger), args.out, Path(csv)):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0

    with tempfile.TemporaryDirectory(prefix="dealer-desk-guide-") as tmp:
        folder = Path(tmp)
        atexit.register(shutil.rmtree, LEDGER_DIR, True)
        os.environ.update(
            DEALER_APP_DATA_DIR=str(folder / "data"),
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        )
        csv = folder / "新门店.csv"
        csv.write_bytes(NEW_STORES.encode("gbk"))
        for lang in args.lang:
            # A fresh demo per language (generating letters issues numbers in the ledger), in a
            # folder whose name reads well in the status bar and the sign-in dialog.
            shutil.rmtree(LEDGER_DIR, ignore_errors=True)
            ledger = build_demo(LEDGER_DIR)
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--out",
                    str(args.out),
                    "--one",
                    lang,
                    str(ledger),
                    str(csv),
                ],
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
