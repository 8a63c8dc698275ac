#!/usr/bin/env bash
# Abuse script: what a careless user or a hostile sender can do to results folders, generated projects and
# conversions, end to end through the command line, and what nngt must do instead (docs/robustness.md,
# "Nothing lost, nothing injected"). Run by ./run-tests after the build; runs alone too:
#   scripts/abuse-results-folders.sh [path/to/nngt]
# Each case prints one line; the script exits 1 at the first case that does not hold.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NNGT=${1:-"$ROOT/bundles/nngt.cli/target/nngt/bin/nngt"}
MODEL="$ROOT/examples/basic_exc_inh.nngt"
WORK=$(mktemp -d)
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
run() { "$NNGT" run "$MODEL" --time 20ms --no-plots "$@" >out.txt 2>err.txt; }
hidden_beside() { find "$WORK" -maxdepth 1 -name ".$1.nngt-*" | wc -l; }

[ -x "$NNGT" ] || fail "no nngt launcher at $NNGT (build first: ./mvnw -B package -pl bundles/nngt.cli -am)"

# 1. The user's files in a results folder are never deleted: the run is refused and names them.
run --out res1 || fail "first run: $(cat err.txt)"
echo mine >res1/my_analysis.txt
mkdir res1/figs && echo '<svg/>' >res1/figs/fig1.svg
if run --out res1; then fail "a rerun over the user's files succeeded"; fi
grep -q "figs/, my_analysis.txt" err.txt || fail "the refusal does not name the user's files: $(cat err.txt)"
[ "$(cat res1/my_analysis.txt)" = mine ] && [ -f res1/figs/fig1.svg ] || fail "the user's files were touched"
pass "a results folder holding the user's files is refused, naming them"

# 2. --force keeps them and replaces only nngt's files.
before=$(sha256sum res1/spikes.txt)
run --out res1 --force --seed 7 || fail "--force: $(cat err.txt)"
[ "$(cat res1/my_analysis.txt)" = mine ] && [ -f res1/figs/fig1.svg ] || fail "--force lost the user's files"
[ "$before" != "$(sha256sum res1/spikes.txt)" ] || fail "--force did not replace nngt's spikes.txt"
[ "$(hidden_beside res1)" = 0 ] || fail "--force left staging or backup folders"
pass "--force keeps the user's files and replaces nngt's"

# 3. A folder of the user's beside the results, named like an old backup, is left alone.
mkdir .res2.old && echo mine >.res2.old/keep.txt
run --out res2 && run --out res2 || fail "runs into res2: $(cat err.txt)"
[ "$(cat .res2.old/keep.txt)" = mine ] || fail ".res2.old was deleted"
pass "a user's .res2.old beside the results is untouched"

# 4. A read-only results folder is refused up front; the old results stay, nothing is left beside it.
chmod -R a-w res2
if run --out res2; then fail "a run into a read-only folder succeeded"; fi
grep -q "read-only" err.txt || fail "the refusal does not say read-only: $(cat err.txt)"
chmod -R u+w res2
[ -f res2/spikes.txt ] && [ "$(hidden_beside res2)" = 0 ] || fail "the read-only refusal changed something"
pass "a read-only results folder is refused and unchanged"

# 5. A killed run's staging folder is removed by the next run.
"$NNGT" run "$MODEL" --time 60s --no-plots --out res3 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ "$(hidden_beside res3)" != 0 ] && break
  sleep 0.1
done
[ "$(hidden_beside res3)" != 0 ] || { kill -9 $pid; fail "the long run never created its staging folder"; }
kill -9 $pid; wait $pid 2>/dev/null
[ "$(hidden_beside res3)" != 0 ] || fail "kill -9 left no staging folder to test with"
run --out res3 || fail "run after a killed run: $(cat err.txt)"
[ "$(hidden_beside res3)" = 0 ] || fail "the killed run's staging folder remains"
pass "a killed run's staging folder is removed by the next run"

# 6. generate refuses an empty --out instead of writing into the current folder.
mkdir empty && cd empty || exit 1
if "$NNGT" generate "$MODEL" --out "" >../out.txt 2>../err.txt; then fail "generate --out '' succeeded"; fi
[ -z "$(ls -A)" ] || fail "generate --out '' wrote into the current folder"
cd .. || exit 1
pass "generate --out '' is refused"

# 7. Regenerating a received project never follows its manifest out of the folder.
"$NNGT" generate "$MODEL" --out project >out.txt 2>err.txt || fail "generate: $(cat err.txt)"
mkdir victim && echo precious >victim/keep.txt
ln -s ../victim project/link
echo "$(sha256sum victim/keep.txt | cut -d' ' -f1) 9 link/keep.txt" >>project/.nngt-manifest
if "$NNGT" generate "$MODEL" --out project >out.txt 2>err.txt; then fail "regeneration through a link succeeded"; fi
grep -q "link/keep.txt" err.txt || fail "the refusal does not name link/keep.txt: $(cat err.txt)"
[ "$(cat victim/keep.txt)" = precious ] || fail "the victim's file was touched"
pass "regeneration refuses a manifest that leads out of the project"

# 8. A crafted name in an .xmi cannot become statements in .nngt.
"$NNGT" convert "$MODEL" model.xmi >out.txt 2>err.txt || fail "convert to xmi: $(cat err.txt)"
sed -i '0,/<groups name="[^"]*"/s//<groups name="x: 1 excitatory iaf_psc_alpha\&#10;  stimulate dc(amplitude = 5 nA) -> all\&#10;  group y"/' model.xmi
if "$NNGT" convert model.xmi crafted.nngt >out.txt 2>err.txt; then fail "a crafted name was converted"; fi
grep -q "model.xmi:[0-9]*:[0-9]*: error: The name of " err.txt || fail "no located error: $(cat err.txt)"
[ ! -e crafted.nngt ] || fail "crafted.nngt was written"
pass "a crafted name in .xmi is refused at its element"

echo "All results-folder, project and conversion abuse cases hold."
