# shellcheck shell=bash
# A single-node Kafka broker (KRaft, broker and controller in one JVM) for `./fikr run`, without
# Docker: the jars come from Maven (tools/kafka/pom.xml), the state lives in $RUN_DIR/kafka.
# Needs tools/lib.sh, JAVA_HOME, FIKR_ROOT, RUN_DIR, KAFKA_PORT and KAFKA_CONTROLLER_PORT.

KAFKA_TOOLS_DIR=$FIKR_ROOT/tools/kafka

# kafka_classpath: prints the broker's runtime classpath, resolved once per change of the pom.
kafka_classpath() {
  local pom=$KAFKA_TOOLS_DIR/pom.xml cache=$RUN_DIR/kafka/classpath.txt
  mkdir -p "$RUN_DIR/kafka"
  if [[ ! -s $cache || $pom -nt $cache ]] || ! all_files_exist "$cache"; then
    log "resolving the Kafka broker's classpath (tools/kafka/pom.xml)"
    "$FIKR_ROOT/mvnw" -B -q -f "$pom" dependency:build-classpath \
      -DincludeScope=runtime -Dmdep.outputFile="$cache.tmp" >&2
    mv "$cache.tmp" "$cache"
  fi
  cat "$cache"
}

# all_files_exist <classpath file>: false once a jar is gone from the local Maven repository.
all_files_exist() {
  local jar jars
  IFS=: read -r -a jars <"$1"
  for jar in "${jars[@]}"; do
    [[ -f $jar ]] || return 1
  done
}

# kafka_java <main class> <args>...: runs a Kafka main class in the foreground (the storage tool).
kafka_java() {
  # shellcheck disable=SC2046 # kafka_jvm_flags prints whole words
  "$JAVA_HOME/bin/java" $(kafka_jvm_flags) -cp "$KAFKA_CLASSPATH" \
    -Dlog4j2.configurationFile="$KAFKA_TOOLS_DIR/log4j2.xml" "$@"
}

# kafka_jvm_flags: JDK 24+ warn about Kafka's use of sun.misc.Unsafe on every start; it is allowed.
kafka_jvm_flags() {
  if (($(java_feature_version "$JAVA_HOME") >= 24)); then
    printf '%s\n' --sun-misc-unsafe-memory-access=allow
  fi
}

kafka_write_config() {
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$RUN_DIR/kafka/data|g" \
    "$KAFKA_TOOLS_DIR/server.properties.template" >"$RUN_DIR/kafka/server.properties"
}

# kafka_format_storage: formats the log directory the first time (a new cluster id); keeps it afterwards.
kafka_format_storage() {
  local cluster_id
  [[ -f $RUN_DIR/kafka/data/meta.properties ]] && return 0
  cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid)
  log "formatting Kafka storage (cluster $cluster_id)"
  kafka_java kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$RUN_DIR/kafka/server.properties" >"$(log_file kafka-format)" 2>&1 ||
    die "formatting Kafka storage failed; see $(log_file kafka-format)"
}

kafka_start() {
  mkdir -p "$RUN_DIR/logs"
  KAFKA_CLASSPATH=$(kafka_classpath)
  kafka_write_config
  kafka_format_storage
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  # shellcheck disable=SC2046 # kafka_jvm_flags prints whole words
  start_background kafka "$JAVA_HOME/bin/java" -Xms256m -Xmx512m $(kafka_jvm_flags) \
    -Dfikr.run.dir="$RUN_DIR" \
    -Dlog4j2.configurationFile="$KAFKA_TOOLS_DIR/log4j2.xml" \
    -cp "$KAFKA_CLASSPATH" kafka.Kafka "$RUN_DIR/kafka/server.properties"
  wait_until 60 kafka "open port $KAFKA_PORT" port_open "$KAFKA_PORT"
}
