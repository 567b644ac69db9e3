#!/usr/bin/env bash
# The one test command: bash scripts/test.sh [extra dotnet test args...]
#
# 1. PostgreSQL for the integration tests: uses CAMPAIGNSIM_TEST_PG if set; otherwise, when Docker
#    works, leaves it unset (the fixture starts a Testcontainers postgres:15-alpine); otherwise starts
#    a throwaway server with scripts/pg-throwaway.sh (in .pg/, stopped again on exit; a server already
#    running there is reused and left running).
# 2. Headless Chromium for the report rendering test: CAMPAIGNSIM_CHROMIUM if set, else chromium on
#    PATH, else (as root with apt-get) Debian's chromium package is installed.
# 3. pandas for the researcher-output test: CAMPAIGNSIM_PYTHON if set, else /usr/bin/python3 with
#    pandas, else (as root with apt-get) Debian's python3-pandas package is installed.
# 4. dotnet build CampaignSim.sln -c Release
# 5. scripts/check-codegen.sh, if present and executable.
# 6. dotnet test CampaignSim.sln -c Release --no-build, with TRX reports in TestResults/.
# 7. Last line: "N passed, N failed" (", N skipped" when some were skipped), summed over all test
#    assemblies from the TRX reports. Exits non-zero if the build, codegen check or any test failed,
#    or if no test ran.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

PG_DIR="$REPO_ROOT/.pg"
RESULTS_DIR="$REPO_ROOT/TestResults"
started_pg=0
passed=0 failed=0 skipped=0

finish() {
  local rc="$1"
  local line="$passed passed, $failed failed"
  (( skipped > 0 )) && line+=", $skipped skipped"
  echo "$line"
  exit "$rc"
}

cleanup() {
  if (( started_pg )); then
    bash scripts/pg-throwaway.sh stop "$PG_DIR" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- PostgreSQL -------------------------------------------------------------------------------
if [[ -n "${CAMPAIGNSIM_TEST_PG:-}" ]]; then
  echo "test.sh: using CAMPAIGNSIM_TEST_PG from the environment"
elif command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1; then
  echo "test.sh: Docker is available; the tests start PostgreSQL with Testcontainers"
elif cs="$(bash scripts/pg-throwaway.sh status "$PG_DIR" 2>/dev/null)"; then
  export CAMPAIGNSIM_TEST_PG="$cs"
  echo "test.sh: reusing the throwaway PostgreSQL already running in $PG_DIR"
else
  echo "test.sh: no Docker; starting a throwaway PostgreSQL in $PG_DIR"
  started_pg=1
  if ! cs="$(bash scripts/pg-throwaway.sh start "$PG_DIR")"; then
    echo "test.sh: could not start PostgreSQL (see above)" >&2
    finish 1
  fi
  export CAMPAIGNSIM_TEST_PG="$cs"
fi

# --- headless Chromium (the HTML report test opens report.html in it) -------------------------
if [[ -z "${CAMPAIGNSIM_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's chromium for the report rendering test"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1; then
      echo "test.sh: could not install chromium; the report rendering test will fail" >&2
    fi
  else
    echo "test.sh: chromium is not installed (apt-get install chromium, or set CAMPAIGNSIM_CHROMIUM); the report rendering test will fail" >&2
  fi
fi

# --- pandas (the researcher-output test reads every CSV table with it) ------------------------
if [[ -z "${CAMPAIGNSIM_PYTHON:-}" ]] && ! /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's python3-pandas for the researcher-output test"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas; } >/dev/null 2>&1; then
      echo "test.sh: could not install python3-pandas; the pandas test will fail" >&2
    fi
  else
    echo "test.sh: pandas is not installed (apt-get install python3-pandas, or set CAMPAIGNSIM_PYTHON); the pandas test will fail" >&2
  fi
fi

# --- build ------------------------------------------------------------------------------------
if ! dotnet build CampaignSim.sln -c Release; then
  echo "test.sh: build failed" >&2
  finish 1
fi

# --- generated code check (added by the Wolverine host project) ------------------------------
if [[ -x scripts/check-codegen.sh ]]; then
  if ! scripts/check-codegen.sh; then
    echo "test.sh: scripts/check-codegen.sh failed" >&2
    finish 1
  fi
fi

# --- tests ------------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
rm -f "$RESULTS_DIR"/*.trx
marker="$(mktemp)"
log="$(mktemp)"
trap 'rm -f "$marker" "$log"; cleanup' EXIT

dotnet test CampaignSim.sln -c Release --no-build \
  --report-xunit-trx --results-directory "$RESULTS_DIR" "$@" 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}

# Sum the <Counters .../> of every TRX written by this run (one per test assembly).
trx_files=()
while IFS= read -r -d '' f; do trx_files+=("$f"); done \
  < <(find "$RESULTS_DIR" -name '*.trx' -newer "$marker" -print0)

counter() { # counter NAME FILE -> that attribute of the file's <Counters .../> element (0 if absent)
  local v
  v="$(grep -o '<Counters [^>]*>' "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+')"
  echo "${v:-0}"
}
trx_passed=0 trx_failed=0 trx_skipped=0
for f in ${trx_files[@]+"${trx_files[@]}"}; do
  trx_passed=$((trx_passed + $(counter passed "$f")))
  trx_failed=$((trx_failed + $(counter failed "$f") + $(counter error "$f") + $(counter timeout "$f") + $(counter aborted "$f")))
  trx_skipped=$((trx_skipped + $(counter notExecuted "$f")))
done

# dotnet test's own totals ("Test run summary:" block), as a cross-check.
summary_value() {
  sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$log" | sed -n '/^Test run summary:/,$p' \
    | grep -o "^ *$1: *[0-9]\+" | grep -o '[0-9]\+' | tail -n 1
}
con_passed="$(summary_value succeeded)" con_failed="$(summary_value failed)" con_skipped="$(summary_value skipped)"
con_passed="${con_passed:-0}" con_failed="${con_failed:-0}" con_skipped="${con_skipped:-0}"

# The TRX reports (one per test assembly) are the primary source. Should one be missing (a test
# host that crashed before writing it) the console totals are larger: use those then.
if (( ${#trx_files[@]} > 0 && trx_passed + trx_failed + trx_skipped >= con_passed + con_failed + con_skipped )); then
  passed=$trx_passed failed=$trx_failed skipped=$trx_skipped
else
  (( ${#trx_files[@]} > 0 )) && echo "test.sh: the TRX reports count fewer tests than dotnet test's summary; using the summary" >&2
  passed=$con_passed failed=$con_failed skipped=$con_skipped
fi
if (( passed != con_passed || failed != con_failed || skipped != con_skipped )); then
  echo "test.sh: note: dotnet test's summary said $con_passed passed, $con_failed failed, $con_skipped skipped" >&2
fi

rc=0
if (( test_rc != 0 )); then
  echo "test.sh: dotnet test exited with $test_rc" >&2
  rc=1
fi
if (( failed > 0 )); then rc=1; fi
if (( passed + failed == 0 )); then
  echo "test.sh: no test ran" >&2
  rc=1
fi
finish "$rc"
