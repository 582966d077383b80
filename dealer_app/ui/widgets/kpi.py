"""A KPI card: a caption, a big figure, a line of detail, optionally a bar."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None, with_bar: bool = False):
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel("–")
        self.value.setObjectName("kpiValue")
        self.detail = QLabel("")
        self.detail.setObjectName("kpiDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.bar: QProgressBar | None = None
        if with_bar:
            self.bar = QProgressBar()
            self.bar.setObjectName("kpiBar")
            self.bar.setTextVisible(False)
            self.bar.setFixedHeight(6)
            self.bar.setRange(0, 1000)
            layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", fraction: float | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        if self.bar is not None and fraction is not None:
            self.bar.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))
