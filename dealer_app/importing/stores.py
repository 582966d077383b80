"""Check every row of a stores sheet and turn the good ones into `Store`s.

Every bad cell becomes its own `ImportProblem` (row as in the spreadsheet, column as headed in the
file) and checking goes on, so one import attempt lists everything to fix. The caller writes
nothing when `problems` is not empty.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dealer_app.domain.credit_code import credit_code_error, normalize_credit_code
from dealer_app.domain.errors import ImportProblem
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import (
    STORE_STATUS_ZH,
    STORE_TYPE_ZH,
    Partner,
    Region,
    Store,
    StoreStatus,
    StoreType,
)
from dealer_app.domain.parsing import clean_text, is_blank, parse_date
from dealer_app.domain.plausible import opening_problem
from dealer_app.importing.columns import STORE_COLUMNS, map_columns
from dealer_app.importing.readers import Table, paused_gc

Progress = Callable[[int, int], None]

PROGRESS_EVERY = 5000
MAX_PROBLEMS = 1000

STORE_CODE_MAX = 32
_STORE_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

#: Longest text accepted per field, in characters.
MAX_LEN = {
    "store_code": 64,  # checked again, more strictly, as a code
    "store_name": 100,
    "partner_name": 200,
    "partner_credit_code": 64,
    "region": 50,
    "province": 50,
    "city": 50,
    "address": 200,
    "store_type": 50,
    "status": 50,
    "partner_bank": 100,
    "partner_account": 64,
    "partner_address": 200,
}


_REQUIRED_TEXT = ("store_name", "partner_name", "city")

#: Columns whose values repeat from row to row (a partner's five stores, seven regions, a few
#: hundred cities): each distinct cell is cleaned once per file and remembered.
_REPEATING = frozenset(
    {
        "partner_name",
        "partner_credit_code",
        "region",
        "province",
        "city",
        "store_type",
        "status",
        "partner_bank",
        "partner_account",
        "partner_address",
    }
)


@dataclass(slots=True)
class StoreParse:
    stores: list[Store] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)
    #: the spreadsheet row of each entry of `stores` (same order)
    row_numbers: list[int] = field(default_factory=list)
    #: one entry per partner of the good rows, its details merged from all its rows
    partners: list[Partner] = field(default_factory=list)
    rows_read: int = 0


def lookup_key(text: str) -> str:
    """A spelling reduced for matching: NFKC, case-folded, without spaces, '_' or '-'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for ch in " _-\u3000":
        text = text.replace(ch, "")
    return text


def build_region_lookup(regions: Iterable[Region]) -> dict[str, str]:
    """Every accepted spelling of each region -> its code.

    For Region("CENTRAL", "华中", "Central China"): CENTRAL, central, 华中, 华中区, 华中大区,
    Central China, Central, in any case and spacing (`parse_stores` reduces a cell with
    `lookup_key` before it looks it up here).
    """
    lookup: dict[str, str] = {}
    for r in regions:
        names = [r.code, r.name_zh, r.name_en, r.name_zh + "区", r.name_zh + "大区"]
        if r.name_en.lower().endswith(" china"):
            names.append(r.name_en[: -len(" china")])
        for name in names:
            if name:
                lookup.setdefault(name, r.code)
                lookup.setdefault(lookup_key(name), r.code)
    return lookup


