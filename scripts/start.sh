#!/usr/bin/env bash
# `npm start`: install what is needed, build the site (with its poster), serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# A taken port is said now, not after a build.
npx --no-install tsx scripts/serve.ts --check
# A build names the address it is published at; here, where this serves it.
if [ -z "${SITE_URL:-}" ]; then
	export SITE_URL="http://127.0.0.1:${PORT:-4173}${BASE_PATH:+/${BASE_PATH#/}}"
	echo "› Building for the local address ${SITE_URL}/ (set SITE_URL to build for a host)"
fi
npm run build
exec npx --no-install tsx scripts/serve.ts
