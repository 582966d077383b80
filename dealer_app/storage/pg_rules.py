"""The workflow's rules as a server ledger's triggers, generated from the domain's workflow table
(domain/workflow.py): one source, not a second hand-written copy.

Each desktop talks to the database with its user's own login, so whoever holds that password can
type any SQL. These triggers make the database refuse what the program would refuse:

- only the transitions the table allows, by the roles it names (a status change is one
  transition; nothing else about a subsidy or closure changes without one);
- who acted is the login itself (`session_user`), never a value the client sends: a proposer,
  approver, payer or voider column must name the session's own login;
- four eyes: the approver or rejecter is not the proposer;
- a regional manager acts only in their region (stores, performance, subsidies, closures);
- amounts, policy version, parameters and store are frozen once proposed; final states are
  final;
- the budget cap is checked at approval with the policy row locked (`FOR UPDATE`), so any
  number of concurrent approvers cannot overrun it;
- letters: number, subsidy, content and digest frozen; only issued -> void;
- the audit log: each entry continues the hash chain (checked here, in the form the program
  verifies, under the same lock that serialises writers) and names the session's login.

A refusal raises SQLSTATE DD001 with a catalogue code (storage/pg.py turns it into the program's
`PermissionDenied`). The ledger's owner role (setting up, migrating) is not held to them.
"""

from __future__ import annotations

from dealer_app.domain.workflow import CLOSURE, SUBSIDY, Workflow
from dealer_app.storage.pg import WRITE_LOCK  # the audit chain grows one writer at a time


def _roles_sql(roles: frozenset) -> str:
    return "ARRAY[" + ", ".join(f"'{r.value}'" for r in sorted(roles, key=str)) + "]::text[]"


def _transitions_sql(w: Workflow) -> str:
    """VALUES (source, target, roles, four_eyes, budget) for every transition of `w` that
    changes a status (creations are the INSERT trigger's)."""
    from dealer_app.domain.workflow import Requirement

    rows = []
    for t in w.transitions:
        for source in sorted(t.source):
            if source == t.target:
                continue
            roles = _roles_sql(t.roles) if t.roles else "NULL::text[]"
            four = "true" if Requirement.FOUR_EYES in t.requires else "false"
            budget = "true" if Requirement.BUDGET in t.requires else "false"
            rows.append(f"('{source}', '{t.target}', {roles}, {four}, {budget})")
    return ",\n            ".join(rows)


def _creators(w: Workflow) -> tuple[str, str]:
    """(initial status, roles array) of the transition that creates a thing of `w`."""
    [t] = [t for t in w.transitions if not t.source]
    return t.target, _roles_sql(t.roles)


_HELPERS = """
CREATE FUNCTION dd_caller_region() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT region FROM public.users WHERE lower(name) = lower(session_user) AND locked = 0
$$;
CREATE FUNCTION dd_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, (SELECT value FROM public.server_info
        WHERE key = 'role.owner'), 'MEMBER')
$$;
CREATE FUNCTION dd_refuse(code text, detail text) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', code USING ERRCODE = 'DD001', DETAIL = detail;
END $$;
CREATE FUNCTION dd_check_region(p_store bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE r text := public.dd_caller_region();
BEGIN
    IF r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.stores s WHERE s.id = p_store
            AND s.region = r) THEN
        PERFORM public.dd_refuse('server.rule_region', 'store ' || p_store);
    END IF;
END $$;
"""


