#!/usr/bin/env bash
# Makes a fresh checkout ready: checks Node, installs the npm packages when they
# are missing or stale, and makes sure a Chrome/Chromium is there (Debian's
# chromium when running as root; otherwise it says what to install).
# Used by `npm start` and `npm test`, so both work on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

need_major=20 need_minor=19
if ! command -v node >/dev/null; then
	echo "Node.js is not installed. Install Node.js ${need_major}.${need_minor} or newer (https://nodejs.org)." >&2
	exit 1
fi
read -r major minor < <(node -p 'process.versions.node.split(".").slice(0,2).join(" ")')
if (( major < need_major || (major == need_major && minor < need_minor) )); then
	echo "Node.js $(node -v) is too old: this project needs ${need_major}.${need_minor} or newer." >&2
	exit 1
fi

# Puppeteer must never try to download a browser here (see .puppeteerrc.cjs).
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "› Installing npm packages (npm ci)…"
	npm ci --no-audit --no-fund
fi

apt_install() {
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "› Installing Debian packages: $*"
		# A fresh image has no package lists yet; update once, quietly.
		apt-get update -qq >/dev/null
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
		return 0
	fi
	return 1
}

if ! npx --no-install tsx scripts/find-browser.ts >/dev/null 2>&1; then
	if ! apt_install chromium; then
		npx --no-install tsx scripts/find-browser.ts || true
		exit 1
	fi
	npx --no-install tsx scripts/find-browser.ts >/dev/null
fi

# The tests read the poster PDF with poppler-utils and open the slide decks in LibreOffice
# Impress (with Liberation Sans, which has Arial's metrics, so slides lay out as in PowerPoint).
# The charts' widths table is measured in fonts-liberation's 1.07 faces (scripts/lib/advance-widths.ts).
if [ "${NEED_TEST_TOOLS:-}" = 1 ]; then
	packages=()
	command -v pdfinfo >/dev/null || packages+=(poppler-utils)
	command -v soffice >/dev/null || packages+=(libreoffice-impress)
	[ -n "${LIBERATION_DIR:-}" ] || [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] ||
		packages+=(fonts-liberation)
	if [ ${#packages[@]} -gt 0 ] && ! apt_install "${packages[@]}"; then
		echo "The tests need ${packages[*]}: sudo apt-get install -y ${packages[*]}" >&2
		exit 1
	fi
fi
