# ./accord bench: the benchmark harness (issue 11). Sourced by ./accord, whose functions and settings it uses
# (STATE, ROOT, PG_*, APPS, app_field, pid_of, say, die, wait_port). It starts none of the suite: it expects
# ./accord up to be running. It runs pgbench against a scratch database (created and dropped here), nginx as the
# peer proxy (a config generated into .accord/bench/), wrk for the HTTP rows and bench/EventPath.java for the event
# path, prints each figure and ratio, and writes .accord/bench/result-<timestamp>.json. Timings are reported, never
# asserted.

BENCH_SECONDS="${ACCORD_BENCH_SECONDS:-10}"
BENCH_WARMUP="${ACCORD_BENCH_WARMUP:-5}"
BENCH_CONNECTIONS="${ACCORD_BENCH_CONNECTIONS:-16}"
BENCH_NGINX_PORT="${ACCORD_BENCH_NGINX_PORT:-8090}"
# unmeasured load on the suite before the first row: the JIT compiles the hot paths of freshly started apps for
# tens of seconds, and a benchmark of a suite that just started would measure the compiler
BENCH_SUITE_WARMUP="${ACCORD_BENCH_SUITE_WARMUP:-60}"
# the steady rates of the event path (captures + submissions per second), then the maximum rate
BENCH_RATES="${ACCORD_BENCH_RATES:-5 100}"
BENCH_DB=accord_bench
BENCH_DIR="$STATE/bench"
BENCH_ROWS=()      # one JSON object per measured row
BENCH_NGINX_PID=""

bench_usage() {
  cat <<USAGE
usage: ./accord bench     (with the suite running: ./accord up)
       ./accord bench seed [N]   N requirements (default 1,000,000) into requirements-service's database (bench/seed.sql)
       ./accord bench scale      list, paging and overview latency before and after the seed (bench/scale.sh)
       ./accord bench console [N]  the console's first screen in headless chromium, N runs (default 20; bench/console.sh)
  ACCORD_BENCH_SECONDS      seconds per row (default 10), plus ACCORD_BENCH_WARMUP (2) unmeasured before each HTTP row
  ACCORD_BENCH_CONNECTIONS  concurrent connections / pgbench clients / event-path writers (16)
  ACCORD_BENCH_RATES        steady event-path rates, captures+submissions per second ("5 100"); then the maximum
  ACCORD_BENCH_SUITE_WARMUP seconds of unmeasured load before the first row, for the JIT (60)
  ACCORD_BENCH_NGINX_PORT   where the reference nginx listens (8090)
./accord bench chaos: the resilience run, a steady load while components are killed (./accord bench chaos --help)
USAGE
}