def _workflow_guard(w: Workflow, table: str, frozen: tuple[str, ...], who: tuple[str, ...]) -> str:
    initial, creators = _creators(w)
    frozen_check = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in frozen)
    who_insert = " OR ".join(f"NEW.{c} IS NOT NULL" for c in who)
    who_update = "\n".join(
        f"""        IF NEW.{c} IS DISTINCT FROM OLD.{c} AND lower(NEW.{c}) <> lower(session_user) THEN
            PERFORM public.dd_refuse('server.rule_identity', '{c}');
        END IF;"""
        for c in who
    )
    budget = ""
    if table == "subsidies":
        budget = f"""
        IF t.budget THEN
            SELECT budget INTO cap FROM public.policies
                WHERE code = NEW.policy_code AND is_current = 1 FOR UPDATE;
            SELECT coalesce(sum(amount), 0) INTO used FROM public.subsidies
                WHERE policy_code = NEW.policy_code AND id <> NEW.id
                AND status IN {_in(SUBSIDY.statuses(commits_budget=True))};
            IF used + NEW.amount > cap THEN
                PERFORM public.dd_refuse('server.rule_budget', NEW.policy_code);
            END IF;
        END IF;"""
    return f"""
CREATE FUNCTION {table}_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    caller text := public.dd_caller_role();
    t record;
    cap bigint;
    used bigint;
BEGIN
    IF public.dd_is_owner() THEN
        RETURN NEW;
    END IF;
    IF caller IS NULL THEN
        PERFORM public.dd_refuse('server.rule_role', session_user);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM public.dd_refuse('server.rule_transition', 'delete');
    END IF;
    PERFORM public.dd_check_region(NEW.store_id);
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> '{initial}' OR NOT caller = ANY({creators}) THEN
            PERFORM public.dd_refuse('server.rule_transition', 'create ' || NEW.status);
        END IF;
        IF lower(NEW.proposed_by) <> lower(session_user) OR {who_insert} THEN
            PERFORM public.dd_refuse('server.rule_identity', 'proposed_by');
        END IF;
        RETURN NEW;
    END IF;
    IF {frozen_check} THEN
        PERFORM public.dd_refuse('server.rule_frozen', '{table} ' || OLD.id);
    END IF;
    IF NEW.status = OLD.status THEN
        IF NEW IS DISTINCT FROM OLD THEN
            PERFORM public.dd_refuse('server.rule_transition', OLD.status || ' -> ' || NEW.status);
        END IF;
        RETURN NEW;
    END IF;
    SELECT * INTO t FROM (VALUES
            {_transitions_sql(w)}
        ) AS x(source, target, roles, four_eyes, budget)
        WHERE x.source = OLD.status AND x.target = NEW.status
        AND (x.roles IS NULL OR caller = ANY(x.roles))
        LIMIT 1;
    IF NOT FOUND THEN
        PERFORM public.dd_refuse('server.rule_transition', OLD.status || ' -> ' || NEW.status);
    END IF;
{who_update}
    IF t.four_eyes AND lower(OLD.proposed_by) = lower(session_user) THEN
        PERFORM public.dd_refuse('server.rule_four_eyes', OLD.proposed_by);
    END IF;{budget}
    RETURN NEW;
END $$;
CREATE TRIGGER {table}_guard BEFORE INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_guard();
"""


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_OTHER_GUARDS = """
CREATE FUNCTION region_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE r text;
BEGIN
    IF public.dd_is_owner() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF public.dd_caller_role() IS NULL THEN
        PERFORM public.dd_refuse('server.rule_role', session_user);
    END IF;
    r := public.dd_caller_region();
    IF r IS NULL THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_TABLE_NAME = 'stores' THEN
        IF (TG_OP <> 'INSERT' AND OLD.region <> r) OR (TG_OP <> 'DELETE' AND NEW.region <> r) THEN
            PERFORM public.dd_refuse('server.rule_region', coalesce(NEW.code, OLD.code));
        END IF;
    ELSE
        IF TG_OP <> 'INSERT' THEN
            PERFORM public.dd_check_region(OLD.store_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM public.dd_check_region(NEW.store_id);
        END IF;
    END IF;
    RETURN coalesce(NEW, OLD);
END $$;
CREATE TRIGGER stores_region_guard BEFORE INSERT OR UPDATE OR DELETE ON stores
    FOR EACH ROW EXECUTE FUNCTION region_guard();
CREATE TRIGGER performance_region_guard BEFORE INSERT OR UPDATE OR DELETE ON performance
    FOR EACH ROW EXECUTE FUNCTION region_guard();

CREATE FUNCTION letters_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF public.dd_is_owner() THEN
        RETURN NEW;
    END IF;
    IF public.dd_caller_role() IS NULL THEN
        PERFORM public.dd_refuse('server.rule_role', session_user);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM public.dd_refuse('server.rule_transition', 'delete');
    END IF;
    PERFORM public.dd_check_region((SELECT store_id FROM public.subsidies
        WHERE id = NEW.subsidy_id));
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'issued' OR lower(NEW.created_by) <> lower(session_user)
                OR NEW.print_count <> 0 THEN
            PERFORM public.dd_refuse('server.rule_identity', 'created_by');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.subsidies WHERE id = NEW.subsidy_id
                AND status IN ('approved', 'paid')) THEN
            PERFORM public.dd_refuse('server.rule_transition', 'letter for an undecided subsidy');
        END IF;
        -- numbers are gapless per policy, region and year: the next one, never another
        PERFORM pg_advisory_xact_lock(WRITE_LOCK_VALUE);
        IF NEW.seq <> coalesce((SELECT max(seq) FROM public.letters WHERE policy_code =
                NEW.policy_code AND region = NEW.region AND year = NEW.year), 0) + 1 THEN
            PERFORM public.dd_refuse('server.rule_letter_number', NEW.number);
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.number IS DISTINCT FROM OLD.number OR NEW.subsidy_id IS DISTINCT FROM OLD.subsidy_id
            OR NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.digest IS DISTINCT FROM OLD.digest
            OR NEW.seq IS DISTINCT FROM OLD.seq OR NEW.year IS DISTINCT FROM OLD.year
            OR NEW.created_by IS DISTINCT FROM OLD.created_by
            OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        PERFORM public.dd_refuse('server.rule_frozen', 'letter ' || OLD.number);
    END IF;
    IF OLD.status = 'void' AND NEW IS DISTINCT FROM OLD THEN
        PERFORM public.dd_refuse('server.rule_transition', 'void');
    END IF;
    IF NEW.status = 'void' AND OLD.status = 'issued' AND (lower(NEW.voided_by)
            IS DISTINCT FROM lower(session_user) OR NOT EXISTS (SELECT 1 FROM public.subsidies
            WHERE id = NEW.subsidy_id AND status IN ('cancelled', 'rejected'))) THEN
        PERFORM public.dd_refuse('server.rule_transition', 'void');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER letters_guard BEFORE INSERT OR UPDATE OR DELETE ON letters
    FOR EACH ROW EXECUTE FUNCTION letters_guard();

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    last_id bigint;
    last_hash text;
    payload text;
BEGIN
    PERFORM pg_advisory_xact_lock(WRITE_LOCK_VALUE);
    SELECT id, hash INTO last_id, last_hash FROM public.audit_log ORDER BY id DESC LIMIT 1;
    IF NOT FOUND THEN
        last_id := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NOT public.dd_is_owner() AND lower(NEW."user") <> lower(session_user) THEN
        PERFORM public.dd_refuse('server.rule_identity', 'user');
    END IF;
    IF NEW.hash IS NULL THEN
        -- The entry is chained here: its number and the previous hash are the database's.
        NEW.id := last_id + 1;
        NEW.prev_hash := last_hash;
    ELSIF NEW.id <> last_id + 1 OR NEW.prev_hash <> last_hash THEN
        PERFORM public.dd_refuse('server.rule_chain', 'entry ' || NEW.id);
    END IF;
    payload := '[' || NEW.id::text || ',' || to_json(NEW.at)::text || ','
        || to_json(NEW."user")::text || ',' || to_json(NEW.action)::text || ','
        || to_json(NEW.entity)::text || ',' || to_json(NEW.entity_id)::text || ','
        || to_json(NEW.data)::text || ']';
    IF NEW.hash IS NULL THEN
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || payload, 'UTF8')), 'hex');
    ELSIF NEW.hash <> encode(sha256(convert_to(NEW.prev_hash || '|' || payload, 'UTF8')),
            'hex') THEN
        PERFORM public.dd_refuse('server.rule_chain', 'entry ' || NEW.id);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Which transactions wrote an audit entry (only the chain trigger writes here).
CREATE TABLE audit_tx (txid xid8 PRIMARY KEY);
CREATE FUNCTION audit_log_mark_tx() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_tx VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER audit_log_mark_tx AFTER INSERT ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_mark_tx();

-- A change of a guarded table commits only with an audit entry in the same transaction.
CREATE FUNCTION dd_require_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.audit_tx WHERE txid = pg_current_xact_id()) THEN
        PERFORM public.dd_refuse('server.rule_unaudited', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;

-- A policy version is frozen; a new version replaces it (only is_current goes from 1 to 0).
CREATE FUNCTION policies_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF public.dd_is_owner() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (ROW(NEW.id, NEW.code, NEW.version, NEW.name,
            NEW.kind, NEW.params, NEW.budget, NEW.valid_from, NEW.valid_to, NEW.created_at,
            NEW.created_by, NEW.name_zh, NEW.name_en) IS DISTINCT FROM ROW(OLD.id, OLD.code,
            OLD.version, OLD.name, OLD.kind, OLD.params, OLD.budget, OLD.valid_from,
            OLD.valid_to, OLD.created_at, OLD.created_by, OLD.name_zh, OLD.name_en)
            OR NEW.is_current > OLD.is_current)) THEN
        PERFORM public.dd_refuse('server.rule_frozen', 'policy ' || OLD.code);
    END IF;
    IF TG_OP = 'INSERT' AND lower(NEW.created_by) <> lower(session_user) THEN
        PERFORM public.dd_refuse('server.rule_identity', 'created_by');
    END IF;
    RETURN coalesce(NEW, OLD);
END $$;
CREATE TRIGGER policies_guard BEFORE INSERT OR UPDATE OR DELETE ON policies
    FOR EACH ROW EXECUTE FUNCTION policies_guard();
""".replace("WRITE_LOCK_VALUE", str(WRITE_LOCK))

