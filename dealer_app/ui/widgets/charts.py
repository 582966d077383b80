"""Small QtCharts wrappers: a bar chart and a donut, each updated with plain lists."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

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


def nice_axis(top: float, integer: bool = False) -> tuple[float, int]:
    """(axis maximum, tick count) for values up to `top`: at most 6 ticks on round steps
    (1, 2, 2.5, 5 x 10^k; whole steps for counts)."""
    if top <= 0:
        return (4.0 if integer else 1.0), 5
    magnitude = 10 ** math.floor(math.log10(top / 5)) if top / 5 > 0 else 1
    for factor in (1, 2, 2.5, 5, 10, 20):
        step = factor * magnitude
        if integer and step < 1:
            continue
        if integer and step != int(step):
            continue
        if top / step <= 5:
            ticks = math.ceil(top / step - 1e-9)
            return step * max(ticks, 1), max(ticks, 1) + 1
    step = 20 * magnitude
    return step * math.ceil(top / step), math.ceil(top / step) + 1


class _ChartView(QChartView):
    """A chart view that asks for a modest size and grows with the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 260)


class BarChartView(_ChartView):
    """Vertical bars over categories. `set_data(categories, values)`; values already scaled."""

    def __init__(self, title: str, color: str = PALETTE[0], parent: QWidget | None = None):
        super().__init__(parent)
        self._color = color
        self.setChart(_chart(title))
        self.chart().legend().setVisible(False)
        self.values: list[float] = []
        self.categories: list[str] = []

    def set_data(
        self,
        categories: list[str],
        values: list[float],
        axis_title: str = "",
        label_format: str = "%.0f",
        show_labels: bool = False,
        x_title: str = "",
        vertical_labels: bool = False,
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
        if vertical_labels:
            x.setLabelsAngle(-90)
        if x_title:
            x.setTitleText(x_title)
            x.setTitleFont(QApplication.font())
        y = QValueAxis()
        top, ticks = nice_axis(max(values, default=0) * 1.05, integer=label_format == "%d")
        y.setRange(0, top)
        y.setTickCount(ticks)
        y.setLabelFormat(label_format)
        y.setLabelsFont(QApplication.font())
        if axis_title:
            y.setTitleText(axis_title)
            y.setTitleFont(QApplication.font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


class DonutChartView(_ChartView):
    """A donut of labelled slices. `set_slices([(label, value, colour), ...])`."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setChart(_chart(title))
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
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
