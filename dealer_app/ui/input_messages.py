"""Templates for what is wrong with a value a person typed or a spreadsheet held (context
"Input"): the codes of `domain.errors.InputError` (the parsers, the credit code check),
`ImportProblem.code` (importing/, services/stores.py) and `CodedText.code`
(services/stores.py `validate_store`, the policy checks of services/policies.py and
domain/eligibility.py). Each English template is the core's own sentence with its
parameters as {fields}; `ui.messages.input_text` fills in the translation.

Parameters: `value` is the cell as the core quoted it; `field` an English field label (one of
FIELD_LABELS, translated too); `problem_code` + `problem_params` a nested problem (a credit code's
check), shown as {problem}; regions (`region`, `own`) by name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

INPUT_CONTEXT = "Input"

#: code -> templates (first fitting one wins, as for errors)
INPUT_TEMPLATES: dict[str, tuple[str, ...]] = {
    # dates, months, numbers, text (domain/parsing.py)
    "date.not_a_date": (
        QT_TRANSLATE_NOOP(
            "Input", "{value} is not a date; write the date as YYYY-MM-DD, e.g. 2024-12-31"
        ),
    ),
    "date.not_a_date_zh": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} is not a date; write the date as YYYY-MM-DD, e.g. 2024-12-31 or 2024年12月31日",
        ),
    ),
    "date.empty": (
        QT_TRANSLATE_NOOP(
            "Input", "the date is empty; write the date as YYYY-MM-DD, e.g. 2024-12-31"
        ),
    ),
    "date.ambiguous": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} does not start with the year, so day and month could be read either way; "
            "write the date as YYYY-MM-DD, e.g. 2024-12-31",
        ),
    ),
    "date.serial_range": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} is not an Excel date serial number (1 to {max}); write the date as "
            "YYYY-MM-DD, e.g. 2024-12-31",
        ),
    ),
    "date.serial_60": (
        QT_TRANSLATE_NOOP(
            "Input", "Excel serial number 60 stands for 1900-02-29, which is not a real date"
        ),
    ),
    "date.not_real": (QT_TRANSLATE_NOOP("Input", "{value} is not a real date"),),
    "month.not_real": (
        QT_TRANSLATE_NOOP(
            "Input", "{value} is not a real month; write the month as YYYY-MM, e.g. 2025-03"
        ),
    ),
    "month.empty": (
        QT_TRANSLATE_NOOP("Input", "the month is empty; write the month as YYYY-MM, e.g. 2025-03"),
    ),
    "month.year": (
        QT_TRANSLATE_NOOP(
            "Input", "{value} is a year, not a month; write the month as YYYY-MM, e.g. 2025-03"
        ),
    ),
    "month.not_a_month": (
        QT_TRANSLATE_NOOP(
            "Input", "{value} is not a month; write the month as YYYY-MM, e.g. 2025-03"
        ),
    ),
    "month.number": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} is a number, not a month; write the month as YYYY-MM, e.g. 2025-03 (as text)",
        ),
    ),
    "number.too_large": (QT_TRANSLATE_NOOP("Input", "{value} is too large"),),
    "number.scientific": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} is in scientific notation, which loses digits; format the column as a "
            "plain number and export again",
        ),
    ),
    "number.separators": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{value} has misplaced thousands separators; group the digits by three, e.g. 1,234,567",
        ),
    ),
    "yuan.empty": (
        QT_TRANSLATE_NOOP(
            "Input", "the cell is empty; write whole yuan, e.g. 1234567 or 1,234,567"
        ),
    ),
    "yuan.not_a_number": (
        QT_TRANSLATE_NOOP(
            "Input", "{value} is not a number; write whole yuan, e.g. 1234567 or 1,234,567"
        ),
    ),
    "yuan.fraction": (
        QT_TRANSLATE_NOOP("Input", "{value} has a fraction of a yuan; use whole yuan"),
    ),
    "count.empty": (
        QT_TRANSLATE_NOOP("Input", "the cell is empty; write a whole number, e.g. 12"),
    ),
    "count.not_a_number": (
        QT_TRANSLATE_NOOP("Input", "{value} is not a number; write a whole number, e.g. 12"),
    ),
    "count.fraction": (
        QT_TRANSLATE_NOOP("Input", "{value} is not a whole number; write a whole number, e.g. 12"),
    ),
    "count.negative": (
        QT_TRANSLATE_NOOP("Input", "{value} is negative; a count cannot be below 0"),
    ),
    "text.not_text": (QT_TRANSLATE_NOOP("Input", "a {type} is not text"),),
    "text.too_long": (
        QT_TRANSLATE_NOOP(
            "Input", "{field} is {length} characters long; at most {max} are allowed"
        ),
    ),
    # the unified social credit code (domain/credit_code.py)
    "credit.not_text": (
        QT_TRANSLATE_NOOP("Input", "a unified social credit code must be text of 18 characters"),
    ),
    "credit.length": (
        QT_TRANSLATE_NOOP(
            "Input", "a unified social credit code must be 18 characters, got {length}"
        ),
    ),
    "credit.lower_case": (
        QT_TRANSLATE_NOOP("Input", "character {position} {char} must be a capital letter"),
    ),
    "credit.char": (
        QT_TRANSLATE_NOOP(
            "Input",
            "character {position} {char} is not allowed (only digits and capital letters "
            "except I, O, Z, S and V)",
        ),
    ),
    "credit.check_digit": (
        QT_TRANSLATE_NOOP("Input", "check digit should be {expected}, not {got}"),
    ),
    # rows of an import (importing/stores.py, importing/performance.py, services/stores.py)
    "import.required": (QT_TRANSLATE_NOOP("Input", "{field} is required"),),
    "import.store_code_chars": (
        QT_TRANSLATE_NOOP(
            "Input",
            "store code '{value}' may only hold letters A-Z, digits, '-' and '_', at most {max} "
            "characters",
        ),
    ),
    "import.store_code_repeated": (
        QT_TRANSLATE_NOOP("Input", "store code {value} already appears in row {first_row}"),
    ),
    "import.unknown_region": (
        QT_TRANSLATE_NOOP(
            "Input", "unknown region '{value}'; use one of {choices} or their Chinese names"
        ),
    ),
    "import.unknown_store_type": (
        QT_TRANSLATE_NOOP("Input", "unknown store type '{value}'; use one of {choices}"),
    ),
    "import.unknown_status": (
        QT_TRANSLATE_NOOP(
            "Input",
            "unknown status '{value}'; use one of {choices}, or leave it empty for open",
        ),
    ),
    "import.opening_date_required": (
        QT_TRANSLATE_NOOP(
            "Input", "opening date is required unless the status is planned (计划中)"
        ),
    ),
    "import.credit_code_invalid": (
        QT_TRANSLATE_NOOP("Input", "credit code {value} is not valid: {problem}"),
    ),
    "import.credit_code_owner": (
        QT_TRANSLATE_NOOP(
            "Input",
            "credit code {value} belongs to partner '{owner}' in row {first_row}, not to '{name}'",
        ),
    ),
    "import.partner_credit_code": (
        QT_TRANSLATE_NOOP(
            "Input", "partner '{name}' has credit code {known} in row {first_row}, not {value}"
        ),
    ),
    "import.partner_detail": (
        QT_TRANSLATE_NOOP(
            "Input", "partner '{name}' has {field} '{known}' in row {first_row}, not '{value}'"
        ),
    ),
    "import.unknown_store": (
        QT_TRANSLATE_NOOP(
            "Input",
            "store code {value} is not in the ledger or in this file; import stores first",
        ),
    ),
    "import.month_repeated": (
        QT_TRANSLATE_NOOP("Input", "store {store} already has a row for {month} (row {first_row})"),
    ),
    "import.other_region": (
        QT_TRANSLATE_NOOP(
            "Input", "store {store} is in region {region}; {user} may import only region {own}"
        ),
    ),
    "import.other_region_store": (
        QT_TRANSLATE_NOOP(
            "Input", "store {store} belongs to region {region}; {user} may not change it"
        ),
    ),
    "import.closed_store": (
        QT_TRANSLATE_NOOP(
            "Input", "store {store} is closed in the ledger and cannot be reopened by an import"
        ),
    ),
    "import.column_ignored": (
        QT_TRANSLATE_NOOP("Input", "the column '{value}' is not used and was ignored"),
    ),
    "import.too_many_problems": (
        QT_TRANSLATE_NOOP(
            "Input",
            "{count} problems were found; only the first {listed} are listed. Fix those and "
            "import again to see the rest.",
        ),
    ),
    # one store in the edit dialog (services/stores.py validate_store)
    "store.code_invalid": (
        QT_TRANSLATE_NOOP("Input", "Store code is required: up to 32 letters, digits, '-' or '_'."),
    ),
    "store.required": (QT_TRANSLATE_NOOP("Input", "{field} is required."),),
    "store.too_long": (QT_TRANSLATE_NOOP("Input", "At most {max} characters."),),
    "store.unknown_region": (
        QT_TRANSLATE_NOOP("Input", "Unknown region '{value}'; use one of {choices}."),
    ),
    "store.credit_code_invalid": (
        QT_TRANSLATE_NOOP("Input", "Unified social credit code: {problem}."),
    ),
    "store.opening_date_required": (
        QT_TRANSLATE_NOOP("Input", "Opening date is required unless the store is planned."),
    ),
    "store.opening_before_1980": (
        QT_TRANSLATE_NOOP("Input", "Opening date is before 1980; check the year."),
    ),
    "store.close_via_closure": (
        QT_TRANSLATE_NOOP(
            "Input", "Close stores through a closure proposal, not by editing the status."
        ),
    ),
    # a policy's settings and parameters (services/policies.py, domain/eligibility.py)
    "policy.code_format": (
        QT_TRANSLATE_NOOP(
            "Input",
            "the code must be 2 to 20 capital letters, digits or '_', starting with a letter",
        ),
    ),
    "policy.name_required": (QT_TRANSLATE_NOOP("Input", "the name is required"),),
    "policy.budget_not_positive": (
        QT_TRANSLATE_NOOP("Input", "the budget must be a positive whole number of yuan"),
    ),
    "policy.validity_order": (
        QT_TRANSLATE_NOOP("Input", "the end of validity is before its start"),
    ),
    "policy.unknown_kind": (
        QT_TRANSLATE_NOOP("Input", "Unknown policy kind '{value}'; known kinds: {known}."),
    ),
    "policy.params_not_object": (
        QT_TRANSLATE_NOOP("Input", "Policy parameters must be a JSON object."),
    ),
    "policy.store_types_missing": (
        QT_TRANSLATE_NOOP("Input", "Missing store_types: list the eligible store types ({known})."),
    ),
    "policy.store_types_empty": (
        QT_TRANSLATE_NOOP(
            "Input", "store_types must be a non-empty list of store types ({known})."
        ),
    ),
    "policy.unknown_store_type": (
        QT_TRANSLATE_NOOP("Input", "Unknown store type '{value}'; known types: {known}."),
    ),
    "policy.unknown_param": (
        QT_TRANSLATE_NOOP("Input", "Unknown parameter '{param}' for {kind}; allowed: {allowed}."),
    ),
    "policy.tiers_missing": (
        QT_TRANSLATE_NOOP(
            "Input", "Missing tiers: give at least one tier with name, start, end and amount."
        ),
    ),
    "policy.tiers_empty": (
        QT_TRANSLATE_NOOP(
            "Input", "tiers must be a non-empty list of tiers with name, start, end and amount."
        ),
    ),
    "policy.tier_not_object": (
        QT_TRANSLATE_NOOP(
            "Input", "Tier {tier} must be an object with name, start, end and amount."
        ),
    ),
    "policy.tier_no_name": (
        QT_TRANSLATE_NOOP("Input", "Tier {tier} has no name; give each tier a short name."),
    ),
    "policy.tier_name_repeated": (
        QT_TRANSLATE_NOOP("Input", "Two tiers are named {tier}; tier names must be unique."),
    ),
    "policy.tier_unknown_field": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Tier {tier} has an unknown field '{param}'; allowed: amount, end, name, start.",
        ),
    ),
    "policy.tier_start_date": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Tier {tier} start '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.",
        ),
    ),
    "policy.tier_end_date": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Tier {tier} end '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.",
        ),
    ),
    "policy.tier_no_amount": (
        QT_TRANSLATE_NOOP(
            "Input", "Tier {tier} has no amount; give a whole number of yuan above 0."
        ),
    ),
    "policy.tier_bad_amount": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Tier {tier} amount '{value}' is not a whole number of yuan above 0; write it like "
            "500000.",
        ),
    ),
    "policy.tier_ends_before_start": (
        QT_TRANSLATE_NOOP("Input", "Tier {tier} ends on {end}, before it starts on {start}."),
    ),
    "policy.tiers_overlap": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Tiers {a} ({a_span}) and {b} ({b_span}) overlap; a store must fall in one tier at "
            "most.",
        ),
    ),
    "policy.param_missing|param=rate": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Missing rate: the amount in yuan per vehicle delivered in the period, a whole "
            "number above 0.",
        ),
    ),
    "policy.param_missing|param=target": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Missing target: the vehicles the partner must deliver each year, a whole number "
            "above 0.",
        ),
    ),
    "policy.param_missing|param=years": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Missing years: how many years in a row the target must be met, a whole number "
            "above 0.",
        ),
    ),
    "policy.param_not_positive|param=rate": (
        QT_TRANSLATE_NOOP(
            "Input",
            "rate '{value}' is not a whole number above 0 (the amount in yuan per vehicle "
            "delivered in the period).",
        ),
    ),
    "policy.param_not_positive|param=target": (
        QT_TRANSLATE_NOOP(
            "Input",
            "target '{value}' is not a whole number above 0 (the vehicles the partner must "
            "deliver each year).",
        ),
    ),
    "policy.param_not_positive|param=years": (
        QT_TRANSLATE_NOOP(
            "Input",
            "years '{value}' is not a whole number above 0 (how many years in a row the target "
            "must be met).",
        ),
    ),
    "policy.last_year_missing": (
        QT_TRANSLATE_NOOP(
            "Input", "Missing last_target_year: the last calendar year of the target, e.g. 2024."
        ),
    ),
    "policy.last_year_bad": (
        QT_TRANSLATE_NOOP(
            "Input", "last_target_year '{value}' is not a calendar year such as 2024."
        ),
    ),
    "policy.period_missing|param=period_start": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Missing period_start: the first day of the period whose vehicles are paid, as "
            "YYYY-MM-DD.",
        ),
    ),
    "policy.period_missing|param=period_end": (
        QT_TRANSLATE_NOOP(
            "Input",
            "Missing period_end: the last day of the period whose vehicles are paid, as "
            "YYYY-MM-DD.",
        ),
    ),
    "policy.period_date|param=period_start": (
        QT_TRANSLATE_NOOP(
            "Input",
            "period_start '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.",
        ),
    ),
    "policy.period_date|param=period_end": (
        QT_TRANSLATE_NOOP(
            "Input",
            "period_end '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.",
        ),
    ),
    "policy.period_order": (
        QT_TRANSLATE_NOOP("Input", "period_end {end} is before period_start {start}."),
    ),
    # the audit chain (storage/audit.py verify, continues)
    "audit.missing": (
        QT_TRANSLATE_NOOP("Input", "entries {first} to {last} are missing (deleted from the log)"),
    ),
    "audit.out_of_order": (QT_TRANSLATE_NOOP("Input", "entry {entry} is out of order"),),
    "audit.chain_broken": (
        QT_TRANSLATE_NOOP(
            "Input", "entry {entry} does not follow the entry before it (chain broken)"
        ),
    ),
    "audit.altered": (
        QT_TRANSLATE_NOOP(
            "Input", "entry {entry} ({audit_action}) was altered after it was written"
        ),
    ),
    "audit.too_many": (QT_TRANSLATE_NOOP("Input", "more problems follow; stopped after {max}"),),
    "audit.missing_at_end": (
        QT_TRANSLATE_NOOP(
            "Input", "entries {first} to {last} are missing at the end of the log (deleted)"
        ),
    ),
    "audit.shorter_than_copy": (
        QT_TRANSLATE_NOOP(
            "Input",
            "the copy {copy} has entries up to {last} (written {at}); this ledger's log ends "
            "at entry {mine}: entries were deleted from its end, or an older copy was restored "
            "over it",
        ),
    ),
    "audit.differs_from_copy": (
        QT_TRANSLATE_NOOP(
            "Input",
            "entry {entry} differs from the copy {copy}: the log up to it was rewritten, or an "
            "older copy was restored and written to since",
        ),
    ),
    "audit.restored": (
        QT_TRANSLATE_NOOP(
            "Input", "this ledger was restored on {on} from {source} (audit log #{entry})"
        ),
    ),
}

#: The English field labels the core puts in {field}.
FIELD_LABELS: dict[str, str] = {
    "store code": QT_TRANSLATE_NOOP("Input", "store code"),
    "store name": QT_TRANSLATE_NOOP("Input", "store name"),
    "partner name": QT_TRANSLATE_NOOP("Input", "partner name"),
    "credit code": QT_TRANSLATE_NOOP("Input", "credit code"),
    "region": QT_TRANSLATE_NOOP("Input", "region"),
    "province": QT_TRANSLATE_NOOP("Input", "province"),
    "city": QT_TRANSLATE_NOOP("Input", "city"),
    "address": QT_TRANSLATE_NOOP("Input", "address"),
    "store type": QT_TRANSLATE_NOOP("Input", "store type"),
    "opening date": QT_TRANSLATE_NOOP("Input", "opening date"),
    "status": QT_TRANSLATE_NOOP("Input", "status"),
    "bank": QT_TRANSLATE_NOOP("Input", "bank"),
    "bank account": QT_TRANSLATE_NOOP("Input", "bank account"),
    "partner address": QT_TRANSLATE_NOOP("Input", "partner address"),
    "Name": QT_TRANSLATE_NOOP("Input", "Name"),
    "Partner name": QT_TRANSLATE_NOOP("Input", "Partner name"),
    "City": QT_TRANSLATE_NOOP("Input", "City"),
}
