#!/usr/bin/env bash
# `npm test`: everything CI checks, on a fresh Debian machine with only Node >= 20:
# pnpm and dependencies, Debian's Chromium (and Firefox ESR) when missing, then typecheck,
# lint, generated-file drift, build, the built contract in plain Node (no DOM, no Lit),
# browser tests, the shell end-to-end check, the packed packages installed in fresh npm and
# pnpm apps and the Storybook build. The last line is the total: "total: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ] || [ ! -x /usr/bin/firefox-esr ]; then
  pkgs="chromium firefox-esr"
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing Debian's $pkgs"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    echo "test: installing Debian's $pkgs with sudo"
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
  fi
fi
if [ ! -x "$CHROME_PATH" ]; then
  cat >&2 <<MSG
test: Chromium was not found at $CHROME_PATH and could not be installed (no root or sudo).
      Install it with:  sudo apt-get install -y chromium firefox-esr
      or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.
MSG
  exit 1
fi
if [ ! -x /usr/bin/firefox-esr ]; then
  echo "test: Firefox ESR not found; running browser tests in Chromium only."
  export LT_NO_FIREFOX=1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() { echo; echo "== $1"; }

step "typecheck";            pnpm run typecheck
step "lint";                 pnpm run lint
step "generated files";      pnpm run gen --check
step "build";                pnpm run build
step "contract in Node";     nodeout=$(node --test --test-reporter=tap packages/contract/test-node/ 2>&1) && nodeok=1 || nodeok=0
grep -E '^(not )?ok ' <<<"$nodeout" || true
echo "node: $(awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0 " passed, " f+0 " failed"}' <<<"$nodeout")" | tee -a "$log"
[ "$nodeok" = 1 ] || { echo "$nodeout"; exit 1; }
step "browser tests";        pnpm run test:browser 2>&1 | tee -a "$log"
step "shell end-to-end";     node shell/test/e2e.mjs 2>&1 | tee -a "$log"
step "installed outside the workspace"; node scripts/pack-check.mjs 2>&1 | tee -a "$log"
step "storybook build";      STORYBOOK_DISABLE_TELEMETRY=1 pnpm run build-storybook >/dev/null && echo "storybook: built"
step "documentation site";   node scripts/docs-check.mjs 2>&1 | tee -a "$log"

# Sum what the runners reported: the last "N passed, M failed" per runner (wtr prints one
# per browser, repeating its progress lines; e2e prints one).
read -r passed failed < <(grep -E '^(Chrome|Firefox|e2e|pack|node|docs):.*[0-9]+ passed, [0-9]+ failed' "$log" | awk '
  { key = $1; match($0, /[0-9]+ passed, [0-9]+ failed/); split(substr($0, RSTART, RLENGTH), n, " ");
    p[key] = n[1]; f[key] = n[3] }
  END { tp = 0; tf = 0; for (k in p) { tp += p[k]; tf += f[k] } print tp, tf }')
echo
echo "total: ${passed} passed, ${failed} failed"
