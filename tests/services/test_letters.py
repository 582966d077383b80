"""Payout letters through the services: void is void, every character printed or nothing,
the original once (also with two runs at once), numbers by year, checking a file or a QR code."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from english import en, zh

from dealer_app.domain.letters import qr_payload
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services import letters, settings, subsidies
from dealer_app.services.context import Context, fixed_clock
from dealer_app.services.letters import Standing
from dealer_app.services.stores import save_store

PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not PDFTOTEXT, reason="pdftotext (poppler) missing")

#: Characters of the 通用规范汉字表 that occur in names, one per extension the fonts cover.
RARE = "𠮷䶮𫖯𬭚"
#: U+2EBF0, of CJK Extension I (Unicode 15.1): no font of the chain has it.
NO_GLYPH = "\U0002ebf0"


@pytest.fixture
def people(make_user):
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "mgr2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "hq": make_user("hq.finance", "hq_finance"),
        "hq2": make_user("hq.finance2", "hq_finance"),
        "east": make_user("mgr.east", "regional_manager", "EAST"),
    }


def _store(
    ctx: Context, code: str, name: str, partner: str = "湖北华通汽车销售服务有限公司"
) -> None:
    save_store(
        ctx,
        Store(
            code,
            name,
            partner,
            "CENTRAL",
            "湖北",
            "武汉",
            StoreType.CAR_INTEGRATION_STORE,
            dt.date(2025, 3, 1),
            StoreStatus.OPEN,
            partner_bank="招商银行武汉分行",
            partner_account="6225 8888 0000 1234",
        ),
        new=True,
    )


def _approved(people, code: str, name: str | None = None, partner: str | None = None) -> int:
    kwargs = {"partner": partner} if partner else {}
    _store(people["hq"], code, name or f"门店{code}", **kwargs)
    sid = subsidies.propose(people["mgr"], "YE2025", code)
    subsidies.approve(people["mgr2"], sid)
    return sid


def _at(ctx: Context, when: dt.datetime) -> Context:
    return Context(ctx.ledger, ctx.user, fixed_clock(when))


def pdftotext(path: Path) -> str:
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# --- void is void --------------------------------------------------------------------------


def test_a_cancelled_subsidys_letter_is_void_and_its_successor_is_genuine(people, tmp_path):
    sid = _approved(people, "S1")
    first = letters.generate_to_folder(people["hq"], "YE2025", tmp_path / "a")
    original = first.files[0]
    assert letters.verify_pdf(people["hq"], original).genuine

    later = _at(people["hq2"], dt.datetime(2025, 12, 17, 15, 30, tzinfo=dt.UTC))
    subsidies.cancel(later, sid, "门店信息有误")
    verdict = letters.verify_pdf(people["hq"], original)
    assert not verdict.genuine and verdict.void and verdict.exit_code == 3
    check = verdict.letters[0]
    assert check.standing is Standing.VOID and check.voided_by == "hq.finance2"
    assert check.voided_at.startswith("2025-12-17")
    said = en(check.summary())
    assert "VOID" in said and "hq.finance2" in said and "2025-12-17" in said
    assert "作废" in zh(check.summary()) and "hq.finance2" in zh(check.summary())

    # The same store again: a new subsidy, a new letter; the old one stays void.
    again = subsidies.propose(people["mgr"], "YE2025", "S1")
    subsidies.approve(people["mgr2"], again)
    second = letters.generate_to_folder(people["hq"], "YE2025", tmp_path / "b")
    assert second.numbers != first.numbers and len(second.numbers) == 1
    assert letters.verify_pdf(people["hq"], second.files[0]).genuine
    assert letters.verify_pdf(people["hq"], original).void
    # A void letter is never printed again.
    with pytest.raises(Exception) as info:
        letters.claim_prints(people["hq"], first.numbers)
    assert info.value.code == "letter.void_print"


def test_the_void_letter_is_in_the_audit_log(people, tmp_path):
    from dealer_app.services.audit import entries

    sid = _approved(people, "S1")
    number = letters.issue_letters(people["hq"], [sid]).records[0].number
    subsidies.cancel(people["hq2"], sid, "重复申请")
    voids = [e for e in entries(people["hq"]) if e.action == "letter.void"]
    assert [(e.entity_id, e.user, e.data["subsidy"]) for e in voids] == [
        (number, "hq.finance2", sid)
    ]


# --- every character printed, or nothing ---------------------------------------------------


@needs_poppler
def test_rare_characters_are_printed_and_read_back(people, tmp_path):
    _approved(people, "S1", f"王{RARE[3]}汽车融合店", partner=f"王{RARE[3]}汽车销售有限公司")
    _approved(people, "S2", f"{RARE[0]}{RARE[1]}{RARE[2]}汽车融合店")
    result = letters.generate_to_folder(people["hq"], "YE2025", tmp_path)
    assert result.refused == [] and len(result.files) == 2
    text = pdftotext(result.files[0]) + pdftotext(result.files[1])
    assert f"王{RARE[3]}汽车销售有限公司" in text
    assert f"{RARE[0]}{RARE[1]}{RARE[2]}汽车融合店" in text


def test_a_character_no_font_has_stops_that_letter_and_names_it(people, tmp_path):
    _approved(people, "S1")
    _approved(people, "S2", partner=f"王{NO_GLYPH}汽车销售有限公司")
    _approved(people, "S3")
    result = letters.generate_to_folder(people["hq"], "YE2025", tmp_path)
    assert len(result.files) == 2 and len(result.refused) == 1
    said = en(result.refused[0])
    assert "(S2)" in said and "U+2EBF0" in said and "partner name" in said and NO_GLYPH in said
    assert "U+2EBF0" in zh(result.refused[0]) and "合作方名称" in zh(result.refused[0])
    # No number was taken for it: the numbers stay gapless.
    assert [n[-6:] for n in result.numbers] == ["000001", "000002"]


def test_store_editing_and_import_warn_at_once():
    problems = letters.store_unprintable(f"门店{NO_GLYPH}", "正常公司")
    assert [p.params["code"] for p in problems] == ["U+2EBF0"]
    assert letters.store_unprintable(f"王{RARE}汽车", f"{RARE}有限公司") == []


# --- the original once ---------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_two_runs_at_once_make_one_original_of_each_letter(people, admin, ledger_path, tmp_path):
    """Two `dealer-app letters` processes at once on the same ledger and folder: every letter
    has exactly one original, and no file is written over another."""
    import sys

    n = 30
    for i in range(n):
        _approved(people, f"S{i:02d}")
    letters.issue_letters(people["hq"], subsidies_ids(people))
    settings.update(admin, {"business_date": "2025-12-16"})
    people["hq"].ledger.close()
    env = dict(
        os.environ,
        DEALER_APP_PASSWORD="password1",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    command = [sys.executable, "-m", "dealer_app", "--db", str(ledger_path), "--user"]
    command += ["hq.finance", "--lang", "en", "letters", "--policy", "YE2025"]
    command += ["--out", str(tmp_path / "out"), "--json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(run.communicate(timeout=120)[0]) for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert sum(r["originals"] for r in results) == n and sum(r["copies"] for r in results) == n
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 2 * n  # none overwritten
    assert sum(1 for name in names if "-copy" not in name) == n


def subsidies_ids(people) -> list[int]:
    return [s.id for s in subsidies.list_subsidies(people["hq"], "approved")]


def test_a_second_run_never_overwrites_the_original(people, tmp_path):
    _approved(people, "S1")
    first = letters.generate_to_folder(people["hq"], "YE2025", tmp_path)
    original = first.files[0].read_bytes()
    second = letters.generate_to_folder(people["hq"], "YE2025", tmp_path)
    assert (first.originals, second.copies) == (1, 1)
    assert second.files[0].name == f"{first.numbers[0]}-copy2.pdf"
    assert first.files[0].read_bytes() == original
    assert letters.verify_pdf(people["hq"], first.files[0]).copy is False
    assert letters.verify_pdf(people["hq"], second.files[0]).copy is True
    assert en(letters.verify_pdf(people["hq"], second.files[0]).letters[0].summary()).startswith(
        "Genuine: letter"
    )
    assert "a copy" in en(letters.verify_pdf(people["hq"], second.files[0]).letters[0].summary())


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_letter_files_are_private(people, tmp_path):
    _approved(people, "S1")
    result = letters.generate_to_folder(people["hq"], "YE2025", tmp_path / "new")
    assert stat.S_IMODE(result.files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_a_failed_write_gives_the_original_back(people, tmp_path, monkeypatch):
    _approved(people, "S1")
    number = letters.issue_letters(people["hq"], subsidies_ids(people)).records[0].number

    def disk_full(path, data):  # noqa: ANN001, ANN202
        raise letters.InvalidInput("letters.save_failed", path=str(path), detail="No space left")

    monkeypatch.setattr(letters, "write_new", disk_full)
    with pytest.raises(letters.InvalidInput):
        letters.generate_to_folder(people["hq"], "YE2025", tmp_path)
    monkeypatch.undo()
    prints = letters.claim_prints(people["hq"], [number], "file")
    assert prints[0].place == 1 and not prints[0].copy  # still the original


# --- numbers -------------------------------------------------------------------------------


def test_numbers_carry_the_year_and_start_again_each_year(people, tmp_path):
    a = _approved(people, "S1")
    b = _approved(people, "S2")
    hq = people["hq"]
    [ra] = letters.issue_letters(hq, [a]).records
    [rb] = letters.issue_letters(_at(hq, dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC)), [b]).records
    assert (ra.number, rb.number) == ("YE2025-CENTRAL-2025-000001", "YE2025-CENTRAL-2026-000001")


def test_the_number_format_is_a_setting(people, admin):
    settings.update(admin, {"letter_number_format": "{policy}〔{year}〕{region_zh}{seq:04d}号"})
    sid = _approved(people, "S1")
    [rec] = letters.issue_letters(people["hq"], [sid]).records
    assert rec.number == "YE2025〔2025〕华中0001号"
    with pytest.raises(letters.InvalidInput) as info:
        settings.update(admin, {"letter_number_format": "{policy}-{seq}"})
    assert info.value.code == "settings.number_format"


def test_a_paid_subsidys_letter_states_the_payment(people):
    sid = _approved(people, "S1")
    subsidies.pay(people["hq"], sid, "CMB-20251216-000042")
    data = letters.letter_data(letters.issue_letters(people["hq"], [sid]).records[0])
    assert data.paid_on == "2025-12-16" and data.payment_reference == "CMB-20251216-000042"
    assert "已于2025年12月16日" in data.body_zh and "CMB-20251216-000042" in data.body_zh
    assert "will" not in data.body_en and "on 16 December 2025 we paid" in data.body_en
    assert "《2025年度经销商年终补贴》" in data.body_zh
    assert "year-end" not in data.body_zh and "年度" not in data.body_en


def test_handling_lines_are_a_setting(people, admin):
    settings.update(admin, {"letter_handlers": "经办人 / Prepared by\n审核 / Reviewed by"})
    sid = _approved(people, "S1")
    data = letters.letter_data(letters.issue_letters(people["hq"], [sid]).records[0])
    assert data.handlers == ("经办人 / Prepared by", "审核 / Reviewed by")


# --- checking a paper letter ---------------------------------------------------------------


def test_a_scanned_qr_code_is_checked_against_the_ledger(people, tmp_path):
    sid = _approved(people, "S1")
    [rec] = letters.issue_letters(people["hq"], [sid]).records
    data = letters.letter_data(rec)
    original = qr_payload(data, rec.digest)
    copy = qr_payload(data, rec.digest, copy=True)

    verdict = letters.verify_qr(people["hq"], original + "\n")
    assert verdict.genuine and not verdict.copy and verdict.exit_code == 0
    assert letters.verify_qr(people["hq"], copy).copy is True
    assert letters.verify_qr(people["hq"], copy).genuine

    forged = original.replace(f"|{data.amount_fen}|", f"|{data.amount_fen * 10}|")
    verdict = letters.verify_qr(people["hq"], forged)
    assert verdict.letters[0].standing is Standing.ALTERED and verdict.exit_code == 1
    assert en(verdict.differences[0]) == (
        "the code says ¥5,000,000.00; the ledger's letter is for ¥500,000.00"
    )

    unknown = original.replace(rec.number, "YE2025-CENTRAL-2025-999999")
    assert letters.verify_qr(people["hq"], unknown).letters[0].standing is Standing.UNKNOWN
    garbage = letters.verify_qr(people["hq"], "hello")
    assert garbage.letters[0].standing is Standing.UNKNOWN
    assert "not a Dealer Desk letter code" in en(garbage.differences[0])

    subsidies.cancel(people["hq2"], sid, "撤销")
    verdict = letters.verify_qr(people["hq"], original)
    assert verdict.void and verdict.exit_code == 3
    assert verdict.letters[0].voided_by == "hq.finance2"


def test_a_regional_manager_checks_only_letters_of_their_region(people):
    sid = _approved(people, "S1")
    [rec] = letters.issue_letters(people["hq"], [sid]).records
    payload = qr_payload(letters.letter_data(rec), rec.digest)
    assert letters.verify_qr(people["mgr"], payload).genuine
    if people["east"].ledger.is_server:  # row-level security: another region's letter is unseen
        assert not letters.verify_qr(people["east"], payload).genuine
        return
    with pytest.raises(letters.DealerError) as info:
        letters.verify_qr(people["east"], payload)
    assert info.value.code.startswith("permission")


def test_a_batch_file_is_checked_letter_by_letter(people, tmp_path):
    for code in ("S1", "S2", "S3"):
        _approved(people, code)
    batch = letters.generate_to_folder(people["hq"], "YE2025", tmp_path, single_pdf=True)
    verdict = letters.verify_pdf(people["hq"], batch.files[0])
    assert verdict.genuine and [c.pages for c in verdict.letters] == ["1", "2", "3"]
    assert [c.number for c in verdict.letters] == batch.numbers

    # One letter of it cancelled: that one is void, the others genuine.
    first_sub = letters.letters_for_subsidies(people["hq"], subsidies_ids(people))
    sid = next(s for s, r in first_sub.items() if r.number == batch.numbers[1])
    subsidies.cancel(people["hq2"], sid, "")
    verdict = letters.verify_pdf(people["hq"], batch.files[0])
    assert [c.standing for c in verdict.letters] == [
        Standing.GENUINE,
        Standing.VOID,
        Standing.GENUINE,
    ]
    assert verdict.exit_code == 3


def test_an_altered_batch_names_the_altered_letter(people, tmp_path):
    import io

    import pypdf

    for code in ("S1", "S2"):
        _approved(people, code)
    batch = letters.generate_to_folder(people["hq"], "YE2025", tmp_path, single_pdf=True)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(batch.files[0]))
    stream = writer.pages[1]["/Contents"].get_object()
    data = stream.get_data()
    stream.set_data(
        data.replace(b"1,000,000.00", b"9,000,000.00").replace(b"500,000.00", b"900,000.00")
    )
    out = io.BytesIO()
    writer.write(out)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(out.getvalue())
    verdict = letters.verify_pdf(people["hq"], forged)
    assert not verdict.genuine and verdict.exit_code == 1
    assert [c.standing for c in verdict.letters] == [Standing.GENUINE, Standing.ALTERED]
    assert "changed after Dealer Desk made it" in en(verdict.problems[0])
    assert any("amount in figures" in en(d) for d in verdict.letters[1].differences)


def test_an_import_warns_of_characters_a_letter_cannot_print(people, tmp_path):
    from dealer_app.services.stores import import_stores

    csv = tmp_path / "stores.csv"
    csv.write_text(
        "门店编码,门店名称,经销商,大区,省份,城市,门店类型,开业日期,状态\n"
        f"R001,王{RARE[3]}汽车融合店,王{RARE[3]}汽车销售有限公司,华中,湖北,武汉,汽车融合店,2025-03-01,营业中\n"
        f"R002,门店{NO_GLYPH},湖北华通汽车销售服务有限公司,华中,湖北,武汉,汽车融合店,2025-03-01,营业中\n",
        encoding="utf-8",
    )
    report = import_stores(people["hq"], csv)
    warnings = [w for w in report.warnings if w.code == "import.unprintable"]
    assert [(w.params["row"], w.params["store"]) for w in warnings] == [(3, "R002")]
    assert "U+2EBF0" in en(warnings[0]) and "imported" in en(warnings[0])
    assert "U+2EBF0" in zh(warnings[0])


def test_a_letter_issued_by_an_earlier_version_is_checked_by_content(letter_v1_pdf):
    from dealer_app.letters.verify import compare_letter

    pdf, data = letter_v1_pdf
    assert data.layout == 1
    assert compare_letter(pdf, data) == []
    forged = pdf.replace(b"amount_fen=10000000", b"amount_fen=90000000")
    assert any("amount" in en(m) for m in compare_letter(forged, data))


@pytest.fixture
def letter_v1_pdf():
    """A layout 1 letter (its snapshot as version 1 stored it), as a PDF carrying its digest."""
    from dealer_app.domain.letters import LetterData
    from dealer_app.letters.render import render_letter

    v1 = {
        "number": "YE2025-CENTRAL-000001", "issue_date": "2025-12-16", "policy_code": "YE2025",
        "policy_name": "2025年度经销商年终补贴 / 2025 year-end dealer subsidy",
        "policy_version": 1, "store_code": "CS0001", "store_name": "武汉光谷汽车融合店",
        "store_city": "武汉", "region_code": "CENTRAL", "region_name_zh": "华中",
        "partner_name": "湖北华通汽车销售服务有限公司", "partner_address": "",
        "partner_bank": "招商银行武汉分行", "partner_account": "6225 8888 0000 1234",
        "partner_credit_code": "", "amount_fen": 10_000_000, "amount_figures": "¥100,000.00",
        "amount_words": "人民币壹拾万元整", "issuer_name": "示范汽车销售服务有限公司",
        "issuer_address": "北京", "body_zh": "正文", "body_en": "Body", "subsidy_id": 1,
    }  # fmt: skip
    data = LetterData.from_json_dict(v1)
    return render_letter(data), data


# --- draft, then issue -----------------------------------------------------------------------
@needs_poppler
def test_a_preview_is_a_draft_that_takes_no_number(people, tmp_path, ledger):
    """Previewing writes nothing: no number, no audit entry; the draft says 草稿 / DRAFT, has no
    QR code to check; printing it then takes the next number (numbers stay gapless)."""
    first = _approved(people, "C1")
    second = _approved(people, "C2")
    hq = people["hq"]
    tail = ledger.audit_tail()["id"]
    preview = letters.preview_letters(hq, [first, second])
    assert [p.draft for p in preview.letters] == [True, True] and preview.refused == []
    assert letters.letters_for_subsidies(hq, [first, second]) == {}
    assert ledger.audit_tail()["id"] == tail
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(letters.render_preview(preview.letters))
    text = pdftotext(pdf)
    assert "草稿" in text and "DRAFT" in text and "YE2025-CENTRAL" not in text
    zbar = shutil.which("zbarimg")
    if zbar and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(tmp_path / "p")], check=True)
        scanned = subprocess.run(
            [zbar, "-q", *map(str, sorted(tmp_path.glob("p*.png")))], capture_output=True
        )
        assert scanned.stdout == b""  # nothing to scan on a draft
    # only the second is printed: it takes number 1, the first stays a draft
    issued = letters.issue_letters(hq, [second])
    assert [r.number for r in issued.records] == ["YE2025-CENTRAL-2025-000001"]
    again = letters.preview_letters(hq, [first, second])
    assert [(p.draft, p.number) for p in again.letters] == [
        (True, None),
        (False, "YE2025-CENTRAL-2025-000001"),
    ]
