#!/usr/bin/env bash
# kill -9 trials by hand: kills a running 'compare --db … --out' and checks that the same command resumes it exactly.
#
#   bash scripts/kill-trials.sh [TRIALS [RUNS [SEED]]]      (defaults 15 150 302)
#
# Starts a server of its own with scripts/pg-throwaway.sh (in a temporary folder, removed at the end; set
# CAMPAIGNSIM_PG_PORT to keep it off the ports other throwaway servers on the machine use). It first writes the
# in-memory output of 'campaignsim compare nonunion-diner --runs RUNS --seed SEED --out memory'. Each trial makes a
# new database, starts the same command with '--db …' and '--out stored', kills it with SIGKILL once a quarter, a
# half or three quarters of the runs are recorded (in turn), and runs the same command again. A trial passes when
# the second command ends with exit 0, its runs.csv and summary.json are byte-identical to the in-memory ones, every
# run is recorded once with its stream and outcome document, and no staging entry (.campaignsim-*) is left beside
# the output folder. The built CLI is taken from src/CampaignSim.Cli/bin/Release/net10.0 (set CAMPAIGNSIM_DLL to use
# another). The last line is "N passed, N failed"; the exit code is non-zero when a trial failed.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRIALS="${1:-15}" RUNS="${2:-150}" SEED="${3:-302}"
DLL="${CAMPAIGNSIM_DLL:-$REPO_ROOT/src/CampaignSim.Cli/bin/Release/net10.0/campaignsim.dll}"
[[ -f "$DLL" ]] || { echo "kill-trials: $DLL is not built (dotnet build CampaignSim.sln -c Release)" >&2; exit 1; }
command -v psql >/dev/null || { echo "kill-trials: psql is needed (apt-get install postgresql-client)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/campaignsim-kill-trials.XXXXXX)"
PG="$WORK/pg"
trap 'bash "$REPO_ROOT/scripts/pg-throwaway.sh" stop "$PG" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
server="$(bash "$REPO_ROOT/scripts/pg-throwaway.sh" start "$PG" 2>/dev/null)" || { echo "kill-trials: could not start PostgreSQL" >&2; exit 1; }
port="$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$server")"
sql() { psql "host=127.0.0.1 port=$port user=postgres dbname=$1" -Atqc "$2" 2>/dev/null; }
models=3
expected=$((models * RUNS))
compare=(compare nonunion-diner --runs "$RUNS" --seed "$SEED")
passed=0 failed=0

(cd "$WORK" && dotnet "$DLL" "${compare[@]}" --out memory >/dev/null 2>"$WORK/memory.err") \
  || { echo "kill-trials: the in-memory comparison failed:" >&2; cat "$WORK/memory.err" >&2; exit 1; }

for t in $(seq 1 "$TRIALS"); do
  db="trial_$t"
  sql postgres "create database $db" >/dev/null
  cs="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres"
  dir="$WORK/t$t"
  mkdir -p "$dir"
  args=("${compare[@]}" --db "$cs" --out stored)
  quarter=$(( (t - 1) % 3 + 1 ))
  (cd "$dir" && exec dotnet "$DLL" "${args[@]}" >"$dir/first.out" 2>"$dir/first.err") &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    [[ "$(sql "$db" "select count(*) from campaignsim.mt_events where type = 'run-recorded'")" -ge $((expected * quarter / 4)) ]] 2>/dev/null && break
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; first=$?
  at="$(sql "$db" "select count(*) from campaignsim.mt_events where type = 'run-recorded'")"
  (cd "$dir" && dotnet "$DLL" "${args[@]}" >"$dir/again.out" 2>"$dir/again.err"); again=$?
  counts="$(sql "$db" "select (select count(*) from campaignsim.mt_events where type = 'run-recorded') || ' ' ||
    (select count(distinct data ->> 'runId') from campaignsim.mt_events where type = 'run-recorded') || ' ' ||
    (select count(*) from campaignsim.mt_events where type = 'campaign-started') || ' ' ||
    (select count(*) from campaignsim.mt_doc_runoutcome)")"
  read -r recorded distinct streams outcomes <<<"$counts"
  same=no
  cmp -s "$WORK/memory/runs.csv" "$dir/stored/runs.csv" && cmp -s "$WORK/memory/summary.json" "$dir/stored/summary.json" && same=yes
  left="$(find "$dir" -maxdepth 1 -name '.campaignsim-*' | wc -l)"
  ok=0
  if [[ "$first" == 137 && "$again" == 0 && "$same" == yes && "$left" == 0 ]] \
     && [[ "$recorded" == "$expected" && "$distinct" == "$expected" && "$streams" == "$expected" && "$outcomes" == "$expected" ]]; then
    ok=1
  fi
  if (( ok )); then passed=$((passed + 1)); verdict=ok; else failed=$((failed + 1)); verdict=FAILED; fi
  echo "trial $t: killed (exit $first) at ${at:-?} of $expected recorded; resumed with exit $again; files identical to in-memory: $same; recorded $recorded, distinct $distinct, streams $streams, outcome documents $outcomes; staging entries left $left: $verdict"
  (( ok )) || tail -n 2 "$dir/again.err" | sed 's/^/    /'
  sql postgres "drop database $db with (force)" >/dev/null
done
echo "$passed passed, $failed failed"
(( failed == 0 ))
