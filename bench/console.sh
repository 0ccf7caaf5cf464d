# ./accord bench console [runs]: how quickly the console's first screen is usable (issue 15). Sourced by bench/bench.sh,
# so it has ./accord's settings (ROOT, GATEWAY_PORT, say, die) and the harness's (BENCH_DIR, bench_suite_is_up). It
# starts none of the suite: it expects ./accord up to be running, whose build also compiled e2e-tests' test classes
# and wrote their classpath. e2e-tests' ConsoleBench drives Debian's headless chromium through ConsoleBrowser (the
# browser tests' harness): per run a first visit in a fresh profile and a returning one, then the median and p95 of
# domInteractive, of the moment the sign-in form is usable, and of the bytes transferred. Timings are reported, never
# asserted.

CONSOLE_BENCH_RUNS="${ACCORD_BENCH_CONSOLE_RUNS:-20}"

bench_console() {
  local runs="${1:-$CONSOLE_BENCH_RUNS}"
  [[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "usage: ./accord bench console [runs] (a whole number, default $CONSOLE_BENCH_RUNS)"
  bench_suite_is_up || exit 2
  [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] \
    || die "the console benchmark needs Debian's chromium and its driver: apt-get install chromium chromium-driver fonts-noto-cjk"
  local classes="$ROOT/e2e-tests/target/test-classes" classpath="$ROOT/e2e-tests/target/test-classpath.txt"
  [[ -f "$classes/io/accord/e2e/ConsoleBench.class" && -f "$classpath" ]] \
    || die "e2e-tests' test classes are not built: ./accord down && ./accord up builds them (or mvn -o package -DskipTests)"
  mkdir -p "$BENCH_DIR"
  local result; result="$BENCH_DIR/console-$(date -u +%Y%m%dT%H%M%SZ).json"
  say "The console's first screen, $runs runs in headless chromium against http://127.0.0.1:$GATEWAY_PORT/console/"
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$classes:$(cat "$classpath")" io.accord.e2e.ConsoleBench "http://127.0.0.1:$GATEWAY_PORT" "$runs" "$result"
  echo "  written to $result"
}
