#!/usr/bin/env bash
# The web page's JavaScript held to the Java's standard: installs the pinned formatter and linter (package-lock.json),
# then fails on a file prettier would change, on anything eslint finds, and on a failing test of the modules' logic
# (node's own test runner, src/test/js). Needs node 20.19 or newer and npm; CI runs it before `mvn -B verify`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm ci --no-audit --no-fund
npx --no-install prettier --check src/main/resources/static/js src/test/js eslint.config.js
npx --no-install eslint
node --test --test-reporter=spec src/test/js/
