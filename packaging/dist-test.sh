#!/usr/bin/env bash
# `make dist-test`: run the frozen app in dist/Reciprocal the way a therapist's machine would, from
# a temporary folder outside the checkout, with its own home: --version, a demo vault, check, a
# handout, a backup and verify-backup with the console twin, then the GUI offscreen, which must
# show its unlock screen (vault file opened) and quit with 0 and no traceback.
set -euo pipefail
DIST="$(cd "$(dirname "$0")/.." && pwd)/dist/Reciprocal"
CLI="$DIST/reciprocal"
GUI="$DIST/reciprocal-gui"
[ -x "$CLI" ] && [ -x "$GUI" ] || { echo "no frozen app in $DIST: run make dist" >&2; exit 1; }
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" RECIPROCAL_HOME="$T/home"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
cd "$T"
mkdir -p home backups
echo "a frozen app far from its checkout" > passphrase.txt
VAULT="$RECIPROCAL_HOME/practice.vault"  # the default place, so the GUI finds it
step() { printf '== %s\n' "$*"; }
no_traceback() { if grep -q Traceback "$1"; then cat "$1"; echo "FAIL: traceback" >&2; exit 1; fi; }

if [ "$(uname -s)" = Linux ]; then
  step "every bundled library finds what it links to (build.spec drops some)"
  missing="$(cd "$DIST/_internal" && find . -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null | grep 'not found' || true)"
  [ -z "$missing" ] || { echo "FAIL: $missing" >&2; exit 1; }
  echo "none missing"
fi

step "reciprocal --version"
"$CLI" --version | tee out.txt
grep -q "^reciprocal [0-9]" out.txt

step "reciprocal demo --clients 2 --sessions 3"
"$CLI" demo --vault "$VAULT" --passphrase-file passphrase.txt --clients 2 --sessions 3 \
  >out.txt 2>&1 || { cat out.txt; exit 1; }
grep "demo practice is ready" out.txt

step "reciprocal check"
"$CLI" check --vault "$VAULT" --passphrase-file passphrase.txt | tee out.txt
grep -q "all are intact" out.txt

step "reciprocal handout --kind session / checklist"
"$CLI" handout --vault "$VAULT" --passphrase-file passphrase.txt --client 1 --kind session \
  --out session.pdf
"$CLI" handout --vault "$VAULT" --passphrase-file passphrase.txt --client 1 --kind checklist \
  --out checklist.pdf
for pdf in session.pdf checklist.pdf; do
  [ "$(head -c 5 "$pdf")" = "%PDF-" ] || { echo "FAIL: $pdf is not a PDF" >&2; exit 1; }
  grep -aq "/FontFile2" "$pdf" && grep -aq "DejaVuSans" "$pdf" \
    || { echo "FAIL: $pdf embeds no DejaVu font" >&2; exit 1; }
done
echo "both PDFs embed DejaVu Sans"

step "reciprocal backup / verify-backup"
"$CLI" backup --vault "$VAULT" --passphrase-file passphrase.txt --out backups/practice.age
"$CLI" verify-backup --identity backups/backup-key-*.age --passphrase-file passphrase.txt \
  backups/practice.age

step "reciprocal-gui, offscreen, quits by itself"
code=0
RECIPROCAL_SELFTEST_QUIT_AFTER_MS=3000 timeout 60 "$GUI" >gui.txt 2>&1 || code=$?
cat gui.txt
no_traceback gui.txt
[ "$code" -eq 0 ] || { echo "FAIL: the GUI exited with $code" >&2; exit 1; }
grep -q "self-test: UnlockPanel shown, vault file open" gui.txt \
  || { echo "FAIL: the GUI did not show its unlock screen" >&2; exit 1; }
echo "dist-test: all passed ($(du -sh "$DIST" | cut -f1) in $DIST)"
