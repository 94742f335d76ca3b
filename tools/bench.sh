#!/usr/bin/env bash
# The benchmark (see README, "Performance"): starts its own Fikr stack on other ports with a fresh run directory,
# measures intake and freshness, drain, queries and a short intake at each level of stored answers, and footprint,
# prints the table, writes benchmark/results/latest.json and stops everything it started. Takes about 15 minutes.
# Options after the script name go to uz.fikr.benchmark.Bench, e.g. --answers 1000000,3000000 (stop at 3M) or
# --repetitions 5.
set -euo pipefail
shopt -s inherit_errexit

FIKR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export FIKR_RUN_DIR=${FIKR_BENCH_RUN_DIR:-/tmp/fikr-bench-run}
RUN_DIR=$FIKR_RUN_DIR
export KAFKA_PORT=${KAFKA_PORT:-19092} KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
export CLICKHOUSE_HTTP_PORT=${CLICKHOUSE_HTTP_PORT:-18123} CLICKHOUSE_TCP_PORT=${CLICKHOUSE_TCP_PORT:-19000}
export SURVEY_SERVICE_PORT=${SURVEY_SERVICE_PORT:-18081} ANALYTICS_SERVICE_PORT=${ANALYTICS_SERVICE_PORT:-18082}
export DASHBOARD_PORT=${DASHBOARD_PORT:-18080}
export DEMO_RESPONSES=0 DEMO_QUALITY_RESPONSES=0 DEMO_HISTORY_RESPONSES=0 DEMO_HISTORY_FEEDBACK=0
# the query levels are bulk loads: aggregate their days 5 s after the last chunk instead of after a minute of quiet
export FIKR_PREAGG_QUIET_FOR=${FIKR_PREAGG_QUIET_FOR:-5s}
WORK_DIR=${FIKR_BENCH_WORK_DIR:-/tmp/fikr-bench-work}

# shellcheck source=tools/lib.sh
source "$FIKR_ROOT/tools/lib.sh"

stop_stack() {
  (cd "$FIKR_ROOT" && ./fikr stop) || true
  # 10 million answers leave gigabytes behind; the logs stay for a look after the run
  rm -rf "$WORK_DIR" "$RUN_DIR/clickhouse/data" "$RUN_DIR/kafka"
}

main() {
  find_jdk
  cd "$FIKR_ROOT"
  if [[ -d $RUN_DIR/pids ]] && ls "$RUN_DIR"/pids/*.pid >/dev/null 2>&1; then
    ./fikr stop # a stack an earlier, interrupted benchmark left behind
  fi
  rm -rf "$RUN_DIR" # every run starts from empty Kafka and ClickHouse data
  log "building the benchmark"
  ./mvnw -B -q -pl benchmark -am package -DskipTests # -am: its modules need not be installed
  local build=--no-build
  [[ -f survey-service/target/survey-service-$(project_version)-exec.jar ]] || build=""
  trap stop_stack EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  ./fikr run --detach $build >&2 # its summary would mix with the table on standard output
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g \
    -cp "benchmark/target/benchmark.jar:benchmark/target/lib/*" uz.fikr.benchmark.Bench \
    --survey-url "http://127.0.0.1:$SURVEY_SERVICE_PORT" --analytics-url "http://127.0.0.1:$ANALYTICS_SERVICE_PORT" \
    --kafka "127.0.0.1:$KAFKA_PORT" --clickhouse-url "http://127.0.0.1:$CLICKHOUSE_HTTP_PORT/" \
    --clickhouse-tcp-port "$CLICKHOUSE_TCP_PORT" --run-dir "$RUN_DIR" --work-dir "$WORK_DIR" \
    --sql-dir analytics-service/src/main/resources/sql --output benchmark/results/latest.json \
    --analytics-login "${FIKR_ANALYTICS_USER:-dashboard}:${FIKR_ANALYTICS_PASSWORD:-fikr-analytics}" \
    --privacy-login "${FIKR_PRIVACY_USER:-privacy}:${FIKR_PRIVACY_PASSWORD:-fikr-privacy}" \
    --consumer-group "${FIKR_CONSUMER_GROUP:-fikr-analytics}" "$@"
}

project_version() {
  awk '/<artifactId>fikr-parent<\/artifactId>/ { found = 1 }
       found && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$FIKR_ROOT/pom.xml"
}

main "$@"
