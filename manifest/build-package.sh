#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + the two icons, zipped at the root) for one environment.
#
#   manifest/build-package.sh [env-file]        # default env-file: env/.env.local
#
# The manifest template uses Microsoft 365 Agents Toolkit placeholders (${{NAME}}). This script fills
# them from the env file, the same file the Agents Toolkit reads, so a Teams admin can build the
# package without installing the toolkit. Every placeholder must have a non-empty value: a package
# with an empty bot id or domain uploads fine and then fails in confusing ways inside Teams.
#
# Output (git-ignored, under artifacts/):
#   artifacts/appPackage/manifest.json            the filled manifest, for review
#   artifacts/appPackage/appPackage.<env>.zip     upload this to Teams
# where <env> comes from the env file's name (.env.dev -> dev). HCSBOT_APP_PACKAGE_DIR overrides the
# output folder (the tests use it to keep their output apart from yours).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"

env_file="${1:-$repo_root/env/.env.local}"
if [[ ! -f "$env_file" ]]; then
  echo "error: env file '$env_file' not found." >&2
  echo "       Copy a template and fill it in, for example: cp env/.env.dev.template env/.env.dev" >&2
  exit 2
fi

env_name="$(basename "$env_file")"
if [[ "$env_name" != .env.* || "$env_name" == *.template ]]; then
  echo "error: the env file must be named .env.<environment> (for example env/.env.dev); got '$env_name'." >&2
  exit 2
fi
env_name="${env_name#.env.}"
if [[ ! "$env_name" =~ ^[A-Za-z0-9_-]+$ ]]; then
  echo "error: environment name '$env_name' (from the env file's name) may only use letters, digits, '-' and '_'." >&2
  exit 2
fi

if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is required to fill the manifest and write the zip." >&2
  exit 2
fi

out_dir="${HCSBOT_APP_PACKAGE_DIR:-$repo_root/artifacts/appPackage}"
mkdir -p "$out_dir"

# Python (standard library only) does the parts bash gets wrong: JSON-escaping values and writing a
# zip with entries at its root and fixed timestamps, so the same inputs give the same package bytes.
python3 - "$env_file" "$env_name" "$script_dir" "$out_dir" <<'PY'
import json
import os
import re
import sys
import zipfile

env_file, env_name, manifest_dir, out_dir = sys.argv[1:5]

def parse_env(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("export "):
                line = line[len("export "):].lstrip()
            key, sep, value = line.partition("=")
            key = key.strip()
            if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                sys.exit(f"error: {path}:{number}: expected NAME=value, got: {line}")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            values[key] = value
    return values

values = parse_env(env_file)
template_path = os.path.join(manifest_dir, "manifest.json")
with open(template_path, encoding="utf-8") as f:
    template = f.read()

placeholder = re.compile(r"\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
names = sorted(set(placeholder.findall(template)))
missing = [n for n in names if not values.get(n)]
if missing:
    print(f"error: {env_file} has no value for: {', '.join(missing)}", file=sys.stderr)
    print("       Every ${{...}} placeholder in manifest/manifest.json needs a non-empty value.", file=sys.stderr)
    print("       See docs/deploy.md for where each value comes from.", file=sys.stderr)
    sys.exit(1)

# Domains go into validDomains bare: a scheme or path there makes Teams reject the package.
bad_domains = [n for n in names if n.endswith("_DOMAIN") and ("/" in values[n] or ":" in values[n])]
if bad_domains:
    for n in bad_domains:
        print(f"error: {n}={values[n]} must be a bare host name (for example hcsbot-dev.azurewebsites.net), "
              "without https:// or a path.", file=sys.stderr)
    sys.exit(1)

def fill(match):
    # Placeholders sit inside JSON strings, so each value is escaped as JSON string content.
    return json.dumps(values[match.group(1)])[1:-1]

filled = placeholder.sub(fill, template)
try:
    manifest = json.loads(filled)
except json.JSONDecodeError as e:
    sys.exit(f"error: the filled manifest is not valid JSON: {e}")

icons = manifest.get("icons", {})
icon_files = [icons.get("color"), icons.get("outline")]
for icon in icon_files:
    if not icon or not os.path.isfile(os.path.join(manifest_dir, icon)):
        sys.exit(f"error: icon '{icon}' named in manifest.json is missing from {manifest_dir}")

manifest_out = os.path.join(out_dir, "manifest.json")
with open(manifest_out, "w", encoding="utf-8", newline="\n") as f:
    f.write(filled)

zip_out = os.path.join(out_dir, f"appPackage.{env_name}.zip")
tmp_zip = zip_out + ".tmp"
fixed_time = (1980, 1, 1, 0, 0, 0)
with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED) as z:
    entries = [("manifest.json", filled.encode("utf-8"))]
    for icon in icon_files:
        with open(os.path.join(manifest_dir, icon), "rb") as f:
            # The zip entry name must be the path the manifest names.
            entries.append((icon, f.read()))
    for name, data in entries:
        info = zipfile.ZipInfo(name, date_time=fixed_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
os.replace(tmp_zip, zip_out)

print(f"wrote {manifest_out}")
print(f"wrote {zip_out}")
PY
