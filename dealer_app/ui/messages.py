"""Codes and parameters from the core -> sentences in the interface language.

The services raise `DealerError(code, English message, **params)`; eligibility results and
closure candidates carry `reason` (English) with `reason_code` + `reason_params`. The English
interface shows the core's sentences as they are (they are the reference text, also printed by
the command line). Any other interface language builds the sentence here from a template
marked with QT_TRANSLATE_NOOP (contexts "Errors" and "Reasons"), so the .ts holds every one.

Lookup: a template keyed "code|param=value" wins over plain "code" (a variant for one value:
a singular, a setting, a position in a tier); a code may list several templates, the first
whose {fields} the parameters can fill is used. With no template, or parameters missing, the
English sentence is shown: never wrong, only untranslated.

Parameters are made readable first (`_display`): money as ¥1,234, counts grouped, statuses,
roles, store types and tiers as their labels, regions by name, dates as they are.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dealer_app.domain.errors import DealerError, InputError
from dealer_app.domain.models import (
    STANDARD_REGIONS,
    ClosureCandidate,
    EligibilityResult,
)
from dealer_app.ui import i18n
from dealer_app.ui.formatting import (
    count,
    role_label,
    store_status_label,
    store_type_label,
    subsidy_status_label,
    tier_label,
    yuan,
)
from dealer_app.ui.input_messages import FIELD_LABELS, INPUT_CONTEXT, INPUT_TEMPLATES

ERRORS_CONTEXT = "Errors"
REASONS_CONTEXT = "Reasons"

Templates = tuple[str, ...]

# --- errors ------------------------------------------------------------------------------------

#: DealerError code (or "code|param=value") -> templates, first fitting one wins.
ERROR_TEMPLATES: dict[str, Templates] = {
    # sign-in
    "auth.failed": (
        QT_TRANSLATE_NOOP("Errors", "Wrong user name or password. Check both and try again."),
    ),
    "auth.locked": (
        QT_TRANSLATE_NOOP(
            "Errors", "The account {name} is locked. Ask an administrator to unlock it."
        ),
    ),
    "auth.locked_for_now": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Too many wrong passwords: the account {name} is locked until {time}. "
            "Try again then, or ask an administrator to unlock it.",
        ),
    ),
    # ledger files
    "ledger.busy": (
        QT_TRANSLATE_NOOP(
            "Errors", "The ledger is busy: another program is writing to it. Try again in a moment."
        ),
    ),
    "ledger.not_sqlite": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a Dealer Desk ledger (it is not an SQLite database). "
            "Open a different file, or restore the latest backup.",
        ),
    ),
    "ledger.damaged": (
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged and cannot be opened. Restore the latest backup."
        ),
    ),
    "ledger.truncated": (
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged (the file is cut short). Restore the latest backup."
        ),
    ),
    "ledger.foreign": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is an SQLite database but not a Dealer Desk ledger. Open a different file.",
        ),
    ),
    "ledger.newer": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} was written by a newer Dealer Desk. Update Dealer Desk to open it.",
        ),
    ),
    "ledger.missing": (QT_TRANSLATE_NOOP("Errors", "There is no ledger at {path}."),),
    "ledger.empty": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is an empty SQLite database, not a Dealer Desk ledger. Open a different "
            "file, or remove this one and create the ledger again.",
        ),
    ),
    "ledger.exists": (
        QT_TRANSLATE_NOOP(
            "Errors", "{path} already exists; nothing was changed. Choose another file name."
        ),
    ),
    "ledger.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "Cannot read {path}. Check the path and your access rights."),
    ),
    "ledger.migration_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Upgrading {path} from schema {version} to schema {target} failed; the step was "
            "undone and the ledger stays at schema {version}. Keep using the previous Dealer "
            "Desk version and report this problem.",
        ),
    ),
    "ui.not_signed_in": (QT_TRANSLATE_NOOP("Errors", "Sign in first: no ledger is open."),),
    # backup and restore
    "backup.same_file": (
        QT_TRANSLATE_NOOP(
            "Errors", "The backup cannot overwrite the ledger itself; choose another file."
        ),
    ),
    "backup.write_failed": (
        QT_TRANSLATE_NOOP(
            "Errors", "The backup could not be written. Choose a folder you can write to."
        ),
    ),
    "restore.missing": (QT_TRANSLATE_NOOP("Errors", "The chosen backup file does not exist."),),
    "restore.damaged": (
        QT_TRANSLATE_NOOP("Errors", "{path} is damaged; choose another backup."),
        QT_TRANSLATE_NOOP("Errors", "The backup is damaged; choose another backup."),
    ),
    "audit.copy_missing": (
        QT_TRANSLATE_NOOP("Errors", "There is no file at {path}; choose a backup of this ledger."),
    ),
    "audit.copy_unreadable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a readable Dealer Desk ledger; choose a backup of this ledger.",
        ),
    ),
    "audit.copy_broken": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The audit log of {file} does not verify itself, so it cannot vouch for this one; "
            "choose another backup.",
        ),
    ),
    "restore.not_ledger": (
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Dealer Desk ledger backup; choose another backup."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The file is not a Dealer Desk ledger backup; choose another backup."
        ),
    ),
    "restore.version": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup was written by a newer Dealer Desk; update Dealer Desk first.",
        ),
    ),
    "restore.audit": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup's audit log does not verify: it was altered. Choose another backup.",
        ),
    ),
    "restore.same_file": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "That file is the ledger itself, not a backup of it; choose a backup file.",
        ),
    ),
    "restore.in_use": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another program (another Dealer Desk window or a script) has the ledger open. "
            "Close it, then restore again; nothing was replaced.",
        ),
    ),
    "restore.write_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The restored ledger could not be written; nothing was replaced. Free some disk "
            "space or check your access rights.",
        ),
    ),
    # permissions
    "permission.role": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{user} is {role} and may not {action}. Ask a colleague with the right role.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{user} is {role} and may not do this. Ask a colleague with the right role.",
        ),
    ),
    "permission.region": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{user} manages another region and may not act in {region}. Ask that region's "
            "manager or HQ finance.",
        ),
    ),
    "permission.four_eyes": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{user} proposed this and may not decide it too (four eyes). Ask a second person "
            "to approve or reject it.",
        ),
    ),
    # stores and partners
    "store.invalid": (QT_TRANSLATE_NOOP("Errors", "The store cannot be saved: {problems}"),),
    "store.exists": (
        QT_TRANSLATE_NOOP(
            "Errors", "Store code {store} is already in the ledger; edit that store instead."
        ),
    ),
    "store.missing": (QT_TRANSLATE_NOOP("Errors", "Store {store} is not in the ledger."),),
    "store.closed": (
        QT_TRANSLATE_NOOP("Errors", "Store {store} is closed; a closed store cannot be reopened."),
    ),
    "store.close_via_closure": (
        QT_TRANSLATE_NOOP("Errors", "Close a store through a closure proposal."),
    ),
    "store.not_found": (
        QT_TRANSLATE_NOOP("Errors", "There is no store with code {store}."),
        QT_TRANSLATE_NOOP("Errors", "There is no store with id {id}."),
    ),
    "partner.not_found": (QT_TRANSLATE_NOOP("Errors", "This partner is not in the ledger."),),
    "money.invalid_amount": (
        QT_TRANSLATE_NOOP(
            "Errors", "{value} is not an amount of money; write it in yuan, e.g. 1234.56."
        ),
    ),
    # importing (the problems inside the rows come as RowError, see ui/errors.py)
    "import.unreadable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot read {file}: check that it is a .csv file or an .xlsx workbook without a "
            "password (save an old .xls workbook as .xlsx in Excel or WPS).",
        ),
    ),
    "import.empty": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is empty: it has no header row. Put the column names in the first row and "
            "one store or month per row below it.",
        ),
    ),
    "import.missing_columns": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file has no column for {missing}. Put these headers in the first row "
            "(English or Chinese): {accepted}.",
        ),
    ),
    "import.duplicate_column": (
        QT_TRANSLATE_NOOP(
            "Errors", "The columns {headers} mean the same thing; keep only one of them."
        ),
    ),
    "import.scaled_unit": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The column {header} gives amounts in thousands or ten thousands of yuan; convert "
            "them to whole yuan and name the column without the unit.",
        ),
    ),
    # policies
    "policy.not_found": (
        QT_TRANSLATE_NOOP("Errors", "There is no policy with code {policy}."),
        QT_TRANSLATE_NOOP("Errors", "This policy version is not in the ledger."),
    ),
    "policy.invalid": (QT_TRANSLATE_NOOP("Errors", "The policy is not valid: {problems}"),),
    "policy.invalid_params": (
        QT_TRANSLATE_NOOP(
            "Errors", "Policy {policy} version {version} has invalid parameters: {problems}"
        ),
    ),
    "policy.budget_below_committed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The budget cannot go below the amount already approved or paid under this policy.",
        ),
    ),
    "policy.not_yet_valid": (
        QT_TRANSLATE_NOOP(
            "Errors", "{policy} does not apply yet; propose on or after its first day."
        ),
    ),
    "policy.expired": (
        QT_TRANSLATE_NOOP("Errors", "{policy} has ended; no new proposals are accepted."),
    ),
    # subsidies
    "subsidy.not_found": (
        QT_TRANSLATE_NOOP("Errors", "There is no subsidy with id {id}."),
        QT_TRANSLATE_NOOP("Errors", "This subsidy is not in the ledger."),
    ),
    "subsidy.duplicate": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Store {store} already has subsidy {existing} under {policy}; a store is paid at "
            "most once per policy.",
        ),
    ),
    "subsidy.not_eligible": (
        QT_TRANSLATE_NOOP("Errors", "Store {store} is not eligible for {policy}: {reason}"),
    ),
    "subsidy.budget": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Approving subsidy {subsidy} ({amount}) would exceed the budget of {budget}: "
            "{committed} is already approved or paid, {left} is left.",
        ),
    ),
    "subsidy.status": (
        QT_TRANSLATE_NOOP(
            "Errors", "Subsidy {subsidy} is {status}; this cannot be done in that status."
        ),
    ),
    "subsidy.reference": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "A payment reference is required (the bank transfer's reference, up to 100 "
            "characters).",
        ),
    ),
    "subsidy.comment_long": (
        QT_TRANSLATE_NOOP("Errors", "The comment is too long: at most 2,000 characters."),
    ),
    # closures
    "closure.not_found": (QT_TRANSLATE_NOOP("Errors", "There is no closure with id {id}."),),
    "closure.not_open": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Store {store} is not open; only an open store can be proposed for closure.",
        ),
    ),
    "closure.duplicate": (
        QT_TRANSLATE_NOOP(
            "Errors", "Store {store} already has a closure proposal waiting for a decision."
        ),
    ),
    "closure.not_candidate": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Store {store} is not an inefficient, loss-making store under the current "
            "thresholds; give a comment explaining why it should close.",
        ),
    ),
    "closure.bad_loss": (
        QT_TRANSLATE_NOOP(
            "Errors", "The estimated one-time loss must be between 0 and 10,000,000,000 yuan."
        ),
    ),
    "closure.status": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Closure {closure} was already decided; only a proposed closure can be approved or "
            "rejected.",
        ),
    ),
    "closure.approved_subsidy": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Store {store} has approved subsidy {subsidy} that is not paid yet. Pay or cancel "
            "it before closing the store.",
        ),
    ),
    # letters
    "letter.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The ledger holds no letter numbered {number}."),
    ),
    "letter.status": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Subsidy {subsidy} is {status}; letters are issued only for approved or paid "
            "subsidies.",
        ),
    ),
    "letter.unreadable_pdf": (
        QT_TRANSLATE_NOOP(
            "Errors", "The file is not a readable PDF. Choose the letter's PDF file."
        ),
    ),
    "letters.none": (
        QT_TRANSLATE_NOOP(
            "Errors", "There are no approved or paid subsidies to print under this policy."
        ),
    ),
    "letters.region": (
        QT_TRANSLATE_NOOP("Errors", "Unknown region; choose one of the ledger's regions."),
    ),
    "letters.out": (QT_TRANSLATE_NOOP("Errors", "The folder for the letters cannot be created."),),
    "letters.unreadable": (QT_TRANSLATE_NOOP("Errors", "The file cannot be read."),),
    "letters.save_failed": (
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}. Choose another folder."),
    ),
    "letters.print_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The printer could not be started. Check that it is connected and try again, or "
            "save the letters as PDF and print that file.",
        ),
    ),
    # audit
    "audit.export_format": (
        QT_TRANSLATE_NOOP("Errors", "Export the audit log to a .csv or .xlsx file, not {file}."),
    ),
    "audit.export_failed": (
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}. Choose a folder you can write to."),
    ),
    # settings
    "settings.unknown": (QT_TRANSLATE_NOOP("Errors", "There is no setting called {key}."),),
    "settings.too_long": (
        QT_TRANSLATE_NOOP("Errors", "{setting} is too long: at most 4,000 characters."),
    ),
    "settings.required": (
        QT_TRANSLATE_NOOP("Errors", "{setting} cannot be empty: letters print it."),
    ),
    "settings.range|key=closure_min_avg_vehicles": (
        QT_TRANSLATE_NOOP("Errors", "The vehicles threshold must be between 0 and 100,000."),
    ),
    "settings.range|key=closure_months": (
        QT_TRANSLATE_NOOP("Errors", "The months averaged must be between 1 and 36."),
    ),
    "settings.range|key=closure_min_avg_revenue_retail": (
        QT_TRANSLATE_NOOP("Errors", "The minimum retail revenue cannot be negative."),
    ),
    "settings.range|key=closure_loss_by_type": (
        QT_TRANSLATE_NOOP("Errors", "A closure loss cannot be negative."),
    ),
    "settings.range": (QT_TRANSLATE_NOOP("Errors", "{setting} is out of range."),),
    "settings.bad_date": (
        QT_TRANSLATE_NOOP("Errors", "The closure cutoff must be a date like 2025-01-01."),
    ),
    "settings.bad_value": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "A setting has a value of the wrong kind; check the numbers and store types.",
        ),
    ),
    # users
    "user.password_short": (
        QT_TRANSLATE_NOOP("Errors", "The password is too short: use at least {min} characters."),
    ),
    "user.bad_name": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is not a valid user name: use 2 to 40 letters, digits, '.', '-', '_' or '@'.",
        ),
    ),
    "user.exists": (
        QT_TRANSLATE_NOOP("Errors", "A user named {name} already exists; pick another name."),
    ),
    "user.not_found": (QT_TRANSLATE_NOOP("Errors", "There is no user named {name}."),),
    "user.bad_role": (
        QT_TRANSLATE_NOOP(
            "Errors", "Unknown role {role}; use administrator, HQ finance or regional manager."
        ),
    ),
    "user.bad_region": (
        QT_TRANSLATE_NOOP(
            "Errors", "A regional manager needs a region: choose one of the ledger's regions."
        ),
    ),
    "user.region_not_allowed": (
        QT_TRANSLATE_NOOP(
            "Errors", "Only regional managers have a region; leave it empty for this role."
        ),
    ),
    "user.self_demote": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "You cannot take the administrator role from yourself; ask another administrator.",
        ),
    ),
    "user.self_lock": (QT_TRANSLATE_NOOP("Errors", "You cannot lock your own account."),),
}

#: What `require_role(ctx, roles, action)` says a user may not do.
ACTIONS: dict[str, str] = {
    a: a
    for a in (
        QT_TRANSLATE_NOOP("Errors", "add or edit stores"),
        QT_TRANSLATE_NOOP("Errors", "add users"),
        QT_TRANSLATE_NOOP("Errors", "approve closures"),
        QT_TRANSLATE_NOOP("Errors", "approve subsidies"),
        QT_TRANSLATE_NOOP("Errors", "cancel subsidies"),
        QT_TRANSLATE_NOOP("Errors", "change roles"),
        QT_TRANSLATE_NOOP("Errors", "change settings"),
        QT_TRANSLATE_NOOP("Errors", "create or edit policies"),
        QT_TRANSLATE_NOOP("Errors", "export the audit log"),
        QT_TRANSLATE_NOOP("Errors", "import performance"),
        QT_TRANSLATE_NOOP("Errors", "import stores"),
        QT_TRANSLATE_NOOP("Errors", "issue payout letters"),
        QT_TRANSLATE_NOOP("Errors", "list users"),
        QT_TRANSLATE_NOOP("Errors", "lock or unlock accounts"),
        QT_TRANSLATE_NOOP("Errors", "mark payouts paid"),
        QT_TRANSLATE_NOOP("Errors", "print payout letters"),
        QT_TRANSLATE_NOOP("Errors", "propose closures"),
        QT_TRANSLATE_NOOP("Errors", "propose subsidies"),
        QT_TRANSLATE_NOOP("Errors", "read the audit log"),
        QT_TRANSLATE_NOOP("Errors", "reject closures"),
        QT_TRANSLATE_NOOP("Errors", "reject subsidies"),
        QT_TRANSLATE_NOOP("Errors", "reset other users' passwords"),
        QT_TRANSLATE_NOOP("Errors", "restore backups"),
        QT_TRANSLATE_NOOP("Errors", "try out policy changes"),
    )
}

#: Ledger settings named in settings.* errors.
SETTING_LABELS: dict[str, str] = {
    "issuer_name_zh": QT_TRANSLATE_NOOP("Errors", "The Chinese issuer name"),
    "issuer_name_en": QT_TRANSLATE_NOOP("Errors", "The English issuer name"),
    "issuer_address": QT_TRANSLATE_NOOP("Errors", "The issuer address"),
    "letter_body_zh": QT_TRANSLATE_NOOP("Errors", "The Chinese letter text"),
    "letter_body_en": QT_TRANSLATE_NOOP("Errors", "The English letter text"),
    "closure_min_avg_vehicles": QT_TRANSLATE_NOOP("Errors", "The vehicles threshold"),
    "closure_min_avg_revenue_retail": QT_TRANSLATE_NOOP("Errors", "The minimum retail revenue"),
    "closure_months": QT_TRANSLATE_NOOP("Errors", "The months averaged"),
    "closure_cutoff": QT_TRANSLATE_NOOP("Errors", "The closure cutoff"),
    "closure_loss_by_type": QT_TRANSLATE_NOOP("Errors", "The one-time loss per closure"),
}

# --- eligibility and closure reasons -----------------------------------------------------------

REASON_TEMPLATES: dict[str, Templates] = {
    # dealer_app.domain.eligibility.REASON_CODES
    "status_not_open": (
        QT_TRANSLATE_NOOP("Reasons", "Store is {status}; only open stores are eligible."),
    ),
    "type_not_covered": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Store type {store_type} is not covered by {policy}; eligible types: {eligible_types}.",
        ),
    ),
    "date_unknown": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Opening date is unknown; {policy} needs it to place the store in a tier.",
        ),
    ),
    "before_first_tier|days=1": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Opened {opened}, one day before the first tier starts on {first_start}."
        ),
    ),
    "before_first_tier": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Opened {opened}, {days} days before the first tier starts on {first_start}.",
        ),
    ),
    "after_cutoff|days=1": (
        QT_TRANSLATE_NOOP("Reasons", "Opened {opened}, one day after the cutoff of {cutoff}."),
    ),
    "after_cutoff": (
        QT_TRANSLATE_NOOP("Reasons", "Opened {opened}, {days} days after the cutoff of {cutoff}."),
    ),
    "between_tiers": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Opened {opened}, between tiers {before} (ends {before_end}) and {after} (starts "
            "{after_start}).",
        ),
    ),
    "eligible_in_tier|position=only": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Eligible: opened {opened}, the only day of tier {tier} ({span}): {amount}."
        ),
    ),
    "eligible_in_tier|position=first": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Eligible: opened {opened}, the first day of tier {tier} ({span}): {amount}.",
        ),
    ),
    "eligible_in_tier|position=last": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Eligible: opened {opened}, the last day of tier {tier} ({span}): {amount}."
        ),
    ),
    "eligible_in_tier": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Eligible: opened {opened}, within tier {tier} ({span}): {amount}."
        ),
    ),
    "no_deliveries": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Partner has no deliveries recorded for {year}; the target is {target} vehicles a "
            "year.",
        ),
    ),
    "target_missed|delivered=1": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Partner delivered 1 vehicle in {year}, {short} short of the target of {target}.",
        ),
    ),
    "target_missed": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Partner delivered {delivered} vehicles in {year}, {short} short of the target of "
            "{target}.",
        ),
    ),
    "no_vehicles_in_period": (
        QT_TRANSLATE_NOOP(
            "Reasons", "No vehicles delivered between {period_start} and {period_end}."
        ),
    ),
    "eligible_target_met|vehicles=1": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Eligible: partner met the target of {target} vehicles in {years}; 1 vehicle × "
            "{rate} = {amount}.",
        ),
    ),
    "eligible_target_met": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Eligible: partner met the target of {target} vehicles in {years}; {vehicles} "
            "vehicles × {rate} = {amount}.",
        ),
    ),
    # dealer_app.domain.closures.REASON_CODES
    "low_revenue_and_loss|months=1": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Averaged {avg_revenue} revenue a month over the last month (threshold "
            "{threshold}) and lost {loss}.",
        ),
    ),
    "low_revenue_and_loss": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Averaged {avg_revenue} revenue a month over the last {months} months (threshold "
            "{threshold}) and lost {loss}.",
        ),
    ),
    "low_vehicles_and_loss|months=1": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Averaged {avg_vehicles} vehicles a month over the last month (threshold "
            "{threshold}) and lost {loss}.",
        ),
    ),
    "low_vehicles_and_loss": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Averaged {avg_vehicles} vehicles a month over the last {months} months (threshold "
            "{threshold}) and lost {loss}.",
        ),
    ),
}

#: Pieces of reasons: a tier's span of opening dates, an empty list.
SPAN_TEMPLATES = {
    "both": QT_TRANSLATE_NOOP("Reasons", "{start} to {end}"),
    "end": QT_TRANSLATE_NOOP("Reasons", "up to {end}"),
    "start": QT_TRANSLATE_NOOP("Reasons", "from {start}"),
    "none": QT_TRANSLATE_NOOP("Reasons", "any date"),
}
_NONE = QT_TRANSLATE_NOOP("Reasons", "none")
#: Separators of the lists inside a sentence (store types; problems, column headers).
_COMMA = QT_TRANSLATE_NOOP("Errors", ", ")
_SEMICOLON = QT_TRANSLATE_NOOP("Errors", "; ")

# --- making parameters readable ----------------------------------------------------------------

_MONEY = frozenset(
    {"amount", "budget", "committed", "left", "loss", "avg_revenue", "rate", "estimated_loss"}
)
_COUNTS = frozenset({"min", "days", "target", "delivered", "short", "vehicles", "count"})
_REGION_NAMES = {r.code: (r.name_zh, r.name_en) for r in STANDARD_REGIONS}


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _list(items: Any, comma: bool = False) -> str:
    sep = _tr(ERRORS_CONTEXT, _COMMA if comma else _SEMICOLON)
    if isinstance(items, Mapping):
        return sep.join(f"{k}: {v}" for k, v in items.items())
    if isinstance(items, (list, tuple)):
        return sep.join(str(i) for i in items)
    return str(items)


def _region(code: Any) -> str:
    names = _REGION_NAMES.get(str(code))
    if names is None:
        return str(code)
    return names[0] if i18n.is_chinese() else names[1]


def _span(start: str | None, end: str | None) -> str:
    if start and end:
        return _tr(REASONS_CONTEXT, SPAN_TEMPLATES["both"]).format(start=start, end=end)
    if end:
        return _tr(REASONS_CONTEXT, SPAN_TEMPLATES["end"]).format(end=end)
    if start:
        return _tr(REASONS_CONTEXT, SPAN_TEMPLATES["start"]).format(start=start)
    return _tr(REASONS_CONTEXT, SPAN_TEMPLATES["none"])


def _display(code: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters as the sentence shows them; unknown ones pass through as text."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        if key in _MONEY and isinstance(value, int) and not isinstance(value, bool):
            out[key] = yuan(value)
        elif key in _COUNTS and isinstance(value, int) and not isinstance(value, bool):
            out[key] = count(value)
        else:
            out[key] = value
    if "status" in params:
        status = str(params["status"])
        label = (
            store_status_label(status)
            if code == "status_not_open"
            else subsidy_status_label(status)
        )
        out["status"] = label or status
    if "role" in params:
        out["role"] = role_label(str(params["role"])) or str(params["role"])
    if "action" in params:
        action = ACTIONS.get(str(params["action"]))
        if action is None:
            del out["action"]  # an action without a translation: the template without it
        else:
            out["action"] = _tr(ERRORS_CONTEXT, action)
    if "region" in params and params["region"]:
        out["region"] = _region(params["region"])
    if "store_type" in params:
        out["store_type"] = store_type_label(str(params["store_type"])) or str(params["store_type"])
    if "eligible_types" in params:
        types = [store_type_label(t) or str(t) for t in params["eligible_types"]]
        out["eligible_types"] = _list(types, comma=True) if types else _tr(REASONS_CONTEXT, _NONE)
    for key in ("tier", "before", "after"):
        if key in params and code in ("eligible_in_tier", "between_tiers"):
            out[key] = tier_label(str(params[key]))
    if code == "eligible_in_tier":
        out["span"] = _span(params.get("start"), params.get("end"))
    if code == "eligible_target_met" and "first_year" in params and "last_year" in params:
        first, last = params["first_year"], params["last_year"]
        out["years"] = str(last) if first == last else f"{first}–{last}"
    if code == "low_revenue_and_loss" and isinstance(params.get("threshold"), int):
        out["threshold"] = yuan(params["threshold"])
    if "until" in params and isinstance(params["until"], str):
        out["time"] = params["until"][11:16]
    if "path" in params:
        out.setdefault("file", PurePath(str(params["path"])).name)
    if "key" in params:
        label = SETTING_LABELS.get(str(params["key"]))
        if label is not None:
            out["setting"] = _tr(ERRORS_CONTEXT, label)
    if "problems" in params:
        problems = params["problems"]
        if isinstance(problems, Mapping):  # field -> sentence, perhaps a CodedText
            problems = {k: coded_text(v) for k, v in problems.items()}
        elif isinstance(problems, (list, tuple)):
            problems = [coded_text(v) for v in problems]
        out["problems"] = _list(problems)
    if "field" in params:
        label = FIELD_LABELS.get(str(params["field"]))
        if label is not None:
            out["field"] = _tr(INPUT_CONTEXT, label)
    if code == "policy.tiers_overlap":
        out["a_span"] = _span(params.get("a_start"), params.get("a_end"))
        out["b_span"] = _span(params.get("b_start"), params.get("b_end"))
    if "own" in params and params["own"]:
        out["own"] = _region(params["own"])
    if "problem_code" in params:
        out["problem"] = input_text(
            str(params["problem_code"]), params.get("problem_params") or {}, ""
        )
        if not out["problem"]:
            del out["problem"]  # untranslatable: the whole sentence falls back to English
    if "accepted" in params:
        out["accepted"] = _list(params["accepted"])
    if "missing" in params:
        # a missing key as the accepted headers name it: "store_code / 门店编码"
        accepted = [str(a) for a in params.get("accepted") or ()]
        out["missing"] = _list(
            [next((a for a in accepted if a.startswith(f"{k} / ")), k) for k in params["missing"]],
            comma=True,
        )
    if "headers" in params:
        out["headers"] = _list([f"'{h}'" for h in params["headers"]], comma=True)
    if "budget" in params and "committed" in params:
        left = max(int(params["budget"]) - int(params["committed"]), 0)
        out["left"] = yuan(left)
    if code == "subsidy.not_eligible" and params.get("reason_code"):
        reason = _sentence(
            REASONS_CONTEXT,
            REASON_TEMPLATES,
            str(params["reason_code"]),
            params.get("reason_params") or {},
            str(params.get("reason", "")),
        )
        if reason:
            out["reason"] = reason
    return out


_FORMATTER = string.Formatter()


def fields(template: str) -> set[str]:
    """The {names} a template needs."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def _variants(code: str, params: Mapping[str, Any]) -> list[str]:
    keys = [
        f"{code}|{name}={value}"
        for name, value in params.items()
        if isinstance(value, (str, int)) and not isinstance(value, bool)
    ]
    return [*keys, code]


