#!/usr/bin/env bash
# Builds the console (build) or runs its unit tests (test). Node and npm come from the machine (Debian's nodejs, or
# the image's); npm packages come from the npm registry, pinned by package-lock.json, installed again only when the
# lock file changed. Nothing downloads a browser or a toolchain.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v node >/dev/null || { echo "console: node is not installed (apt-get install nodejs npm)" >&2; exit 1; }
stamp=node_modules/.accord-lock.sha
lock="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock" ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock" >"$stamp"
fi
case "${1:-build}" in
  build)
    npx --no-install openapi-typescript ../docs/openapi.yaml -o src/api/schema.d.ts --silent
    node build.mjs --generate
    npx --no-install tsc --noEmit -p .
    node build.mjs ;;
  test)
    node build.mjs --tests
    node --test --test-reporter=spec target/node-tests/ ;;
  *) echo "usage: build.sh build|test" >&2; exit 2 ;;
esac
