#!/usr/bin/env bash
# Builds and runs every test: the .NET suites (unit, Azurite-backed storage, bot turns over HTTP,
# deployment checks) and the end-to-end test in the Agents Playground in headless Chromium.
# Starts and stops its own Azurite on a free port. Ends with one line: "Tests: N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

require dotnet "Install the .NET 10 SDK."
require node "Install Node.js 20 or later."
require python3 "It is used to find free ports."

ensure_node_packages || exit 1
if [ -x tests/HcsBot.Deploy.Tests/prepare.sh ]; then tests/HcsBot.Deploy.Tests/prepare.sh || exit 1; fi

echo "Building..."
dotnet build HcsBot.sln -nologo -v quiet -clp:ErrorsOnly || { echo "Tests: 0 passed, 1 failed (the build failed)"; exit 1; }

WORK="$(mktemp -d)"
AZURITE_PORT="$(free_port)"
AZURITE_PID="$(start_azurite "$AZURITE_PORT" "$WORK/azurite" "$WORK/azurite.log")"
trap 'kill -TERM -- "-$AZURITE_PID" 2>/dev/null || kill "$AZURITE_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
wait_for "Azurite" 30 port_in_use "$AZURITE_PORT" || exit 1
export HCSBOT_TEST_STORAGE="$(azurite_connection_string "$AZURITE_PORT")"

# .NET suites: TRX results are summed below, so the closing line counts every test once.
dotnet test HcsBot.sln --no-build -nologo --results-directory "$WORK/trx" --logger trx --logger "console;verbosity=minimal"
DOTNET_STATUS=$?

echo
echo "End-to-end (Agents Playground in headless Chromium)..."
node --test --test-reporter=spec tests/e2e/ 2>&1 | tee "$WORK/e2e.log"
E2E_STATUS=${PIPESTATUS[0]}

passed=0 failed=0 skipped=0
for trx in "$WORK"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
e2e_pass=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$WORK/e2e.log" | tail -1); e2e_fail=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$WORK/e2e.log" | tail -1)
passed=$((passed + ${e2e_pass:-0})); failed=$((failed + ${e2e_fail:-0}))
if [ "$DOTNET_STATUS" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crashed test host still fails the run
if [ "$E2E_STATUS" -ne 0 ] && [ "${e2e_fail:-0}" -eq 0 ]; then failed=$((failed + 1)); fi

echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$DOTNET_STATUS" -eq 0 ] && [ "$E2E_STATUS" -eq 0 ] && [ "$failed" -eq 0 ]
