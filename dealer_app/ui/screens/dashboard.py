"""Dashboard: KPI cards and four charts, reloaded after every change that moves a figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.models import StoreStatus, User
from dealer_app.services.dashboard import DashboardFigures, dashboard, last_months
from dealer_app.services.policies import list_policies
from dealer_app.ui import i18n
from dealer_app.ui.formatting import count, policy_title, yuan_compact
from dealer_app.ui.screens.base import Screen
from dealer_app.ui.tasks import Topic, run_op
from dealer_app.ui.widgets.charts import PALETTE, BarChartView, DonutChartView
from dealer_app.ui.widgets.kpi import KpiCard

MONTHS_SHOWN = 24  # openings: two years of the network's growth
CLOSURE_MONTHS_SHOWN = 12  # closures are recent; a narrower chart


def month_labels(months: list[str]) -> list[str]:
    """Short, unique axis labels for "YYYY-MM" months: Jan, Feb, … (1月, 2月, … in Chinese), or
    1, 2, … 12 when more than a year is shown;
    a repeated name is made unique with zero-width spaces, which the axis needs."""
    locale = QLocale()
    out, seen = [], set()
    for m in months:
        if len(months) > 12:  # too narrow for names: the month's number (the range is the title)
            label = str(int(m[5:7]))
        else:
            label = locale.standaloneMonthName(int(m[5:7]), QLocale.FormatType.ShortFormat)
        while label in seen:
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out


class DashboardScreen(Screen):
    key = "dashboard"
    icon = QStyle.StandardPixmap.SP_ComputerIcon
    concerns = frozenset({Topic.STORES, Topic.SUBSIDIES, Topic.CLOSURES, Topic.POLICIES})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", "Dashboard")

    @classmethod
    def allowed(cls, user: User) -> bool:
        return True

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.figures: DashboardFigures | None = None

        heading = QLabel(self.tr("Dashboard"))
        heading.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policyCombo")
        self.policy_combo.setMinimumWidth(320)
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.activated.connect(lambda _i: self.reload())
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(heading)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(QLabel(self.tr("Policy:")))
        head.addWidget(self.policy_combo)

        self.card_open = KpiCard(self.tr("Stores open"))
        self.card_eligible = KpiCard(self.tr("Eligible stores"))
        self.card_budget = KpiCard(self.tr("Budget used · national"), with_bar=True)
        self.card_closures = KpiCard(self.tr("Closures approved"))
        self.card_loss = KpiCard(self.tr("One-time loss booked"), with_bar=True)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in (
            self.card_open,
            self.card_eligible,
            self.card_budget,
            self.card_closures,
            self.card_loss,
        ):
            cards.addWidget(card, 1)

        self.chart_regions = BarChartView(self.tr("Subsidies approved or paid, by region"))
        self.chart_budget = DonutChartView(self.tr("Budget use · national"))
        self.chart_openings = BarChartView(self.tr("Stores opened per month"), color=PALETTE[1])
        self.chart_closures = BarChartView(self.tr("Closures approved per month"), color=PALETTE[3])
        charts = QGridLayout()
        charts.setSpacing(12)
        charts.addWidget(self.chart_regions, 0, 0)
        charts.addWidget(self.chart_budget, 0, 1)
        charts.addWidget(self.chart_openings, 1, 0)
        charts.addWidget(self.chart_closures, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        body = QWidget()
        body.setObjectName("dashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        code = self.policy_combo.currentData()
        run_op(self, lambda ctx: (list_policies(ctx), dashboard(ctx, code)), self._show)

    def _show(self, result: tuple) -> None:
        policies, figures = result
        self.figures = figures
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        for p in policies:
            self.policy_combo.addItem(policy_title(p), p.code)
        if figures.policy_code:
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(figures.policy_code))
        self.policy_combo.blockSignals(False)

        scope_text = (
            self.session.region_name(self.session.user.region or "")
            if self.session.user.region
            else self.tr("all regions")
        )
        self.subtitle.setText(
            self.tr("{scope} · as of {day}").format(scope=scope_text, day=figures.today.isoformat())
        )
        s = figures.stores_by_status
        self.card_open.set(
            count(figures.stores_open),
            self.tr("of {total} stores · {closing} closing · {planned} planned").format(
                total=count(figures.stores_total),
                closing=count(s.get(StoreStatus.CLOSING.value, 0)),
                planned=count(s.get(StoreStatus.PLANNED.value, 0)),
            ),
        )
        self.card_eligible.set(
            count(figures.eligible_stores),
            self.tr("under {policy} · {amount} if all are paid").format(
                policy=figures.policy_code or "–", amount=yuan_compact(figures.eligible_amount)
            ),
        )
        b = figures.budget
        if b is not None:
            caption = self.tr("of {budget} · {left} left · {proposed} proposed").format(
                budget=yuan_compact(b.budget),
                left=yuan_compact(b.left),
                proposed=yuan_compact(b.proposed),
            )
            if b.region is not None:  # the region's own share, said as such
                caption += "\n" + self.tr("{region}: {committed} approved or paid").format(
                    region=self.session.region_name(b.region),
                    committed=yuan_compact(b.region_committed),
                )
                if b.region_quota is not None:
                    caption += " · " + self.tr("quota {quota}").format(
                        quota=yuan_compact(b.region_quota)
                    )
            self.card_budget.set(
                yuan_compact(b.committed), caption, b.committed / b.budget if b.budget else 0.0
            )
        else:
            self.card_budget.set("–", self.tr("no policy in this ledger"), 0.0)
        self.card_closures.set(
            count(figures.closures_approved),
            self.tr("{n} proposed, awaiting a decision").format(n=count(figures.closures_proposed)),
        )
        ratio = figures.loss_booked / figures.loss_reference if figures.loss_reference else 0.0
        self.card_loss.set(
            yuan_compact(figures.loss_booked),
            self.tr("{pct:.1f}% of the {ref} reference").format(
                pct=ratio * 100, ref=yuan_compact(figures.loss_reference)
            ),
            ratio,
        )
        self._draw_charts(figures)

    def _draw_charts(self, f: DashboardFigures) -> None:
        zh = i18n.is_chinese()
        unit, scale = (self.tr("10k yuan"), 10_000) if zh else (self.tr("million yuan"), 1e6)
        amounts = dict(f.subsidy_by_region)
        regions = self.session.visible_regions
        self.chart_regions.set_data(
            [self.session.region_short(r.code) for r in regions],
            [amounts.get(r.code, 0) / scale for r in regions],
            axis_title=unit,
            label_format="%.1f" if not zh else "%.0f",
        )
        b = f.budget
        if b is not None:
            self.chart_budget.set_slices(
                [
                    (self.tr("Paid {v}").format(v=yuan_compact(b.paid)), b.paid, PALETTE[1]),
                    (
                        self.tr("Approved {v}").format(v=yuan_compact(b.approved)),
                        b.approved,
                        PALETTE[0],
                    ),
                    (
                        self.tr("Left {v}").format(v=yuan_compact(max(b.left, 0))),
                        max(b.left, 0),
                        "#d1d5db",
                    ),
                ]
            )
        else:
            self.chart_budget.set_slices([])
        for chart, series, n in (
            (self.chart_openings, f.openings_by_month, MONTHS_SHOWN),
            (self.chart_closures, f.closures_by_month, CLOSURE_MONTHS_SHOWN),
        ):
            months = last_months(series, f.today, n)
            chart.set_data(
                month_labels([m for m, _ in months]),
                [v for _, v in months],
                axis_title="",
                label_format="%d",
                x_title=f"{months[0][0]} – {months[-1][0]}",
                vertical_labels=len(months) <= 12,
            )
            chart.months = [m for m, _ in months]
