#!/usr/bin/env bash
# Checks the built p2 update site: both features are listed, and the libraries that no stock Eclipse
# has (Xtext, JGraphT) are in it, so that the site installs on its own.
#
#   check-site.sh REPOSITORY_DIR
set -euo pipefail
SITE="$1"
content=$(unzip -p "$SITE/content.jar" content.xml)
missing=()
for unit in nngt.feature.feature.group nngt.ui.feature.feature.group nngt.dsl.ui nngt.workbench.ui \
    org.eclipse.xtext org.eclipse.xtext.ide org.jgrapht.core org.eclipse.elk.core org.eclipse.elk.graph \
    org.eclipse.elk.alg.common org.eclipse.elk.alg.layered; do
  grep -q "<unit id='$unit'" <<<"$content" || missing+=("$unit")
done
if ((${#missing[@]})); then
  echo "Update site check FAILED: $SITE lacks ${missing[*]}" >&2
  exit 1
fi
echo "Update site check passed: both features, the editor and workbench bundles, Xtext, JGraphT and the Eclipse Layout Kernel are in $SITE"