#: Row-level security: a regional manager reads and writes only their region's rows (and the
#: audit entries of their own actions); everyone else reads every region. `(SELECT …)` makes
#: the caller's region an init plan, computed once per query rather than once per row.
ROW_SECURITY_SQL = """
CREATE POLICY mine ON stores
    USING ((SELECT public.dd_caller_region()) IS NULL OR region = (SELECT public.dd_caller_region()));
CREATE POLICY mine ON performance
    USING ((SELECT public.dd_caller_region()) IS NULL
        OR EXISTS (SELECT 1 FROM public.stores s WHERE s.id = performance.store_id));
CREATE POLICY mine ON subsidies
    USING ((SELECT public.dd_caller_region()) IS NULL
        OR EXISTS (SELECT 1 FROM public.stores s WHERE s.id = subsidies.store_id));
CREATE POLICY mine ON closures
    USING ((SELECT public.dd_caller_region()) IS NULL
        OR EXISTS (SELECT 1 FROM public.stores s WHERE s.id = closures.store_id));
CREATE POLICY mine ON letters
    USING ((SELECT public.dd_caller_region()) IS NULL OR region = (SELECT public.dd_caller_region()));
CREATE POLICY mine ON audit_log
    USING ((SELECT public.dd_caller_region()) IS NULL OR lower("user") = lower(session_user));
ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
ALTER TABLE performance ENABLE ROW LEVEL SECURITY;
ALTER TABLE subsidies ENABLE ROW LEVEL SECURITY;
ALTER TABLE closures ENABLE ROW LEVEL SECURITY;
ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

-- What the program needs across regions, and no more.
CREATE FUNCTION dd_audit_tail(OUT id bigint, OUT hash text) LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id, hash FROM public.audit_log ORDER BY id DESC LIMIT 1
$$;
CREATE FUNCTION dd_audit_hash(p_id bigint) RETURNS text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hash FROM public.audit_log WHERE id = p_id
$$;
CREATE FUNCTION dd_partner_vehicles(p_from text, p_to text)
    RETURNS TABLE (partner_id bigint, y integer, total bigint) LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.partner_id, CAST(substr(p.month, 1, 4) AS integer), sum(p.vehicles_delivered)::bigint
    FROM public.performance p JOIN public.stores s ON s.id = p.store_id
    WHERE p.month >= p_from AND p.month < p_to GROUP BY 1, 2
$$;
CREATE FUNCTION dd_partner_regions(p_partner bigint) RETURNS SETOF text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT region FROM public.stores WHERE partner_id = p_partner
$$;
CREATE FUNCTION dd_store_codes(OUT code text, OUT id bigint, OUT region text)
    RETURNS SETOF record LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT code, id, region FROM public.stores
$$;

-- A payee's bank details: a regional manager changes them only for partners whose stores
-- are all in their region.
CREATE FUNCTION partners_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE r text := public.dd_caller_region();
BEGIN
    IF public.dd_is_owner() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF public.dd_caller_role() IS NULL THEN
        PERFORM public.dd_refuse('server.rule_role', session_user);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM public.dd_refuse('server.rule_transition', 'delete');
    END IF;
    IF TG_OP = 'UPDATE' AND r IS NOT NULL AND EXISTS (SELECT 1 FROM public.stores
            WHERE partner_id = OLD.id AND region <> r) THEN
        PERFORM public.dd_refuse('server.rule_region', 'partner ' || OLD.id);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER partners_guard BEFORE INSERT OR UPDATE OR DELETE ON partners
    FOR EACH ROW EXECUTE FUNCTION partners_guard();
"""

