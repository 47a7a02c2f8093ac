#!/usr/bin/env bash
# Installs what HcsBot.Deploy.Tests need besides NuGet packages: the official Microsoft 365 app
# manifest JSON schemas, pinned in schema/package-lock.json (npm package @microsoft/app-manifest).
# The Bicep compiler comes from NuGet (a PackageDownload in the test project), so `dotnet test`
# restores it by itself.
#
#   bash tests/HcsBot.Deploy.Tests/prepare.sh && dotnet test tests/HcsBot.Deploy.Tests
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is required to install the Teams manifest schemas (tests/HcsBot.Deploy.Tests/schema)." >&2
  exit 1
fi

cd "$here/schema"
# --ignore-scripts: the package is data and type definitions; nothing needs to run at install time.
npm ci --ignore-scripts --no-audit --no-fund

schema_root="$here/schema/node_modules/@microsoft/app-manifest/build/json-schemas/teams"
if [[ ! -d "$schema_root" ]]; then
  echo "error: npm ci finished but $schema_root is missing; has @microsoft/app-manifest changed its layout?" >&2
  exit 1
fi
echo "Teams manifest schemas ready: $(ls "$schema_root" | tr '\n' ' ')"
