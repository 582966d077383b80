"""What is wrong with a typed or imported value, in Chinese: every code the parsers, the credit
code check, the imports and the store form use has a template; the English templates are the
core's sentences; the Chinese ones keep every {field}; real bad files and forms come out in
Chinese, in the import wizard and the store dialog too."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from dealer_app.domain import parsing
from dealer_app.domain.credit_code import credit_code_error, make_credit_code
from dealer_app.domain.errors import InputError
from dealer_app.domain.models import STANDARD_REGIONS
from dealer_app.importing.readers import Table
from dealer_app.importing.stores import build_region_lookup, parse_stores
from dealer_app.ui import i18n, messages
from dealer_app.ui.errors import problem_text
from dealer_app.ui.input_messages import FIELD_LABELS, INPUT_CONTEXT, INPUT_TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "dealer_app" / "importing" / "columns.py",
    ROOT / "dealer_app" / "domain" / "parsing.py",
    ROOT / "dealer_app" / "domain" / "credit_code.py",
    ROOT / "dealer_app" / "importing" / "stores.py",
    ROOT / "dealer_app" / "importing" / "performance.py",
    ROOT / "dealer_app" / "services" / "stores.py",
    ROOT / "dealer_app" / "services" / "policies.py",
    ROOT / "dealer_app" / "domain" / "eligibility.py",
    ROOT / "dealer_app" / "storage" / "audit.py",
]
#: calls whose first string argument (or, for these, a later one) is an input code
CALLS = {
    "InputError": 0,
    "_error": 0,
    "CodedText": 0,
    "bad": 2,
    "ImportProblem": 3,
    "_parse_date": 3,
}
KINDS = ("yuan", "count")  # parsing._integer's `kind`
CODE = re.compile(r"^[a-z]+\.[a-z0-9_]+$")


def _codes() -> Iterator[tuple[str, str]]:
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in CALLS:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            position = CALLS[name]
            if name == "bad" and path.name == "performance.py":
                position = 3  # bad(row_no, column, message, code)
            if len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if CODE.match(arg.value):
                    yield arg.value, where
            elif isinstance(arg, ast.JoinedStr):  # f"{kind}.empty"
                tail = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                for kind in KINDS:
                    yield kind + tail, where


SITES = sorted(set(_codes()))
CODES = sorted({code for code, _ in SITES})


@pytest.fixture
def chinese(qapp):  # noqa: ANN001, ANN201
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_scan_finds_the_codes():
    assert len(CODES) > 45
    assert {"date.not_a_date", "yuan.fraction", "count.empty", "credit.check_digit"} <= set(CODES)
    assert {"import.partner_detail", "import.month_repeated", "store.close_via_closure"} <= set(
        CODES
    )


@pytest.mark.parametrize(("code", "where"), SITES, ids=[f"{c}@{w}" for c, w in SITES])
def test_every_code_has_a_template(code, where):
    keys = [k for k in INPUT_TEMPLATES if k == code or k.startswith(code + "|")]
    assert keys, f"{where}: add {code} to dealer_app/ui/input_messages.py"


def test_no_template_is_left_over():
    assert sorted({k.split("|")[0] for k in INPUT_TEMPLATES} - set(CODES)) == []


def test_the_english_templates_are_the_parsers_sentences():
    for code, sentence in parsing.MESSAGES.items():
        assert INPUT_TEMPLATES[code] == (sentence,), code


def test_every_template_and_label_is_translated_keeping_its_fields(chinese):
    for templates in INPUT_TEMPLATES.values():
        for source in templates:
            zh = QCoreApplication.translate(INPUT_CONTEXT, source)
            assert zh != source and _has_chinese(zh), source
            assert messages.fields(zh) == messages.fields(source), source
    for label in FIELD_LABELS.values():
        assert _has_chinese(QCoreApplication.translate(INPUT_CONTEXT, label)), label


BAD_VALUES = [
    (parsing.parse_date, "2024-13-45", "2024-13-45 不是真实存在的日期"),
    (
        parsing.parse_date,
        "31/12/24",
        "'31/12/24' 不以年份开头，日和月可能被读反；请按 YYYY-MM-DD 填写，例如 2024-12-31",
    ),
    (parsing.parse_date, "", "日期为空；请按 YYYY-MM-DD 填写，例如 2024-12-31"),
    (parsing.parse_date, 60, "Excel 日期序号 60 表示 1900-02-29，这一天并不存在"),
    (parsing.parse_month, "2025", "'2025' 是年份，不是月份；请按 YYYY-MM 填写，例如 2025-03"),
    (parsing.parse_yuan, "12.5", "'12.5' 含有不足一元的部分；请填写整数元"),
    (
        parsing.parse_yuan,
        "1,23,456",
        "'1,23,456' 的千位分隔符位置不对；请每三位一组，例如 1,234,567",
    ),
    (
        parsing.parse_yuan,
        "1.2E+07",
        "'1.2E+07' 是科学计数法，会丢失数位；请把该列设为普通数字格式后重新导出",
    ),
    (parsing.parse_count, -3, "'-3' 是负数；数量不能小于 0"),
    (parsing.parse_count, "abc", "'abc' 不是数字；请填写整数，例如 12"),
]


@pytest.mark.parametrize(("parse", "value", "zh"), BAD_VALUES)
def test_parser_errors_in_chinese(chinese, parse, value, zh):
    with pytest.raises(InputError) as caught:
        parse(value)
    assert messages.coded_text(caught.value) == zh


def test_a_nested_credit_code_problem_and_a_field_label(chinese):
    good = make_credit_code("91420100MA4K00000")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    error = credit_code_error(bad)
    params = {"value": bad, "problem_code": error.code, "problem_params": error.params}
    assert messages.input_text("import.credit_code_invalid", params, "EN") == (
        f"统一社会信用代码 {bad} 无效：校验码应为 {good[17]!r}，而不是 {bad[17]!r}"
    )
    assert messages.input_text("import.required", {"field": "partner name"}, "EN") == (
        "合作方名称为必填项"
    )
    # an unknown nested code: the whole sentence stays English rather than half translated
    broken = {"value": bad, "problem_code": "credit.nonsense", "problem_params": {}}
    assert messages.input_text("import.credit_code_invalid", broken, "EN") == "EN"


def test_english_interface_shows_the_core_sentence(qapp):
    with pytest.raises(InputError) as caught:
        parsing.parse_yuan("12.5")
    assert messages.coded_text(caught.value) == "'12.5' has a fraction of a yuan; use whole yuan"


def test_a_bad_stores_sheet_reads_in_chinese(chinese):
    good = make_credit_code("91420100MA4K00001")
    header = ["门店编码", "门店名称", "经销商", "统一社会信用代码", "大区", "省份", "城市"]
    header += ["门店类型", "开业日期", "状态", "开户银行"]
    rows = [
        (
            2,
            [
                "C1",
                "店一",
                "甲公司",
                good,
                "华中",
                "湖北",
                "武汉",
                "零售店",
                "2024-01-05",
                "",
                "工行",
            ],
        ),
        (
            3,
            [
                "C1",
                "店二",
                "甲公司",
                good,
                "火星",
                "湖北",
                "武汉",
                "飞船",
                "2024-13-01",
                "",
                "建行",
            ],
        ),
        (4, ["C3", "", "乙公司", "", "华中", "湖北", "武汉", "零售店", "45000.5x", "", ""]),
    ]
    regions = build_region_lookup(STANDARD_REGIONS)
    parsed = parse_stores(Table(header, rows, "t.csv"), regions)
    lines = [problem_text(p) for p in parsed.problems]
    assert len(lines) >= 6
    for line in lines:
        assert _has_chinese(line.split(": ", 1)[1]), line
        assert not re.search(r"\b(is|not|the|row|column|use)\b", line.split(": ", 1)[1]), line
    assert "第 3 行，门店编码 列: 门店编码 C1 已在第 2 行出现" in lines
    assert "第 3 行，开户银行 列: 合作方“甲公司”在第 2 行的开户银行是“工行”，而不是“建行”" in lines


def test_store_form_problems_in_chinese(chinese, tmp_path):
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.context import Context
    from dealer_app.services.setup import init_ledger
    from dealer_app.services.stores import validate_store
    from dealer_app.storage import users

    ledger = init_ledger(tmp_path / "form.sqlite3", "password1")
    admin = Context(ledger, users.get(ledger, "admin"))

    store = Store(
        code="bad code!",
        name="",
        partner_name="甲公司",
        region="MARS",
        province="",
        city="武汉",
        store_type=StoreType.RETAIL_STORE,
        established_on=dt.date(1975, 1, 1),
        status=StoreStatus.OPEN,
        partner_credit_code="91420100MA4K0000X",
    )
    problems = validate_store(admin, store)
    assert problems["name"] == "Name is required."  # still the English sentence
    shown = {k: messages.coded_text(v) for k, v in problems.items()}
    assert shown["name"] == "名称为必填项。"
    assert shown["code"].startswith("门店编码为必填项")
    assert shown["region"].startswith("未知区域 'MARS'")
    assert shown["partner_credit_code"].startswith("统一社会信用代码：")
    assert shown["established_on"] == "开业日期早于 1980 年；请检查年份。"
    ledger.close()


def test_the_import_wizard_lists_the_problems_in_chinese(
    qtbot, chinese, main_window, wait_idle, tmp_path
):
    from dealer_app.ui.dialogs.import_wizard import ImportWizard

    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,门店类型,开业日期,状态\n"
        "C201,武汉新店,武汉新经销商,,火星,湖北,武汉,汽车融合店,2025-02-01,营业中\n",
        encoding="utf-8",
    )
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    wizard = screen.findChild(ImportWizard)
    qtbot.keyClicks(wizard.file_page.path_edit, str(csv))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.details.count() == 1
    text = page.details.item(0).text()
    assert text.startswith("第 2 行，大区 列: 未知区域 '火星'；请使用 ")
    tip = page.model.data(
        page.model.index(page.model.view_row_of(2), 0), Qt.ItemDataRole.ToolTipRole
    )
    assert "未知区域" in tip
    wizard.reject()


def test_the_store_dialog_shows_a_bad_date_in_chinese(qtbot, chinese, main_window, wait_idle):
    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    dialog = StoreDialog(screen.session, None, screen)
    dialog.show()
    qtbot.keyClicks(dialog.established_on.edit, "2025-13-45")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.errors["established_on"].text() == "2025-13-45 不是真实存在的日期"
    dialog.established_on.edit.clear()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=5000)
    assert dialog.errors["name"].text() == "名称为必填项。"
    dialog.reject()


def _policy(**changes):  # noqa: ANN202
    from dealer_app.domain.models import YE2025

    return dataclasses.replace(YE2025, **changes)


def test_every_policy_problem_reads_in_chinese_and_its_english_is_the_template(chinese):
    """Each policy problem's English sentence is its template filled with its own parameters
    (so the English interface and the command line say the same), and its Chinese has no
    English words left."""
    from dealer_app.domain.eligibility import validate_policy_params

    lump = {
        "store_types": ["car_integration_store", "spaceship"],
        "colour": "red",
        "tiers": [
            {"name": "A", "start": "2025-01-01", "end": "2025-06-30", "amount": 500000},
            {"name": "A", "start": "2025-06-01", "end": "2025-05-01", "amount": 0},
            {"name": "", "start": "2025/07/01", "end": "someday", "extra": 1},
            {"name": "C", "start": "2025-03-01", "end": "2025-04-30", "amount": 300000},
            "not a tier",
        ],
    }
    per_vehicle = {
        "store_types": [],
        "rate": 0,
        "target": "x",
        "last_target_year": 12,
        "period_start": "2025-12-31",
        "period_end": "2025-01-01",
    }
    problems = validate_policy_params("lump_sum_by_opening_date", lump)
    problems += validate_policy_params("per_vehicle_target", per_vehicle)
    problems += validate_policy_params("per_vehicle_target", {"period_start": "bad"})
    problems += validate_policy_params("no_such_kind", {})
    problems += validate_policy_params("per_vehicle_target", [])
    codes = {p.code for p in problems}
    assert len(codes) >= 20, sorted(codes)
    english_words = re.compile(r"\b(is|not|the|must|has|give|write|Missing|Tier|before)\b")
    i18n.install_translators(QCoreApplication.instance(), "en")
    for p in problems:
        assert messages.translating() is False
        key = next(k for k in messages._variants(p.code, p.params) if k in INPUT_TEMPLATES)
        shown = messages._display(p.code, p.params)
        assert INPUT_TEMPLATES[key][0].format(**shown) == str(p), p.code
    i18n.install_translators(QCoreApplication.instance(), "zh_CN")
    for p in problems:
        zh = messages.coded_text(p)
        assert _has_chinese(zh) and "{" not in zh, (p.code, zh)
        # quoted values and parameter names may stay as written; the sentence itself may not
        rest = re.sub(r"'[^']*'|“[^”]*”|\([^)]*\)|[a-z_]+_[a-z_]+|[a-z_]+,", "", zh)
        assert not english_words.search(rest), (p.code, zh)


def test_the_policy_service_refusal_lists_its_problems_in_chinese(chinese):
    from dealer_app.domain.errors import InvalidInput
    from dealer_app.services.policies import validate
    from dealer_app.ui.errors import error_text

    with pytest.raises(InvalidInput) as refused:
        validate(_policy(code="x", name=" ", budget=0))
    text = error_text(refused.value)
    assert text.startswith("政策无效") or _has_chinese(text.split("：")[0]), text
    assert "名称为必填项" in text or "名称" in text
    assert "the name is required" not in text
