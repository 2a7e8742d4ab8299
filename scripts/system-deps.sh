#!/usr/bin/env bash
# Installs the Debian packages labeler needs where it can (root with apt-get),
# and says what to install where it cannot. Safe to run again. binutils (strip, objdump),
# desktop-file-utils and appstream build and check the desktop bundle (`make bundle`);
# PulseAudio gives its smoke test a sound card to play into. The Wayland client libraries
# are loaded by the bundle's Qt Wayland plugins: packing its .deb (packaging/linux/package.py)
# stops when one of them is missing.
set -u
PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  xvfb xauth xdotool imagemagick
  binutils desktop-file-utils appstream pulseaudio pulseaudio-utils
)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  echo "Not a Debian-like system: install the equivalents of ${PACKAGES[*]} yourself."
  exit 0
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages (the desktop app and its tests need them):"
  echo "  sudo apt-get install ${missing[*]}"
fi
exit 0
