#!/usr/bin/env bash
# crosscheck quality on real news: the labelled ECB+ folders (development and held-back split),
# findings on all 86 event folders, and cross-event findings with both events of each of the 43
# topics in one run. Needs ../shared/corpora/ecbplus beside the project. See docs/QUALITY.md.
#
#   eval/run.sh                   everything (about two minutes on 2 cores)
#   eval/run.sh --labelled-only   the two labelled splits only
#
# Prints Markdown tables; writes them to eval/target/quality.md, and the verdict on every finding
# (eval/target/{dev,heldout}-findings.tsv), the missed facts (…-missed.tsv) and the cross-event
# findings (eval/target/cross-event.tsv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
if [[ ! -d ../shared/corpora/ecbplus ]]; then
  echo "eval/run.sh: ../shared/corpora/ecbplus not found beside the project" >&2
  exit 2
fi
mkdir -p eval/target
# Debian's Maven prints colour escapes even with -B: strip them from what it says
mvn -q -B -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/eval.classpath -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/eval.classpath)" \
    dev.crosscheck.eval.QualityMain eval/target "$@" | tee eval/target/quality.md
