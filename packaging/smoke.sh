#!/usr/bin/env bash
# Smoke check of a BUILT bundle, run from outside the source tree, with no Python of its own:
#
#     packaging/smoke.sh [BUNDLE_DIR]      (default: $DEALER_APP_BUNDLE, else dist/DealerDesk)
#
# In a fresh temporary folder (its own data folder and Qt settings, offscreen Qt): new ledger,
# users, stores from a CSV, eligibility, proposals approved by a second manager, payout letters
# rendered by worker processes started the Windows/macOS way (spawn, through
# multiprocessing.freeze_support), `letters verify`, the audit chain, the log file; then the
# GUI executable starts offscreen twice (first start: no ledger; then on the new ledger), shows
# its first window and quits by itself (DEALER_APP_QUIT_AFTER_MS, see packaging/entry.py).
# Prints the bundle size and start times; exits non-zero at the first failure.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUNDLE="${1:-${DEALER_APP_BUNDLE:-$HERE/../dist/DealerDesk}}"
BUNDLE="$(cd "$BUNDLE" && pwd)"
APP="$BUNDLE/dealer-app"
GUI="$BUNDLE/dealer-desk"
[ -x "$APP" ] && [ -x "$GUI" ] || { echo "smoke: no bundle at $BUNDLE (build it: python packaging/build.py)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/dealer-desk-smoke.XXXXXX")"
# SMOKE_KEEP=1 keeps the folder (ledger, letters, logs) for a look afterwards.
if [ -n "${SMOKE_KEEP:-}" ]; then echo "smoke: working in $WORK (kept)"; else trap 'rm -rf "$WORK"' EXIT; fi
cd "$WORK"

# Nothing from a development environment may leak in: the bundle must stand on its own.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV PYTHONSTARTUP
export PATH="/usr/bin:/bin"
export DEALER_APP_DATA_DIR="$WORK/data"
export XDG_CONFIG_HOME="$WORK/config"   # QSettings: never the tester's own
export QT_QPA_PLATFORM=offscreen
export DEALER_APP_PASSWORD="smoke-admin-pw"
export DEALER_APP_NEW_PASSWORD="smoke-user-pw"
DB="$WORK/ledger.sqlite3"

step() { printf '== %s\n' "$*"; }
fail() {
  printf 'smoke: FAILED: %s\n' "$*" >&2
  if [ -f "$WORK/data/logs/dealer-desk.log" ]; then
    echo "--- last lines of the log:" >&2; tail -n 40 "$WORK/data/logs/dealer-desk.log" >&2
  fi
  exit 1
}
now() { date +%s.%N; }
ms_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
app() { "$APP" --db "$DB" "$@"; }
as_user() { local u="$1"; shift; DEALER_APP_PASSWORD="$DEALER_APP_NEW_PASSWORD" "$APP" --db "$DB" --user "$u" "$@"; }

step "version"
t=$(now); VERSION_LINE="$("$APP" --version)"; VERSION_MS=$(ms_since "$t")
echo "$VERSION_LINE (${VERSION_MS} ms)"
[[ "$VERSION_LINE" == "Dealer Desk "[0-9]* ]] || fail "unexpected --version output: $VERSION_LINE"
if [ -n "${EXPECT_VERSION:-}" ] && [ "$VERSION_LINE" != "Dealer Desk $EXPECT_VERSION" ]; then
  fail "--version says '$VERSION_LINE', expected $EXPECT_VERSION"
fi

step "init a new ledger"
t=$(now); app init; INIT_MS=$(ms_since "$t")
[ -s "$DB" ] || fail "no ledger file"

step "users"
app user add mgr.central --role regional_manager --region CENTRAL
app user add mgr.central2 --role regional_manager --region CENTRAL
app user add hq.finance --role hq_finance

step "import stores (CSV, UTF-8 with BOM, Chinese headers)"
{
  printf '\xef\xbb\xbf'
  echo "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,地址,门店类型,开业日期,状态"
  echo "S001,武汉光谷汽车融合店,湖北华通汽车销售服务有限公司,91350100M000100Y43,华中,湖北,武汉,光谷大道1号,汽车融合店,2024-12-31,营业中"
  echo "S002,长沙交付中心,湖南恒信汽车销售服务有限公司,,CENTRAL,湖南,长沙,芙蓉路8号,交付中心,2025/01/01,open"
  echo "S003,郑州融合店,河南永达汽车销售服务有限公司,,华中,河南,郑州,,car_integration_store,2025年12月14日,open"
  echo "S004,衡阳融合店,湖南恒信汽车销售服务有限公司,,华中,湖南,衡阳,,car_integration_store,2025-12-15,open"
  echo "S005,宜昌融合店,湖北华通汽车销售服务有限公司,,华中,湖北,宜昌,,car_integration_store,2023-03-01,open"
  echo "S006,株洲交付中心,湖南恒信汽车销售服务有限公司,,华中,湖南,株洲,,delivery_center,2022-06-30,open"
} > stores.csv
as_user hq.finance import stores stores.csv
COUNT=$(as_user mgr.central stores list --json | grep -o '"store_code"' | wc -l)
[ "$COUNT" -eq 6 ] || fail "expected 6 stores, got $COUNT"

