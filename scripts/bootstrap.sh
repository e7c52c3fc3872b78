# Sourced by scripts/test.sh and scripts/demo.sh: makes pnpm 12.21.0 available (globally
# when allowed, else in a local tools folder) and installs the workspace from the lockfile.
# Needs only Node >= 20 and npm.
PNPM_VERSION=12.21.0

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Lettilbud needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  tools="${XDG_CACHE_HOME:-$HOME/.cache}/lettilbud-tools"
  if [ "$(id -u)" = 0 ] && npm install -g "pnpm@$PNPM_VERSION" --loglevel=error >/dev/null 2>&1; then
    hash -r
  else
    echo "bootstrap: installing pnpm $PNPM_VERSION into $tools"
    npm install --prefix "$tools" "pnpm@$PNPM_VERSION" --loglevel=error >/dev/null
    export PATH="$tools/node_modules/.bin:$PATH"
  fi
fi
echo "bootstrap: pnpm $(pnpm --version), node $(node --version)"
pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE '^(Progress|Packages):' || true
test -d node_modules/.pnpm || { echo "bootstrap: pnpm install failed" >&2; exit 1; }
