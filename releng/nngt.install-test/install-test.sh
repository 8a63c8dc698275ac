#!/usr/bin/env bash
# The install test: starts the bare Eclipse into which the p2 director installed nngt.ui.feature from the update
# site (see pom.xml), under Xvfb (or the current display), with the smoke-test hook of nngt.workbench.ui. The hook
# copies the model into a workspace project, opens it in the NNGT editor, runs it on the embedded simulator through
# an "NNGT Simulation" launch, waits for the results view, then writes a marker file and a screenshot and closes
# the workbench. Fails unless the install recorded the feature in the bare Eclipse's p2 profile, the marker shows
# the NNGT editor and the run's per-group rows, the results folder is complete and the screenshot is not blank.
#
#   install-test.sh BARE_ECLIPSE_DIR OUTPUT_DIR MODEL
set -euo pipefail
BARE="$1"
OUT="$2"
MODEL="$3"
TIME_LIMIT=300
HERE="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  echo "Install test skipped: no X display and no xvfb-run; install xvfb and run ./run-tests"
  exit 0
fi

fail() {
  echo "Install test FAILED: $1" >&2
  tail -n 40 "$OUT/console.log" >&2 2>/dev/null || true
  tail -n 60 "$OUT/workspace/.metadata/.log" >&2 2>/dev/null || true
  exit 1
}

# the director recorded the feature as a root of the bare Eclipse's own p2 profile, and simpleconfigurator starts it
profile=$(ls -t "$BARE"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile/*.profile.gz 2>/dev/null | head -n 1)
[ -n "$profile" ] || fail "no p2 profile in $BARE"
zgrep -q "<unit id='nngt.ui.feature.feature.group'" "$profile" || fail "nngt.ui.feature is not installed in $profile"
grep -q "^nngt.workbench.ui," "$BARE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "nngt.workbench.ui is not in the bare Eclipse's bundles.info"

rm -rf "$OUT"
mkdir -p "$OUT"
MARKER="$OUT/install-marker.txt"
WORKSPACE="$OUT/workspace"
LAUNCHER=$(ls "$BARE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
RUN=(timeout "$TIME_LIMIT" java -Xmx1g "-Dnngt.open=$(readlink -f "$MODEL")" "-Dnngt.smoke.marker=$MARKER"
  -Dnngt.smoke.run=embedded -jar "$LAUNCHER" -data "$WORKSPACE")
START=$(date +%s)
status=0
if [ -n "${DISPLAY:-}" ]; then
  "${RUN[@]}" > "$OUT/console.log" 2>&1 || status=$?
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "${RUN[@]}" > "$OUT/console.log" 2>&1 || status=$?
fi
ELAPSED=$(( $(date +%s) - START ))

[ -f "$MARKER" ] || fail "no marker file $MARKER after ${ELAPSED} s (exit status $status): the installed workbench did not run the model"
if grep -q "^error=" "$MARKER"; then
  fail "$(grep "^error=" "$MARKER")"
fi
NAME=$(basename "$MODEL")
grep -q "^editor=$NAME\$" "$MARKER" || fail "the editor is not open on $NAME: $(cat "$MARKER")"
grep -q "^editorId=nngt.dsl.ui.editor\$" "$MARKER" || fail "the model is not open in the NNGT model editor: $(cat "$MARKER")"
grep -q "^simulators=.*embedded" "$MARKER" || fail "the simulators are not registered (Declarative Services): $(cat "$MARKER")"
grep -Eq "^run=${NAME%.nngt} on embedded: [1-9][0-9]* neurons, [1-9][0-9]* spikes" "$MARKER" \
  || fail "the results view shows no run of ${NAME%.nngt} with spikes: $(cat "$MARKER")"
grep -q "^resultsRow=" "$MARKER" || fail "the results view's rate table is empty: $(cat "$MARKER")"
FOLDER="$WORKSPACE$(sed -n 's/^resultsFolder=//p' "$MARKER")"
for file in summary.json spikes.txt groups.csv; do
  [ -s "$FOLDER/$file" ] || fail "the results folder $FOLDER lacks $file"
done
colours=$(java "$HERE/CountColours.java" "$MARKER.png") || fail "the screenshot $MARKER.png cannot be read"
[ "$colours" -gt 50 ] || fail "the screenshot $MARKER.png is blank: $colours colours"
[ "$status" -eq 0 ] || fail "the workbench did not exit cleanly (exit status $status)"
echo "Install test passed in ${ELAPSED} s: nngt.ui.feature installed into a bare Eclipse ($(ls "$BARE/plugins" | wc -l) bundles)"
sed 's/^/  /' "$MARKER"
echo "  screenshot: $MARKER.png ($colours colours)"
