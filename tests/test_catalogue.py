"""The one catalogue: every sentence exists once per language, with the same parameters, and
every code the program raises or says has its sentence in both."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from typing import Any

import pytest

from dealer_app import i18n
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import STANDARD_REGIONS, Role, StoreStatus, StoreType, SubsidyStatus
from dealer_app.domain.workflow import PERMISSIONS, WORKFLOWS
from dealer_app.i18n.catalogue import catalogue
from dealer_app.i18n.formats import FORMATS

PACKAGE = Path(__file__).resolve().parent.parent / "dealer_app"
EN = catalogue("en")
ZH = catalogue("zh_CN")
_FORMATTER = string.Formatter()

#: Words a Chinese sentence may hold: names of file formats, programs and standards, the command
#: line's own words, and what the user types in a given format.
ALLOWED_IN_CHINESE = {
    "YYYY",
    # money out: the commands' words, the profile file's keys and encodings as typed
    "confirm",  # dealer-app partner bank-confirm, --acknowledge, --again
    "payments",  # dealer-app payments create|release|export|results|failures|report|profiles
    "profiles",
    "generic",
    "create",
    "release",
    "export",
    "failures",
    "report",
    "months",
    "reconcile",
    "liabilities",
    "workbook",
    "approved",  # --approved-from/--approved-to, --from/--to, --month, --format, --status
    "to",
    "month",
    "format",
    "status",
    "pending",
    "changes",  # partner bank-changes, --branch, --cnaps, --account-name
    "branch",
    "cnaps",
    "name",
    "vouchers",
    "u",  # u8, U8 (用友U8)
    "U",
    "acknowledge",
    "again",
    "gbk",
    "utf",
    "sig",
    "purpose_max",
    "results",
    "TOML",
    "toml",
    "UTF",
    # server ledger words a person types or an IT person configures as they are
    "postgresql",
    "pg_hba",
    "auditor",
    "audit",
    "verify",
    "passwd",
    "user",
    "upgrade",
    "migrate",
    "pg_restore",
    "docs",
    "shared",
    "md",
    "DEALER_APP_DB",
    "conf",
    "CONNECT",
    "MM",
    "DD",
    "Excel",
    "WPS",
    "CSV",
    "GBK",
    "PDF",
    "JSON",
    "SQLite",
    "COPY",
    "xlsx",
    "xls",
    "csv",
    "dealer",
    "app",
    "db",
    "init",
    "restore",
    "letters",
    "partner",  # the command dealer-app partner bank
    "bank",
    "foreign",  # the options --foreign and --replace
    "replace",
    "backup",  # the command dealer-app backup
    "list",  # dealer-app partner list, --account
    "account",
    "settings",  # dealer-app settings show|set, business_date
    "show",
    "set",
    "business_date",
    "MB",  # megabytes, and the names of encodings
    "Big",
    "Shift",
    "JIS",
    "qr",  # the option --qr
    "DEALERDESK",  # the start of a letter code, as scanned
    "policy",
    "out",
    "ids",
    "from",
    "all",
    "region",
    "date",
    "admin",
    "hq_finance",
    "regional_manager",
    "LANG",
    "usage",
    "prog",
    "message",
    "value",
    "choices",
    "type",
    "argument_name",
    "option",
    "matches",
    "s",
    "r",
    "DEALER",
    "APP",
    "PASSWORD",
    "pdf",
    "XLSX",
    "backups",
    "zh_CN",
    "en",
    "sqlite",
    "ledger",
    # the letters a credit code or a store code may hold
    "A",
    "Z",
    "I",
    "O",
    "S",
    "V",
}


def fields(template: str) -> dict[str, str]:
    """name -> format spec of each {placeholder}."""
    return {name: spec or "" for _, name, spec, _ in _FORMATTER.parse(template) if name}


def test_both_languages_have_the_same_sentences() -> None:
    assert sorted(EN.keys() - ZH.keys()) == []
    assert sorted(ZH.keys() - EN.keys()) == []
    assert len(EN.keys()) > 600


def test_each_sentence_takes_the_same_parameters_in_both_languages() -> None:
    differ = [
        (key, sorted(fields(EN.get(key))), sorted(fields(ZH.get(key))))
        for key in EN.keys()
        if set(fields(EN.get(key))) != set(fields(ZH.get(key)))
    ]
    assert differ == []


def test_every_format_named_in_a_template_exists() -> None:
    unknown = set()
    for cat in (EN, ZH):
        for key in cat.keys():
            for name, spec in fields(cat.get(key)).items():
                kind = spec.partition(".")[0]
                if spec and kind not in FORMATS:
                    unknown.add((key, name, spec))
    assert unknown == set()


def _sample(spec: str) -> Any:
    kind, _, arg = spec.partition(".")
    return {
        "num": 1234,
        "dec": 12.5,
        "yuan": 500_000,
        "fen": 50_000_050,
        "wan": 27_260_000,
        "date": "2025-12-14",
        "time": "2025-12-16T10:15:00+08:00",
        "when": "2025-12-16T10:15:00+08:00",
        "region": "CENTRAL",
        "word": "open" if arg in ("store_status",) else "x",
        "list": ["CENTRAL", "EAST"] if arg == "region" else ["a", "b"],
        "alt": ["proposed", "approved"],
        "msg": Msg("span.none"),
        "msgs": [Msg("span.none"), Msg("span.none")],
        "lines": [Msg("span.none")],
        "fields": {"name": Msg("span.none")},
        "file": "/tmp/ledger.sqlite3",
        "q": "值",
    }.get(kind, "值")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_sentence_can_be_said(lang: str) -> None:
    cat = catalogue(lang)
    broken = []
    for key in cat.keys():
        if key.startswith("cli.argparse."):
            continue  # argparse fills these itself (%-style)
        params = {name: _sample(spec) for name, spec in fields(cat.get(key)).items()}
        try:
            cat.format(cat.get(key), params)
        except Exception as exc:  # noqa: BLE001 - collect them all
            broken.append((key, repr(exc)))
    assert broken == []


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z][A-Za-z_]*", text)) - ALLOWED_IN_CHINESE


def test_chinese_sentences_hold_no_english() -> None:
    found = {}
    for key in ZH.keys():
        template = ZH.get(key)
        words = english_words(re.sub(r"\{[^}]*\}", "", template))
        if words:
            found[key] = sorted(words)
    assert found == {}


# --- every code the program uses has its sentence ----------------------------------------------

_CODE = re.compile(r"^[a-z][a-z_0-9]*(\.[a-z0-9_]+)+$")
#: call -> position of its code argument
_CODE_ARG = {
    "Msg": 0,
    "DealerError": 0,
    "InvalidInput": 0,
    "NotFound": 0,
    "PermissionDenied": 0,
    "Conflict": 0,
    "BudgetExceeded": 0,
    "AuthenticationFailed": 0,
    "LedgerBusy": 0,
    "LedgerUnusable": 0,
    "InputError": 0,
    "UsageError": 0,
    "t": 0,
    "_say": 0,
    "_error": 0,
    "bad": 1,
    "add": 2,
}


def _codes_in_source() -> set[str]:
    out: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)
            pos = _CODE_ARG.get(name or "")
            if pos is None or len(node.args) <= pos:
                continue
            arg = node.args[pos]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if _CODE.match(arg.value):
                    out.add(arg.value)
    return out


def test_every_code_in_the_source_has_its_sentence() -> None:
    codes = _codes_in_source()
    assert len(codes) > 250
    missing = sorted(
        c for c in codes if not EN.get(c) and not any(k.startswith(c + "|") for k in EN.keys())
    )
    assert missing == []


def test_codes_made_from_parts_have_their_sentences() -> None:
    made = [
        f"{kind}.{what}"
        for kind in ("yuan", "count")
        for what in ("empty", "not_a_number", "fraction")
    ]
    made += [f"import.summary.{k}{d}" for k in ("stores", "performance") for d in ("", ".dry_run")]
    made += ["cli.user_locked", "cli.user_unlocked"]
    made += [f"{w.entity}.status" for w in WORKFLOWS.values()]
    assert [c for c in made if not EN.get(c)] == []


def test_every_action_has_its_words() -> None:
    actions = set(PERMISSIONS)
    for workflow in WORKFLOWS.values():
        actions |= {t.action for t in workflow.transitions}
    recorded = set()
    for path in (PACKAGE / "services").rglob("*.py"):
        recorded |= set(re.findall(r'record\(\s*\w+,\s*f?"([a-z_]+\.[a-z_]+)"', path.read_text()))
    for action in actions | recorded:
        for cat in (EN, ZH):
            assert cat.get(f"word.action.{action}"), (cat.lang, action)


def test_every_value_of_the_domain_has_its_words_and_labels() -> None:
    for kind, values in (
        ("store_type", StoreType),
        ("store_status", StoreStatus),
        ("subsidy_status", SubsidyStatus),
        ("role", Role),
    ):
        for value in values:
            for cat in (EN, ZH):
                assert cat.get(f"word.{kind}.{value.value}"), (cat.lang, kind, value)
                assert cat.get(f"label.{kind}.{value.value}"), (cat.lang, kind, value)
    for workflow in WORKFLOWS.values():
        for state in workflow.states:
            assert ZH.get(f"word.{workflow.entity}_status.{state.name}")


def test_regions_by_name_in_each_language() -> None:
    for region in STANDARD_REGIONS:
        assert i18n.fmt("region", region.code, "en") == region.name_en
        assert i18n.fmt("region", region.code, "zh_CN") == region.name_zh
    assert i18n.fmt("region", "MARS", "zh_CN") == "MARS"


# --- how values are shown -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "en", "zh"),
    [
        ("num", 1234567, "1,234,567", "1,234,567"),
        ("yuan", -1234, "-¥1,234", "-¥1,234"),
        ("wan", 27_260_000, "¥27.26 M", "2,726万元"),
        ("wan", 150_000_000, "¥150.00 M", "1.50亿元"),
        ("wan", 53_086, "¥53,086", "5.3万元"),
        ("date", "2025-12-14", "2025-12-14", "2025-12-14"),
        ("time", "2025-12-16T10:15:00+08:00", "10:15", "10:15"),
        (
            "list.store_type",
            ["retail_store", "delivery_center"],
            "retail_store, delivery_center",
            "零售店、交付中心",
        ),
        (
            "alt.role",
            ["hq_finance", "regional_manager"],
            "HQ finance or a regional manager",
            "总部财务或大区经理",
        ),
        ("q", "x", "'x'", "“x”"),
        ("file", "/a/b/ledger.sqlite3", "ledger.sqlite3", "ledger.sqlite3"),
    ],
)
def test_typed_values(kind: str, value: Any, en: str, zh: str) -> None:
    assert i18n.fmt(kind, value, "en") == en
    assert i18n.fmt(kind, value, "zh_CN") == zh


def test_a_variant_wins_for_its_value_and_nesting_follows_the_language() -> None:
    one = Msg("reason.after_cutoff", {"opened": "2025-12-15", "days": 1, "cutoff": "2025-12-14"})
    two = Msg("reason.after_cutoff", {"opened": "2025-12-16", "days": 2, "cutoff": "2025-12-14"})
    assert i18n.text(one, "en") == "Opened 2025-12-15, one day after the cutoff of 2025-12-14."
    assert i18n.text(two, "en") == "Opened 2025-12-16, 2 days after the cutoff of 2025-12-14."
    refusal = Msg("subsidy.not_eligible", {"store": "S1", "policy": "YE2025", "reason": two})
    assert i18n.text(refusal, "zh_CN") == (
        "门店 S1 不符合政策 YE2025 的条件：开业日期 2025-12-16，比截止日期 2025-12-14 晚 2 天。"
    )


def test_a_message_travels_as_json_and_old_text_still_shows() -> None:
    msg = Msg("subsidy.not_eligible", {"store": "S1", "policy": "P", "reason": Msg("span.none")})
    assert Msg.from_json(msg.as_json()) == msg
    legacy = Msg.from_json("Opened 2025-12-15, one day after the cutoff of 2025-12-14.")
    assert (
        i18n.text(legacy, "zh_CN") == "Opened 2025-12-15, one day after the cutoff of 2025-12-14."
    )


def test_a_sentence_that_cannot_be_built_falls_back_and_never_raises() -> None:
    assert i18n.text(Msg("no.such.code", {"x": 1}), "zh_CN") == "no.such.code (x=1)"
    # a parameter missing: English, then the code
    assert i18n.text(Msg("store.closed", {}), "zh_CN") == "store.closed"


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "fr:zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_the_system_speaks(environ: dict, lang: str) -> None:
    assert i18n.language_from_environment(environ) == lang
