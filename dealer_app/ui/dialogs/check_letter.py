"""Check a paper letter: scan its QR code with a USB scanner (it types the code and presses
Enter) or paste the code's text; the ledger answers genuine, copy, void or unknown at once.

The dialog stays open for the next letter: after each check the field is emptied and keeps the
focus, so a pile of letters is checked scan after scan. The answer shows in a coloured box
(green genuine, red void, not genuine or unknown) with what differs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app import i18n
from dealer_app.services import letters as letter_service
from dealer_app.ui.tasks import run_op

_STYLES = {
    "genuine": "background: #dcfce7; color: #14532d; border: 1px solid #22c55e;",
    "void": "background: #fee2e2; color: #7f1d1d; border: 2px solid #dc2626;",
    "altered": "background: #fee2e2; color: #7f1d1d; border: 1px solid #dc2626;",
    "unknown": "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b;",
}


def verdict_text(verdict: letter_service.Verdict) -> tuple[str, str]:
    """The verdict as the screens show it: (standing, text). Standing is the worst of its
    letters' ("genuine", "void", "altered" or "unknown")."""
    lines = [f"• {i18n.text(p)}" for p in verdict.problems]
    several = len(verdict.letters) > 1
    for check in verdict.letters:
        head = i18n.text(check.summary())
        lines.append(f"{check.pages}: {head}" if several and check.pages else head)
        lines += [f"    • {i18n.text(d)}" for d in check.differences[:10]]
    order = ["unknown", "altered", "void", "genuine"]
    standings = [c.standing.value for c in verdict.letters] or ["unknown"]
    if verdict.problems and not verdict.letters:
        standing = "unknown"
    else:
        standing = min(standings, key=order.index)
        if verdict.problems and standing == "genuine":
            standing = "altered"
    return standing, "\n".join(lines)


class CheckLetterDialog(QDialog):
    """Scan or paste a letter's QR code; see what the ledger says of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkLetter")
        self.setWindowTitle(self.tr("Check a letter"))
        self.last_verdict: letter_service.Verdict | None = None
        intro = QLabel(
            self.tr(
                "Scan the QR code at the bottom of the paper letter with a USB scanner, or paste "
                "its text and press Enter. The ledger says whether the letter is genuine, a copy, "
                "void (its subsidy was cancelled) or unknown."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("qrText")
        self.code.setPlaceholderText("DEALERDESK:2|…")
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        self.result = QLabel("")
        self.result.setObjectName("checkResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumHeight(90)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def check(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.code.setFocus()
            return
        self.check_button.setEnabled(False)
        run_op(
            self,
            lambda ctx: letter_service.verify_qr(ctx, text),
            self.show_verdict,
            on_failure=self.show_error,
        )

    def show_verdict(self, verdict: letter_service.Verdict) -> None:
        self.last_verdict = verdict
        self._show(*verdict_text(verdict))

    def show_error(self, error: BaseException) -> None:
        """A refusal (not allowed to check letters of that region, the ledger closed) shows
        where the answer would; an unexpected error was already reported by the task runner."""
        msg = getattr(error, "msg", None)
        self._show("unknown", i18n.text(msg) if msg is not None else "")

    def _show(self, standing: str, text: str) -> None:
        self.result.setProperty("standing", standing)
        self.result.setStyleSheet(
            f"QLabel#checkResult {{ {_STYLES[standing]} border-radius: 6px; padding: 10px;"
            " font-size: 14px; }"
        )
        self.result.setText(text)
        self.result.setVisible(True)
        self.check_button.setEnabled(True)
        self.code.clear()  # ready for the next scan
        self.code.setFocus()
