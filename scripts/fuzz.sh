#!/usr/bin/env bash
# Fuzzes one reader of a user's file with Jazzer, coverage-guided, for a given time:
#   scripts/fuzz.sh DescriptionFuzzTest#readsIntakeWorkbooks 600
# TARGET is a @FuzzTest in src/test/java/org/prss/advisor/fuzz (ClassName#method); SECONDS defaults to 600. The run
# starts from the committed seeds and the corpus of earlier runs (target/fuzz/corpus), and leaves any crashing
# input in target/fuzz/findings/TARGET/: copy it into the test's seed folder under src/test/resources so that
# `mvn verify` replays it from then on. Prints libFuzzer's progress and, at the end, executions and findings.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ $# -lt 1 || "$1" != *#* ]]; then
  echo "usage: scripts/fuzz.sh ClassName#method [SECONDS]   (the @FuzzTest methods:" >&2
  grep -l '@FuzzTest' src/test/java/org/prss/advisor/fuzz/*.java | while read -r f; do
    c="$(basename "$f" .java)"
    grep -A3 '@FuzzTest' "$f" | sed -n 's/^ *void \([a-zA-Z]*\)(.*/  '"$c"'#\1/p' >&2
  done
  echo ")" >&2
  exit 2
fi
class="${1%%#*}"
method="${1##*#}"
seconds="${2:-600}"
name="$class-$method"
seeds="src/test/resources/org/prss/advisor/fuzz/${class}Inputs/$method"
[[ -d "$seeds" ]] || { echo "fuzz: no seed folder $seeds (is $1 a @FuzzTest?)" >&2; exit 2; }
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz/classpath \
  -Dspotless.check.skip=true
corpus="target/fuzz/corpus/$name"
findings="target/fuzz/findings/$name"
mkdir -p "$corpus" "$findings"
# The advisor's own classes and the parsers they hand a user's bytes to are instrumented for coverage.
parsers='org.prss.**:org.apache.poi.**:org.apache.xmlbeans.**:org.apache.pdfbox.**:org.apache.fontbox.**'
parsers+=':com.fasterxml.jackson.**:org.yaml.snakeyaml.**'
log="target/fuzz/$name.log"
set +e
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/fuzz/classpath)" com.code_intelligence.jazzer.Jazzer \
  --target_class="org.prss.advisor.fuzz.$class" --target_method="$method" --instrumentation_includes="$parsers" \
  --keep_going=20 -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -artifact_prefix="$findings/" "$corpus" "$seeds" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
found=$(find "$findings" -type f | wc -l)
echo "fuzz: $1: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1 || echo 'stopped early'); corpus $(find "$corpus" -type f | wc -l) inputs; findings $found (in $findings)"
[[ $status -eq 0 && $found -eq 0 ]]
