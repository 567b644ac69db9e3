#!/usr/bin/env bash
# The command line's marginal cost of a run on every shipped scenario, model by model, per worker-week
# (docs/performance.md, "The engine by shipped scenario").
#
#   bash scripts/speed-by-scenario.sh [ROUNDS]
#   SHORT=1200 LONG=3200 bash scripts/speed-by-scenario.sh     (further past the JIT's tiering)
#
# For each scenario in scenarios/ and each organizing model that applies to it, the user + system CPU seconds of
# `campaignsim compare SCENARIO --models X --runs LONG --threads 1` minus those of `--runs SHORT` (default 1200 and
# 200), over LONG − SHORT runs: start-up and the report cancel out, what is left is simulating a run and its share of
# the summary. Worker-weeks are the scenario's workers (all its workplaces) times its weeks, read from the command's
# own header. A model the command refuses for the scenario (not applicable) is listed as such.
set -euo pipefail

rounds=${1:-1}
short_runs=${SHORT:-200}
long_runs=${LONG:-1200}
(( long_runs > short_runs )) || { echo "speed-by-scenario: LONG ($long_runs) must exceed SHORT ($short_runs)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
models=(business-unionism militant-mainstream caucus-electoral caucus-grassroots hybrid-dual-card independent-solidarity)

echo "building the command line…" >&2
dotnet build "$root/src/CampaignSim.Cli" -c Release >/dev/null
cli="$root/src/CampaignSim.Cli/bin/Release/net10.0/campaignsim.dll"

cpu() { # user + system CPU seconds of one command; empty when it fails
  if /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err"; then awk '{print $1 + $2}' "$work/time"; fi
}

echo "| round | scenario | worker-weeks a run | model | ms CPU a run | M worker-weeks/s |"
echo "|---:|---|---:|---|---:|---:|"
for ((r = 1; r <= rounds; r++)); do
  for file in "$root"/scenarios/*.yaml; do
    name=$(basename "$file" .yaml)
    header=$(dotnet "$cli" compare "$name" --runs 1 --threads 1 | sed -n 2p)
    workers=$(grep -o '([0-9,]* workers)' <<<"$header" | tr -d '(),' | awk '{s += $1} END {print s}')
    weeks=$(grep -o 'over [0-9]* weeks' <<<"$header" | awk '{print $2}')
    ww=$((workers * weeks))
    for m in "${models[@]}"; do
      short=$(cpu dotnet "$cli" compare "$name" --models "$m" --runs "$short_runs" --threads 1)
      if [[ -z $short ]]; then
        echo "| $r | $name | $ww | $m | not applicable | |"
        continue
      fi
      long=$(cpu dotnet "$cli" compare "$name" --models "$m" --runs "$long_runs" --threads 1)
      awk -v r="$r" -v s="$name" -v ww="$ww" -v m="$m" -v a="$short" -v b="$long" -v n="$((long_runs - short_runs))" 'BEGIN {
        ms = (b - a) * 1000 / n; printf "| %d | %s | %d | %s | %.2f | %.1f |\n", r, s, ww, m, ms, ww / (ms / 1000) / 1e6 }'
    done
  done
done
