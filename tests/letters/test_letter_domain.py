"""domain/letters.py: snapshot JSON, digest, QR payload, dates, body templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.letters import (
    DEFAULT_BODY_EN,
    DEFAULT_BODY_PAID_EN,
    DEFAULT_BODY_PAID_ZH,
    DEFAULT_BODY_ZH,
    DEFAULT_NUMBER_FORMAT,
    LetterData,
    QrCode,
    canonical_json,
    fill_body,
    format_issue_date_en,
    format_issue_date_zh,
    letter_digest,
    letter_number,
    parse_qr_payload,
    qr_payload,
)


def test_json_round_trip_keeps_every_field(letter):
    d = letter.to_json_dict()
    assert d["issue_date"] == "2025-12-15"
    assert d["amount_fen"] == 50_000_000
    assert set(d) == {f.name for f in dataclasses.fields(LetterData)}
    assert LetterData.from_json_dict(json.loads(json.dumps(d))) == letter


def test_from_json_refuses_missing_and_unknown_fields(letter):
    d = letter.to_json_dict()
    del d["partner_account"]
    with pytest.raises(ValueError, match="partner_account"):
        LetterData.from_json_dict(d)
    d = letter.to_json_dict() | {"colour": "red"}
    with pytest.raises(ValueError, match="colour"):
        LetterData.from_json_dict(d)


@pytest.mark.parametrize(
    "overrides",
    [
        {"number": "YE2025|CENTRAL|1"},
        {"number": "YE 2025"},
        {"number": ""},
        {"amount_fen": -1},
        {"amount_fen": 500.0},
        {"amount_fen": True},
        {"issue_date": dt.datetime(2025, 12, 15, 9, 0)},
        {"partner_name": None},
    ],
)
def test_letter_data_refuses_values_that_would_break_the_letter(letter_factory, overrides):
    with pytest.raises(ValueError):
        letter_factory(**overrides)


def test_digest_is_sha256_of_canonical_json(letter):
    text = canonical_json(letter)
    assert text.startswith('{"amount_fen":50000000,"amount_figures":"¥500,000.00",')
    assert "人民币伍拾万元整" in text  # ensure_ascii=False
    expected = hashlib.sha256(
        json.dumps(
            letter.to_json_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
    ).hexdigest()
    assert letter_digest(letter) == expected
    assert len(expected) == 64


def test_digest_changes_with_any_field(letter, letter_factory):
    base = letter_digest(letter)
    assert letter_digest(letter_factory()) == base
    assert letter_digest(letter_factory(amount_fen=50_000_001)) != base
    assert letter_digest(letter_factory(partner_account="1279 0563 1210 803")) != base
    assert letter_digest(letter_factory(issue_date=dt.date(2025, 12, 16))) != base


DIGEST = "0123456789abcdef" + "f" * 48


def test_qr_payload_and_parse(letter_factory):
    letter = letter_factory(audit_entry=812, audit_hash="9a0b1c2d3e4f5a6b")
    payload = qr_payload(letter, DIGEST)
    assert payload == (
        "DEALERDESK:2|YE2025-CENTRAL-2025-000123|50000000|0123456789abcdef|812|9a0b1c2d3e4f5a6b|O"
    )
    assert parse_qr_payload(payload) == QrCode(
        "YE2025-CENTRAL-2025-000123", 50_000_000, "0123456789abcdef", 812, "9a0b1c2d3e4f5a6b", False
    )
    assert qr_payload(letter, DIGEST, copy=True).endswith("|C")
    assert parse_qr_payload(qr_payload(letter, DIGEST, copy=True)).copy is True
    assert parse_qr_payload(payload + "\n") == parse_qr_payload(payload)
    assert parse_qr_payload(f"  {payload}\r\n") == parse_qr_payload(payload)


def test_a_scanner_typing_through_a_chinese_input_method_is_forgiven(letter):
    """Full-width ｜ and digits, as a scanner types them with a Chinese input method on."""
    payload = qr_payload(letter, DIGEST)
    wide = payload.replace("|", "｜").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_qr_payload(wide) == parse_qr_payload(payload)


def test_a_letter_number_may_be_chinese(letter_factory):
    letter = letter_factory(number="YE2025〔2025〕华中0123号")
    code = parse_qr_payload(qr_payload(letter, DIGEST))
    assert code.number == "YE2025〔2025〕华中0123号"


def test_a_layout_1_letter_keeps_its_layout_1_code_and_digest():
    """A snapshot issued by version 1 reads back as it was written: same JSON, same digest."""
    v1 = {
        "number": "YE2025-CENTRAL-000001", "issue_date": "2025-12-16", "policy_code": "YE2025",
        "policy_name": "2025年度经销商年终补贴 / 2025 year-end dealer subsidy",
        "policy_version": 1, "store_code": "CS0001", "store_name": "武汉光谷汽车融合店",
        "store_city": "武汉", "region_code": "CENTRAL", "region_name_zh": "华中",
        "partner_name": "湖北华通汽车销售服务有限公司", "partner_address": "",
        "partner_bank": "招商银行武汉分行", "partner_account": "6225 8888 0000 1234",
        "partner_credit_code": "", "amount_fen": 10_000_000, "amount_figures": "¥100,000.00",
        "amount_words": "人民币壹拾万元整", "issuer_name": "示范汽车 / Demo Motors",
        "issuer_address": "北京", "body_zh": "正文", "body_en": "Body", "subsidy_id": 1,
    }  # fmt: skip
    data = LetterData.from_json_dict(v1)
    assert data.layout == 1 and data.policy_name_zh == v1["policy_name"]
    assert data.to_json_dict() == v1
    digest = hashlib.sha256(
        json.dumps(v1, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    ).hexdigest()
    assert letter_digest(data) == digest
    assert qr_payload(data, digest) == f"DEALERDESK:1|YE2025-CENTRAL-000001|10000000|{digest[:16]}"
    assert parse_qr_payload(qr_payload(data, digest)).version == 1


def test_qr_payload_needs_a_hex_digest(letter):
    with pytest.raises(ValueError):
        qr_payload(letter, "not-a-digest")
    with pytest.raises(ValueError):
        qr_payload(letter, "abc")


GOOD = "DEALERDESK:2|YE2025-CENTRAL-2025-000123|50000000|0123456789abcdef|812|9a0b1c2d3e4f5a6b|O"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "qr.not_ours"),
        ("https://example.com/", "qr.not_ours"),
        ("DEALERDESK:1|YE2025-CENTRAL-000123|50000000", "qr.not_ours"),
        (GOOD.rsplit("|", 1)[0], "qr.not_ours"),
        (GOOD + "|x", "qr.not_ours"),
        (GOOD.replace("50000000", "500000.00"), "qr.damaged"),
        (GOOD.replace("50000000", "-5"), "qr.damaged"),
        (GOOD.replace("0123456789abcdef", "0123456789abcdeg"), "qr.damaged"),
        (GOOD.replace("0123456789abcdef", "0123456789abcde"), "qr.damaged"),
        (GOOD.replace("|812|", "|8x2|"), "qr.damaged"),
        (GOOD.replace("|O", "|Z"), "qr.damaged"),
        (GOOD.replace("YE2025-CENTRAL-2025-000123", "YE 2025"), "qr.damaged"),
    ],
)
def test_parse_qr_payload_refuses_foreign_or_damaged_text(text, code):
    with pytest.raises(InvalidInput) as info:
        parse_qr_payload(text)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("fmt", "number"),
    [
        (DEFAULT_NUMBER_FORMAT, "YE2025-CENTRAL-2025-000123"),
        ("{policy}-{region_zh}-{year}-{seq:06d}", "YE2025-华中-2025-000123"),
        ("{policy}〔{year}〕{region_zh}{seq:04d}号", "YE2025〔2025〕华中0123号"),
    ],
)
def test_letter_numbers_carry_the_year(fmt, number):
    kw = {"policy": "YE2025", "region": "CENTRAL", "region_zh": "华中", "year": 2025, "seq": 123}
    assert letter_number(fmt, **kw) == number


@pytest.mark.parametrize("fmt", ["{policy}-{year}", "{policy}/{seq}", "{oops}{seq}", "{seq:x!}"])
def test_a_number_format_that_cannot_number_letters_is_refused(fmt):
    with pytest.raises(ValueError):
        letter_number(fmt, policy="P", region="R", region_zh="华中", year=2025, seq=1)


@pytest.mark.parametrize(
    ("day", "zh", "en"),
    [
        (dt.date(2025, 12, 15), "2025年12月15日", "15 December 2025"),
        (dt.date(2026, 1, 5), "2026年1月5日", "5 January 2026"),
        (dt.date(2024, 2, 29), "2024年2月29日", "29 February 2024"),
    ],
)
def test_issue_dates(day, zh, en):
    assert format_issue_date_zh(day) == zh
    assert format_issue_date_en(day) == en


def test_fill_body_substitutes_known_placeholders_only():
    fields = {"partner_name": "甲公司", "amount_figures": "¥1.00"}
    assert fill_body("{partner_name}：{amount_figures}", fields) == "甲公司：¥1.00"
    for untouched in (
        "{unknown}",
        "{0}",
        "{}",
        "{partner_name.__class__}",
        "{partner_name[0]}",
        "{partner_name!r}",
        "{partner_name:>10}",
        "{ partner_name }",
        "{",
        "}",
        "{{",
    ):
        assert fill_body(untouched, fields) == untouched
    # Doubled braces are not an escape: the inner placeholder is still filled.
    assert fill_body("{{partner_name}}", fields) == "{甲公司}"


def test_fill_body_does_not_rescan_substituted_values():
    fields = {"partner_name": "{store_name} & <b>", "store_name": "X"}
    assert fill_body("{partner_name}/{store_name}", fields) == "{store_name} & <b>/X"


def test_default_bodies_fill_every_placeholder(letter):
    fields = letter.fields_for_body()
    zh = fill_body(DEFAULT_BODY_ZH, fields)
    en = fill_body(DEFAULT_BODY_EN, fields)
    for text in (zh, en):
        assert "{" not in text and "}" not in text
        assert "¥500,000.00" in text and "WH-0012" in text
    assert zh.startswith("尊敬的武汉光谷汽车销售服务有限公司：")
    assert "根据《2025年度经销商年终补贴》" in zh and "year-end" not in zh
    assert "人民币伍拾万元整" in zh and "人民币" not in en
    assert en.startswith("Dear 武汉光谷汽车销售服务有限公司,")
    assert "Under the 2025 year-end dealer subsidy," in en and "年度" not in en


def test_a_paid_letter_states_the_payment(letter_factory):
    letter = letter_factory(paid_on="2025-12-18", payment_reference="CMB-20251218-000042")
    fields = letter.fields_for_body()
    zh = fill_body(DEFAULT_BODY_PAID_ZH, fields)
    en = fill_body(DEFAULT_BODY_PAID_EN, fields)
    assert "已于2025年12月18日" in zh and "银行交易参考号 CMB-20251218-000042" in zh
    assert "on 18 December 2025 we paid ¥500,000.00" in en and "CMB-20251218-000042" in en
    assert "将" not in zh.split("。")[1] and "will" not in en
