#!/usr/bin/env bash
# Browser checks of the built-in theme on the example site and on the database test site
# (src/test/resources/sites/databases), in headless Chromium: console errors, axe-core, search,
# theme toggle, the layout of every page type at 360, 768 and 1280 px in light and dark, JavaScript
# off, screenshots and Lighthouse (see .ci/browser/checks.mjs). Installs Chromium and the npm
# packages it needs.
#
#   .ci/browser-checks.sh                 run the checks (screenshots and scores under .ci/browser/out/)
#   .ci/browser-checks.sh --update-docs   also rewrite docs/screenshots/*.png and docs/lighthouse.md
#
# Outside CI, a machine without Chromium skips the checks instead of installing it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ] || [ "${VERSUS_INSTALL_BROWSER:-}" = "1" ]; then
    echo "browser checks: installing Chromium"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  else
    echo "browser checks: skipped (no chromium; in CI, or with VERSUS_INSTALL_BROWSER=1, it is installed)"
    exit 0
  fi
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
fi

# One of Lighthouse's dependencies asks for another's "latest" version, which can put the
# lockfile out of step after a release; then a plain install resolves it again.
(cd .ci/browser && { npm ci --no-audit --no-fund --loglevel=error \
  || npm install --no-audit --no-fund --no-save --loglevel=error; })

if [ ! -f target/versus.jar ]; then
  ./mvnw -q -B -ntp package -DskipTests
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
java -jar target/versus.jar build . -o "$site/output" -q
java -jar target/versus.jar build src/test/resources/sites/databases -o "$site/databases" -q

args=("$site/output" --layout-site "$site/databases")
if [ "${1:-}" = "--update-docs" ]; then
  args+=(--update-docs "$root/docs")
fi
(cd .ci/browser && CHROMIUM="$(command -v chromium)" node checks.mjs "${args[@]}")
