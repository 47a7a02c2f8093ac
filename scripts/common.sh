# Shared helpers for run.sh, test.sh and the benchmark. Sourced, not run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_BIN="$ROOT/node_modules/.bin"

# The public, documented Azurite development account (not a secret: it is the same on every machine).
AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

require() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: '$1' is required but not installed. $2" >&2; exit 1; }
}

# npm ci only when the lock file changed since the last install, so repeated runs start fast.
ensure_node_packages() {
  local stamp="$ROOT/node_modules/.hcsbot-lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    echo "Installing pinned npm packages (npm ci)..."
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for "what" seconds command...: retries the command once a second until it succeeds.
wait_for() {
  local what="$1" seconds="$2"; shift 2
  for _ in $(seq "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "error: $what did not start within ${seconds}s" >&2
  return 1
}

start_azurite() { # port data-dir log-file
  mkdir -p "$2"
  setsid "$NODE_BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$1" --location "$2" --skipApiVersionCheck --disableProductStyleUrl >"$3" 2>&1 &
  echo $!
}