def _enum_lookup(zh: Mapping[Any, str]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for member, chinese in zh.items():
        for name in (member.value, member.value.replace("_", " "), member.name, chinese):
            table[lookup_key(name)] = member
    return table


_TYPE_LOOKUP: dict[str, StoreType] = _enum_lookup(STORE_TYPE_ZH)
_STATUS_LOOKUP: dict[str, StoreStatus] = _enum_lookup(STORE_STATUS_ZH)
_TYPE_CHOICES = [t.value for t in StoreType]
_STATUS_CHOICES = [s.value for s in StoreStatus]


def _region_choices(lookup: Mapping[str, str]) -> list[str]:
    return list(dict.fromkeys(lookup.values()))


@dataclass(slots=True)
class _PartnerSeen:
    name: str
    code: str | None
    row: int
    details: dict[str, tuple[str, int]]  # field -> (value, row it came from)

    def detail(self, key: str) -> str:
        found = self.details.get(key)
        return found[0] if found else ""


def too_many_problems(total: int, listed: int) -> Msg:
    """The warning that only the first `listed` of `total` problems are listed."""
    return Msg("import.too_many_problems", {"count": total, "listed": listed})


class _Problems:
    """Collects problems, keeping the first `limit` and counting the rest."""

    def __init__(self, limit: int) -> None:
        self.items: list[ImportProblem] = []
        self.limit = limit
        self.total = 0

    def add(self, row: int, column: str | None, code: str, **params: Any) -> None:
        self.total += 1
        if len(self.items) < self.limit:
            self.items.append(ImportProblem(row, column, Msg(code, params)))

    def add_error(self, row: int, column: str | None, error: ValueError) -> None:
        self.total += 1
        if len(self.items) < self.limit:
            self.items.append(ImportProblem.of(row, column, error))

    def warnings(self) -> list[Msg]:
        if self.total <= len(self.items):
            return []
        return [too_many_problems(self.total, len(self.items))]


def parse_stores(
    table: Table,
    region_lookup: Mapping[str, str],
    progress: Progress | None = None,
    *,
    max_problems: int = MAX_PROBLEMS,
    today: dt.date | None = None,
) -> StoreParse:
    """Check each row of a stores sheet; good rows become `Store`s with their partner's details.

    Raises InvalidInput when required columns are missing (see `map_columns`); every problem
    inside the rows goes into `problems` instead. `progress(done, total)` is called every
    5,000 rows and once at the end.
    """
    with paused_gc():
        return _parse_stores(table, region_lookup, progress, max_problems, today or dt.date.today())


def _parse_stores(
    table: Table,
    region_lookup: Mapping[str, str],
    progress: Progress | None,
    max_problems: int,
    today: dt.date,
) -> StoreParse:
    columns = map_columns(table.headers, STORE_COLUMNS, file=table.source)
    result = StoreParse(warnings=list(columns.warnings))
    problems = _Problems(max_problems)
    index = columns.index
    header = columns.header
    first_row_of_code: dict[str, int] = {}
    by_code: dict[str, _PartnerSeen] = {}
    by_name: dict[str, _PartnerSeen] = {}
    row_partner: list[_PartnerSeen] = []
    rows = table.rows
    # A streamed table (readers.streamed_rows) knows its length only roughly until it is read.
    total = len(rows) if isinstance(rows, list) else table.expected_rows
    done = 0
    # Per text column: (key, cell index or None, max length, label, memo of clean texts or None)
    text_columns = [
        (key, index.get(key), MAX_LEN[key], key, {} if key in _REPEATING else None)
        for key in MAX_LEN
        if key != "store_code"
    ]
    keys: dict[str, str] = {}  # text -> lookup_key(text), memoised for this file
    credit_codes: dict[str, tuple[str, str | None]] = {}  # cell -> (normalised, problem)
    dates: dict[str, dt.date] = {}  # text cell -> its date (a few thousand opening dates)

    def key_of(text: str) -> str:
        found = keys.get(text)
        if found is None:
            found = keys[text] = lookup_key(text)
        return found

    for done, (row_no, cells) in enumerate(table.rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        before = problems.total

        def bad(key: str, code: str, row_no: int = row_no, **params: Any) -> None:
            problems.add(row_no, header.get(key, key), code, **params)

        def bad_value(key: str, error: ValueError, row_no: int = row_no) -> None:
            problems.add_error(row_no, header.get(key, key), error)

        def text(key: str, cells: list[Any] = cells) -> str | None:
            """The cell's clean text ('' when blank or absent), None when it is unusable."""
            i = index.get(key)
            if i is None:
                return ""
            try:
                return clean_text(cells[i], MAX_LEN[key], key)
            except ValueError as exc:
                bad_value(key, exc)
                return None

        # -- store code
        code = text("store_code")
        if code is not None:
            code = unicodedata.normalize("NFKC", code).upper()
            if not code:
                bad("store_code", "import.required", field="store_code")
            elif len(code) > STORE_CODE_MAX or not set(code) <= _STORE_CODE_CHARS:
                bad(
                    "store_code",
                    "import.store_code_chars",
                    value=code,
                    max=STORE_CODE_MAX,
                )
            elif code in first_row_of_code:
                bad(
                    "store_code",
                    "import.store_code_repeated",
                    value=code,
                    first_row=first_row_of_code[code],
                )
            else:
                first_row_of_code[code] = row_no

        # -- text fields; None marks a cell already reported. Only successes are memoised, so
        # every bad cell is reported on its own row.
        checked: dict[str, str | None] = {}
        for key, i, max_len, label, memo in text_columns:
            if i is None:
                checked[key] = ""
                continue
            raw = cells[i]
            if memo is not None and type(raw) is str:
                clean = memo.get(raw)
                if clean is None:
                    try:
                        clean = memo[raw] = clean_text(raw, max_len, label)
                    except ValueError as exc:
                        bad_value(key, exc)
                checked[key] = clean
                continue
            try:
                checked[key] = clean_text(raw, max_len, label)
            except ValueError as exc:
                bad_value(key, exc)
                checked[key] = None
        for key in _REQUIRED_TEXT:
            if checked[key] == "":
                bad(key, "import.required", field=key)
        values = {key: value or "" for key, value in checked.items()}

        # -- region
        region = None
        if checked["region"] == "":
            bad("region", "import.required", field="region")
        elif checked["region"] is not None:
            raw_region = values["region"]
            region = region_lookup.get(raw_region) or region_lookup.get(key_of(raw_region))
            if region is None:
                bad(
                    "region",
                    "import.unknown_region",
                    value=raw_region,
                    choices=_region_choices(region_lookup),
                )

        # -- store type and status
        store_type = None
        if values["store_type"]:
            store_type = _TYPE_LOOKUP.get(key_of(values["store_type"]))
            if store_type is None:
                bad(
                    "store_type",
                    "import.unknown_store_type",
                    value=values["store_type"],
                    choices=_TYPE_CHOICES,
                )
        elif checked["store_type"] == "":
            bad("store_type", "import.required", field="store_type")
        status = StoreStatus.OPEN
        if values["status"]:
            found = _STATUS_LOOKUP.get(key_of(values["status"]))
            if found is None:
                bad(
                    "status",
                    "import.unknown_status",
                    value=values["status"],
                    choices=_STATUS_CHOICES,
                )
            else:
                status = found

        # -- opening date
        established_on = None
        raw_date = _cell(cells, index, "established_on")
        if is_blank(raw_date):
            if status != StoreStatus.PLANNED:
                bad(
                    "established_on",
                    "import.opening_date_required",
                )
        elif type(raw_date) is str and raw_date in dates:
            established_on = dates[raw_date]
        else:
            try:
                established_on = parse_date(raw_date)
            except ValueError as exc:
                bad_value("established_on", exc)
            else:
                if type(raw_date) is str:
                    dates[raw_date] = established_on
        if established_on is not None:
            opened = opening_problem(
                established_on,
                status in (StoreStatus.OPEN, StoreStatus.CLOSING, StoreStatus.CLOSED),
                today,
            )
            if opened is not None:
                problems.add(
                    row_no,
                    header.get("established_on", "established_on"),
                    opened.code,
                    **opened.params,
                )

        # -- credit code
        credit_code = None
        if values["partner_credit_code"]:
            checked_code = credit_codes.get(values["partner_credit_code"])
            if checked_code is None:
                normal = normalize_credit_code(values["partner_credit_code"])
                checked_code = credit_codes[values["partner_credit_code"]] = (
                    normal,
                    credit_code_error(normal),
                )
            credit_code, problem = checked_code
            if problem is not None:
                bad(
                    "partner_credit_code",
                    "import.credit_code_invalid",
                    value=credit_code,
                    problem=problem.msg,
                )
                credit_code = None

        # -- the partner: one company, the same details on every row
        partner = None
        if values["partner_name"]:
            partner = _match_partner(
                values, credit_code, row_no, by_code, by_name, header, problems, key_of
            )

        if problems.total != before:
            continue
        assert code and region and store_type and partner  # else a problem was recorded
        result.stores.append(
            Store(
                code=code,
                name=values["store_name"],
                partner_name=values["partner_name"],
                region=region,
                province=values["province"],
                city=values["city"],
                store_type=store_type,
                established_on=established_on,
                status=status,
                address=values["address"],
                partner_credit_code=credit_code,
                partner_bank=values["partner_bank"],
                partner_account=values["partner_account"],
            )
        )
        result.row_numbers.append(row_no)
        row_partner.append(partner)

    # Fill each store with its partner's merged details: a blank cell on one row takes the value
    # another row of the same partner gave, and every row spells the name as its first row did.
    for store, partner in zip(result.stores, row_partner, strict=True):
        store.partner_name = partner.name
        store.partner_credit_code = partner.code
        store.partner_bank = partner.detail("partner_bank")
        store.partner_account = partner.detail("partner_account")
        store.partner_address = partner.detail("partner_address")
    for partner in {id(p): p for p in row_partner}.values():
        result.partners.append(
            Partner(
                name=partner.name,
                credit_code=partner.code,
                address=partner.detail("partner_address"),
                bank=partner.detail("partner_bank"),
                account=partner.detail("partner_account"),
            )
        )

    # Within a row, list problems left to right as the columns stand in the file.
    position = {h: i for i, h in enumerate(table.headers)}
    result.problems = sorted(problems.items, key=lambda p: (p.row, position.get(p.column, -1)))
    result.warnings.extend(problems.warnings())
    result.rows_read = done
    if progress is not None:
        progress(done, done)
    return result


def _cell(cells: list[Any], index: Mapping[str, int], key: str) -> Any:
    i = index.get(key)
    return None if i is None else cells[i]


def _partner_key(name: str) -> str:
    """Company names compared loosely: （湖北） and (湖北), spaces and case do not matter."""
    return lookup_key(name)


def _match_partner(
    values: dict[str, str],
    credit_code: str | None,
    row_no: int,
    by_code: dict[str, _PartnerSeen],
    by_name: dict[str, _PartnerSeen],
    header: Mapping[str, str],
    problems: _Problems,
    key_of: Callable[[str], str] = lookup_key,
) -> _PartnerSeen | None:
    name = values["partner_name"]
    name_key = key_of(name)  # _partner_key(name), memoised by the caller

    def bad(key: str, code: str, **params: Any) -> None:
        problems.add(row_no, header.get(key, key), code, **params)

    seen = by_name.get(name_key)
    if credit_code:
        owner = by_code.get(credit_code)
        if owner is not None and key_of(owner.name) != name_key:
            bad(
                "partner_name",
                "import.credit_code_owner",
                value=credit_code,
                owner=owner.name,
                first_row=owner.row,
                name=name,
            )
            return None
        if seen is not None and seen.code and seen.code != credit_code:
            bad(
                "partner_credit_code",
                "import.partner_credit_code",
                name=name,
                known=seen.code,
                first_row=seen.row,
                value=credit_code,
            )
            return None
        partner = owner or seen
        if partner is None:
            partner = _PartnerSeen(name, credit_code, row_no, {})
        partner.code = credit_code
        by_code[credit_code] = partner
        by_name.setdefault(name_key, partner)
    else:
        partner = seen
        if partner is None:
            partner = _PartnerSeen(name, None, row_no, {})
            by_name[name_key] = partner

    conflict = False
    for key in ("partner_bank", "partner_account", "partner_address"):
        value = values[key]
        if not value:
            continue
        known = partner.details.get(key)
        if known is None:
            partner.details[key] = (value, row_no)
        elif known[0] != value and key_of(known[0]) != key_of(value):
            bad(
                key,
                "import.partner_detail",
                name=partner.name,
                field=key,
                known=known[0],
                first_row=known[1],
                value=value,
            )
            conflict = True
    return None if conflict else partner
