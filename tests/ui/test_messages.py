"""ui/messages.py: every error code raised in the code base, and every eligibility and closure
reason code, has a template that is translated and that its parameters can fill."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from dealer_app.domain import closures as domain_closures
from dealer_app.domain import eligibility as domain_eligibility
from dealer_app.domain.errors import (
    AuthenticationFailed,
    BudgetExceeded,
    Conflict,
    DealerError,
    ImportProblem,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RowError,
)
from dealer_app.domain.models import YE2025, ClosureSettings
from dealer_app.ui import i18n, messages
from dealer_app.ui.errors import error_text

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dealer_app"
ERROR_CLASSES = {
    "DealerError",
    "InvalidInput",
    "NotFound",
    "PermissionDenied",
    "Conflict",
    "BudgetExceeded",
    "AuthenticationFailed",
    "LedgerBusy",
    "LedgerUnusable",
}
#: The command line prints its own errors in English and never reaches the GUI.
NOT_SHOWN_IN_THE_GUI = {PACKAGE / "cli.py"}


def _raise_sites() -> Iterator[tuple[str, tuple[str, ...], str]]:
    """(code, keyword names, where) of every DealerError built with a literal code: calls of
    the error classes and `super().__init__("code", ...)` in their subclasses."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in NOT_SHOWN_IN_THE_GUI:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            is_super_init = name == "__init__" and isinstance(
                getattr(func, "value", None), ast.Call
            )
            if name not in ERROR_CLASSES and not is_super_init:
                continue
            first = node.args[0]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            keywords = tuple(k.arg for k in node.keywords if k.arg)
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if "." in first.value and " " not in first.value:
                    yield first.value, keywords, where
            elif isinstance(first, ast.IfExp):  # "restore.not_ledger" if ... else "restore.damaged"
                for branch in (first.body, first.orelse):
                    if isinstance(branch, ast.Constant):
                        yield branch.value, keywords, where


SITES = sorted(set(_raise_sites()))
CODES = sorted({code for code, _, _ in SITES})

SAMPLE: dict[str, object] = {
    "path": "/data/ledger.sqlite3",
    "file": "stores.xlsx",
    "store": "C003",
    "policy": "YE2025",
    "subsidy": 12,
    "closure": 4,
    "existing": 7,
    "id": 5,
    "name": "mgr.central",
    "user": "mgr.central",
    "role": "regional_manager",
    "region": "EAST",
    "action": "approve subsidies",
    "status": "paid",
    "key": "issuer_name_zh",
    "budget": 150_000_000,
    "committed": 149_800_000,
    "amount": 500_000,
    "min": 8,
    "until": "2025-12-16T10:30:00+08:00",
    "version": 3,
    "target": 4,
    "number": "YE2025-CENTRAL-000001",
    "problems": ["Tier a has no amount."],
    "missing": ["store_code"],
    "accepted": ["store_code / 门店编码", "region / 大区"],
    "headers": ["门店编码", "store_code"],
    "column": "store_code",
    "header": "补贴（万元）",
    "value": "12a",
    "reason": "it is not a valid .xlsx workbook",
    "count": 2,
    "reason_code": "after_cutoff",
    "reason_params": {"opened": "2025-12-15", "cutoff": "2025-12-14", "days": 1},
}


@pytest.fixture
def chinese(qapp):  # noqa: ANN001, ANN201
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


def _keys(code: str) -> list[str]:
    return [k for k in messages.ERROR_TEMPLATES if k == code or k.startswith(code + "|")]


def test_the_scan_finds_the_codes():
    assert len(CODES) > 80
    assert {"subsidy.budget", "permission.four_eyes", "ui.not_signed_in"} <= set(CODES)
    assert "import.bad_rows" in CODES  # RowError: shown by ui/errors.py with every problem


@pytest.mark.parametrize("code", [c for c in CODES if c != "import.bad_rows"])
def test_every_raised_code_has_a_template(code):
    assert _keys(code), f"add a template for {code} to dealer_app/ui/messages.py"


def test_every_template_is_translated(chinese):
    sources = [t for ts in messages.ERROR_TEMPLATES.values() for t in ts]
    sources += list(messages.ACTIONS.values()) + list(messages.SETTING_LABELS.values())
    untranslated = [s for s in sources if QCoreApplication.translate("Errors", s) == s]
    reasons = [t for ts in messages.REASON_TEMPLATES.values() for t in ts]
    reasons += list(messages.SPAN_TEMPLATES.values())
    untranslated += [s for s in reasons if QCoreApplication.translate("Reasons", s) == s]
    assert untranslated == []


