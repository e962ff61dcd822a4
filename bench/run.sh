#!/usr/bin/env bash
# crosscheck benchmark: generated corpora of N articles, NLP floor vs full check, recall and
# precision against the planted discrepancies, and the seeds start-up ratio. Never part of
# `mvn verify`. See docs/PERFORMANCE.md.
#
#   bench/run.sh [SIZE...]        default sizes: 100 1000 10000
#   bench/run.sh seeds            only the seeds start-up ratio (c)
#
# Environment: THREADS (default: all cores), SEED (corpus seed, default 20240611),
# JAVA_OPTS (extra JVM options for every timed JVM, default none).
# The checks run with --fail-on never: findings are what is measured, not a failure.
# Output: a table on stdout and in bench/target/results.md; corpora, reports and raw timings
# under bench/target/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 10000)
[[ "${sizes[*]}" != seeds ]] || sizes=()
threads="${THREADS:-$(nproc)}"
seed="${SEED:-20240611}"
java_opts="${JAVA_OPTS:-}"
# the floor JVMs get the options the launcher picks for the same input (heap cap, collector, and
# C1-only for small inputs), so both sides run with the same settings
launcher_opts() { CROSSCHECK_PRINT_JAVA_OPTS=1 CROSSCHECK_JAVA_OPTS="$java_opts" bin/crosscheck check "$@"; }
out="$here/bench/target"
jar="$here/target/crosscheck.jar"
classes="$out/classes"
mkdir -p "$out" "$classes"

# 1. the jar (bin/crosscheck rebuilds it when sources are newer), then the bench classes
bin/crosscheck --version >/dev/null
javac -nowarn -d "$classes" -cp "$jar" bench/src/dev/crosscheck/bench/*.java
cp="$classes:$jar"

timed() { # timed LOGFILE CMD... : runs CMD, appends wall seconds and max RSS (KiB) to LOGFILE
  local log="$1"; shift
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "wall=%e rss_kb=%M" -o "$log.time" "$@" >"$log" 2>&1
  else
    local t0; t0=$(date +%s.%N)
    "$@" >"$log" 2>&1
    echo "wall=$(echo "$(date +%s.%N) - $t0" | bc) rss_kb=0" >"$log.time"
  fi
  cat "$log.time" >>"$log"
}
field() { grep -o "$2=[0-9.]*" "$1" | tail -1 | cut -d= -f2; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "threads: $threads   extra JVM options: ${java_opts:-none}   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
rows=()
declare -A full_wall
for n in ${sizes[@]+"${sizes[@]}"}; do
  corpus="$out/corpus-$n"
  if [[ ! -f "$corpus/truth.tsv" || "$corpus/truth.tsv" -ot bench/src/dev/crosscheck/bench/CorpusGenerator.java
        || "$(cat "$corpus/seed" 2>/dev/null)" != "$seed" ]]; then
    java -cp "$classes" dev.crosscheck.bench.CorpusGenerator "$n" "$corpus" "$seed"
    echo "$seed" >"$corpus/seed"
  fi
  # (a) NLP floor, (b) full check: same JVM options, same threads, same corpus
  opts="$(launcher_opts "$corpus/articles")"
  echo "$n articles: JVM options $opts"
  timed "$out/floor-$n.log" java $opts -cp "$cp" dev.crosscheck.bench.NlpFloor "$corpus/articles" "$threads"
  timed "$out/check-$n.log" env CROSSCHECK_JAVA_OPTS="$java_opts" bin/crosscheck check --fail-on never -j "$threads" \
      "$corpus/articles" -o "$out/report-$n.csv"
  java -cp "$cp" dev.crosscheck.bench.Score "$corpus/truth.tsv" "$out/report-$n.csv" >"$out/score-$n.txt"
  tokens=$(field "$out/floor-$n.log" tokens)
  fw=$(field "$out/floor-$n.log" wall); fr=$(field "$out/floor-$n.log" rss_kb)
  cw=$(field "$out/check-$n.log" wall); cr=$(field "$out/check-$n.log" rss_kb)
  full_wall[$n]=$cw
  rows+=("$(awk -v n="$n" -v t="$tokens" -v fw="$fw" -v fr="$fr" -v cw="$cw" -v cr="$cr" \
      -v rc="$(field "$out/score-$n.txt" recall)" -v pr="$(field "$out/score-$n.txt" precision)" 'BEGIN {
    printf "| %6d | %7.1f | %8.0f | %6.0f | %7.1f | %8.0f | %6.0f | %5.2f | %6.3f | %6.3f |", n, fw, n/fw, fr/1024,
      cw, t/cw, cr/1024, cw/fw, rc, pr }')")
done

header="| articles | floor s | floor art/s | floor MiB | check s | check tok/s | check MiB | full/floor | recall | precision |"
rule="| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
{
  if [[ ${#rows[@]} -gt 0 ]]; then echo "$header"; echo "$rule"; printf '%s\n' "${rows[@]}"; fi
  if [[ -n "${full_wall[1000]:-}" && -n "${full_wall[10000]:-}" ]]; then
    awk -v a="${full_wall[1000]}" -v b="${full_wall[10000]}" 'BEGIN { printf "\ncheck time 10,000 / 1,000 articles: %.2f (target <= 11)\n", b/a }'
  fi
} | tee "$out/results.md"

# (c) seeds end to end vs JVM start + model load only, best of 5 each
best() { sort -n | head -1; }
for i in 1 2 3 4 5; do
  timed "$out/seeds-check.log" env CROSSCHECK_JAVA_OPTS="$java_opts" bin/crosscheck check --fail-on never seeds -o "$out/seeds.csv"
  field "$out/seeds-check.log" wall
done | best >"$out/seeds-check.best"
for i in 1 2 3 4 5; do
  timed "$out/seeds-models.log" java $(launcher_opts seeds) -cp "$cp" dev.crosscheck.bench.NlpFloor --models-only
  field "$out/seeds-models.log" wall
done | best >"$out/seeds-models.best"
awk -v c="$(cat "$out/seeds-check.best")" -v m="$(cat "$out/seeds-models.best")" 'BEGIN {
  printf "\nseeds: check %.2f s, JVM + model load only %.2f s, ratio %.2f (target <= 2); best of 5\n", c, m, c/m }' \
  | tee -a "$out/results.md"
echo
for n in ${sizes[@]+"${sizes[@]}"}; do echo "recall/precision at $n:"; cat "$out/score-$n.txt"; done | tee -a "$out/results.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.md"
