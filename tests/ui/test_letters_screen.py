"""Letters screen: generate for approved subsidies, preview (QtPdf), save and print (counted, the
next render is a COPY), verify a PDF; proposed subsidies cannot be selected; cancelling a batch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QSpinBox

from dealer_app.ui.models.letter_table import COL_PRINTED

PASSWORD = "password1"


from tests.ui.conftest import as_user  # noqa: E402

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


@pytest.fixture
def subsidies(ledger_location: Path) -> dict[str, int]:
    """C001 and C002 approved, E001 proposed (all proposed by hq, approved by hq2)."""
    from dealer_app.services.subsidies import approve, propose

    ids = as_user(
        ledger_location,
        "hq",
        lambda ctx: {c: propose(ctx, "YE2025", c) for c in ("C001", "C002", "E001")},
    )
    as_user(ledger_location, "hq2", lambda ctx: [approve(ctx, ids[c]) for c in ("C001", "C002")])
    return ids


@pytest.fixture
def boxes(monkeypatch):  # noqa: ANN001, ANN201
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: texts.append(self.text()))
    return texts


def _screen(main_window, wait_idle, user="hq"):  # noqa: ANN001, ANN202
    window = main_window(user)
    screen = window.show_screen("letters")
    wait_idle()
    return window, screen


def _select(screen, *ids: int) -> None:  # noqa: ANN001
    from dealer_app.ui.models.rows_table import select_keys

    screen.table.setFocus()
    select_keys(screen.table, ids)


def _printed(screen, sid: int) -> str:  # noqa: ANN001
    m = screen.model
    return m.data(m.index(m.row_of(sid), COL_PRINTED))


def _verify_cli(ledger: Path, pdf: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, DEALER_APP_PASSWORD=PASSWORD)
    return subprocess.run(
        [sys.executable, "-m", "dealer_app", "--db", str(ledger), "--user", "hq"]
        + ["letters", "verify", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_generate_preview_save_verify_and_the_print_count(
    qtbot, subsidies, ledger_location, main_window, wait_idle, boxes, monkeypatch, tmp_path
):
    window, screen = _screen(main_window, wait_idle)
    m = screen.model
    assert sorted(r.subsidy.store_code for r in m.rows) == ["C001", "C002"]  # E001 is proposed
    assert screen.summary.text() == "Approved or paid: 2 · letters issued: 0 · printed: 0"
    sid = subsidies["C001"]
    _select(screen, sid)
    assert screen.selection_label.text() == (
        "1 selected · ¥100,000 · new letter numbers to issue: 1"
    )
    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview is not None, timeout=10_000)
    preview = screen.preview
    assert preview.page_count() >= 1
    assert (
        preview.info.text()
        == "1 letter · not numbered yet · drafts marked 草稿 / DRAFT: each is numbered when it is printed or saved"
    )
    wait_idle()
    # a preview takes no number: only printing or saving does (numbers run without gaps)
    assert screen.summary.text() == "Approved or paid: 2 · letters issued: 0 · printed: 0"

    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), "")
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.saved == [target], timeout=10_000)
    wait_idle()
    assert target.read_bytes().startswith(b"%PDF")
    assert _printed(screen, sid) == "1"
    row = m.row_at(m.row_of(sid))
    assert row.number == "YE2025-CENTRAL-2025-000001"
    # The preview now shows the copy: a letter has one original.
    qtbot.waitUntil(lambda: "copy marked" in preview.info.text(), timeout=10_000)
    assert preview.notice.isVisible()

    result = _verify_cli(ledger_location, target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Genuine: letter YE2025-CENTRAL-2025-000001 is exactly as the ledger issued it, and valid."
    )

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verdict is not None, timeout=10_000)
    assert boxes == [
        "letter.pdf\n\n"
        "Genuine: letter YE2025-CENTRAL-2025-000001 is exactly as the ledger issued it, and valid."
    ]


def test_print_through_the_print_dialog_counts_and_marks_the_next_one_copy(
    qtbot, subsidies, main_window, wait_idle, boxes, top_level, tmp_path, worker_call
):
    from dealer_app.services.letters import letters_for_subsidies

    window, screen = _screen(main_window, wait_idle)
    ids = [subsidies["C001"], subsidies["C002"]]
    _select(screen, *ids)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # Enter generates
    qtbot.waitUntil(lambda: screen.preview is not None, timeout=10_000)
    preview = screen.preview
    assert preview.page_count() == 2
    assert (
        preview.info.text()
        == "2 letters · not numbered yet · drafts marked 草稿 / DRAFT: each is numbered when it is printed or saved"
    )
    printed = tmp_path / "printer.pdf"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    dialog = top_level("printDialog")
    assert isinstance(dialog, QPrintDialog)
    # No printer on the test machine: the dialog offers "Print to File (PDF)" with a file name
    # ending in the letters' default name; the user types another and presses Print.
    name = dialog.findChild(QLineEdit, "filename")
    assert name.text().endswith("payout-letters.pdf")  # (numbered when printed)
    name.clear()
    qtbot.keyClicks(name, str(printed))
    dialog.findChild(QSpinBox, "copies").setValue(2)  # two originals? one set is printed
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.printed_pages == 2, timeout=20_000)
    wait_idle()
    import pypdf

    assert len(pypdf.PdfReader(printed).pages) == 2  # one set, not two
    letters = worker_call(lambda ctx: letters_for_subsidies(ctx, ids))
    assert sorted(r.print_count for r in letters.values()) == [1, 1]
    assert preview.copies_refused and "Only one set was printed" in preview.notice.text()
    qtbot.waitUntil(lambda: "copies marked" in preview.info.text(), timeout=10_000)
    assert [_printed(screen, i) for i in ids] == ["1", "1"]
    assert boxes == []


def test_save_one_pdf_per_letter_each_verifies(
    qtbot, subsidies, main_window, wait_idle, monkeypatch, tmp_path, worker_call
):
    from dealer_app.services.letters import verify_pdf

    window, screen = _screen(main_window, wait_idle)
    screen.generate([subsidies["C001"], subsidies["C002"]])
    qtbot.waitUntil(lambda: screen.preview is not None, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    screen.preview.choose_folder()
    qtbot.waitUntil(lambda: len(screen.preview.saved) == 2, timeout=10_000)
    names = sorted(p.name for p in screen.preview.saved)
    assert names == ["YE2025-CENTRAL-2025-000001.pdf", "YE2025-CENTRAL-2025-000002.pdf"]
    for path in screen.preview.saved:
        verdict = worker_call(lambda ctx, p=path: verify_pdf(ctx, p))
        assert verdict.genuine and not verdict.copy, verdict.differences


def test_proposed_subsidies_cannot_be_selected_and_the_service_refuses_them(
    qtbot, subsidies, main_window, wait_idle, boxes
):
    from dealer_app.ui.screens.letters import SHOW_ALL

    window, screen = _screen(main_window, wait_idle)
    screen.set_show(SHOW_ALL)
    m = screen.model
    e001 = m.row_of(subsidies["E001"])
    assert m.flags(m.index(e001, 0)) == Qt.ItemFlag.NoItemFlags
    assert "letters are issued only for approved or paid" in m.data(
        m.index(e001, 0), Qt.ItemDataRole.ToolTipRole
    )
    screen.table.setFocus()
    screen.table.selectAll()
    assert sorted(r.subsidy.store_code for r in screen.selected()) == ["C001", "C002"]
    _select(screen, subsidies["E001"])
    assert not screen.generate_button.isEnabled()
    # Whatever the view allows, the service decides.
    screen.generate([subsidies["E001"]])
    wait_idle()
    assert boxes == [
        f"Subsidy {subsidies['E001']} (E001) is proposed; letters are issued only for approved "
        "or paid subsidies."
    ]
    assert screen.preview is None


def test_cancelling_the_render_stops_between_letters(
    qtbot, subsidies, main_window, wait_idle, tasks, monkeypatch
):
    import dealer_app.services.letters as letter_service
    from dealer_app.services.batch import Cancelled

    window, screen = _screen(main_window, wait_idle)
    real = letter_service.render_preview
    seen: list[BaseException] = []
    notices: list[str] = []
    tasks.notice.connect(notices.append)

    def render(records, progress=None, should_stop=None):  # noqa: ANN001, ANN202
        def pressed_cancel(done: int, total: int) -> None:
            for job in list(tasks._running.values()):
                job.cancel.set()  # what the progress dialog's Cancel button does
            progress(done, total)

        try:
            return real(records, pressed_cancel, should_stop)
        except Cancelled as exc:
            seen.append(exc.__cause__)  # the renderer's own stop, said as a cancel
            raise

    monkeypatch.setattr(letter_service, "render_preview", render)
    screen.generate([subsidies["C001"], subsidies["C002"]])
    qtbot.waitUntil(lambda: bool(notices) and tasks.idle, timeout=10_000)
    assert [str(e) for e in seen] == ["stopped after 1 of 2 letters"]
    assert notices[-1] == "Cancelled; nothing was changed."
    assert screen.preview is None


def test_a_new_preview_replaces_the_open_one(qtbot, subsidies, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    screen.generate([subsidies["C001"]])
    qtbot.waitUntil(lambda: screen.preview is not None, timeout=10_000)
    first = screen.preview
    screen.generate([subsidies["C002"]])
    qtbot.waitUntil(lambda: screen.preview is not first, timeout=10_000)
    second = screen.preview
    wait_idle()
    qtbot.wait(50)  # the first one's deferred deletion has run
    assert screen.preview is second and second.isVisible()
    assert (
        second.info.text()
        == "1 letter · not numbered yet · drafts marked 草稿 / DRAFT: each is numbered when it is printed or saved"
    )


def test_check_a_paper_letter_by_scanning_its_qr_code(
    qtbot, subsidies, ledger_location, main_window, wait_idle, worker_call, tmp_path
):
    """A USB scanner types the code and presses Enter; the answer shows at once, the field is
    ready for the next scan; a cancelled subsidy's letter shows VOID, in both languages."""
    from dealer_app.domain.letters import qr_payload
    from dealer_app.services.letters import issue_letters, letter_data
    from dealer_app.services.subsidies import cancel
    from dealer_app.ui.screens.letters import SHOW_ALL

    window, screen = _screen(main_window, wait_idle)
    [rec] = worker_call(lambda ctx: issue_letters(ctx, [subsidies["C001"]]).records)
    payload = qr_payload(letter_data(rec), rec.digest)

    assert screen.check_button.shortcut().toString() == "Ctrl+K"
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    dialog = screen.check_dialog
    assert dialog is not None and dialog.isVisible() and dialog.focusWidget() is dialog.code
    qtbot.keyClicks(dialog.code, payload)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_verdict is not None, timeout=10_000)
    assert dialog.result.property("standing") == "genuine"
    assert dialog.result.text() == (
        "Genuine: letter YE2025-CENTRAL-2025-000001 is exactly as the ledger issued it, and valid."
    )
    assert dialog.code.text() == "" and dialog.focusWidget() is dialog.code

    as_user(ledger_location, "hq2", lambda ctx: cancel(ctx, subsidies["C001"], "门店信息有误"))
    dialog.last_verdict = None
    qtbot.keyClicks(dialog.code, payload)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_verdict is not None, timeout=10_000)
    assert dialog.result.property("standing") == "void"
    assert dialog.result.text().startswith("VOID: letter YE2025-CENTRAL-2025-000001")
    assert "by hq2" in dialog.result.text()

    dialog.last_verdict = None
    qtbot.keyClicks(dialog.code, "not a code")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_verdict is not None, timeout=10_000)
    assert dialog.result.property("standing") == "unknown"
    assert "not a Dealer Desk letter code" in dialog.result.text()

    # The list says the letter is void.
    screen.refresh()
    wait_idle()
    screen.set_show(SHOW_ALL)
    m = screen.model
    assert m.data(m.index(m.row_of(subsidies["C001"]), 6)).endswith("· void")
    dialog.grab().save(str(tmp_path / "check-letter.png"))
