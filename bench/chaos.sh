# ./accord bench chaos: the resilience run (issue 11, point 5). Sourced by bench/bench.sh, so it has ./accord's
# functions and settings (STATE, APPS, KAFKA_NODES, kafka_names, kafka_port, start_kafka_node, restart_app, pid_of,
# pg, say, die, wait_port) and the harness's (BENCH_DIR, bench_suite_is_up). It starts none of the suite: it expects
# ./accord up to be running (best with ACCORD_KAFKA_NODES=3 and bench/limits.env), and leaves it running.
#
# bench/Chaos.java writes through the gateway at a steady rate while this script kills a component (kill -9; the
# PostgreSQL server is stopped and started) every interval and restarts it as ./accord up does, timing how long until
# it is ready and a write goes through end to end (submitted, its review visible). After the load and the drain it
# checks in the services' databases that every accepted write has exactly its effect downstream, prints accepted,
# refused, lost and doubled, writes .accord/bench/chaos-<timestamp>.json, and fails (exit 1) if anything was lost or
# doubled. Timings are reported, never asserted.

CHAOS_MINUTES="${ACCORD_CHAOS_MINUTES:-10}"
CHAOS_INTERVAL="${ACCORD_CHAOS_INTERVAL:-60}"
CHAOS_RATE="${ACCORD_CHAOS_RATE:-auto}"
CHAOS_PROBE_SECONDS="${ACCORD_CHAOS_PROBE_SECONDS:-15}"
CHAOS_CONNECTIONS="${ACCORD_CHAOS_CONNECTIONS:-16}"
CHAOS_DRAIN="${ACCORD_CHAOS_DRAIN:-180}"
CHAOS_PG_DOWN="${ACCORD_CHAOS_PG_DOWN:-5}"
CHAOS_TARGETS="${ACCORD_CHAOS_TARGETS:-}"
CHAOS_RECOVERY_LIMIT=300
CHAOS_LOAD_PID=""
CHAOS_KILLS=()     # one JSON object per kill

chaos_usage() {
  cat <<USAGE
usage: ./accord bench chaos     (with the suite running, e.g. env \$(grep -v '^#' bench/limits.env) ACCORD_KAFKA_NODES=3 ./accord up)
  ACCORD_CHAOS_MINUTES        minutes of steady load (default 10)
  ACCORD_CHAOS_INTERVAL       seconds between two kills (60, at least 10)
  ACCORD_CHAOS_RATE           writes per second, or auto: half of the maximum a probe measures first (auto)
  ACCORD_CHAOS_PROBE_SECONDS  how long that probe writes as fast as it can (15)
  ACCORD_CHAOS_CONNECTIONS    concurrent writers (16)
  ACCORD_CHAOS_DRAIN          seconds after the load for the effects to arrive before the check (180)
  ACCORD_CHAOS_PG_DOWN        seconds PostgreSQL stays stopped when it is the one killed (5, at most 20)
  ACCORD_CHAOS_TARGETS        what may be killed (default: every broker node, postgresql, every app), e.g. "gateway kafka-2"
Each round kills the next of a shuffled list of the targets (reshuffled when all had their turn), so a run kills each
of them in turn. It checks: one review per accepted submission, one complaint per accepted escalated feedback, one
survey invitation per accepted delivery; exit 1 if any is lost or doubled.
USAGE
}

chaos_all_targets() {
  kafka_names
  echo postgresql
  local app; for app in "${APPS[@]}"; do echo "${app%%:*}"; done
}