step "eligibility (S004 opened one day after the cutoff)"
as_user mgr.central eligibility --policy YE2025 | tee eligibility.txt
grep -q "S004" eligibility.txt || fail "S004 missing from eligibility"

step "propose (mgr.central) and approve (mgr.central2) five subsidies"
for store in S001 S002 S003 S005 S006; do
  id=$(as_user mgr.central subsidy propose --policy YE2025 --store "$store")
  as_user mgr.central2 subsidy approve "$id" --comment "smoke"
done
if as_user mgr.central subsidy propose --policy YE2025 --store S004 2>refused.txt; then
  fail "a subsidy for S004 (not eligible) was accepted"
fi
echo "refused as it should be: $(cat refused.txt)"

step "letters (worker processes started with spawn, as on Windows and macOS)"
t=$(now)
DEALER_APP_MP_START=spawn as_user mgr.central letters --policy YE2025 --out "$WORK/letters" \
  || fail "letters"
LETTERS_MS=$(ms_since "$t")
PDFS=$(find "$WORK/letters" -name '*.pdf' | sort)
N=$(printf '%s\n' "$PDFS" | grep -c . || true)
[ "$N" -eq 5 ] || fail "expected 5 letters, found $N"
FIRST=$(printf '%s\n' "$PDFS" | head -n1)
head -c 5 "$FIRST" | grep -q '%PDF-' || fail "$FIRST is not a PDF"
echo "$N letters, e.g. $(basename "$FIRST") ($(wc -c <"$FIRST") bytes)"

step "letters verify"
as_user mgr.central letters verify "$FIRST" | tee verify.txt
grep -q "^genuine" verify.txt || fail "letters verify did not say genuine"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$FIRST" - | grep -q "补贴通知书" || fail "the letter's Chinese title is not in the PDF text"
  echo "pdftotext finds 补贴通知书 (the font is embedded)"
fi

step "audit chain and log file"
as_user hq.finance audit verify
LOG="$DEALER_APP_DATA_DIR/logs/dealer-desk.log"
[ -f "$LOG" ] || fail "no log file at $LOG"
echo "log file: $LOG"

gui() {  # [GUI_LOCALE=L] gui NAME ARGS...: start the GUI, expect a first window and exit 0
  local name="$1"; shift
  local t rc line
  t=$(now)
  set +e
  env ${GUI_LOCALE:+LC_ALL=$GUI_LOCALE LANG=$GUI_LOCALE} DEALER_APP_QUIT_AFTER_MS=1500 \
    timeout 120 "$GUI" "$@" 2>"gui-$name.err"
  rc=$?
  set -e
  [ "$rc" -eq 0 ] || { cat "gui-$name.err" >&2; fail "GUI ($name) exited $rc"; }
  line=$(grep "first window" "gui-$name.err" || true)
  [ -n "$line" ] || { cat "gui-$name.err" >&2; fail "GUI ($name) showed no window"; }
  local shown
  shown=$(printf '%s\n' "$line" | sed -n 's/.* at epoch \([0-9.]*\),.*/\1/p')
  GUI_MS=$(awk -v a="$t" -v b="$shown" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
  echo "$line"
  echo "GUI ($name): first window ${GUI_MS} ms after launch, exit code 0"
}

step "GUI, first start in Chinese (no ledger yet: the welcome dialog, from the shipped .qm)"
GUI_LOCALE=zh_CN.UTF-8 gui first-start
FIRST_GUI_MS=$GUI_MS
grep "first window" gui-first-start.err | grep -q "欢迎" || fail "the welcome dialog is not in Chinese"
step "GUI on the new ledger (the sign-in dialog)"
gui ledger --db "$DB"
LEDGER_GUI_MS=$GUI_MS
if grep -qi "traceback" gui-*.err; then cat gui-*.err >&2; fail "a traceback on the GUI's stderr"; fi

SIZE_MB=$(du -sm "$BUNDLE" | cut -f1)
echo
echo "smoke: OK  bundle $BUNDLE  ${SIZE_MB} MB"
echo "smoke: start times  --version ${VERSION_MS} ms, init ${INIT_MS} ms, 5 letters ${LETTERS_MS} ms, GUI first window ${FIRST_GUI_MS} ms (first start) / ${LEDGER_GUI_MS} ms (on a ledger)"
