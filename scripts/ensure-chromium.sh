#!/usr/bin/env bash
# Browser journeys drive Debian's Chromium. Install it (and a CJK font, so screenshots are readable) when missing.
set -u
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ] && fc-list 2>/dev/null | grep -qiE "wqy|noto.*cjk"; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is needed for the browser tests. Install it with: sudo apt-get install -y chromium fonts-wqy-microhei" >&2
  echo "(or set CHROMIUM_PATH to an existing Chromium binary)" >&2
  exit 1
fi
echo "Installing Chromium from Debian for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
[ -x "$CHROMIUM" ] || { echo "Chromium install failed" >&2; exit 1; }