def _sentence(
    context: str,
    table: Mapping[str, Templates],
    code: str,
    params: Mapping[str, Any],
    fallback: str,
) -> str:
    shown = _display(code, params)
    for key in _variants(code, params):
        for template in table.get(key, ()):
            if fields(template) <= shown.keys():
                try:
                    return _tr(context, template).format(**shown)
                except (KeyError, IndexError, ValueError):
                    return fallback
    return fallback


def translating() -> bool:
    """True when the interface is not English: the sentences are built from the templates."""
    return i18n.current_language() != "en"


# --- the public functions ----------------------------------------------------------------------


def error_message(error: DealerError) -> str:
    """`error` in the interface language; its English message when there is no template."""
    if not translating():
        return error.message
    return _sentence(ERRORS_CONTEXT, ERROR_TEMPLATES, error.code, error.params, error.message)


def input_text(code: str | None, params: Mapping[str, Any], english: str) -> str:
    """What is wrong with a typed or imported value (an `InputError`, `ImportProblem` or
    `CodedText` code) in the interface language; `english` when there is no template."""
    if not code or not translating():
        return english
    return _sentence(INPUT_CONTEXT, INPUT_TEMPLATES, code, params, english)


def coded_text(value: Any) -> str:
    """A `CodedText` or `InputError` in the interface language; other values as text."""
    code = getattr(value, "code", None)
    if isinstance(code, str):
        english = value.message if isinstance(value, InputError) else str(value)
        return input_text(code, getattr(value, "params", {}) or {}, english)
    return str(value)


