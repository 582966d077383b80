"""Business settings kept in the ledger: issuer, letter texts, closure thresholds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.letters import DEFAULT_HANDLERS, DEFAULT_NUMBER_FORMAT, letter_number
from dealer_app.domain.models import ClosureSettings, StoreType
from dealer_app.domain.payments import Limits
from dealer_app.domain.vouchers import ACCOUNT_KEYS, AUX_ITEMS, DEFAULT_ACCOUNTS
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import settings as settings_store
from dealer_app.storage.db import Ledger

_CLOSURE_DEFAULTS = ClosureSettings()

DEFAULTS: dict[str, Any] = {
    "issuer_name_zh": "示范汽车销售服务有限公司",
    "issuer_name_en": "Demo Motors Sales & Service Co., Ltd.",
    "issuer_address": "北京市海淀区示范路1号 / No. 1 Shifan Road, Haidian District, Beijing",
    "letter_body_zh": "",  # empty: the built-in template of dealer_app.domain.letters
    "letter_body_en": "",
    "letter_body_paid_zh": "",  # a letter issued after the payment: states date and reference
    "letter_body_paid_en": "",
    "letter_number_format": DEFAULT_NUMBER_FORMAT,
    "letter_handlers": list(DEFAULT_HANDLERS),  # the handling lines under a letter
    # A training or demo ledger's business date (ISO), "" for the machine's date: see
    # services/context.py. Set by an administrator, audited, shown in the window title.
    "business_date": "",
    # Approvals by accounts made or reset by the same administrator within this many days are
    # flagged in the audit view (domain/four_eyes.py).
    "four_eyes_window_days": 30,
    "closure_min_avg_vehicles": _CLOSURE_DEFAULTS.min_avg_vehicles,
    "closure_min_avg_revenue_retail": _CLOSURE_DEFAULTS.min_avg_revenue_retail,
    "closure_months": _CLOSURE_DEFAULTS.months,
    "closure_cutoff": _CLOSURE_DEFAULTS.cutoff.isoformat(),
    "closure_loss_by_type": dict(_CLOSURE_DEFAULTS.loss_by_type),
    # Payment batches: at most this many lines and this many yuan each (domain/payments.py).
    "payments_max_count": 500,
    "payments_max_total": 50_000_000,
    # Vouchers for the books (domain/vouchers.py): account codes and names, auxiliary items.
    "voucher_accounts": {k: dict(v) for k, v in DEFAULT_ACCOUNTS.items()},
    "voucher_aux": list(AUX_ITEMS),
    "voucher_word": "记",
}

_TEXT_KEYS = {
    "issuer_name_zh",
    "issuer_name_en",
    "issuer_address",
    "letter_body_zh",
    "letter_body_en",
    "letter_body_paid_zh",
    "letter_body_paid_en",
}
MAX_HANDLERS = 6


def seed_defaults(ledger: Ledger) -> None:
    for key, value in DEFAULTS.items():
        settings_store.put(ledger, key, value)


def all_settings(ledger: Ledger) -> dict[str, Any]:
    values = dict(DEFAULTS)
    values.update(settings_store.get_all(ledger))
    return values


def closure_settings(ledger: Ledger) -> ClosureSettings:
    s = all_settings(ledger)
    return ClosureSettings(
        min_avg_vehicles=float(s["closure_min_avg_vehicles"]),
        min_avg_revenue_retail=int(s["closure_min_avg_revenue_retail"]),
        months=int(s["closure_months"]),
        cutoff=dt.date.fromisoformat(s["closure_cutoff"]),
        loss_by_type={k: int(v) for k, v in s["closure_loss_by_type"].items()},
    )


def payment_limits(ledger: Ledger) -> Limits:
    s = all_settings(ledger)
    return Limits(int(s["payments_max_count"]), int(s["payments_max_total"]))


def validate(changes: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a set of changed settings; raises InvalidInput naming the field."""
    try:
        return _validate(changes)
    except (TypeError, ValueError) as exc:  # InvalidInput is neither: it passes through
        raise InvalidInput("settings.bad_value", detail=str(exc)) from None


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in DEFAULTS:
            raise InvalidInput("settings.unknown", key=key)
        if key in _TEXT_KEYS:
            text = str(value).strip()
            if len(text) > 4000:
                raise InvalidInput("settings.too_long", key=key)
            if key.startswith("issuer_name") and not text:
                raise InvalidInput("settings.required", key=key)
            out[key] = text
        elif key == "business_date":
            text = str(value or "").strip()
            try:
                day = dt.date.fromisoformat(text) if text else None
            except ValueError:
                raise InvalidInput("settings.bad_date", key=key) from None
            if day is not None and not dt.date(2000, 1, 1) <= day <= dt.date(2100, 12, 31):
                raise InvalidInput("settings.range", key=key)
            out[key] = day.isoformat() if day else ""
        elif key == "letter_number_format":
            out[key] = _number_format(str(value).strip())
        elif key == "letter_handlers":
            lines = value.splitlines() if isinstance(value, str) else list(value)
            lines = [str(line).strip() for line in lines if str(line).strip()]
            if len(lines) > MAX_HANDLERS or any(len(line) > 40 for line in lines):
                raise InvalidInput("settings.handlers", most=MAX_HANDLERS, chars=40)
            out[key] = lines
        elif key == "closure_min_avg_vehicles":
            v = float(value)
            if not 0 <= v <= 100_000:
                raise InvalidInput(
                    "settings.range",
                    key=key,
                )
            out[key] = v
        elif key == "four_eyes_window_days":
            v = int(value)
            if not 0 <= v <= 3650:
                raise InvalidInput("settings.range", key=key)
            out[key] = v
        elif key in {"closure_min_avg_revenue_retail", "closure_months"}:
            v = int(value)
            if v < (1 if key == "closure_months" else 0) or (key == "closure_months" and v > 36):
                raise InvalidInput("settings.range", key=key)
            out[key] = v
        elif key == "closure_cutoff":
            try:
                out[key] = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise InvalidInput(
                    "settings.bad_date",
                    key=key,
                ) from None
        elif key == "closure_loss_by_type":
            losses = {}
            for t, amount in dict(value).items():
                StoreType(t)
                if int(amount) < 0:
                    raise InvalidInput("settings.range", key=key)
                losses[t] = int(amount)
            out[key] = losses
        elif key in ("payments_max_count", "payments_max_total"):
            v = int(value)
            if not 1 <= v <= 10_000_000_000:
                raise InvalidInput("settings.range", key=key)
            out[key] = v
        elif key == "voucher_accounts":
            accounts = {k: dict(v) for k, v in DEFAULT_ACCOUNTS.items()}
            for k, v in dict(value).items():
                if k not in ACCOUNT_KEYS:
                    raise InvalidInput("settings.unknown", key=f"{key}.{k}")
                v = {"code": v} if isinstance(v, str) else dict(v)
                code = str(v.get("code", "")).strip()
                if not code or len(code) > 40 or not code.replace(".", "").isalnum():
                    raise InvalidInput("settings.account_code", key=f"{key}.{k}", value=code)
                accounts[k] = {"code": code, "name": str(v.get("name", "")).strip()[:60]}
            out[key] = accounts
        elif key == "voucher_aux":
            items = value.split(",") if isinstance(value, str) else list(value)
            items = [str(i).strip() for i in items if str(i).strip()]
            if any(i not in AUX_ITEMS for i in items) or len(set(items)) != len(items):
                raise InvalidInput("settings.voucher_aux", allowed=list(AUX_ITEMS))
            out[key] = items
        elif key == "voucher_word":
            word = str(value).strip()
            if not 1 <= len(word) <= 4 or "," in word:
                raise InvalidInput("settings.range", key=key)
            out[key] = word
    return out


