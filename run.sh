#!/usr/bin/env bash
# Runs HcsBot locally: Azurite (table storage), the bot on 127.0.0.1:3978, and Microsoft's Agents
# Playground (a Teams emulator) on 127.0.0.1:56150. `--no-playground` runs just Azurite and the bot.
# Progress is kept in .data/azurite, so it survives restarts. Ctrl+C stops everything this started.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

PLAYGROUND=1
for arg in "$@"; do
  case "$arg" in
    --no-playground) PLAYGROUND=0 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "error: unknown option '$arg' (use --no-playground or --help)" >&2; exit 2 ;;
  esac
done

require dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
require node "Install Node.js 20 or later: https://nodejs.org"
require npm "It comes with Node.js."

BOT_PORT=3978 AZURITE_PORT=10002 PLAYGROUND_PORT=56150
for p in $AZURITE_PORT $BOT_PORT; do
  if port_in_use "$p"; then echo "error: port $p is already in use (is HcsBot already running?)" >&2; exit 1; fi
done

ensure_node_packages
echo "Building..."
dotnet build src/HcsBot.Web/HcsBot.Web.csproj -nologo -v quiet -clp:ErrorsOnly

mkdir -p .data/logs
PIDS=()
AZURITE_PID=""
cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  # Azurite writes its database to disk every few seconds, and on close only when it gets SIGINT:
  # SIGTERM would lose the last answers. Stop it last, once nothing can write any more.
  if [ -n "$AZURITE_PID" ]; then
    kill -INT -- "-$AZURITE_PID" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$AZURITE_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

AZURITE_PID="$(start_azurite $AZURITE_PORT .data/azurite .data/logs/azurite.log)"
wait_for "Azurite" 30 port_in_use $AZURITE_PORT

Storage__ConnectionString="$(azurite_connection_string $AZURITE_PORT)" ASPNETCORE_ENVIRONMENT=Development \
  setsid dotnet src/HcsBot.Web/bin/Debug/net10.0/HcsBot.Web.dll \
    --urls "http://127.0.0.1:$BOT_PORT" --Bank:Path="$ROOT/content/banks" >.data/logs/bot.log 2>&1 &
PIDS+=("$!")
if ! wait_for "the bot" 60 curl -sf "http://127.0.0.1:$BOT_PORT/health"; then
  tail -n 40 .data/logs/bot.log >&2; exit 1
fi
echo "Bot:        http://127.0.0.1:$BOT_PORT/api/messages   (health: http://127.0.0.1:$BOT_PORT/health)"
echo "Storage:    Azurite tables on 127.0.0.1:$AZURITE_PORT, data in .data/azurite"

if [ "$PLAYGROUND" = 1 ]; then
  command -v xdg-open >/dev/null 2>&1 || export PATH="$ROOT/scripts/headless:$PATH"
  setsid "$NODE_BIN/agentsplayground" -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p $PLAYGROUND_PORT --disable-telemetry \
    >.data/logs/playground.log 2>&1 &
  PIDS+=("$!")
  wait_for "the Agents Playground" 60 curl -sf "http://127.0.0.1:$PLAYGROUND_PORT/"
  echo
  echo "Open the chat:  http://127.0.0.1:$PLAYGROUND_PORT   (type 'quiz' or press Start)"
fi
echo "Logs in .data/logs. Press Ctrl+C to stop."
wait
