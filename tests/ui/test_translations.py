"""The Chinese translation is complete, built, and used.

Fails when a GUI string is not in the .ts (run `python packaging/update_translations.py`),
when a message is unfinished or empty (translate it in the .ts, e.g. with pyside6-linguist),
when a translation loses a {placeholder} or its &accelerator, or when the .qm was not rebuilt
from the .ts.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(
        "packaging_update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
LANG = "zh_CN"
TS = tool.ts_path(LANG)
QM = tool.qm_path(LANG)
MESSAGES = tool.live_messages(TS)

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _accelerators(text: str) -> list[str]:
    """The letters after single ampersands ("&&" is a literal ampersand)."""
    return re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))


def test_every_message_is_translated():
    todo = [(m.context, m.source) for m in MESSAGES if not m.finished]
    assert todo == []
    assert len(MESSAGES) > 700


def test_every_string_marked_in_the_gui_is_in_the_ts():
    in_ts = {(m.context, m.source) for m in MESSAGES}
    missing = sorted(
        (m.context, m.source, f"{m.path}:{m.line}")
        for m in tool.marked_strings()
        if (m.context, m.source) not in in_ts
    )
    assert missing == [], "run: python packaging/update_translations.py, then translate"


def test_the_extractor_sees_what_lupdate_cannot():
    marked = {(m.context, m.source): m for m in tool.marked_strings()}
    # a column header marked with a context held in a constant
    header = marked[("SubsidyTableModel", "Payment reference")]
    assert not header.literal and header.path == "dealer_app/ui/models/subsidy_table.py"
    # a self.tr() and a literal QT_TRANSLATE_NOOP
    assert marked[("SignInDialog", "&Sign in")].literal
    assert marked[("EligibilityTableModel", "Region")].literal


def test_no_bogus_or_generated_entries_in_the_ts():
    assert "strings_lupdate_misses" not in TS.read_text(encoding="utf-8")
    assert all(m.context for m in MESSAGES)


def test_placeholders_accelerators_and_line_breaks_survive():
    bad = [
        (m.context, m.source, m.translation)
        for m in MESSAGES
        if sorted(_PLACEHOLDER.findall(m.translation)) != sorted(_PLACEHOLDER.findall(m.source))
        or len(_accelerators(m.translation)) != len(_accelerators(m.source))
        or m.translation.count("\n") != m.source.count("\n")
    ]
    assert bad == []


def test_accelerators_are_ascii_letters_in_chinese_style():
    for m in MESSAGES:
        if _accelerators(m.source):
            [letter] = _accelerators(m.translation)
            assert letter.upper() == letter and letter.isascii(), (m.source, m.translation)


def test_the_qm_is_built_from_the_ts(tmp_path):
    rebuilt = tmp_path / QM.name
    subprocess.run([*tool.tool("lrelease"), "-silent", str(TS), "-qm", str(rebuilt)], check=True)
    assert QM.exists(), "run: python packaging/update_translations.py --release"
    assert rebuilt.read_bytes() == QM.read_bytes(), (
        "the .qm is older than the .ts: python packaging/update_translations.py --release"
    )


def test_the_window_speaks_chinese(qapp, main_window):
    from PySide6.QtCore import QCoreApplication

    from dealer_app.ui import i18n

    assert i18n.install_translators(qapp, LANG) == LANG
    try:
        window = main_window("hq")
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "文件(&F)"
        from dealer_app.ui.screens.subsidies import SubsidiesScreen

        assert SubsidiesScreen.title() == "补贴"
        assert QCoreApplication.translate("SubsidyTableModel", "Payment reference") == "付款参考号"
        assert QCoreApplication.translate("PoliciesScreen", "first version") == "首个版本"
    finally:
        i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("SubsidyTableModel", "Payment reference") == (
        "Payment reference"
    )


def test_the_language_switches_without_a_restart(qapp, qtbot, sign_in, wait_idle):
    """View → Language → 中文: the window is built again in Chinese at once, on the same
    ledger, person and screen; and back."""
    from dealer_app.ui import i18n
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        window = controller.show_main(sign_in("hq"))
        qtbot.addWidget(window)
        window.show_screen("subsidies")
        wait_idle()
        window._set_language(LANG)
        qtbot.waitUntil(lambda: controller.window is not window, timeout=5000)
        chinese = controller.window
        qtbot.addWidget(chinese)
        assert [a.text() for a in chinese.menuBar().actions()][0] == "文件(&F)"
        assert chinese.current_screen().key == "subsidies"
        assert chinese.windowTitle().startswith("补贴")
        assert chinese.session.user.name == "hq"
        chinese._set_language("en")
        qtbot.waitUntil(lambda: controller.window is not chinese, timeout=5000)
        assert [a.text() for a in controller.window.menuBar().actions()][0] == "&File"
        qtbot.addWidget(controller.window)
    finally:
        controller.shutdown()
        i18n.install_translators(qapp, "en")
        i18n.set_language("en")


def test_the_audit_log_speaks_chinese_in_a_chinese_window(qapp):
    """No keys, codes or ASCII colons inside a Chinese audit summary."""
    from dealer_app.ui import i18n
    from dealer_app.ui.models.audit_table import action_words, entity_words, summary

    assert i18n.install_translators(qapp, LANG) == LANG
    try:
        data = {"before": {"status": "proposed"}, "after": {"status": "approved"}, "comment": "好"}
        assert summary(data) == "状态：已提议 → 已批准；意见：好"
        assert action_words("subsidy.approve") == "批准补贴"
        assert entity_words("store", "C001") == "门店 C001"
    finally:
        i18n.install_translators(qapp, "en")
