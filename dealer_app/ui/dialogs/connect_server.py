"""File → Connect to a shared ledger…: server, port, database, user and TLS, made into the
ledger's address (`postgresql://USER@HOST:PORT/DB?sslmode=…`). Everything but the password is
remembered on this desktop; the password is asked by the sign-in that follows (and kept only in
the keychain, when the person asks for it)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealer_app.ui import settings as desk

#: TLS modes, strictest first (libpq's sslmode).
TLS_MODES = ("verify-full", "require", "prefer", "disable")
KEY = "shared_ledger/"


def server_url(host: str, port: int, database: str, user: str, tls: str) -> str:
    who = f"{quote(user, safe='')}@" if user else ""
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    query = urlencode({"sslmode": tls}) if tls else ""
    return f"postgresql://{who}{host}:{port}/{quote(database, safe='')}" + (
        f"?{query}" if query else ""
    )


class ConnectServerDialog(QDialog):
    """Accepts with `self.url` set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(self.tr("Connect to a shared ledger — Dealer Desk"))
        self.setMinimumWidth(460)
        self.url = ""
        intro = QLabel(
            self.tr(
                "A shared ledger lives on your company's PostgreSQL server. Your IT department "
                "gives you its address and your own user name and password."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(desk.get_str(KEY + "host") or "")
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(int(desk.get_str(KEY + "port") or 5432))
        self.database = QLineEdit(desk.get_str(KEY + "database") or "dealerdesk")
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit(desk.get_str(KEY + "user") or "")
        self.user.setObjectName("serverUser")
        self.tls = QComboBox()
        self.tls.setObjectName("serverTls")
        labels = {
            "verify-full": self.tr("Encrypted, server certificate checked (recommended)"),
            "require": self.tr("Encrypted, certificate not checked"),
            "prefer": self.tr("Encrypted when the server offers it"),
            "disable": self.tr("Not encrypted (this computer or a trusted network only)"),
        }
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        saved = desk.get_str(KEY + "tls") or "verify-full"
        self.tls.setCurrentIndex(max(0, self.tls.findData(saved)))
        self.message = QLabel("")
        self.message.setObjectName("connectMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption:"), self.tls)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.host if not self.host.text() else self.user).setFocus()

    def submit(self) -> None:
        host, db, user = (w.text().strip() for w in (self.host, self.database, self.user))
        missing = [
            label
            for label, value in (
                (self.tr("the server"), host),
                (self.tr("the database"), db),
                (self.tr("your user name"), user),
            )
            if not value
        ]
        if missing:
            self.message.setText(self.tr("Enter {what}.").format(what=", ".join(missing)))
            self.message.setVisible(True)
            return
        tls = self.tls.currentData()
        for key, value in (
            ("host", host), ("port", str(self.port.value())), ("database", db),
            ("user", user), ("tls", tls),
        ):  # fmt: skip
            desk.set_value(KEY + key, value)
        self.url = server_url(host, self.port.value(), db, user, tls)
        self.accept()