@pytest.mark.parametrize(("code", "keywords", "where"), SITES, ids=[s[2] for s in SITES])
def test_every_raise_site_gets_a_chinese_sentence(chinese, code, keywords, where):
    if code == "import.bad_rows":
        return
    params = {k: SAMPLE.get(k, "X1") for k in keywords}
    error = DealerError(code, "ENGLISH", **params)
    text = messages.error_message(error)
    assert text != "ENGLISH", f"{where}: no template fits the params {sorted(params)}"
    assert "{" not in text and "}" not in text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_role_action_and_setting_has_a_label():
    actions: set[str] = set()
    for path in (PACKAGE / "services").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "require_role"
                and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)
            ):
                actions.add(node.args[2].value)
    assert len(actions) > 15
    assert actions <= set(messages.ACTIONS)
    from dealer_app.services.settings import DEFAULTS

    assert set(DEFAULTS) == set(messages.SETTING_LABELS)


# --- exact sentences ---------------------------------------------------------------------------


def test_budget_refusal_in_chinese(chinese):
    error = BudgetExceeded(
        "subsidy.budget",
        "English",
        subsidy=12,
        budget=150_000_000,
        committed=149_800_000,
        amount=500_000,
    )
    assert messages.error_message(error) == (
        "批准补贴 12（¥500,000）将超出预算 ¥150,000,000：已批准或已支付 ¥149,800,000，"
        "剩余 ¥200,000。"
    )
    assert error_text(error) == messages.error_message(error)


def test_permissions_in_chinese(chinese):
    role = PermissionDenied(
        "permission.role",
        "E",
        user="mgr.central",
        role="regional_manager",
        action="change settings",
    )
    assert messages.error_message(role) == (
        "mgr.central 的角色是大区经理，无权修改设置。请联系具有相应角色的同事。"
    )
    unknown_action = PermissionDenied(
        "permission.role", "E", user="mgr.central", role="regional_manager", action="fly"
    )
    assert "无权执行此操作" in messages.error_message(unknown_action)
    region = PermissionDenied("permission.region", "E", user="mgr.central", region="EAST")
    assert "华东" in messages.error_message(region)
    four_eyes = PermissionDenied("permission.four_eyes", "E", user="mgr.central")
    assert "双人复核" in messages.error_message(four_eyes)


def test_variants_and_derived_params(chinese):
    months = InvalidInput("settings.range", "E", key="closure_months")
    assert messages.error_message(months) == "平均月数必须在 1 至 36 之间。"
    other = InvalidInput("settings.range", "E", key="issuer_address")
    assert messages.error_message(other) == "出具单位地址超出允许范围。"
    locked = AuthenticationFailed(
        "auth.locked_for_now", "E", name="bob", until="2025-12-16T10:30:00+08:00"
    )
    assert "10:30" in messages.error_message(locked)
    by_id = NotFound("store.not_found", "E", id=5)
    assert messages.error_message(by_id) == "不存在编号为 5 的门店。"
    status = Conflict("subsidy.status", "E", subsidy=3, status="paid")
    assert messages.error_message(status) == "补贴 3 的状态为已支付，该状态下无法执行此操作。"


def test_not_eligible_translates_the_reason_when_it_comes_with_its_code(chinese):
    result = domain_eligibility.make_evaluator(YE2025)(
        "C003", "car_integration_store", "open", dt.date(2025, 12, 15), None
    )
    plain = Conflict(
        "subsidy.not_eligible", "E", store="C003", policy="YE2025", reason=result.reason
    )
    assert messages.error_message(plain).endswith(result.reason)  # the English reason, as is
    coded = Conflict(
        "subsidy.not_eligible",
        "E",
        store="C003",
        policy="YE2025",
        reason=result.reason,
        reason_code=result.reason_code,
        reason_params=result.reason_params,
    )
    assert messages.error_message(coded) == (
        "门店 C003 不符合政策 YE2025 的条件：开业日期 2025-12-15，比截止日期 2025-12-14 晚 1 天。"
    )


def test_fallbacks_show_the_english_message(chinese):
    assert messages.error_message(InvalidInput("no.such_code", "As it is.")) == "As it is."
    # a template whose parameters are missing
    assert messages.error_message(Conflict("closure.duplicate", "As it is.")) == "As it is."


