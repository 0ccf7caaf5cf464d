# ./accord bench seed [N] | scale: issue 11's scale rows. Sourced by bench/bench.sh (and so by ./accord), whose
# functions and settings it uses (bench_wrk, bench_token, bench_suite_is_up, pg, BENCH_*). Timings are reported,
# never asserted.
#   seed   writes N requirements (default 1,000,000) of 1,000 customers (SEED-…), their revisions and hash-chained
#          audit entries straight into requirements-service's database with bench/seed.sql; refuses a second run
#   scale  measures the lists (by status, by customer, unfiltered newest first, a page 50 deep, a cursor half-way
#          down), the customer overview and the management review of the last 12 months (issue 14: under a second),
#          seeds if not yet seeded, measures again, and prints each p99 with its ratio to the first (issue 11: within 2×)
#   The seed also writes a year of decided reviews (bench/seed-reviews.sql, ACCORD_SCALE_REVIEWS, default half the
#   requirements) into review-service's database, so that the management review's review KPIs aggregate a year.

SCALE_CUSTOMERS="${ACCORD_SCALE_CUSTOMERS:-1000}"
SCALE_PAGE_FILL=21   # records captured before the first phase: one more than a page

scale_database() {
  local db; db="$(app_field requirements-service 5)"
  [[ -n "$db" ]] || die "apps.conf names no database for requirements-service"
  echo "$db"
}

bench_seed() { # [N]
  local n="${1:-1000000}" db; db="$(scale_database)"
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "seed: N must be a whole number (got $n)"
  pg -d "$db" -tAc "select 1 from information_schema.tables where table_name = 'requirement'" 2>/dev/null | grep -q 1 \
    || die "seed: $db has no requirement table yet: start the suite once (./accord up), Flyway creates it"
  say "Seeding $n requirements of $SCALE_CUSTOMERS customers into $db (bench/seed.sql)"
  local started=$SECONDS
  pg -X -q -d "$db" -v n="$n" -v customers="$SCALE_CUSTOMERS" -f "$ROOT/bench/seed.sql" || die "the seed failed"
  echo "  took $((SECONDS - started)) s"
  scale_prove_chain
  local reviews_db reviews="${ACCORD_SCALE_REVIEWS:-$((n / 2))}"; reviews_db="$(app_field review-service 5)"
  if [[ -n "$reviews_db" ]] && pg -d "$reviews_db" -tAc "select 1 from information_schema.tables where table_name = 'review'" 2>/dev/null | grep -q 1; then
    say "Seeding $reviews decided reviews of the last 12 months into $reviews_db (bench/seed-reviews.sql)"
    started=$SECONDS
    pg -X -q -d "$reviews_db" -v n="$reviews" -f "$ROOT/bench/seed-reviews.sql" || die "the review seed failed"
    echo "  took $((SECONDS - started)) s"
  fi
}

# one seeded record's history, verified by requirements-service itself (when it runs): the chains the SQL wrote hold
scale_prove_chain() {
  local direct="http://127.0.0.1:$(app_field requirements-service 3)" id token
  curl -fs -o /dev/null "http://127.0.0.1:$(app_field requirements-service 4)/q/health/ready" || return 0
  token="$(bench_token "http://127.0.0.1:$GATEWAY_PORT")" || return 0
  id="$(pg -d "$(scale_database)" -tAc "select id from requirement where created_by = 'seed.sales' and status = 'DELIVERED' limit 1")"
  [[ -n "$id" ]] || return 0
  printf '  audit chain of seeded record %s: ' "$id"
  curl -fs "$direct/api/v1/requirements/$id/history/verification" -H "Authorization: Bearer $token" || echo "(no answer)"
  echo
}

scale_seeded() {
  pg -d "$(scale_database)" -tAc "select 1 from customer where code like 'SEED-%' limit 1" | grep -q 1
}

# the cursor of a row half-way down the newest-first list (when the list is empty: of a year ago, so it reads nothing):
# the sort it continues (the list's default, createdAt,desc), then the row's created_at and id, each base64url
scale_deep_cursor() {
  local row at id
  row="$(pg -d "$(scale_database)" -tAc "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || ' ' || id
      from requirement order by created_at desc, id desc offset (select count(*) / 2 from requirement) limit 1")"
  if [[ -z "$row" ]]; then row="$(date -u -d '-1 year' +%Y-%m-%dT%H:%M:%S.000000Z) ffffffff-ffff-ffff-ffff-ffffffffffff"; fi
  at="${row% *}"; id="${row#* }"
  printf '%s.%s.%s' "$(scale_b64url 'createdAt,desc')" "$(scale_b64url "$at")" "$(scale_b64url "$id")"
}

scale_b64url() {
  printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='
}

