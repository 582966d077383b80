"""domain/letters.py: snapshot JSON, digest, QR payload, dates, body templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from dealer_app.domain.letters import (
    DEFAULT_BODY_EN,
    DEFAULT_BODY_ZH,
    LetterData,
    canonical_json,
    default_body_en,
    default_body_zh,
    fill_body,
    format_issue_date_en,
    format_issue_date_zh,
    letter_digest,
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


def test_qr_payload_and_parse(letter):
    digest = "0123456789abcdef" + "f" * 48
    payload = qr_payload(letter, digest)
    assert payload == "DEALERDESK:1|YE2025-CENTRAL-000123|50000000|0123456789abcdef"
    assert parse_qr_payload(payload) == ("YE2025-CENTRAL-000123", 50_000_000, "0123456789abcdef")
    assert parse_qr_payload(payload + "\n") == parse_qr_payload(payload)


def test_qr_payload_needs_a_hex_digest(letter):
    with pytest.raises(ValueError):
        qr_payload(letter, "not-a-digest")
    with pytest.raises(ValueError):
        qr_payload(letter, "abc")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://example.com/",
        "DEALERDESK:2|YE2025-CENTRAL-000123|50000000|0123456789abcdef",
        "DEALERDESK:1|YE2025-CENTRAL-000123|50000000",
        "DEALERDESK:1|YE2025-CENTRAL-000123|50000000|0123456789abcdef|x",
        "DEALERDESK:1|YE2025-CENTRAL-000123|500000.00|0123456789abcdef",
        "DEALERDESK:1|YE2025-CENTRAL-000123|-5|0123456789abcdef",
        "DEALERDESK:1|YE2025-CENTRAL-000123|５０|0123456789abcdef",
        "DEALERDESK:1|YE2025-CENTRAL-000123|50000000|0123456789ABCDEG",
        "DEALERDESK:1|YE2025-CENTRAL-000123|50000000|0123456789abcde",
        "DEALERDESK:1|YE 2025|50000000|0123456789abcdef",
    ],
)
def test_parse_qr_payload_refuses_foreign_text(text):
    with pytest.raises(ValueError):
        parse_qr_payload(text)


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
    zh = default_body_zh(fields)
    en = default_body_en(fields)
    for text in (zh, en):
        assert "{" not in text and "}" not in text
        assert "¥500,000.00" in text and "人民币伍拾万元整" in text and "WH-0012" in text
    assert zh.startswith("尊敬的武汉光谷汽车销售服务有限公司：")
    assert en.startswith("Dear 武汉光谷汽车销售服务有限公司,")
    assert default_body_zh(fields, "致{partner_name}") == "致武汉光谷汽车销售服务有限公司"
    assert "{partner_name}" in DEFAULT_BODY_ZH and "{amount_words}" in DEFAULT_BODY_EN