def test_english_interface_shows_the_services_messages(qapp):
    assert i18n.current_language() == "en"
    error = BudgetExceeded("subsidy.budget", "Exactly this.", subsidy=1, budget=1, committed=1)
    assert messages.error_message(error) == "Exactly this."
    result = domain_eligibility.make_evaluator(YE2025)(
        "S", "retail_store", "open", dt.date(2025, 3, 1), None
    )
    assert messages.eligibility_reason(result) == result.reason


def test_row_errors_keep_their_layout(chinese):
    error = RowError([ImportProblem(3, "region", "region is required")])
    assert (
        error_text(error)
        == "文件中有 1 个问题；未导入任何数据：\n第 3 行，region 列: region is required"
    )


# --- reasons -----------------------------------------------------------------------------------

YE = domain_eligibility.make_evaluator(YE2025)
D = dt.date


@pytest.mark.parametrize(
    ("store_type", "status", "opened", "chinese_reason"),
    [
        (
            "car_integration_store",
            "open",
            D(2025, 12, 14),
            "符合条件：开业日期 2025-12-14，为档位“2025年新开”（2025-01-01 至 2025-12-14）"
            "的最后一天：¥500,000。",
        ),
        (
            "car_integration_store",
            "open",
            D(2025, 12, 15),
            "开业日期 2025-12-15，比截止日期 2025-12-14 晚 1 天。",
        ),
        (
            "delivery_center",
            "open",
            D(2024, 12, 31),
            "符合条件：开业日期 2024-12-31，为档位“2024年底前开业”（截至 2024-12-31）"
            "的最后一天：¥100,000。",
        ),
        (
            "car_integration_store",
            "open",
            D(2025, 6, 1),
            "符合条件：开业日期 2025-06-01，属于档位“2025年新开”（2025-01-01 至 2025-12-14）"
            "：¥500,000。",
        ),
        (
            "retail_store",
            "open",
            D(2025, 6, 1),
            "门店类型“零售店”不在政策 YE2025 的适用范围内；适用类型：汽车融合店、交付中心。",
        ),
        ("car_integration_store", "planned", None, "门店状态为筹备中；只有营业中的门店符合条件。"),
        ("car_integration_store", "closed", None, "门店状态为已关闭；只有营业中的门店符合条件。"),
        (
            "car_integration_store",
            "open",
            None,
            "开业日期未知；政策 YE2025 需要据此确定门店所属档位。",
        ),
    ],
)
def test_eligibility_reasons_in_chinese(chinese, store_type, status, opened, chinese_reason):
    result = YE("S", store_type, status, opened, None)
    assert messages.eligibility_reason(result) == chinese_reason


def test_every_reason_code_has_a_template_its_params_fill(chinese):
    samples = {
        "status": "closing",
        "store_type": "retail_store",
        "policy": "YE2025",
        "eligible_types": [],
        "opened": "2025-12-15",
        "days": 2,
        "first_start": "2025-01-01",
        "cutoff": "2025-12-14",
        "before": "a",
        "before_end": "2025-01-31",
        "after": "b",
        "after_start": "2025-03-01",
        "position": "within",
        "tier": "new_in_2025",
        "start": None,
        "end": None,
        "amount": 5,
        "year": 2024,
        "target": 1200,
        "delivered": 3,
        "short": 1197,
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "first_year": 2022,
        "last_year": 2024,
        "vehicles": 2,
        "rate": 666,
        "avg_revenue": 1,
        "avg_vehicles": "0.50",
        "months": 2,
        "threshold": "10",
        "loss": 9,
    }
    codes = {**domain_eligibility.REASON_CODES, **domain_closures.REASON_CODES}
    for code, names in codes.items():
        text = messages.reason_text(code, {n: samples[n] for n in names}, "ENGLISH")
        assert text != "ENGLISH" and "{" not in text, code
    assert messages.reason_text(
        "type_not_covered", {"store_type": "x", "policy": "P", "eligible_types": []}, "E"
    ).endswith("适用类型：无。")