def reason_text(code: str, params: Mapping[str, Any], reason: str) -> str:
    """An eligibility or closure reason in the interface language (`reason` is the English)."""
    if not code or not translating():
        return reason
    return _sentence(REASONS_CONTEXT, REASON_TEMPLATES, code, params, reason)


def eligibility_reason(result: EligibilityResult) -> str:
    return reason_text(result.reason_code, result.reason_params, result.reason)


def closure_reason(candidate: ClosureCandidate) -> str:
    return reason_text(candidate.reason_code, candidate.reason_params, candidate.reason)


def closure_snapshot_reason(metrics: Mapping[str, Any] | None) -> str:
    """The reason stored with a closure proposal (domain.closures.closure_metrics_snapshot),
    rebuilt from its metrics in the interface language."""
    metrics = metrics or {}
    reason = str(metrics.get("reason") or "")
    if not reason or not translating():
        return reason
    try:
        loss = -int(metrics["net_profit_sum"])
        months = int(metrics["months"])
        if metrics.get("measure") == "avg_revenue":
            code = "low_revenue_and_loss"
            params: dict[str, Any] = {
                "avg_revenue": int(metrics["avg_revenue"]),
                "threshold": int(metrics["min_avg_revenue_retail"]),
            }
        else:
            threshold = float(metrics["min_avg_vehicles"])
            code = "low_vehicles_and_loss"
            params = {
                "avg_vehicles": f"{float(metrics['avg_vehicles']):.2f}",
                "threshold": f"{threshold:,.0f}" if threshold.is_integer() else repr(threshold),
            }
    except (KeyError, TypeError, ValueError):
        return reason
    return reason_text(code, {**params, "months": months, "loss": loss}, reason)


def memo_reason(
    code_params_reason: Callable[[Any], tuple[str, Mapping[str, Any], str]],
) -> Callable[[Any], str]:
    """reason_text for many rows whose results share params dicts (an evaluator caches its
    verdicts): translated once per shared dict. The memo lives as long as the function."""
    memo: dict[int, tuple[Mapping[str, Any], str]] = {}

    def text(row: Any) -> str:
        code, params, reason = code_params_reason(row)
        if not code or not translating():
            return reason
        hit = memo.get(id(params))
        if hit is not None and hit[0] is params:
            return hit[1]
        out = reason_text(code, params, reason)
        memo[id(params)] = (params, out)
        return out

    return text
