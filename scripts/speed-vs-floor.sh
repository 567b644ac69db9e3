#!/usr/bin/env bash
# The engine's speed beside a hand-written floor, in one sitting (docs/performance.md, "Engine beside a hand-written floor").
#
#   bash scripts/speed-vs-floor.sh FLOOR_DIR [ROUNDS] [MODELS]
#   SHORT=1200 LONG=5200 bash scripts/speed-vs-floor.sh FLOOR_DIR …   (the steady state: past the JIT's tiering)
#   IN_PROCESS=1 bash scripts/speed-vs-floor.sh FLOOR_DIR [BLOCKS] [MODELS]   (the engine alone, in one process)
#
# FLOOR_DIR: a C# console project that takes "WORKERS WEEKS RUNS" and prints a line containing "N worker-weeks/s" (a
# hand-written version of a much simpler toy campaign over flat arrays, kept outside this repository). It is copied to a
# temporary folder and built there. ROUNDS (default 3) alternate the floor and the engine so that both see the same
# machine. MODELS (default the five that apply to a workplace without a union, comma-separated) are timed one at a time.
#
# The engine's figure is the command line's marginal cost of a run on one thread: the user + system CPU seconds of
# `campaignsim compare SCENARIO --models X --runs LONG --threads 1` minus those of `--runs SHORT` (default 1200 and 200),
# over LONG − SHORT runs, where SCENARIO is one 200-worker workplace with every setting at its default over 104 weeks.
# Start-up and the report cancel out; what is left is simulating a run, its outcome and its share of the summary. With
# the defaults, the runtime's background recompiling of hot methods at the optimising tier, which goes on through the
# first thousand runs or so, falls mostly in the difference; SHORT=1200 LONG=5200 measures past it.
#
# IN_PROCESS=1 measures the engine alone instead: benchmarks/CampaignSim.EngineAB loads the floor's build and calls it on
# the same thread as the engine's runs of the same workplace (`CampaignSim.EngineAB floor`), alternating BLOCKS (default
# 20) blocks of 150 runs of each and reading the thread's CPU time, with the runtime's default settings for both. Two
# command lines timed one after the other swing by a tenth or more on a shared machine; this swings by about a hundredth.
set -euo pipefail

floor_src=${1:?usage: speed-vs-floor.sh FLOOR_DIR [ROUNDS] [MODELS]}
rounds=${2:-3}   # with IN_PROCESS=1: blocks of each
[[ ${IN_PROCESS:-0} == 1 && -z ${2:-} ]] && rounds=20
# Caucus electoralism does not apply to the floor's workplace (no union, so no officer election): the command refuses it.
models=${3:-business-unionism,militant-mainstream,caucus-grassroots,hybrid-dual-card,independent-solidarity}
short_runs=${SHORT:-200}
long_runs=${LONG:-1200}
(( long_runs > short_runs )) || { echo "speed-vs-floor: LONG ($long_runs) must exceed SHORT ($short_runs)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -d $floor_src ]] || { echo "speed-vs-floor: $floor_src is not a folder" >&2; exit 2; }
cp -r "$floor_src" "$work/floor"
project=$(ls "$work"/floor/*.csproj | head -1)
echo "building the floor ($project) and the command line…" >&2
dotnet build "$project" -c Release -o "$work/floor-bin" >/dev/null
dotnet build "$root/src/CampaignSim.Cli" -c Release >/dev/null
floor_dll="$work/floor-bin/$(basename "${project%.csproj}").dll"

if [[ ${IN_PROCESS:-0} == 1 ]]; then
  dotnet build "$root/benchmarks/CampaignSim.EngineAB" -c Release -o "$work/engine-ab" >/dev/null
  dotnet "$work/engine-ab/CampaignSim.EngineAB.dll" floor "$floor_dll" "$models" "$rounds" 150
  exit 0
fi
cli="$root/src/CampaignSim.Cli/bin/Release/net10.0/campaignsim.dll"

cat >"$work/default200.yaml" <<'YAML'
schema: 1
name: Default 200-worker workplace
weeks: 104
workplaces:
  - id: w
    name: Workplace
    workers: 200
YAML

cpu() { # user + system CPU seconds of one command
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{print $1 + $2}' "$work/time"
}

echo "| round | floor, M worker-weeks/s | model | engine, ms CPU a run | engine, M worker-weeks/s | engine ÷ floor |"
echo "|---:|---:|---|---:|---:|---:|"
for ((r = 1; r <= rounds; r++)); do
  floor_line=$(dotnet "$floor_dll" 200 104 3000)
  floor=$(grep -o '[0-9,]* worker-weeks/s' <<<"$floor_line" | tr -d ',' | awk '{printf "%.1f", $1 / 1e6}')
  IFS=, read -ra list <<<"$models"
  for m in "${list[@]}"; do
    short=$(cpu dotnet "$cli" compare "$work/default200.yaml" --models "$m" --runs "$short_runs" --threads 1)
    long=$(cpu dotnet "$cli" compare "$work/default200.yaml" --models "$m" --runs "$long_runs" --threads 1)
    awk -v r="$r" -v f="$floor" -v m="$m" -v a="$short" -v b="$long" -v n="$((long_runs - short_runs))" 'BEGIN {
      ms = (b - a) * 1000 / n; mww = 200 * 104 / (ms / 1000) / 1e6;
      printf "| %d | %s | %s | %.2f | %.1f | %.2f |\n", r, f, m, ms, mww, mww / f }'
  done
done
