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
# 6. dotnet test CampaignSim.sln -c Release --no-build in two stages, with TRX reports in
#    TestResults/normal/ and TestResults/fault-injection/: first every test without the xunit trait
#    Stage=FaultInjection, then those with it, stopped after CAMPAIGNSIM_FAULT_TIMEOUT seconds
#    (default 600; a stage stopped so counts as a failed test).
# 7. Last line: "N passed, N failed" (", N skipped" when some were skipped), summed over both stages
#    and all test assemblies from the TRX reports. Exits non-zero if the build, codegen check or any
#    test failed, if a stage was stopped by its timeout, or if a stage ran no test.
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

# --- tests, in two stages ---------------------------------------------------------------------
# 1. every test without the xunit trait Stage=FaultInjection;
# 2. the fault-injection tests (links and look-alike folders beside --out for every command that
#    writes one, a database stopped for 1, 3 and 10 s under compare --db and --distributed, the
#    page's cross-site and Host checks), under `timeout`: a stage that hangs is stopped after
#    CAMPAIGNSIM_FAULT_TIMEOUT seconds (default 600) and counted as a failure.
# Each stage writes its TRX reports to its own folder under TestResults/; the last line sums both.
FAULT_TRAIT="Stage=FaultInjection"
FAULT_TIMEOUT="${CAMPAIGNSIM_FAULT_TIMEOUT:-600}"
mkdir -p "$RESULTS_DIR"
rm -f "$RESULTS_DIR"/*.trx
rm -rf "$RESULTS_DIR/normal" "$RESULTS_DIR/fault-injection"
log="$(mktemp)"
trap 'rm -f "$log"; cleanup' EXIT
rc=0

counter() { # counter NAME FILE -> that attribute of the file's <Counters .../> element (0 if absent)
  local v
  v="$(grep -o '<Counters [^>]*>' "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+')"
  echo "${v:-0}"
}

# dotnet test's own totals ("Test run summary:" block) in $log, as a cross-check.
summary_value() {
  sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$log" | sed -n '/^Test run summary:/,$p' \
    | grep -o "^ *$1: *[0-9]\+" | grep -o '[0-9]\+' | tail -n 1
}

# run_stage NAME FOLDER TIMEOUT_SECONDS|0 [dotnet test args...]: runs one stage and adds its counts
# to passed/failed/skipped.
run_stage() {
  local name="$1" dir="$RESULTS_DIR/$2" limit="$3"
  shift 3
  local -a runner=()
  (( limit > 0 )) && runner=(timeout --kill-after=30 "$limit")
  echo "test.sh: stage '$name'"
  mkdir -p "$dir"
  ${runner[@]+"${runner[@]}"} dotnet test CampaignSim.sln -c Release --no-build \
    --report-xunit-trx --results-directory "$dir" "$@" 2>&1 | tee "$log"
  local test_rc=${PIPESTATUS[0]}

  # Sum the <Counters .../> of every TRX the stage wrote (one per test assembly that ran tests).
  local -a trx_files=()
  local f
  while IFS= read -r -d '' f; do trx_files+=("$f"); done < <(find "$dir" -name '*.trx' -print0)
  local trx_passed=0 trx_failed=0 trx_skipped=0
  for f in ${trx_files[@]+"${trx_files[@]}"}; do
    trx_passed=$((trx_passed + $(counter passed "$f")))
    trx_failed=$((trx_failed + $(counter failed "$f") + $(counter error "$f") + $(counter timeout "$f") + $(counter aborted "$f")))
    trx_skipped=$((trx_skipped + $(counter notExecuted "$f")))
  done

  local con_passed con_failed con_skipped
  con_passed="$(summary_value succeeded)" con_failed="$(summary_value failed)" con_skipped="$(summary_value skipped)"
  con_passed="${con_passed:-0}" con_failed="${con_failed:-0}" con_skipped="${con_skipped:-0}"

  # The TRX reports are the primary source. Should one be missing (a test host that crashed before
  # writing it) the console totals are larger: use those then.
  local p f_ s
  if (( ${#trx_files[@]} > 0 && trx_passed + trx_failed + trx_skipped >= con_passed + con_failed + con_skipped )); then
    p=$trx_passed f_=$trx_failed s=$trx_skipped
  else
    (( ${#trx_files[@]} > 0 )) && echo "test.sh: the TRX reports of stage '$name' count fewer tests than dotnet test's summary; using the summary" >&2
    p=$con_passed f_=$con_failed s=$con_skipped
  fi
  if (( p != con_passed || f_ != con_failed || s != con_skipped )); then
    echo "test.sh: note: dotnet test's summary of stage '$name' said $con_passed passed, $con_failed failed, $con_skipped skipped" >&2
  fi

  if (( limit > 0 && (test_rc == 124 || test_rc == 137) )); then
    # Stopped by timeout: whatever did not report is unknown, so the stage counts one failure more.
    echo "test.sh: stage '$name' did not finish within $limit s and was stopped" >&2
    f_=$((f_ + 1))
    rc=1
  elif (( test_rc != 0 )); then
    echo "test.sh: dotnet test exited with $test_rc in stage '$name'" >&2
    rc=1
  fi
  if (( p + f_ == 0 )); then
    echo "test.sh: no test ran in stage '$name'" >&2
    rc=1
  fi
  local line="$p passed, $f_ failed"
  (( s > 0 )) && line+=", $s skipped"
  echo "test.sh: stage '$name': $line"
  passed=$((passed + p)) failed=$((failed + f_)) skipped=$((skipped + s))
}

# Exit code 8 is a test assembly in which the filter leaves no test; most have no fault-injection test.
run_stage "tests" normal 0 --filter-not-trait "$FAULT_TRAIT" --ignore-exit-code 8 "$@"
run_stage "fault injection" fault-injection "$FAULT_TIMEOUT" --filter-trait "$FAULT_TRAIT" --ignore-exit-code 8 "$@"

if (( failed > 0 )); then rc=1; fi
finish "$rc"
