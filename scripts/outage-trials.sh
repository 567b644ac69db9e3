#!/usr/bin/env bash
# Outage trials by hand: stops PostgreSQL under a running 'compare --db' and checks how the comparison ends.
#
#   bash scripts/outage-trials.sh [TRIALS [OUTAGE_SECONDS [RUNS [SEED]]]]      (defaults 20 3 300 302)
#
# Starts a server of its own with scripts/pg-throwaway.sh (in a temporary folder, removed at the end; set
# CAMPAIGNSIM_PG_PORT to keep it off the ports other throwaway servers on the machine use). Each trial
# makes a new database, runs 'campaignsim compare nonunion-diner --runs RUNS --seed SEED --db …', stops the server
# with pg_ctl -m immediate once a sixth of the runs is recorded (150 of 900 by default), starts it again
# OUTAGE_SECONDS later on the same port, and waits up to 180 s for the command to end. A trial passes when the
# command ended with exit 0 and every run is recorded once with its stream and read models, or ended with exit 2
# and the same command then finishes so. A trial notes when the server did not start again, or when another server
# answers on the port after the restart. The built CLI is taken from src/CampaignSim.Cli/bin/Release/net10.0 (set
# CAMPAIGNSIM_DLL to use another). The last line is "N passed, N failed"; the exit code is non-zero when a trial
# failed. docs/event-store.md says what an outage does.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRIALS="${1:-20}" OUTAGE="${2:-3}" RUNS="${3:-300}" SEED="${4:-302}"
DLL="${CAMPAIGNSIM_DLL:-$REPO_ROOT/src/CampaignSim.Cli/bin/Release/net10.0/campaignsim.dll}"
[[ -f "$DLL" ]] || { echo "outage-trials: $DLL is not built (dotnet build CampaignSim.sln -c Release)" >&2; exit 1; }
command -v psql >/dev/null || { echo "outage-trials: psql is needed (apt-get install postgresql-client)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/campaignsim-outage-trials.XXXXXX)"
PG="$WORK/pg"
trap 'bash "$REPO_ROOT/scripts/pg-throwaway.sh" stop "$PG" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
server="$(bash "$REPO_ROOT/scripts/pg-throwaway.sh" start "$PG" 2>/dev/null)" || { echo "outage-trials: could not start PostgreSQL" >&2; exit 1; }
port="$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$server")"
sql() { psql "host=127.0.0.1 port=$port user=postgres dbname=$1" -Atqc "$2" 2>/dev/null; }
identity="$(sql postgres "select system_identifier from pg_control_system()")"
models=3
expected=$((models * RUNS))
passed=0 failed=0

for t in $(seq 1 "$TRIALS"); do
  db="trial_$t"
  sql postgres "create database $db" >/dev/null
  cs="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres"
  args=(compare nonunion-diner --runs "$RUNS" --seed "$SEED" --db "$cs")
  begin=$SECONDS
  dotnet "$DLL" "${args[@]}" >"$WORK/out.$t" 2>"$WORK/err.$t" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    [[ "$(sql "$db" "select count(*) from campaignsim.mt_events where type = 'run-recorded'")" -ge $((expected / 6)) ]] 2>/dev/null && break
    sleep 0.05
  done
  at="$(sql "$db" "select count(*) from campaignsim.mt_events where type = 'run-recorded'")"
  bash "$REPO_ROOT/scripts/pg-throwaway.sh" crash "$PG" >/dev/null 2>&1
  sleep "$OUTAGE"
  resumed="$(bash "$REPO_ROOT/scripts/pg-throwaway.sh" resume "$PG" 2>&1)" || echo "    the server did not start again: $(tail -n 1 <<<"$resumed")"
  # On a shared machine another throwaway server can take the port while ours is stopped: say so, as that
  # trial then measures the other server, not an outage.
  [[ "$(sql postgres "select system_identifier from pg_control_system()")" == "$identity" ]] \
    || echo "    the server answering on port $port after the restart is not the one stopped (another took the port)"
  back=$SECONDS
  rc=hung
  for _ in $(seq 1 1800); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; rc=$?; break; fi
    sleep 0.1
  done
  [[ "$rc" == hung ]] && { kill -TERM "$pid"; wait "$pid"; }
  ended=$((SECONDS - back))
  if [[ "$rc" == 2 ]]; then
    dotnet "$DLL" "${args[@]}" >"$WORK/again.$t" 2>&1; again=$?
  fi
  counts="$(sql "$db" "select (select count(*) from campaignsim.mt_events where type = 'run-recorded') || ' ' ||
    (select count(distinct data ->> 'runId') from campaignsim.mt_events where type = 'run-recorded') || ' ' ||
    (select count(*) from campaignsim.mt_events where type = 'campaign-started') || ' ' ||
    (select count(*) from campaignsim.mt_doc_runoutcome)")"
  read -r recorded distinct streams outcomes <<<"$counts"
  ok=0
  if [[ "$rc" == 0 || ( "$rc" == 2 && "${again:-1}" == 0 ) ]] && [[ "$recorded" == "$expected" && "$distinct" == "$expected" && "$streams" == "$expected" && "$outcomes" == "$expected" ]]; then
    ok=1
  fi
  if (( ok )); then passed=$((passed + 1)); verdict=ok; else failed=$((failed + 1)); verdict=FAILED; fi
  echo "trial $t: stopped at $at of $expected recorded for ${OUTAGE}s; exit $rc ${ended}s after the restart ($((SECONDS - begin))s in all); recorded $recorded, distinct $distinct, streams $streams, outcome documents $outcomes: $verdict"
  (( ok )) || tail -n 3 "$WORK/err.$t" | tr '\r' '\n' | tail -n 2 | sed 's/^/    /'
  unset again
  sql postgres "drop database $db with (force)" >/dev/null
done
echo "$passed passed, $failed failed"
(( failed == 0 ))