def test_per_vehicle_reasons_in_chinese(chinese):
    from dealer_app.domain.models import Policy, PolicyKind, StoreFacts

    policy = Policy(
        "PV",
        "pv",
        PolicyKind.PER_VEHICLE_TARGET,
        {
            "rate": 666,
            "target": 1200,
            "years": 1,
            "last_target_year": 2024,
            "period_start": "2025-01-01",
            "period_end": "2025-06-30",
            "store_types": ["car_integration_store"],
        },
        10**8,
    )
    evaluate = domain_eligibility.make_evaluator(policy)
    met = evaluate("S", "car_integration_store", "open", None, StoreFacts({2024: 1200}, 1))
    assert messages.eligibility_reason(met) == (
        "符合条件：经销商在 2024 年达成每年 1,200 台的目标；1 台 × ¥666 = ¥666。"
    )
    missed = evaluate("S", "car_integration_store", "open", None, StoreFacts({2024: 1}, 1))
    assert (
        messages.eligibility_reason(missed)
        == "经销商 2024 年交付 1 台，距目标 1,200 台差 1,199 台。"
    )


def test_closure_reasons_and_the_stored_snapshot(chinese):
    settings = ClosureSettings()
    candidate = domain_closures.judge_closure(
        "W", "car_integration_store", "open", D(2023, 1, 1), 6, 59, 0, -120_000, settings
    )
    expected = "近 6 个月月均交付 9.83 台（阈值 10 台），累计亏损 ¥120,000。"
    assert messages.closure_reason(candidate) == expected
    snapshot = domain_closures.closure_metrics_snapshot(candidate, settings)
    assert messages.closure_snapshot_reason(snapshot) == expected
    retail = domain_closures.judge_closure(
        "R", "retail_store", "open", D(2023, 1, 1), 1, 0, 100_000, -5, settings
    )
    assert (
        messages.closure_reason(retail) == "近 1 个月月均营收 ¥100,000（阈值 ¥300,000），亏损 ¥5。"
    )
    assert messages.closure_snapshot_reason(
        domain_closures.closure_metrics_snapshot(retail, settings)
    ) == messages.closure_reason(retail)
    assert messages.closure_snapshot_reason({"reason": "Old words."}) == "Old words."
    assert messages.closure_snapshot_reason(None) == ""


def test_eligibility_model_shows_searches_and_sorts_the_chinese_reason(chinese):
    from PySide6.QtCore import Qt

    from dealer_app.services.eligibility import EligibilityRow
    from dealer_app.ui.models.eligibility_table import COL_REASON, SHOW_ALL, EligibilityTableModel

    def row(code: str, opened: dt.date | None) -> EligibilityRow:
        result = YE(code, "car_integration_store", "open", opened, None)
        return EligibilityRow(result, "CENTRAL", code, 1, None, None)

    model = EligibilityTableModel()
    model.set_rows([row("A", D(2025, 12, 15)), row("B", D(2025, 3, 1)), row("C", None)])
    shown = [model.data(model.index(i, COL_REASON)) for i in range(model.rowCount())]
    assert shown[0] == "开业日期 2025-12-15，比截止日期 2025-12-14 晚 1 天。"
    assert model.data(model.index(0, COL_REASON), Qt.ItemDataRole.ToolTipRole) == shown[0]
    model.set_filter(SHOW_ALL, "截止日期")
    assert [model.row_at(i).result.store_code for i in range(model.rowCount())] == ["A"]


def test_not_eligible_refusal_carries_its_reason_in_chinese(chinese, tmp_path):
    import datetime as dt

    from dealer_app.domain.errors import Conflict
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.context import Context, fixed_clock
    from dealer_app.services.setup import init_ledger
    from dealer_app.services.stores import save_store
    from dealer_app.services.subsidies import propose
    from dealer_app.services.users import add_user
    from dealer_app.storage import users

    clock = fixed_clock(dt.date(2025, 12, 16))
    led = init_ledger(tmp_path / "refusal.sqlite3", "password1", clock)
    try:
        admin = Context(led, users.get(led, "admin"), clock)
        mgr = Context(
            led, add_user(admin, "mgr.c", "regional_manager", "CENTRAL", "password1"), clock
        )
        save_store(mgr, Store("S9", "店", "经销商", "CENTRAL", "湖北", "武汉",
                              StoreType.CAR_INTEGRATION_STORE, dt.date(2025, 12, 15),
                              StoreStatus.OPEN), new=True)  # fmt: skip
        with pytest.raises(Conflict) as info:
            propose(mgr, "YE2025", "S9")
    finally:
        led.close()
    text = messages.error_message(info.value)
    assert "one day after" not in text and "2025-12-15" in text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
