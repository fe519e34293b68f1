#!/usr/bin/env bash
# `npm start`: install what is needed, build the site (with its poster), serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
exec npx --no-install tsx scripts/serve.ts
