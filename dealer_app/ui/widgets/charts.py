"""Small QtCharts wrappers: a bar chart and a donut, each updated with plain lists."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

PALETTE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777"]


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.05)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setFont(QApplication.font())
    return chart


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value` (1, 2, 2.5, 5 x 10^n)."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


class BarChartView(QChartView):
    """Vertical bars over categories. `set_data(categories, values)`; values already scaled."""

    def __init__(self, title: str, color: str = PALETTE[0], parent: QWidget | None = None):
        super().__init__(parent)
        self._color = color
        self.setChart(_chart(title))
        self.chart().legend().setVisible(False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.values: list[float] = []
        self.categories: list[str] = []

    def set_data(
        self,
        categories: list[str],
        values: list[float],
        axis_title: str = "",
        label_format: str = "%.0f",
        show_labels: bool = False,
    ) -> None:
        self.categories, self.values = list(categories), list(values)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(QColor(self._color))
        bars.setBorderColor(QColor(self._color))
        bars.append([float(v) for v in values])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        if show_labels:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        x.setLabelsFont(QApplication.font())
        if len(categories) > 12:
            x.setLabelsAngle(-60)
        y = QValueAxis()
        y.setRange(0, _nice_max(max(values, default=0) * 1.1))
        y.setLabelFormat(label_format)
        y.setTickCount(5)
        y.setLabelsFont(QApplication.font())
        if axis_title:
            y.setTitleText(axis_title)
            y.setTitleFont(QApplication.font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


class DonutChartView(QChartView):
    """A donut of labelled slices. `set_slices([(label, value, colour), ...])`."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setChart(_chart(title))
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.slices: list[tuple[str, float]] = []

    def set_slices(self, slices: list[tuple[str, float, str]]) -> None:
        self.slices = [(label, value) for label, value, _ in slices]
        chart = self.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.55)
        for label, value, colour in slices:
            piece = series.append(label, max(float(value), 0.0))
            piece.setColor(QColor(colour))
            piece.setBorderColor(QColor("#ffffff"))
        chart.addSeries(series)