bench() {
  if [[ "${1:-}" == chaos || "${1:-}" == --chaos ]]; then shift; source "$ROOT/bench/chaos.sh"; chaos "$@"; return; fi
  if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then bench_usage; return 0; fi
  case "${1:-}" in
    seed) shift; source "$ROOT/bench/scale.sh"; bench_seed "$@"; return ;;
    scale) shift; source "$ROOT/bench/scale.sh"; bench_scale "$@"; return ;;
    console) shift; source "$ROOT/bench/console.sh"; bench_console "$@"; return ;;
  esac
  [[ "$BENCH_SECONDS" =~ ^[1-9][0-9]*$ ]] || die "ACCORD_BENCH_SECONDS must be a whole number of seconds"
  bench_suite_is_up || exit 2
  bench_tools
  mkdir -p "$BENCH_DIR"
  trap bench_cleanup EXIT
  local started; started="$(date -u +%Y%m%dT%H%M%SZ)"
  local direct="http://127.0.0.1:$(app_field requirements-service 3)" gateway="http://127.0.0.1:$GATEWAY_PORT"
  local nginx="http://127.0.0.1:$BENCH_NGINX_PORT"

  say "Preparing: a token, a customer, a requirement to read, nginx in front of requirements-service"
  BENCH_TOKEN="$(bench_token "$gateway")" || die "no token from $gateway/auth/token (is the local profile on?)"
  export BENCH_TOKEN
  local customer requirement
  customer="$(bench_customer "$direct")" || die "could not register the benchmark's customer"
  bench_capture_body "$customer" >"$BENCH_DIR/capture.json"
  requirement="$(bench_requirement "$direct")" || die "could not capture the requirement the reads fetch"
  bench_nginx "${direct#http://}"

  if ((BENCH_SUITE_WARMUP > 0)); then
    say "Warming up: ${BENCH_SUITE_WARMUP} s of captures, reads, lists and submissions, direct and through the gateway (not measured)"
    local third=$(( (BENCH_SUITE_WARMUP + 2) / 3 ))
    BENCH_BODY_FILE="$BENCH_DIR/capture.json" wrk -t 1 -c 4 -d "${third}s" -s "$ROOT/bench/request.lua" "$gateway/api/v1/requirements" >/dev/null 2>&1 &
    BENCH_BODY_FILE="" wrk -t 1 -c 4 -d "${third}s" -s "$ROOT/bench/request.lua" "$gateway/api/v1/requirements/$requirement" >/dev/null 2>&1 || true
    wait "$!"
    BENCH_BODY_FILE="$BENCH_DIR/capture.json" wrk -t 1 -c 4 -d "${third}s" -s "$ROOT/bench/request.lua" "$direct/api/v1/requirements" >/dev/null 2>&1 &
    BENCH_BODY_FILE="" wrk -t 1 -c 4 -d "${third}s" -s "$ROOT/bench/request.lua" "$direct/api/v1/requirements?status=CAPTURED&size=20" >/dev/null 2>&1 || true
    wait "$!"
    # the event path's own code (submission, review opening, the consumers, the live stream) needs its JIT too
    java "$ROOT/bench/EventPath.java" "$direct" "$gateway" "$BENCH_DIR/capture.json" max "$third" 4 >/dev/null 2>&1 || true
  fi
  bench_analyze
  say "Measuring: $BENCH_SECONDS s per row, $BENCH_CONNECTIONS connections"
  bench_pgbench
  local read="/api/v1/requirements/$requirement" list="/api/v1/requirements?status=CAPTURED&size=20"
  bench_wrk capture_direct "capture, direct" "$direct/api/v1/requirements" "$BENCH_DIR/capture.json"
  bench_wrk capture_gateway "capture, through the gateway" "$gateway/api/v1/requirements" "$BENCH_DIR/capture.json"
  bench_wrk read_direct "read by id, direct" "$direct$read"
  bench_wrk read_gateway "read by id, through the gateway" "$gateway$read"
  bench_wrk read_nginx "read by id, through nginx" "$nginx$read"
  bench_wrk list_direct "filtered list, direct" "$direct$list"
  bench_wrk list_gateway "filtered list, through the gateway" "$gateway$list"
  local rate
  for rate in $BENCH_RATES; do bench_event_path "events_${rate}" "$rate" "$direct" "$gateway"; done
  bench_event_path events_max max "$direct" "$gateway"

  bench_report "$started"
}

