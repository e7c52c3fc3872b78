#!/usr/bin/env bash
# `npm start`: builds the packages and the shell and serves the demo site on
# http://127.0.0.1:5173 (embedded default data, msw as the backend in the browser).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm run build
echo
echo "Demo: http://127.0.0.1:5173/  (Ctrl+C to stop)"
cd shell && exec pnpm exec vite preview --outDir dist --port "${PORT:-5173}" --strictPort --host 127.0.0.1
