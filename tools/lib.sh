# shellcheck shell=bash
# Functions shared by ./fikr and .ci/run: messages, finding a JDK, installing Debian packages,
# and starting, waiting for and stopping the background processes of a local run.
# Source it; it defines functions only. Callers set FIKR_ROOT and RUN_DIR first.

readonly FIKR_MIN_JAVA=21

log() { printf 'fikr: %s\n' "$*" >&2; }
die() {
  printf 'fikr: error: %s\n' "$*" >&2
  exit 1
}

# --- Java -------------------------------------------------------------------------------------

# java_feature_version <java home>: prints 17, 21, 25... for the java in that home.
java_feature_version() {
  local version
  [[ -x "$1/bin/java" ]] || return 1
  version=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  version=${version#1.} # 1.8.0_392 -> 8.0_392
  version=${version%%[.+_-]*}
  [[ $version =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$version"
}

# find_jdk: exports JAVA_HOME as a JDK >= 21: JAVA_HOME itself if new enough, else the newest under /usr/lib/jvm.
find_jdk() {
  local jvm_dir=${FIKR_JVM_DIR:-/usr/lib/jvm} candidate version best="" best_version=0
  if [[ -n ${JAVA_HOME:-} ]]; then
    version=$(java_feature_version "$JAVA_HOME" || true)
    if ((${version:-0} >= FIKR_MIN_JAVA)) && [[ -x $JAVA_HOME/bin/javac ]]; then
      export JAVA_HOME
      allow_unsafe_memory_access_in_maven
      return 0
    fi
    log "JAVA_HOME ($JAVA_HOME) is not a JDK >= $FIKR_MIN_JAVA; looking under $jvm_dir"
  fi
  for candidate in "$jvm_dir"/*; do
    [[ -x $candidate/bin/javac ]] || continue
    version=$(java_feature_version "$candidate") || continue
    if ((version > best_version)); then
      best=$candidate
      best_version=$version
    fi
  done
  ((best_version >= FIKR_MIN_JAVA)) ||
    die "no JDK $FIKR_MIN_JAVA or newer found (JAVA_HOME=${JAVA_HOME:-unset}, none under $jvm_dir). Install one (Temurin 25, say) and set JAVA_HOME to it."
  export JAVA_HOME=$best
  allow_unsafe_memory_access_in_maven
}

# On JDK 24+ Maven's own libraries print sun.misc.Unsafe warnings on every build; allow the access instead.
allow_unsafe_memory_access_in_maven() {
  if (($(java_feature_version "$JAVA_HOME") >= 24)) && [[ ${MAVEN_OPTS:-} != *unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}

# --- Debian packages --------------------------------------------------------------------------

# have_command <name>: true if the command is on PATH or in /usr/sbin (not on a normal user's PATH).
have_command() {
  command -v "$1" >/dev/null 2>&1 || [[ -x /usr/sbin/$1 ]]
}

# install_missing_packages <command>=<package>...: apt-installs the packages whose command is missing.
# As root it installs them (never prompting); otherwise it fails, printing the command to run.
install_missing_packages() {
  local pair missing=()
  for pair in "$@"; do
    have_command "${pair%%=*}" || missing+=("${pair#*=}")
  done
  ((${#missing[@]} > 0)) || return 0
  if ((EUID != 0)); then
    die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # No recommends: docker-compose would otherwise pull in a whole Docker engine.
  apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The Debian packages the test suite needs: ClickHouse for the analytics tests, docker-compose to
# validate docker-compose.yml, Chromium and its driver for the browser tests.
install_test_packages() {
  install_missing_packages \
    clickhouse-server=clickhouse-server clickhouse-client=clickhouse-client \
    docker-compose=docker-compose chromium=chromium chromedriver=chromium-driver
}

# install_node: Node 24 for the dashboard's frontend build, into <repo>/.tools/node (idempotent).
install_node() {
  local script=$FIKR_ROOT/tools/install-node.sh
  [[ -f $script ]] || die "$script is missing: it installs the Node.js that the dashboard build needs"
  bash "$script"
  if [[ -d $FIKR_ROOT/.tools/node/bin ]]; then
    export PATH="$FIKR_ROOT/.tools/node/bin:$PATH"
  fi
}

# --- Ports and HTTP ---------------------------------------------------------------------------

# port_open <port>: true if something accepts connections on 127.0.0.1:<port>.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# require_free_port <port> <variable that sets it>
require_free_port() {
  if port_open "$1"; then
    die "port $1 on 127.0.0.1 is already in use: stop what uses it, or choose another with $2=<port>"
  fi
}

# http_ok <url>: true if a GET of <url> answers 2xx. Spring Boot's health endpoints answer 503 unless UP.
http_ok() {
  curl -fsS --max-time 3 -o /dev/null "$1" 2>/dev/null
}

# http_body_starts_with <url> <text>: true if a GET of <url> answers 2xx with a body that starts with
# <text>, ignoring white space.
http_body_starts_with() {
  local body
  body=$(curl -fsS --max-time 3 "$1" 2>/dev/null) || return 1
  body=${body//[[:space:]]/}
  [[ $body == "$2"* ]]
}

# --- Background processes of a local run ------------------------------------------------------
# Each process runs in a session of its own (setsid), so that stopping it kills its whole
# process group, children included. Its pid is in $RUN_DIR/pids/<name>.pid, its output in
# $RUN_DIR/logs/<name>.log. Every command line contains $RUN_DIR, which is how stop tells
# a process of this run from an unrelated one that reused a stale pid.

pid_file() { printf '%s/pids/%s.pid\n' "$RUN_DIR" "$1"; }
log_file() { printf '%s/logs/%s.log\n' "$RUN_DIR" "$1"; }

FIKR_STARTED=() # names of the processes this shell started, in order

# start_background <name> <command>...
start_background() {
  local name=$1 pid_file log_file
  shift
  pid_file=$(pid_file "$name")
  log_file=$(log_file "$name")
  mkdir -p "$RUN_DIR/pids" "$RUN_DIR/logs"
  rm -f "$pid_file"
  # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pid_file" "$@" >"$log_file" 2>&1 </dev/null &
  for _ in {1..50}; do
    if [[ -s $pid_file ]]; then
      FIKR_STARTED+=("$name")
      return 0
    fi
    sleep 0.1
  done
  die "$name did not start; see $log_file"
}

# process_running <name>: true if the recorded process of that name is alive and belongs to this run.
process_running() {
  local pid_file pid
  pid_file=$(pid_file "$1")
  [[ -s $pid_file ]] || return 1
  pid=$(<"$pid_file")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$RUN_DIR"
}

# stop_process <name>: TERM to its process group, KILL after a grace period; forgets the pid.
stop_process() {
  local name=$1 pid_file pid waited
  pid_file=$(pid_file "$name")
  [[ -f $pid_file ]] || return 0
  if process_running "$name"; then
    pid=$(<"$pid_file")
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((waited = 0; waited < ${FIKR_STOP_TIMEOUT:-30} * 5; waited++)); do
      group_alive "$pid" || break
      sleep 0.2
    done
    if group_alive "$pid"; then
      log "$name did not stop in ${FIKR_STOP_TIMEOUT:-30}s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true # reaps it when this shell started it
  fi
  rm -f "$pid_file"
}

# group_alive <pgid>: true while a process of that group exists and is not a zombie.
group_alive() {
  ps -e -o pgid=,stat= | awk -v group="$1" '$1 == group && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# wait_until <seconds> <name> <what> <command>...: runs the command every second until it
# succeeds; fails early if the process <name> exited, and points at its log either way.
wait_until() {
  local seconds=$1 name=$2 what=$3 deadline
  shift 3
  deadline=$((SECONDS + seconds))
  until "$@"; do
    if ! process_running "$name"; then
      die "$name exited before $what; see $(log_file "$name")"
    fi
    if ((SECONDS >= deadline)); then
      die "$name: no $what after ${seconds}s; see $(log_file "$name")"
    fi
    sleep 1
  done
}
