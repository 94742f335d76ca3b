# shellcheck shell=bash
# ClickHouse for `./fikr run`: the server at CLICKHOUSE_URL if one is given, else a local
# clickhouse-server (Debian's package) with its config, data and logs under $RUN_DIR/clickhouse.
# Needs tools/lib.sh, FIKR_ROOT, RUN_DIR, CLICKHOUSE_HTTP_PORT and CLICKHOUSE_TCP_PORT.

CLICKHOUSE_TOOLS_DIR=$FIKR_ROOT/tools/clickhouse
CLICKHOUSE_PACKAGE_USERS_XML=/etc/clickhouse-server/users.xml

clickhouse_server_binary() {
  command -v clickhouse-server 2>/dev/null || printf '%s\n' /usr/sbin/clickhouse-server
}

clickhouse_write_config() {
  local dir=$RUN_DIR/clickhouse
  mkdir -p "$dir/data/tmp" "$dir/data/user_files" "$dir/data/format_schemas" "$dir/logs"
  [[ -r $CLICKHOUSE_PACKAGE_USERS_XML ]] ||
    die "$CLICKHOUSE_PACKAGE_USERS_XML is missing; reinstall the clickhouse-server package"
  cp "$CLICKHOUSE_PACKAGE_USERS_XML" "$dir/users.xml"
  sed -e "s|@CLICKHOUSE_HTTP_PORT@|$CLICKHOUSE_HTTP_PORT|g" \
    -e "s|@CLICKHOUSE_TCP_PORT@|$CLICKHOUSE_TCP_PORT|g" \
    -e "s|@CLICKHOUSE_DATA_DIR@|$dir/data|g" \
    -e "s|@CLICKHOUSE_LOG_DIR@|$dir/logs|g" \
    -e "s|@CLICKHOUSE_USERS_CONFIG@|$dir/users.xml|g" \
    "$CLICKHOUSE_TOOLS_DIR/config.xml.template" >"$dir/config.xml"
}

# clickhouse_start: sets and exports CLICKHOUSE_URL for the services.
clickhouse_start() {
  if [[ -n ${CLICKHOUSE_URL:-} ]]; then
    log "using the ClickHouse server at $CLICKHOUSE_URL (CLICKHOUSE_URL is set)"
    http_body_starts_with "$CLICKHOUSE_URL/ping" "Ok." ||
      die "ClickHouse at $CLICKHOUSE_URL does not answer $CLICKHOUSE_URL/ping"
    export CLICKHOUSE_URL
    return 0
  fi
  if ! have_command clickhouse-server && ((EUID != 0)); then
    die "clickhouse-server is not installed. Install it with: sudo apt-get install -y --no-install-recommends clickhouse-server clickhouse-client (Debian), or set CLICKHOUSE_URL to a running server"
  fi
  install_missing_packages clickhouse-server=clickhouse-server clickhouse-client=clickhouse-client
  clickhouse_write_config
  log "starting ClickHouse on 127.0.0.1:$CLICKHOUSE_HTTP_PORT (server log: $RUN_DIR/clickhouse/logs)"
  start_background clickhouse "$(clickhouse_server_binary)" --config-file="$RUN_DIR/clickhouse/config.xml"
  CLICKHOUSE_URL=http://127.0.0.1:$CLICKHOUSE_HTTP_PORT
  export CLICKHOUSE_URL
  wait_until 60 clickhouse "answer from $CLICKHOUSE_URL/ping" http_body_starts_with "$CLICKHOUSE_URL/ping" "Ok."
}