# every setting checked before anything runs; what is wrong is said, with exit 2
chaos_settings_are_valid() {
  local wrong=()
  [[ "$CHAOS_MINUTES" =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)$ ]] && awk "BEGIN { exit !($CHAOS_MINUTES > 0) }" \
    || wrong+=("ACCORD_CHAOS_MINUTES must be a positive number of minutes, not '$CHAOS_MINUTES'")
  [[ "$CHAOS_INTERVAL" =~ ^[0-9]+$ ]] && ((CHAOS_INTERVAL >= 10)) \
    || wrong+=("ACCORD_CHAOS_INTERVAL must be a whole number of seconds, at least 10, not '$CHAOS_INTERVAL'")
  if [[ "$CHAOS_RATE" != auto ]]; then
    [[ "$CHAOS_RATE" =~ ^[0-9]+\.?[0-9]*$ ]] && awk "BEGIN { exit !($CHAOS_RATE > 0) }" \
      || wrong+=("ACCORD_CHAOS_RATE must be auto or a positive number of writes per second, not '$CHAOS_RATE'")
  fi
  local setting
  for setting in CHAOS_PROBE_SECONDS CHAOS_CONNECTIONS CHAOS_DRAIN; do
    [[ "${!setting}" =~ ^[1-9][0-9]*$ ]] || wrong+=("ACCORD_$setting must be a positive whole number, not '${!setting}'")
  done
  [[ "$CHAOS_PG_DOWN" =~ ^[0-9]+$ ]] && ((CHAOS_PG_DOWN >= 1 && CHAOS_PG_DOWN <= 20)) \
    || wrong+=("ACCORD_CHAOS_PG_DOWN must be 1 to 20 seconds (PostgreSQL is shared), not '$CHAOS_PG_DOWN'")
  local target known; known=" $(chaos_all_targets | paste -sd' ') "
  for target in $CHAOS_TARGETS; do
    [[ "$known" == *" $target "* ]] || wrong+=("ACCORD_CHAOS_TARGETS: no component '$target' (these are:$known)")
  done
  if ((${#wrong[@]})); then
    printf 'accord bench chaos: %s\n' "${wrong[@]}" >&2
    echo "  (./accord bench chaos --help lists the settings)" >&2
    return 1
  fi
}

chaos() {
  if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then chaos_usage; return 0; fi
  chaos_settings_are_valid || exit 2
  bench_suite_is_up || exit 2
  bench_tools
  local started; started="$(date -u +%Y%m%dT%H%M%SZ)"
  CHAOS_DIR="$BENCH_DIR/chaos-$started"
  mkdir -p "$CHAOS_DIR"
  trap chaos_cleanup EXIT
  local gateway="http://127.0.0.1:$GATEWAY_PORT"
  local targets=($CHAOS_TARGETS)
  ((${#targets[@]})) || mapfile -t targets < <(chaos_all_targets)
  ((KAFKA_NODES > 1)) || echo "  (one broker: while it is away no event flows; ACCORD_KAFKA_NODES=3 ./accord up runs a cluster that keeps going)"

  say "Preparing (a customer, a delivery survey, a first order through a full review), then the load"
  java "$ROOT/bench/Chaos.java" "$gateway" "$CHAOS_DIR" "$CHAOS_RATE" "$CHAOS_PROBE_SECONDS" "$CHAOS_MINUTES" \
    "$CHAOS_CONNECTIONS" "$CHAOS_DRAIN" >"$CHAOS_DIR/load.out" 2>"$CHAOS_DIR/load.log" &
  CHAOS_LOAD_PID=$!
  until [[ -s "$CHAOS_DIR/steady" ]]; do
    kill -0 "$CHAOS_LOAD_PID" 2>/dev/null || die "the load generator stopped before the load: $(cat "$CHAOS_DIR/load.log")"
    sleep 0.5
  done
  sed 's/^/  /' "$CHAOS_DIR/load.log"
  chaos_probe_tokens "$gateway"
  local rate steady_from end
  rate="$(cat "$CHAOS_DIR/steady")"
  steady_from="$(date +%s)"
  end=$((steady_from + $(awk "BEGIN { printf \"%d\", $CHAOS_MINUTES * 60 }")))
  say "Load: $rate writes/s through the gateway for $CHAOS_MINUTES min; a kill every $CHAOS_INTERVAL s among: ${targets[*]}"

  local next=$((steady_from + CHAOS_INTERVAL)) order=() target
  while ((next < end)); do
    while (($(date +%s) < next)); do sleep 0.5; done
    ((${#order[@]})) || mapfile -t order < <(printf '%s\n' "${targets[@]}" | shuf)
    target="${order[0]}"; order=("${order[@]:1}")
    chaos_kill "$target" "$gateway" "$steady_from"
    next=$((next + CHAOS_INTERVAL))
    # a recovery longer than the interval postpones the next kill: one fault at a time
    while ((next < $(date +%s) + 5)); do next=$((next + CHAOS_INTERVAL)); done
  done

  say "Load ending; then up to $CHAOS_DRAIN s for the effects downstream"
  wait "$CHAOS_LOAD_PID" || die "the load generator failed: $(tail -5 "$CHAOS_DIR/load.log")"
  CHAOS_LOAD_PID=""
  local load; load="$(sed -n 's/^CHAOS //p' "$CHAOS_DIR/load.out")"
  [[ -n "$load" ]] || die "no result from the load generator: $(tail -5 "$CHAOS_DIR/load.log")"
  local customer; customer="$(jq -r .customerId <<<"$load")"
  local check deadline=$(($(date +%s) + CHAOS_DRAIN))
  while :; do
    check="$(chaos_check "$customer")"
    if [[ "$(jq '[.[].lost] | add' <<<"$check")" == 0 ]] || (($(date +%s) >= deadline)); then break; fi
    sleep 3
  done
  chaos_report "$started" "$load" "$check"
}

chaos_probe_tokens() { # gateway
  CHAOS_SALES="$(curl -fs "$1/auth/token" -H 'Content-Type: application/json' -d '{"user":"chaos.probe","roles":["SALES"]}' | jq -er .token)" \
    || die "no token from $1/auth/token"
  CHAOS_AUDITOR="$(curl -fs "$1/auth/token" -H 'Content-Type: application/json' -d '{"user":"chaos.probe","roles":["AUDITOR"]}' | jq -er .token)" \
    || die "no token from $1/auth/token"
}

now_ms() { date +%s%3N; }

# kills one component, starts it again as ./accord up does, and notes how long until it is ready and until a write
# goes through end to end; PostgreSQL (shared by everyone here) is stopped for CHAOS_PG_DOWN seconds, never longer
chaos_kill() { # target, gateway, steady-from (s)
  local target="$1" gateway="$2" killed ready recovered pid log="$CHAOS_DIR/restarts.log"
  printf '  %-6s %-22s' "+$(($(date +%s) - $3))s" "$target"
  killed="$(now_ms)"
  case "$target" in
    postgresql)
      local version; version="$(ls /etc/postgresql | head -1)"
      pg_ctlcluster --skip-systemctl-redirect "$version" main stop -m fast >>"$log" 2>&1 || true
      sleep "$CHAOS_PG_DOWN"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >>"$log" 2>&1 || true
      for _ in $(seq 1 120); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 0.25; done
      ;;
    kafka*)
      pid="$(pid_of "$target")" && kill -9 "$pid" && chaos_await_exit "$pid"
      (start_kafka_node "$target") >>"$log" 2>&1
      wait_port "$(kafka_port "$target")" 90 || true
      ;;
    *)
      local settings=""
      if pid="$(pid_of "$target")"; then
        settings="$(chaos_settings_of "$pid")"
        kill -9 "$pid" && chaos_await_exit "$pid"
      fi
      # with the settings it had from ./accord up's environment (bench/limits.env for the gateway, say)
      (while IFS= read -r setting; do [[ -n "$setting" ]] && export "${setting?}"; done <<<"$settings"
       JAVA_OPTS="${ACCORD_JAVA_OPTS:-$JAVA_OPTS}"
       restart_app "$target") >>"$log" 2>&1 || true
      ;;
  esac
  ready="$(now_ms)"
  recovered="$(chaos_probe "$gateway" $((killed / 1000 + CHAOS_RECOVERY_LIMIT)))" || recovered=""
  local row; row="$(jq -nc --arg c "$target" --argjson at "$killed" --argjson ready "$ready" --arg rec "$recovered" \
    '{component: $c, killedAtMs: $at, readyS: (($ready - $at) / 100 | round / 10),
      endToEndS: (if $rec == "" then null else ((($rec | tonumber) - $at) / 100 | round / 10) end)}')"
  CHAOS_KILLS+=("$row")
  jq -r '"ready after \(.readyS) s, a write end to end after " + (if .endToEndS == null then "— (none within '"$CHAOS_RECOVERY_LIMIT"' s)" else "\(.endToEndS) s" end)' <<<"$row"
}

chaos_settings_of() { # pid: the ACCORD_* and QUARKUS_* variables that process was started with
  tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null | grep -E '^(ACCORD|QUARKUS)_' || true
}

chaos_await_exit() { # pid
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
}

# a submission through the gateway, retried each second, until its review is visible; prints when (ms), or fails
chaos_probe() { # gateway, deadline (epoch s)
  local customer requirement; customer="$(cat "$CHAOS_DIR/customer")"
  while (($(date +%s) < $2)); do
    requirement="$(curl -fs -m 5 "$1/api/v1/requirements" -H "Authorization: Bearer $CHAOS_SALES" -H 'Content-Type: application/json' \
      -d "{\"customerId\":\"$customer\",\"source\":\"ORDER\",\"title\":\"chaos probe\",\"items\":[{\"productCode\":\"PH-200\",\"quantity\":1,\"unit\":\"pcs\",\"unitPrice\":\"1.00\",\"currency\":\"CNY\"}],\"delivery\":{\"dueDate\":\"$(date -u -d '+3 months' +%F)\",\"place\":\"Wuxi\"}}" \
      | jq -er .id 2>/dev/null)" || { sleep 1; continue; }
    while (($(date +%s) < $2)); do
      local status; status="$(curl -s -m 5 -o /dev/null -w '%{http_code}' -X POST "$1/api/v1/requirements/$requirement/submission" \
        -H "Authorization: Bearer $CHAOS_SALES")" || true
      [[ "$status" == 200 ]] && break
      # submitted by an attempt whose answer was lost: start over with a new one, so the probe's own write is known
      [[ "$status" == 409 ]] && continue 2
      sleep 1
    done
    (($(date +%s) < $2)) || return 1
    # accepted: checked like the load's submissions
    echo "$requirement" >>"$CHAOS_DIR/probes.txt"
    while (($(date +%s) < $2)); do
      if [[ "$(curl -fs -m 5 "$1/api/v1/reviews?requirementId=$requirement" -H "Authorization: Bearer $CHAOS_AUDITOR" | jq -r .total 2>/dev/null)" == 1 ]]; then
        now_ms; return 0
      fi
      sleep 0.2
    done
  done
  return 1
}

# one kind of effect in one database: "lost doubled accepted", or the check stops the run
chaos_effects() { # database, file of accepted ids, the effect of accepted id a.id ("table e where …"), the run's effects grouped by write
  local out
  out="$(pg -q -d "$1" -v ON_ERROR_STOP=1 -tA -F' ' 2>&1 <<SQL
create temp table accepted (id uuid primary key);
\copy accepted from '$2'
select (select count(*) from accepted a where not exists (select 1 from $3)),
       (select count(*) from (select 1 from $4 having count(*) > 1) d),
       (select count(*) from accepted);
SQL
)" || die "checking $1 failed: $out"
  echo "$out"
}

# each kind of accepted write against its effect: lost (none) among the accepted ones, doubled (more than one) among
# every record of the run's customer (a write whose answer was lost counts too)
chaos_check() { # customer id
  local customer="$1" submissions="$CHAOS_DIR/check-submissions.txt"
  touch "$CHAOS_DIR/submissions.txt" "$CHAOS_DIR/probes.txt" "$CHAOS_DIR/feedback.txt" "$CHAOS_DIR/deliveries.txt"
  sort -u "$CHAOS_DIR/submissions.txt" "$CHAOS_DIR/probes.txt" >"$submissions"
  local reviews complaints invitations
  reviews="$(chaos_effects accord_reviews "$submissions" "review e where e.requirement_id = a.id" \
    "review where customer_id = '$customer' group by requirement_id, requirement_revision")"
  complaints="$(chaos_effects accord_complaints "$CHAOS_DIR/feedback.txt" "complaint e where e.source_feedback_id = a.id" \
    "complaint where customer_id = '$customer' and source_feedback_id is not null group by source_feedback_id")"
  invitations="$(chaos_effects accord_feedback "$CHAOS_DIR/deliveries.txt" "survey_invitation e where e.occasion = 'requirement:' || a.id" \
    "survey_invitation where customer_id = '$customer' and occasion like 'requirement:%' group by occasion")"
  jq -nc --arg r "$reviews" --arg c "$complaints" --arg i "$invitations" '
    def row(s): (s | split(" ") | map(tonumber)) as $n | {lost: $n[0], doubled: $n[1], accepted: $n[2]};
    {submissions: row($r), escalatedFeedback: row($c), deliveries: row($i)}'
}

chaos_report() { # started, load result, check result
  local file="$BENCH_DIR/chaos-$1.json" kills timeline result
  kills="$( ((${#CHAOS_KILLS[@]})) && printf '%s\n' "${CHAOS_KILLS[@]}" | jq -sc . || echo '[]')"
  timeline="$(jq -sc . "$CHAOS_DIR/timeline.jsonl" 2>/dev/null || echo '[]')"
  result="$(jq -n --argjson load "$2" --argjson check "$3" --argjson kills "$kills" --argjson timeline "$timeline" \
    --arg started "$1" --arg commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --argjson nodes "$KAFKA_NODES" --arg minutes "$CHAOS_MINUTES" --argjson interval "$CHAOS_INTERVAL" \
    --arg limits "$(bench_gateway_limits)" --arg javaOpts "$(bench_java_opts)" '
    def during($k): ($timeline | map(select(.second >= ($k.killedAtMs / 1000 | floor)
        and .second <= ((($k.killedAtMs + (($k.endToEndS // 300) * 1000)) / 1000) | ceil))));
    def answers(w): ($load.answers[w] // {});
    def refused(w): (answers(w)["503 with Retry-After"] // 0);
    def failed(w): (answers(w) | to_entries | map(select(.key != "2xx" and .key != "503 with Retry-After")) | from_entries);
    {started: $started, commit: $commit, minutes: ($minutes | tonumber), intervalSeconds: $interval, kafkaNodes: $nodes,
     javaOpts: $javaOpts, gatewayLimitsSet: $limits, customerId: $load.customerId,
     probedPerSecond: $load.probedPerSecond, ratePerSecond: $load.ratePerSecond, ticks: $load.ticks, missedTicks: $load.missedTicks,
     deliveriesUnfinished: $load.deliveriesUnfinished,
     writes: {
       submissions: ($check.submissions + {refused: refused("submission"), failed: failed("submission")}),
       escalatedFeedback: ($check.escalatedFeedback + {refused: refused("feedback"), failed: failed("feedback")}),
       deliveries: ($check.deliveries + {refused: refused("delivery"), failed: failed("delivery")}),
       orderConfirmations: answers("order confirmation")},
     lost: ([$check[].lost] | add), doubled: ([$check[].doubled] | add),
     kills: ($kills | map(. + {during: (during(.) | {accepted: (map(.accepted) | add // 0),
        refused: (map(.refused) | add // 0), failed: (map(.failed) | add // 0)})}))}')"
  printf '%s\n' "$result" >"$file"
  say "Kills (the load's answers from the kill until a write went through end to end)"
  jq -r '.kills[] | "  \(.component | . + " " * (22 - length)) ready \(.readyS) s, end to end \(if .endToEndS then "\(.endToEndS) s" else "— (not within the limit)" end)   (\(.during.accepted) accepted, \(.during.refused) refused, \(.during.failed) failed)"' <<<"$result"
  say "Writes at $(jq -r .ratePerSecond <<<"$result")/s$(jq -r 'if .probedPerSecond then " (half of the probed maximum \(.probedPerSecond)/s)" else "" end' <<<"$result"), $(jq -r .kafkaNodes <<<"$result") broker node(s)"
  printf '  %-20s %9s %9s %9s %6s %8s\n' "" accepted refused failed lost doubled
  jq -r '.writes | to_entries[] | select(.key != "orderConfirmations") | .value as $w
      | [.key, $w.accepted, $w.refused, ($w.failed | [.[]] | add // 0), $w.lost, $w.doubled] | @tsv' <<<"$result" \
    | while IFS=$'\t' read -r what accepted refused failed lost doubled; do
        printf '  %-20s %9s %9s %9s %6s %8s\n' "$what" "$accepted" "$refused" "$failed" "$lost" "$doubled"
      done
  jq -r '.writes | to_entries[] | select(.key != "orderConfirmations") | select((.value.failed | length) > 0)
      | "  \(.key) failed: \(.value.failed | to_entries | map("\(.value) \(.key)") | join(", "))"' <<<"$result"
  jq -r 'if .deliveriesUnfinished > 0 then "  \(.deliveriesUnfinished) deliveries were still under way when the drain ended (not accepted, not checked)" else empty end' <<<"$result"
  echo "Result: $file"
  local bad; bad="$(jq '.lost + .doubled' <<<"$result")"
  if ((bad > 0)); then
    printf 'accord bench chaos: %s lost, %s doubled\n' "$(jq .lost <<<"$result")" "$(jq .doubled <<<"$result")" >&2
    exit 1
  fi
  echo "Nothing lost, nothing doubled."
}

# the load stopped, and PostgreSQL running again whatever happened (it is shared by everyone on this machine)
chaos_cleanup() {
  if [[ -n "$CHAOS_LOAD_PID" ]] && kill -0 "$CHAOS_LOAD_PID" 2>/dev/null; then kill "$CHAOS_LOAD_PID"; fi
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
}
