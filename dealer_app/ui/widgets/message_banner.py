"""A coloured message strip for results a user must not miss (verify, saved, refused).

Carries its own small stylesheet so it looks the same whatever the application style holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

OK, BAD, WARN, INFO = "ok", "bad", "warn", "info"

_STYLE = """
QFrame[banner="true"] { border-radius: 6px; border: 1px solid #e5e7eb; background: #f3f4f6; }
QFrame[banner="true"][state="ok"] { background: #ecfdf3; border-color: #86efac; }
QFrame[banner="true"][state="bad"] { background: #fef2f2; border-color: #fca5a5; }
QFrame[banner="true"][state="warn"] { background: #fffbeb; border-color: #fcd34d; }
QFrame[banner="true"][state="info"] { background: #eff6ff; border-color: #93c5fd; }
QFrame[banner="true"][state="ok"] QLabel { color: #14532d; }
QFrame[banner="true"][state="bad"] QLabel { color: #991b1b; }
QFrame[banner="true"][state="warn"] QLabel { color: #78350f; }
QFrame[banner="true"][state="info"] QLabel { color: #1e3a8a; }
QLabel#bannerTitle { font-weight: 600; }
QToolButton#bannerClose { border: none; background: transparent; color: #6b7280; }
"""

_MARK = {OK: "✔", BAD: "✖", WARN: "⚠", INFO: "ℹ"}


class MessageBanner(QFrame):
    """`show_message(state, title, body="")`; hidden until the first message. `state` is one of
    OK, BAD, WARN, INFO. The text is selectable so a user can copy it into an e-mail."""

    def __init__(self, parent: QWidget | None = None, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setProperty("banner", True)  # the style keys on this: screens rename the object
        self.setStyleSheet(_STYLE)
        self.state = ""
        self.mark = QLabel("")
        self.mark.setObjectName("bannerMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel("")
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QLabel("")
        self.body.setObjectName("bannerBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setVisible(False)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.title)
        text.addWidget(self.body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.mark)
        layout.addLayout(text, 1)
        if closable:
            close = QToolButton()
            close.setObjectName("bannerClose")
            close.setText("×")
            close.setToolTip(self.tr("Hide this message"))
            close.clicked.connect(self.hide)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_message(self, state: str, title: str, body: str = "") -> None:
        self.state = state
        self.setProperty("state", state)
        self.mark.setText(_MARK.get(state, ""))
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.style().unpolish(self)
        self.style().polish(self)
        for label in (self.mark, self.title, self.body):
            label.style().unpolish(label)
            label.style().polish(label)
        self.setVisible(True)

    def clear(self) -> None:
        self.state = ""
        self.title.setText("")
        self.body.setText("")
        self.setVisible(False)

    def text(self) -> str:
        """Title and body as one string (tests, copy)."""
        return "\n".join(t for t in (self.title.text(), self.body.text()) if t)
