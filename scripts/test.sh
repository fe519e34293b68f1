#!/usr/bin/env bash
# `npm test`: every check, from a fresh clone if need be. Builds first, because
# several tests read what the build wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_TEST_TOOLS=1 bash scripts/setup.sh

# Each step says when it starts, so a slow one shows itself.
step() { printf '\n━━ %s (at %d s)\n' "$*" "$SECONDS"; }
step "Build, with the type, lint and format checks beside it"
# A build names the address it is published at. The checks read a site built for a local one,
# at the root, whatever the shell has set; they serve it on a free port of their own.
export SITE_URL="http://127.0.0.1:4173"
unset BASE_PATH
# The checks read only the sources, and the build waits on its browser much of the time, so
# they share the two cores (about 25 s sooner than one after the other). The type check reads
# the types SvelteKit generates: they are generated once first, so the build's own pass finds
# them current and rewrites nothing under it.
npx --no-install svelte-kit sync
checks_log=$(mktemp)
(
	set -e
	echo "› Types (svelte-check)"
	npx --no-install svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning
	echo "› Lint (eslint) and format (prettier)"
	npx --no-install eslint .
	npx --no-install prettier --check . --log-level warn
) >"$checks_log" 2>&1 &
checks=$!
trap 'kill "$checks" 2>/dev/null || true; rm -f "$checks_log"' EXIT
echo "› Building for the local address ${SITE_URL}/ (the checks serve it on a free port)"
npm run build
step "Types, lint and format (run beside the build)"
checks_ok=0
wait "$checks" || checks_ok=$?
cat "$checks_log"
if [ "$checks_ok" != 0 ]; then
	echo "✗ The type, lint or format check failed (above)." >&2
	exit 1
fi
step "Unit tests (vitest)"
npx --no-install vitest run tests/unit tests/build
step "Poster PDF and the story in print"
npx --no-install vitest run tests/pdf
step "Chart export (npm run charts) and slide decks (LibreOffice)"
npx --no-install vitest run tests/export
step "Budgets (npm run budgets)"
npm run --silent budgets
step "Browser tests (playwright)"
npx --no-install playwright test
printf '\n✓ Every check passed in %d s\n' "$SECONDS"
