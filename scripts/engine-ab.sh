#!/usr/bin/env bash
# Two builds of the engine side by side in one process (docs/performance.md, "A second pass with the same streams").
#
#   bash scripts/engine-ab.sh REV_A [REV_B] [MODELS] [BLOCKS] [RUNS]
#
# REV_A and REV_B are git revisions of this repository (REV_B defaults to the working tree, "."). Each is exported to a
# temporary folder and built with benchmarks/CampaignSim.EngineAB from the working tree (copied into it, so that a
# revision from before the harness existed can be measured). The harness then loads both builds into one process and
# alternates blocks of RUNS engine runs (default 150) of the default 200-worker workplace, BLOCKS of each (default 40),
# for each of MODELS (comma-separated; default all six), reading the thread's CPU time. It prints a table: each build's
# best block in µs a run and the median ratio B ÷ A over matched blocks. Alternating in one process is steadier than
# timing two command lines one after the other, whose runs swing by a fifth on a shared two-core machine.
set -euo pipefail

rev_a=${1:?usage: engine-ab.sh REV_A [REV_B] [MODELS] [BLOCKS] [RUNS]}
rev_b=${2:-.}
models=${3:-business-unionism,militant-mainstream,caucus-electoral,caucus-grassroots,hybrid-dual-card,independent-solidarity}
blocks=${4:-40}
runs=${5:-150}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
  local rev=$1 name=$2 tree
  if [[ $rev == . ]]; then
    tree=$root
  else
    tree=$work/tree-$name
    mkdir -p "$tree"
    git -C "$root" archive "$rev" | tar -x -C "$tree"
    rm -rf "$tree/benchmarks/CampaignSim.EngineAB"
    mkdir -p "$tree/benchmarks"
    cp -r "$root/benchmarks/CampaignSim.EngineAB" "$tree/benchmarks/"
    rm -rf "$tree/benchmarks/CampaignSim.EngineAB/bin" "$tree/benchmarks/CampaignSim.EngineAB/obj"
  fi
  echo "building $name ($rev)…" >&2
  dotnet build "$tree/benchmarks/CampaignSim.EngineAB" -c Release -o "$work/$name" -v q >/dev/null
}

build "$rev_a" a
build "$rev_b" b
echo "A = $rev_a, B = $rev_b; $blocks blocks of $runs runs each, alternating" >&2
dotnet "$work/b/CampaignSim.EngineAB.dll" ab "$work/a" "$work/b" "$models" "$blocks" "$runs"
