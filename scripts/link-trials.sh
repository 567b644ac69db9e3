#!/usr/bin/env bash
# Link and look-alike trials by hand: for every command with --out, plants links at the hidden staging names beside
# --out that point at an earlier output (a), and real folders that merely have such names, then runs the command and
# checks that nothing outside --out changed.
#
#   bash scripts/link-trials.sh CONNECTION      (CONNECTION: a PostgreSQL connection string, for 'replay')
#
# For each of compare, whatif, run, sweep, sensitivity, calibrate and replay, in a new temporary folder:
#   1. a/results is written by 'compare nonunion-diner --runs 2 --out results', and a/mine.txt is a user's file;
#   2. b/ gets links .campaignsim-<id>.old and .campaignsim-<id>.partial to a/results (ids of 32 hex digits, as
#      the issue that found the defect used), a link .campaignsim-<id>.lock to a/results/report.md, and real folders
#      .campaignsim-<id>.partial/user.txt and .notes.<pid>-<id>.partial/user.txt;
#   3. the command runs in b/ with '--out out'.
# A trial passes when the command ends with exit 0, b/out/campaignsim-files.sha256 checks with sha256sum -c, and
# every entry of a/ and of b/ outside b/out is as before (a listing of types, link targets and SHA-256 of files).
# The built CLI is taken from src/CampaignSim.Cli/bin/Release/net10.0 (set CAMPAIGNSIM_DLL to use another). The last
# line is "N passed, N failed".
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB="${1:?usage: bash scripts/link-trials.sh CONNECTION}"
DLL="${CAMPAIGNSIM_DLL:-$REPO_ROOT/src/CampaignSim.Cli/bin/Release/net10.0/campaignsim.dll}"
[[ -f "$DLL" ]] || { echo "link-trials: $DLL is not built (dotnet build CampaignSim.sln -c Release)" >&2; exit 1; }
cs() { dotnet "$DLL" "$@"; }
WORK="$(mktemp -d /tmp/campaignsim-link-trials.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

stored="$(cd "$WORK" && cs compare nonunion-diner --runs 2 --db "$DB" --store outcomes 2>/dev/null | sed -n 's/^Stored as comparison \([0-9a-f]*\) .*/\1/p')"
[[ -n "$stored" ]] || { echo "link-trials: could not store a comparison for replay in $DB" >&2; exit 1; }

# listing DIR [SKIP]: every entry under DIR with its type, link target or SHA-256, never following a link.
listing() {
  (cd "$1" && find . -path "./${2:-.no-such-entry}" -prune -o -printf '%p %y %l\n' | sort | while read -r path type target; do
    if [[ "$type" == f ]]; then echo "$path f $(sha256sum <"$path" | cut -c1-64)"; else echo "$path $type $target"; fi
  done)
}

passed=0 failed=0
for verb in compare whatif run sweep sensitivity calibrate replay; do
  case "$verb" in
    compare) args=(compare nonunion-diner --runs 2) ;;
    whatif) args=(whatif nonunion-diner --set weeks=30 --runs 2) ;;
    run) args=(run nonunion-diner --model independent-solidarity) ;;
    sweep) args=(sweep nonunion-diner --param weeks=20,30 --runs 2) ;;
    sensitivity) args=(sensitivity nonunion-diner --trajectories 2 --runs 2) ;;
    calibrate) args=(calibrate --runs 10) ;;
    replay) args=(replay "$stored" --db "$DB") ;;
  esac
  t="$WORK/$verb"
  mkdir -p "$t/a" "$t/b"
  (cd "$t/a" && cs compare nonunion-diner --runs 2 --out results >/dev/null 2>&1) || { echo "$verb: could not write a/results"; failed=$((failed + 1)); continue; }
  echo "years of work" >"$t/a/mine.txt"
  ln -s "$t/a/results" "$t/b/.campaignsim-00000000000000000000000000000000.old"
  ln -s "$t/a/results" "$t/b/.campaignsim-3123456789abcdef0123456789abcdef.partial"
  ln -s "$t/a/results/report.md" "$t/b/.campaignsim-4123456789abcdef0123456789abcdef.lock"
  mkdir -p "$t/b/.campaignsim-5123456789abcdef0123456789abcdef.partial" "$t/b/.notes.987654321-6123456789abcdef0123456789abcdef.partial"
  echo mine >"$t/b/.campaignsim-5123456789abcdef0123456789abcdef.partial/user.txt"
  echo "mine too" >"$t/b/.notes.987654321-6123456789abcdef0123456789abcdef.partial/user.txt"
  before_a="$(listing "$t/a")" before_b="$(listing "$t/b" out)"
  (cd "$t/b" && cs "${args[@]}" --out out >"$t/out.txt" 2>"$t/err.txt"); rc=$?
  checked=no
  (cd "$t/b/out" 2>/dev/null && sha256sum --quiet -c campaignsim-files.sha256 >/dev/null 2>&1) && checked=yes
  same_a=no same_b=no
  [[ "$(listing "$t/a")" == "$before_a" ]] && same_a=yes
  [[ "$(listing "$t/b" out)" == "$before_b" ]] && same_b=yes
  if [[ "$rc" == 0 && "$checked" == yes && "$same_a" == yes && "$same_b" == yes ]]; then
    passed=$((passed + 1)); verdict=ok
  else
    failed=$((failed + 1)); verdict=FAILED
  fi
  echo "$verb: exit $rc; out/ checks with sha256sum: $checked; a/ unchanged: $same_a; b/ outside out/ unchanged: $same_b: $verdict"
  [[ "$verdict" == ok ]] || tail -n 2 "$t/err.txt" | sed 's/^/    /'
done
echo "$passed passed, $failed failed"
(( failed == 0 ))
