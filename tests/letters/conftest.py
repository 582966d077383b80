"""Shared sample letters for tests/letters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from dealer_app.domain.letters import DEFAULT_BODY_EN, DEFAULT_BODY_ZH, LetterData, fill_body

PARTNER = "武汉光谷汽车销售服务有限公司"


def make_letter(**overrides: Any) -> LetterData:
    fields: dict[str, Any] = dict(
        number="YE2025-CENTRAL-2025-000123",
        issue_date=dt.date(2025, 12, 15),
        policy_code="YE2025",
        policy_name_zh="2025年度经销商年终补贴",
        policy_name_en="2025 year-end dealer subsidy",
        policy_version=1,
        store_code="WH-0012",
        store_name="武汉光谷汽车融合店",
        store_city="武汉",
        region_code="CENTRAL",
        region_name_zh="华中",
        partner_name=PARTNER,
        partner_address="湖北省武汉市东湖新技术开发区光谷大道77号金融港B18栋",
        partner_bank="招商银行武汉光谷支行",
        partner_account="1279 0563 1210 802",
        partner_credit_code="91420100MA4KXXXX3T",
        amount_fen=50_000_000,
        amount_figures="¥500,000.00",
        amount_words="人民币伍拾万元整",
        issuer_name_zh="星驰汽车销售有限公司",
        issuer_name_en="Xingchi Motor Sales Co., Ltd.",
        issuer_address="北京市海淀区安宁庄路11号 · 100085",
        body_zh="",
        body_en="",
        subsidy_id=4711,
    )
    fields.update(overrides)
    if not fields["body_zh"] or not fields["body_en"]:
        body_fields = LetterData(**fields).fields_for_body()
        fields["body_zh"] = fields["body_zh"] or fill_body(DEFAULT_BODY_ZH, body_fields)
        fields["body_en"] = fields["body_en"] or fill_body(DEFAULT_BODY_EN, body_fields)
    return LetterData(**fields)


@pytest.fixture
def letter() -> LetterData:
    return make_letter()


@pytest.fixture
def letter_factory() -> Callable[..., LetterData]:
    return make_letter
