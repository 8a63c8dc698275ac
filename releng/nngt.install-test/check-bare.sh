#!/usr/bin/env bash
# Checks, before the install, that the bare Eclipse holds nothing of NNGT's (neither its p2 repository nor its
# plugins folder) but does hold the IDE application, and that the update site to install from was built.
#
#   check-bare.sh BARE_REPOSITORY_DIR BARE_ECLIPSE_DIR UPDATE_SITE_DIR
set -euo pipefail
REPOSITORY="$1"
BARE="$2"
SITE="$3"
fail() {
  echo "Bare Eclipse check FAILED: $1" >&2
  exit 1
}
[ -f "$SITE/content.jar" ] || fail "no update site at $SITE; build releng/nngt.repository first (./mvnw -o verify -pl releng/nngt.repository -am)"
content=$(unzip -p "$REPOSITORY/content.jar" content.xml)
ours=$(grep -o "<unit id='nngt\.[^']*'" <<<"$content" | sort -u || true)
[ -z "$ours" ] || fail "the bare platform's repository $REPOSITORY holds NNGT units: $ours"
grep -q "<unit id='org.eclipse.ui.ide.application'" <<<"$content" || fail "$REPOSITORY lacks org.eclipse.ui.ide.application"
ls "$BARE"/plugins/org.eclipse.ui.ide.application_*.jar >/dev/null 2>&1 || fail "$BARE has no IDE application"
if ls "$BARE"/plugins/nngt.* >/dev/null 2>&1; then
  fail "$BARE already holds NNGT bundles before the install: $(ls "$BARE"/plugins/nngt.*)"
fi
echo "Bare Eclipse check passed: $(ls "$BARE/plugins" | wc -l) platform bundles in $BARE, none of NNGT's"