#: Functions the application roles call.
CALLABLE = (
    "dd_caller_region()",
    "dd_audit_tail()",
    "dd_audit_hash(bigint)",
    "dd_partner_vehicles(text, text)",
    "dd_partner_regions(bigint)",
    "dd_store_codes()",
)

#: Functions made here, for ownership and grants.
FUNCTIONS = (
    "dd_caller_region()",
    "dd_is_owner()",
    "dd_refuse(text, text)",
    "dd_check_region(bigint)",
    "subsidies_guard()",
    "closures_guard()",
    "region_guard()",
    "letters_guard()",
    "audit_log_chain()",
    "audit_log_mark_tx()",
    "dd_require_audit()",
    "policies_guard()",
    "dd_audit_tail()",
    "dd_audit_hash(bigint)",
    "dd_partner_vehicles(text, text)",
    "dd_partner_regions(bigint)",
    "dd_store_codes()",
    "partners_guard()",
)

#: Tables whose every change must come with an audit entry in its transaction.
AUDITED = (
    "stores",
    "partners",
    "performance",
    "policies",
    "subsidies",
    "closures",
    "letters",
    "users",
    "settings",
)


def audited_sql() -> str:
    return "".join(
        f"""
CREATE CONSTRAINT TRIGGER {t}_audited AFTER INSERT OR UPDATE OR DELETE ON {t}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dd_require_audit();"""
        for t in AUDITED
    )


def rules_sql() -> str:
    return (
        _HELPERS
        + _workflow_guard(
            SUBSIDY,
            "subsidies",
            (
                "store_id",
                "policy_id",
                "policy_code",
                "policy_version",
                "params_snapshot",
                "amount",
                "tier",
                "reason",
                "proposed_by",
                "proposed_at",
            ),
            ("decided_by", "paid_by"),
        )
        + _workflow_guard(
            CLOSURE,
            "closures",
            ("store_id", "proposed_by", "proposed_at", "estimated_loss", "metrics"),
            ("decided_by",),
        )
        + _OTHER_GUARDS
        + ROW_SECURITY_SQL
        + audited_sql()
    )
