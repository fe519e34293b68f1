#!/usr/bin/env bash
# `npm test`: every check, from a fresh clone if need be. Builds first, because
# several tests read what the build wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_TEST_TOOLS=1 bash scripts/setup.sh

step() { printf '\n━━ %s\n' "$*"; }
step "Build"
npm run build
step "Types (svelte-check)"
npx --no-install svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning
step "Lint (eslint) and format (prettier)"
npx --no-install eslint .
npx --no-install prettier --check . --log-level warn
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
