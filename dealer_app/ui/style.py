"""The application's look: Fusion with a light palette and a small stylesheet.

Fusion looks the same on Windows, macOS and Linux, so screenshots and the manual match what
every user sees; the stylesheet only adds what Fusion lacks (sidebar, cards, titles, errors).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#2563eb"

STYLESHEET = """
QListWidget#sidebar {
    background: #1f2937;
    color: #e5e7eb;
    border: none;
    padding-top: 8px;
    outline: 0;
}
QListWidget#sidebar::item {
    padding-left: 12px;
    border-left: 3px solid transparent;
}
QListWidget#sidebar::item:hover { background: #374151; }
QListWidget#sidebar::item:selected {
    background: #111827;
    color: #ffffff;
    border-left: 3px solid @accent;
}
QLabel#screenTitle { font-size: 15pt; font-weight: 600; color: #111827; }
QLabel#screenSubtitle, QLabel#countLabel, QLabel#dialogSubtitle, QLabel#hint {
    color: #6b7280;
}
QLabel#sectionTitle { font-weight: 600; color: #374151; margin-top: 4px; }
QLabel#dialogTitle { font-size: 13pt; font-weight: 600; }
QFrame#kpiCard {
    background: #ffffff;
    border: 1px solid #e5e7eb;
    border-radius: 8px;
}
QLabel#kpiCaption { color: #6b7280; font-weight: 600; }
QLabel#kpiValue { font-size: 20pt; font-weight: 600; color: #111827; }
QLabel#kpiDetail { color: #6b7280; }
QProgressBar#kpiBar { border: none; background: #e5e7eb; border-radius: 3px; }
QProgressBar#kpiBar::chunk { background: @accent; border-radius: 3px; }
QWidget#dashboardBody { background: #f3f4f6; }
QChartView { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel[role="fieldError"] { color: #b91c1c; }
QLabel[role="hint"] { color: #374151; }
QLabel#importVerdict { padding: 8px; border-radius: 6px; background: #f3f4f6; }
QLabel#importVerdict[state="bad"] { background: #fde8e8; color: #7f1d1d; }
QLabel#importVerdict[state="good"] { background: #e7f6ec; color: #14532d; }
QTableView { gridline-color: #e5e7eb; selection-background-color: #dbeafe;
             selection-color: #111827; }
QHeaderView::section { background: #f9fafb; border: none; border-bottom: 1px solid #e5e7eb;
                       border-right: 1px solid #f0f0f0; padding: 4px 6px; font-weight: 600; }
QPushButton[primary="true"] {
    background: @accent; color: #ffffff; border: 1px solid #1d4ed8;
    border-radius: 4px; padding: 5px 14px; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: #1d4ed8; }
QPushButton[primary="true"]:disabled { background: #93c5fd; border-color: #93c5fd; }
QStatusBar QLabel { color: #4b5563; padding: 0 6px; }
""".replace("@accent", ACCENT)


def apply_style(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f3f4f6"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#f9fafb"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
