#!/usr/bin/env bash
# Installs what npm cannot for the test command: Debian's Chromium (for the real-browser
# test), ffmpeg (real videos for the evidence tests, and ffprobe for their media facts),
# a CJK font (so Chinese pages render and screenshots are legible, and embedded in issued
# documents), poppler-utils and LibreOffice Writer (documents read back), and starts
# the local PostgreSQL if it is installed but stopped. Does nothing when all are present.
set -euo pipefail

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
[ -x /usr/bin/ffmpeg ] || need_packages+=(ffmpeg)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need_packages+=(fonts-noto-cjk)
# Documents (执法文书): pdftotext reads issued PDFs back, LibreOffice opens the DOCX drafts.
[ -x /usr/bin/pdftotext ] || need_packages+=(poppler-utils)
[ -x /usr/bin/soffice ] || need_packages+=(libreoffice-writer-nogui)

if [ ${#need_packages[@]} -gt 0 ]; then
  echo "[prereqs] installing: ${need_packages[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo -n); else
      echo "[prereqs] need root to install ${need_packages[*]} (apt-get); run: sudo apt-get install -y ${need_packages[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

# PostgreSQL: the second server test suite needs one (TEST_DATABASE_URL, or the local one;
# without either, scripts/test-postgres.ts starts an embedded one from npm).
# TEST_POSTGRES=embedded: behave as on a machine without one (scripts/test-postgres.ts).
if [ -z "${TEST_DATABASE_URL:-}" ] && [ "${TEST_POSTGRES:-}" != embedded ] && command -v pg_isready >/dev/null 2>&1; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
      echo "[prereqs] starting the local PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    fi
  fi
fi
echo "[prereqs] chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
echo "[prereqs] ffmpeg: $(ffmpeg -version 2>/dev/null | head -n 1 || echo missing)"
