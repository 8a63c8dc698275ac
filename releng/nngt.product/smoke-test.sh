#!/usr/bin/env bash
# Smoke test of the materialized product: starts it under Xvfb (or the current display) with a model to open
# and the test hook of nngt.workbench.ui, which writes a marker file and a screenshot once the workbench window
# is up and the model is open in an editor, then closes the workbench. Fails when either is missing.
#
#   smoke-test.sh PRODUCT_DIR OUTPUT_DIR MODEL
set -euo pipefail
PRODUCT="$1"
OUT="$2"
MODEL="$3"
TIME_LIMIT=90

if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  echo "Product smoke test skipped: no X display and no xvfb-run; install xvfb and run ./run-tests"
  exit 0
fi

rm -rf "$OUT"
mkdir -p "$OUT"
MARKER="$OUT/smoke-marker.txt"
WORKSPACE="$OUT/workspace"
START=$(date +%s)
RUN=(timeout "$TIME_LIMIT" "$PRODUCT/nngt-workbench" --workspace "$WORKSPACE" --open "$MODEL")
export NNGT_JAVA_OPTS="-Xmx1g -Dnngt.smoke.marker=$MARKER"
status=0
if [ -n "${DISPLAY:-}" ]; then
  "${RUN[@]}" > "$OUT/console.log" 2>&1 || status=$?
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "${RUN[@]}" > "$OUT/console.log" 2>&1 || status=$?
fi
ELAPSED=$(( $(date +%s) - START ))

fail() {
  echo "Product smoke test FAILED: $1 (exit status $status after ${ELAPSED} s)" >&2
  tail -n 40 "$OUT/console.log" >&2 || true
  tail -n 60 "$WORKSPACE/.metadata/.log" >&2 2>/dev/null || true
  exit 1
}

[ -f "$MARKER" ] || fail "no marker file $MARKER: the workbench did not open $MODEL"
grep -q "^editor=$(basename "$MODEL")\$" "$MARKER" || fail "the editor is not open on $(basename "$MODEL"): $(cat "$MARKER")"
grep -q "^editorId=nngt.dsl.ui.editor\$" "$MARKER" || fail "the model is not open in the NNGT model editor: $(cat "$MARKER")"
grep -q "^window=.*NNGT Workbench" "$MARKER" || fail "the window is not the NNGT Workbench's: $(cat "$MARKER")"
grep -q "^simulators=.*embedded" "$MARKER" || fail "the simulators are not registered (Declarative Services): $(cat "$MARKER")"
[ "$(stat -c %s "$MARKER.png")" -gt 20000 ] || fail "the screenshot $MARKER.png is missing or blank"
[ "$status" -eq 0 ] || fail "the workbench did not exit cleanly"
echo "Product smoke test passed in ${ELAPSED} s:"
sed 's/^/  /' "$MARKER"
echo "  screenshot: $MARKER.png"