scale_rows() { # phase (before|after), customer id
  local phase="$1" customer="$2" cursor
  local direct="http://127.0.0.1:$(app_field requirements-service 3)" gateway="http://127.0.0.1:$GATEWAY_PORT"
  cursor="$(scale_deep_cursor)"
  bench_analyze
  say "Measuring ($phase the seed; customer $customer): $BENCH_SECONDS s per row, $BENCH_CONNECTIONS connections"
  bench_wrk "${phase}_status" "requirements by status" "$direct/api/v1/requirements?status=CAPTURED&size=20"
  bench_wrk "${phase}_customer" "requirements by customer" "$direct/api/v1/requirements?customerId=$customer&size=20"
  bench_wrk "${phase}_customer_status" "requirements by customer and status" "$direct/api/v1/requirements?customerId=$customer&status=ACCEPTED&size=20"
  bench_wrk "${phase}_newest" "all requirements, newest first" "$direct/api/v1/requirements?size=20"
  bench_wrk "${phase}_page50" "page 50 (offset 1,000) by status" "$direct/api/v1/requirements?status=ACCEPTED&page=50&size=20"
  bench_wrk "${phase}_cursor" "a cursor half-way down, newest first" "$direct/api/v1/requirements?size=20&cursor=$cursor"
  bench_wrk "${phase}_customers" "customers" "$direct/api/v1/customers?size=20"
  bench_wrk "${phase}_overview" "customer overview, through the gateway" "$gateway/api/v1/customers/$customer/overview"
  # the report is read by quality (SALES, the harness's usual role, may not): the last 12 months, every section
  BENCH_TOKEN="$(bench_token "$gateway" QUALITY)" \
    bench_wrk "${phase}_management_review" "management review (12 months), through the gateway" "$gateway/api/v1/management-review"
}

bench_scale() {
  bench_suite_is_up || exit 2
  bench_tools
  mkdir -p "$BENCH_DIR"
  local started; started="$(date -u +%Y%m%dT%H%M%SZ)"
  local direct="http://127.0.0.1:$(app_field requirements-service 3)" gateway="http://127.0.0.1:$GATEWAY_PORT"
  BENCH_TOKEN="$(bench_token "$gateway")" || die "no token from $gateway/auth/token (is the local profile on?)"
  export BENCH_TOKEN
  local before_rows=0 customer
  if scale_seeded; then
    echo "  already seeded: no before-figures, only the seeded database's"
  else
    customer="$(bench_customer "$direct")" || die "could not register the benchmark's customer"
    bench_capture_body "$customer" >"$BENCH_DIR/capture.json"
    # full pages before as after (20 of its own records, so 20 on every unfiltered and CAPTURED page): otherwise the
    # ratio measures rendering 20 records against rendering none, not the database growing
    local i
    for ((i = 0; i < SCALE_PAGE_FILL; i++)); do
      bench_requirement "$direct" >/dev/null || die "could not capture a requirement"
    done
    scale_rows before "$customer"
    before_rows=1
    bench_seed "${ACCORD_SCALE_REQUIREMENTS:-1000000}"
  fi
  # a customer with its share of the records (1,000 of a million)
  customer="$(pg -d "$(scale_database)" -tAc "select id from customer where code = 'SEED-$(printf '%06d' $((SCALE_CUSTOMERS / 2)))'")"
  scale_rows after "$customer"
  scale_report "$started" "$before_rows"
}

scale_report() { # started, whether there are before-figures
  local rows result file="$BENCH_DIR/scale-$1.json"
  rows="$(printf '%s\n' "${BENCH_ROWS[@]}" | jq -sc 'map({(.key): del(.key)}) | add')"
  result="$(jq -n --argjson rows "$rows" --arg started "$1" --argjson seconds "$BENCH_SECONDS" \
    --arg commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --argjson requirements "$(pg -d "$(scale_database)" -tAc 'select count(*) from requirement')" \
    --argjson connections "$BENCH_CONNECTIONS" --argjson cpus "$(nproc)" --arg javaOpts "$(bench_java_opts)" '
    {started: $started, commit: $commit, cpus: $cpus, secondsPerRow: $seconds, connections: $connections,
     javaOpts: $javaOpts, requirementsAfter: $requirements, rows: $rows,
     p99AfterOverBefore: ($rows | to_entries | map(select(.key | startswith("after_"))) | map(.key |= ltrimstr("after_"))
       | map({(.key): (if $rows["before_" + .key] == null or $rows["before_" + .key].p99Ms == 0 then null
                      else (.value.p99Ms / $rows["before_" + .key].p99Ms * 100 | round / 100) end)}) | add),
     target: {p99AfterOverBefore: 2}}')"
  printf '%s\n' "$result" >"$file"
  say "p99 after the seed / before (target ≤ 2, issue 11)"
  jq -r '.rows as $r | .p99AfterOverBefore | to_entries[] |
    "  \(.key | . + " " * (20 - length))before p99 \($r["before_" + .key].p99Ms // "-") ms   after p99 \($r["after_" + .key].p99Ms) ms   ratio \(.value // "-")"' <<<"$result"
  echo "Result: $file"
}
