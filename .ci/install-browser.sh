#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver (Debian packages) for the browser test
# (LiveReloadBrowserTest), which skips itself when they are missing.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver
chromium --version
chromedriver --version