def _number_format(fmt: str) -> str:
    """A letter number format that gives a valid, distinct number for every letter: numbers run
    per policy, region and year, so it holds {policy}, {region} or {region_zh}, {year} and
    {seq}."""
    if not all(p in fmt for p in ("{policy", "{year", "{seq")) or "{region" not in fmt:
        raise InvalidInput("settings.number_format", format=fmt)
    try:
        sample = {"policy": "YE2025", "region": "CENTRAL", "region_zh": "华中", "year": 2025}
        a = letter_number(fmt, **sample, seq=1)
        b = letter_number(fmt, **sample, seq=999_999)
    except ValueError:
        raise InvalidInput("settings.number_format", format=fmt) from None
    if a == b or len(b) > 60:
        raise InvalidInput("settings.number_format", format=fmt)
    return fmt


def update(ctx: Context, changes: dict[str, Any]) -> dict[str, Any]:
    require(ctx, "settings.save")
    clean = validate(changes)
    with ctx.ledger.atomic():
        before = all_settings(ctx.ledger)
        for key, value in clean.items():
            settings_store.put(ctx.ledger, key, value)
        if "business_date" in clean:
            ctx._business_day = None  # read again by this session's next today()
        record(
            ctx,
            "settings.update",
            "settings",
            "ledger",
            {"before": {k: before.get(k) for k in clean}, "after": clean},
        )
        return all_settings(ctx.ledger)
