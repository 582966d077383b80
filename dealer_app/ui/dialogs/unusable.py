"""The ledger does not open: say why plainly, and offer a way out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from dealer_app import i18n
from dealer_app.domain.errors import DealerError

OPEN_OTHER, RESTORE, QUIT = "open", "restore", "quit"


class UnusableLedgerBox(QMessageBox):
    """Buttons: Open another file…, Restore the latest backup (when there is one), Quit.
    `choice` is one of OPEN_OTHER, RESTORE, QUIT after it closes."""

    def __init__(
        self,
        path: Path,
        error: DealerError,
        latest_backup: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unusableLedgerBox")
        self.choice = QUIT
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The ledger cannot be opened"))
        self.setText(self.tr("Dealer Desk cannot open {name}.").format(name=path.name))
        info = i18n.text(error)
        if latest_backup is not None:
            stamp = dt.datetime.fromtimestamp(latest_backup.stat().st_mtime)
            info += "\n\n" + self.tr(
                "The latest backup is {name}, from {when}. Restoring it keeps the damaged file "
                "aside in the backups folder."
            ).format(name=latest_backup.name, when=stamp.strftime("%Y-%m-%d %H:%M"))
        self.setInformativeText(info)
        self.open_button = self.addButton(
            self.tr("Open another file…"), QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button = None
        if latest_backup is not None:
            self.restore_button = self.addButton(
                self.tr("Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:  # noqa: ANN001
        if button is self.open_button:
            self.choice = OPEN_OTHER
        elif button is self.restore_button:
            self.choice = RESTORE
        else:
            self.choice = QUIT
