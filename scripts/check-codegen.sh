#!/usr/bin/env bash
# Fails when the committed Wolverine handler code is stale.
#
# Wolverine 6 has no runtime compiler: CampaignSim.EventStore runs its handlers in TypeLoadMode.Static from code
# pre-generated into src/CampaignSim.EventStore/Internal/Generated. A handler added or changed without
# regenerating would be silently missing at run time, so CI regenerates the code into a temporary directory and
# compares it with the committed files (new, missing or changed files all fail).
#
#   bash scripts/check-codegen.sh          check (builds the codegen host once, Release, incremental)
#   bash scripts/check-codegen.sh --write  regenerate the committed files instead
#
# The codegen host needs no database.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

GENERATED="src/CampaignSim.EventStore/Internal/Generated"
HOST_PROJECT="src/CampaignSim.Host/CampaignSim.Host.csproj"
HOST_DLL="src/CampaignSim.Host/bin/Release/net10.0/CampaignSim.Host.dll"

if ! build_log="$(dotnet build "$HOST_PROJECT" -c Release 2>&1)"; then
  echo "$build_log" >&2
  echo "check-codegen: building $HOST_PROJECT failed" >&2
  exit 1
fi

if [[ "${1:-}" == "--write" ]]; then
  rm -rf "$GENERATED"
  CAMPAIGNSIM_CODEGEN_OUTPUT="$REPO_ROOT/$GENERATED" dotnet "$HOST_DLL" codegen write >/dev/null
  echo "check-codegen: regenerated $GENERATED"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! codegen_log="$(CAMPAIGNSIM_CODEGEN_OUTPUT="$tmp" dotnet "$HOST_DLL" codegen write 2>&1)"; then
  echo "$codegen_log" >&2
  echo "check-codegen: codegen write failed" >&2
  exit 1
fi

if ! diff -r -u "$GENERATED" "$tmp" >"$tmp.diff" 2>&1; then
  cat "$tmp.diff" >&2
  rm -f "$tmp.diff"
  echo "check-codegen: $GENERATED is stale. Run: bash scripts/check-codegen.sh --write (and commit the result)" >&2
  exit 1
fi
rm -f "$tmp.diff"
echo "check-codegen: $GENERATED is up to date"