# every app answers ready on its management port, or the harness says what to do and exits 2
bench_suite_is_up() {
  local app name management down=()
  for app in "${APPS[@]}"; do
    IFS=: read -r name _ _ management _ <<<"$app"
    curl -fs -o /dev/null "http://127.0.0.1:$management/q/health/ready" || down+=("$name")
  done
  if ((${#down[@]})); then
    printf 'accord bench: not running or not ready: %s\n  start the suite first: ./accord up (see README, Benchmarks)\n' "${down[*]}" >&2
    return 1
  fi
}

# wrk, nginx and pgbench from the distribution's packages, installed only when absent
bench_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v jq >/dev/null || missing+=(jq)
  if ((${#missing[@]})); then
    say "Installing ${missing[*]} (apt-get)"
    local sudo=(); [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
    # RUNLEVEL=1: the package's own nginx service is not started
    "${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 \
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "could not install ${missing[*]}"
  fi
}

# Fresh planner statistics and no dead rows in the suite's databases, as autovacuum keeps them in any production
# PostgreSQL. Without it a database whose autovacuum is off (this project's CI machine runs so) plans the lists with
# the statistics of an empty table: the filtered list fell from 613 to 31 per s once the table held 70,000 rows.
bench_analyze() {
  local app db autovacuum
  autovacuum="$(pg -Atc 'show autovacuum' 2>/dev/null || true)"
  say "Vacuuming and analysing the suite's databases (autovacuum here: ${autovacuum:-unknown})"
  for app in "${APPS[@]}"; do
    IFS=: read -r _ _ _ _ db <<<"$app"
    [[ -n "$db" && "$db" != - ]] && pg -d "$db" -qc 'vacuum (analyze)' >/dev/null 2>&1 || true
  done
}

bench_token() { # gateway, [role: SALES]
  local role="${2:-SALES}"
  curl -fs "$1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"user\":\"bench.${role,,}\",\"roles\":[\"$role\"]}" | jq -er .token
}

bench_customer() { # service url
  curl -fs "$1/api/v1/customers" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"BENCH-$(date +%s%N)\",\"name\":\"Benchmark Pumps\"}" | jq -er .id
}

bench_capture_body() { # customer id
  cat <<JSON
{"customerId": "$1", "source": "ORDER", "title": "Pump housings 2027",
 "items": [{"productCode": "PH-200", "description": "pump housing", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
 "delivery": {"dueDate": "$(date -u -d '+3 months' +%F)", "place": "Wuxi"},
 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
JSON
}

bench_requirement() { # service url
  curl -fs "$1/api/v1/requirements" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "@$BENCH_DIR/capture.json" | jq -er .id
}

# nginx, the peer proxy: the Debian package's binary with a config of our own, keep-alive to the backend like the gateway
bench_nginx() { # backend host:port
  local conf="$BENCH_DIR/nginx.conf" bin; bin="$(command -v nginx || echo /usr/sbin/nginx)"
  mkdir -p "$BENCH_DIR/nginx-temp"
  cat >"$conf" <<NGINX
# generated by ./accord bench: nginx proxying requirements-service, the reference the gateway is compared with
worker_processes auto;
daemon off;
pid $BENCH_DIR/nginx.pid;
error_log $BENCH_DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log $BENCH_DIR/nginx-access.log;
  client_body_temp_path $BENCH_DIR/nginx-temp/body;
  proxy_temp_path $BENCH_DIR/nginx-temp/proxy;
  fastcgi_temp_path $BENCH_DIR/nginx-temp/fastcgi;
  uwsgi_temp_path $BENCH_DIR/nginx-temp/uwsgi;
  scgi_temp_path $BENCH_DIR/nginx-temp/scgi;
  upstream requirements { server $1; keepalive 32; }
  server {
    listen 127.0.0.1:$BENCH_NGINX_PORT;
    location / {
      proxy_pass http://requirements;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
NGINX
  "$bin" -t -q -p "$BENCH_DIR" -c "$conf" || die "nginx refused $conf"
  "$bin" -p "$BENCH_DIR" -c "$conf" &
  BENCH_NGINX_PID=$!
  wait_port "$BENCH_NGINX_PORT" 10 || die "nginx did not listen on :$BENCH_NGINX_PORT; see $BENCH_DIR/nginx-error.log"
}

bench_cleanup() {
  if [[ -n "$BENCH_NGINX_PID" ]] && kill -0 "$BENCH_NGINX_PID" 2>/dev/null; then
    kill "$BENCH_NGINX_PID"; wait "$BENCH_NGINX_PID" 2>/dev/null || true
  fi
  pg -qc "drop database if exists $BENCH_DB" >/dev/null 2>&1 || true
}

bench_pgbench() {
  printf '  %-44s' "PostgreSQL single-row INSERT (pgbench)"
  pg -qc "drop database if exists $BENCH_DB" >/dev/null 2>&1
  pg -qc "create database $BENCH_DB" >/dev/null
  pg -q -d "$BENCH_DB" -c "create table bench_row (id bigserial primary key, payload jsonb not null,
      created_at timestamptz not null default now())" >/dev/null
  local out
  # prepared statements, like the services' JDBC driver; autocommit: one commit per INSERT
  out="$( ([[ -n "$PG_PASSWORD" ]] && export PGPASSWORD="$PG_PASSWORD"
    pgbench -n -M prepared -c "$BENCH_CONNECTIONS" -j 2 -T "$BENCH_SECONDS" -f "$ROOT/bench/insert.sql" \
      -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$BENCH_DB") 2>&1)" || die "pgbench failed: $out"
  pg -qc "drop database $BENCH_DB" >/dev/null
  local tps latency
  tps="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -1)"
  latency="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
  [[ -n "$tps" ]] || die "no tps in pgbench's output: $out"
  BENCH_ROWS+=("$(jq -nc --arg tps "$tps" --arg lat "${latency:-}" '{key: "pgbench_insert", what: "PostgreSQL single-row INSERT (pgbench)",
      perSecond: ($tps | tonumber), meanMs: (if $lat == "" then null else ($lat | tonumber) end)}')")
  printf '%10.0f /s   mean %6.2f ms\n' "$tps" "${latency:-0}"
}

bench_wrk() { # key, what, url, [body file: POST]
  local key="$1" what="$2" url="$3" body="${4:-}"
  printf '  %-44s' "$what"
  if ((BENCH_WARMUP > 0)); then
    BENCH_BODY_FILE="$body" wrk -t 2 -c "$BENCH_CONNECTIONS" -d "${BENCH_WARMUP}s" -s "$ROOT/bench/request.lua" "$url" >/dev/null 2>&1 || true
  fi
  local out line
  out="$(BENCH_BODY_FILE="$body" wrk -t 2 -c "$BENCH_CONNECTIONS" -d "${BENCH_SECONDS}s" --timeout 10s \
    -s "$ROOT/bench/request.lua" "$url" 2>&1)" || die "wrk failed on $url: $out"
  line="$(sed -n 's/^BENCH //p' <<<"$out")"
  [[ -n "$line" ]] || die "no result from wrk on $url: $out"
  # answered is every response; ok the 2xx ones, the figure that counts (a 429 or 503 is not a capture)
  local row; row="$(jq -c --arg key "$key" --arg what "$what" --arg url "$url" \
    '{key: $key, what: $what, url: $url} + . + {answeredPerSecond: (.requests / .seconds),
      perSecond: ((.requests - .non2xx) / .seconds)}' <<<"$line")"
  BENCH_ROWS+=("$row")
  jq -r '"\(.perSecond | floor | tostring | (" " * (10 - length)) + .) /s   p50 \(.p50Ms * 100 | round / 100) ms, p99 \(.p99Ms * 100 | round / 100) ms"
      + (if .non2xx > 0 then "   (\(.non2xx) non-2xx answers left out)" else "" end)
      + (if .socketErrors > 0 then "   (\(.socketErrors) socket errors)" else "" end)' <<<"$row"
  if jq -e '.non2xx > 0' <<<"$row" >/dev/null; then
    local status; status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $BENCH_TOKEN" "$url" || true)"
    [[ "$status" == 429 ]] && printf '  %-44s%s\n' "" "the gateway rate-limits one address (README, Benchmarks: start the suite with bench/limits.env)"
  fi
  return 0
}

bench_event_path() { # key, rate|max, direct url, gateway url
  local key="$1" rate="$2" what
  if [[ "$rate" == max ]]; then what="event path at the maximum write rate"; else what="event path at $rate/s"; fi
  printf '  %-44s' "$what"
  local out line
  out="$(java "$ROOT/bench/EventPath.java" "$3" "$4" "$BENCH_DIR/capture.json" "$rate" "$BENCH_SECONDS" \
    "$BENCH_CONNECTIONS" 2>&1)" || die "the event path driver failed: $out"
  line="$(sed -n 's/^BENCH //p' <<<"$out")"
  [[ -n "$line" ]] || die "no result from the event path driver: $out"
  local row; row="$(jq -c --arg key "$key" --arg what "$what" '{key: $key, what: $what} + .' <<<"$line")"
  BENCH_ROWS+=("$row")
  jq -r '"p50 \(.p50Ms) ms, p99 \(.p99Ms) ms, max \(.maxMs) ms; \(.achievedPerSecond)/s submitted"
      + (if .offeredPerSecond != null and .achievedPerSecond < 0.95 * .offeredPerSecond then " (rate not reached)" else "" end)
      + ", drained \(.drainMs) ms after the writes"
      + (if .unseen > 0 then ", \(.unseen) reviews not seen" else "" end)
      + (if .failures > 0 then ", \(.failures) failed writes" else "" end)
      + (if .streamErrors > 0 then ", the live stream failed \(.streamErrors) times" else "" end)' <<<"$row"
}

# resident memory of each process ./accord up started, after the load
# each process's peak resident memory since it started (VmHWM), so the figure covers the whole run, not its end
bench_rss() {
  local app name pid kb rows=()
  for name in kafka $(for app in "${APPS[@]}"; do echo "${app%%:*}"; done); do
    pid="$(pid_of "$name")" || continue
    kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)" || continue
    [[ -n "$kb" ]] && rows+=("$(jq -nc --arg n "$name" --argjson kb "$kb" '{($n): ($kb / 1024 | round)}')")
  done
  ((${#rows[@]})) && printf '%s\n' "${rows[@]}" | jq -sc 'add' || echo '{}'
}

# the JVM options requirements-service runs with (what ./accord up gave it, not this shell's ACCORD_JAVA_OPTS)
bench_java_opts() {
  local pid; pid="$(pid_of requirements-service)" || { echo unknown; return; }
  ps -o args= -p "$pid" | sed 's/^[^ ]*java //; s/ -Dquarkus\.profile.*//'
}

# the gateway's rate-limit variables, as bench/limits.env sets them (empty: its defaults)
bench_gateway_limits() {
  local pid; pid="$(pid_of gateway)" || return 0
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -E '^ACCORD_GATEWAY_(ADDRESS_LIMIT|RATE_LIMITS)_' | paste -sd' ' || true
}

bench_report() { # started (timestamp)
  local rows result file="$BENCH_DIR/result-$1.json"
  rows="$(printf '%s\n' "${BENCH_ROWS[@]}" | jq -sc 'map({(.key): del(.key)}) | add')"
  result="$(jq -n --argjson rows "$rows" --argjson rss "$(bench_rss)" --arg started "$1" \
    --arg commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --arg javaOpts "$(bench_java_opts)" --arg limits "$(bench_gateway_limits)" --argjson seconds "$BENCH_SECONDS" \
    --argjson connections "$BENCH_CONNECTIONS" --argjson cpus "$(nproc)" \
    --argjson ready "$(cat "$STATE/ready-seconds" 2>/dev/null || echo null)" '
    def ratio(a; b): if (a == null or b == null or b == 0) then null else (a / b * 1000 | round / 1000) end;
    {started: $started, commit: $commit, cpus: $cpus, secondsPerRow: $seconds, connections: $connections,
     javaOpts: $javaOpts, gatewayLimitsSet: $limits, rows: $rows, peakRssMb: $rss, suiteReadySeconds: $ready,
     ratios: {
       captureDirectOverPgbench: ratio($rows.capture_direct.perSecond; $rows.pgbench_insert.perSecond),
       captureGatewayOverDirect: ratio($rows.capture_gateway.perSecond; $rows.capture_direct.perSecond),
       readDirectOverPgbench: ratio($rows.read_direct.perSecond; $rows.pgbench_insert.perSecond),
       readGatewayOverDirect: ratio($rows.read_gateway.perSecond; $rows.read_direct.perSecond),
       readGatewayOverNginx: ratio($rows.read_gateway.perSecond; $rows.read_nginx.perSecond),
       readNginxOverDirect: ratio($rows.read_nginx.perSecond; $rows.read_direct.perSecond),
       listGatewayOverDirect: ratio($rows.list_gateway.perSecond; $rows.list_direct.perSecond)
     },
     targets: {captureDirectOverPgbench: 0.15, captureGatewayOverDirect: 0.85, readDirectOverPgbench: 0.45,
       readGatewayOverNginx: 0.8, eventPathP99MsAt100PerSecond: 100, peakRssMbPerService: 256,
       suiteReadySeconds: 20}}')"
  printf '%s\n' "$result" >"$file"
  say "Ratios (target in brackets, issue 11)"
  jq -r '.ratios as $r | .targets as $t | [
      ["capture direct / pgbench", $r.captureDirectOverPgbench, "≥ \($t.captureDirectOverPgbench)"],
      ["capture gateway / direct", $r.captureGatewayOverDirect, "≥ \($t.captureGatewayOverDirect)"],
      ["read direct / pgbench", $r.readDirectOverPgbench, "≥ \($t.readDirectOverPgbench)"],
      ["read gateway / direct", $r.readGatewayOverDirect, ""],
      ["read gateway / nginx", $r.readGatewayOverNginx, "≥ \($t.readGatewayOverNginx)"],
      ["read nginx / direct", $r.readNginxOverDirect, ""],
      ["list gateway / direct", $r.listGatewayOverDirect, ""]
    ] | .[] | "  \(.[0] | . + " " * (44 - length))\(.[1])" + (if .[2] != "" then "   [\(.[2])]" else "" end)' <<<"$result"
  say "Peak memory since start (RSS, MB; target ≤ 256 per service)"
  jq -r '.peakRssMb | to_entries[] | "  \(.key | . + " " * (44 - length))\(.value)"' <<<"$result"
  jq -r '"  suite ready after ./accord up (s)           \(.suiteReadySeconds // "unknown")   [≤ \(.targets.suiteReadySeconds)]"' <<<"$result"
  echo "Result: $file"
}
