#!/usr/bin/env bash
# Load benchmark (not a test): HcsBot answer turns vs a bare echo bot, side by side in one run, on Azurite.
# Usage: bench/load-bench.sh [--learners N] [--turns M]
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
ensure_node_packages
dotnet build bench/HcsBot.Bench.Load -c Release -nologo -v quiet -clp:ErrorsOnly
WORK="$(mktemp -d)"; PORT="$(free_port)"
AZ_PID="$(start_azurite "$PORT" "$WORK/azurite" "$WORK/azurite.log")"
trap 'kill -TERM -- "-$AZ_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_for "Azurite" 30 port_in_use "$PORT"
HCSBOT_TEST_STORAGE="$(azurite_connection_string "$PORT")" dotnet bench/HcsBot.Bench.Load/bin/Release/net10.0/HcsBot.Bench.Load.dll "$@"
