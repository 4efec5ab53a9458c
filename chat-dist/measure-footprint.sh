#!/usr/bin/env bash
# Measures the chat server's footprint with the JVM profile of the Raspberry Pi service (the
# chat-server launcher, unchanged, and the unit's open-file limit), on 127.0.0.1 only:
#   - start-up: from launching chat-server to the first accepted connection (several runs);
#   - resident memory (VmRSS): idle, and with N idle framed clients (each sent HELLO, got WELCOME);
#   - heap per idle connection: heap used after a full GC (jcmd GC.run, GC.heap_info), with N
#     clients minus without, divided by N; and the classes that grew most (GC.class_histogram).
# Prints a Markdown report on stdout. Run by hand; needs java, jcmd and python3.
#
# Usage: chat-dist/measure-footprint.sh [--runs R] [--clients "100 1000"] [--jar PATH]
set -euo pipefail

dist=$(cd "$(dirname "$0")" && pwd)
launcher=$dist/src/dist/bin/chat-server
probe=$dist/src/test/python/chatprobe.py
jar=$dist/../chat-client/target/chat.jar
runs=5
clients="100 1000"
settle_seconds=2
timeout_seconds=60

while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --clients) clients=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        *) echo "usage: $0 [--runs R] [--clients \"100 1000\"] [--jar PATH]" >&2; exit 2 ;;
    esac
done
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -q -B -DskipTests install" >&2; exit 1; }
for tool in java jcmd python3; do
    command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }
done
export CHAT_HOME
CHAT_HOME=$(cd "$(dirname "$jar")" && pwd)
unset CHAT_JAVA_OPTS JAVA_OPTS CHAT_PORT CHAT_BIND
# The unit's LimitNOFILE=65536, as far as this shell may raise it.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d "${TMPDIR:-/tmp}/chat-footprint.XXXXXX")
server_pid=
holder_pid=
cleanup() {
    [ -z "$holder_pid" ] || kill "$holder_pid" 2>/dev/null || true
    [ -z "$server_pid" ] || kill -KILL "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts the server on a fresh port; sets server_pid, port and startup (seconds to accepting).
start_server() {
    port=$(free_port)
    local t0
    t0=$(date +%s%N)
    "$launcher" --port "$port" --bind 127.0.0.1 --max-per-ip 100000 > /dev/null 2>> "$work/server.log" &
    server_pid=$!
    startup=$(python3 "$probe" --timeout 10 accept "$port" --since "$t0")
}

# Stops the server with SIGTERM. Right after start-up the JVM may not have its handler yet
# and exits with 143 (the unit counts that as success too); later, anything but 0 is reported.
stop_server() {
    local expected=${1:-0} status=0
    kill -TERM "$server_pid"
    wait "$server_pid" || status=$?
    server_pid=
    [ $status -eq 0 ] || [ $status -eq "$expected" ] || echo "warning: server exit status $status" >&2
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }

# Heap used (KiB) after a full collection: the sum of the generations' "used" in GC.heap_info.
heap_used_kib() {
    jcmd "$server_pid" GC.run > /dev/null
    jcmd "$server_pid" GC.heap_info | awk '/generation/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } } END { print s }'
}

histogram() { jcmd "$server_pid" GC.class_histogram > "$1"; }

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo "## chat-server footprint"
echo
echo "Machine: $(nproc) cores (load average $(cut -d" " -f1-3 /proc/loadavg) at the start), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(uname -m), $(java -version 2>&1 | head -n 1)"
echo
echo "JVM profile (launcher): $(sed -n 's/^PROFILE="\(.*\)"$/\1/p' "$launcher")"
echo

# ---- start-up --------------------------------------------------------------------------------
times=()
for _ in $(seq "$runs"); do
    start_server
    times+=("$startup")
    stop_server 143
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(( (runs + 1) / 2 ))p" <<< "$sorted")
echo "| measure | value |"
echo "|---|---|"
echo "| start-up to accepting, median of $runs | ${median} s (min $(head -n 1 <<< "$sorted") s, max $(tail -n 1 <<< "$sorted") s) |"

# ---- idle ------------------------------------------------------------------------------------
start_server
sleep "$settle_seconds"
idle_rss=$(rss_kib)
echo "| resident memory, idle | $(mib "$idle_rss") MiB |"
stop_server

# Opens N idle framed clients (returns when each has its WELCOME); release_clients closes them.
hold_clients() {
    local n=$1
    rm -f "$work/hold"
    mkfifo "$work/hold"
    python3 "$probe" --timeout "$timeout_seconds" hold-framed "$port" "$n" < "$work/hold" > "$work/holder.out" &
    holder_pid=$!
    exec 9> "$work/hold"
    local deadline=$((SECONDS + timeout_seconds))
    until grep -q "^ready $n" "$work/holder.out" 2>/dev/null; do
        kill -0 "$holder_pid" 2>/dev/null || { echo "client holder failed" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "clients not ready within $timeout_seconds s" >&2; exit 1; }
        sleep 0.1
    done
}

release_clients() {
    exec 9>&-
    wait "$holder_pid" || true
    holder_pid=
}

# ---- N idle clients, one fresh server each -----------------------------------------------------
# Before the baseline, a few clients come and go (three times: the heap after the first
# round still holds things released later), so that the classes and caches every connection
# needs (loaded once) are not counted as the cost of each connection.
warmup_clients=20
warmup_rounds=3
for n in $clients; do
    start_server
    sleep "$settle_seconds"
    before_rss=$(rss_kib)
    for _ in $(seq "$warmup_rounds"); do
        hold_clients "$warmup_clients"
        release_clients
        sleep "$settle_seconds"
    done
    warm_rss=$(rss_kib)
    before_heap=$(heap_used_kib)
    histogram "$work/histo-0"
    hold_clients "$n"
    sleep "$settle_seconds"
    with_rss=$(rss_kib)
    with_heap=$(heap_used_kib)
    histogram "$work/histo-$n"
    per_conn=$(awk -v a="$with_heap" -v b="$before_heap" -v n="$n" 'BEGIN { printf "%.1f", (a - b) / n }')
    echo "| resident memory, $n idle clients | $(mib "$with_rss") MiB (same server before any client: $(mib "$before_rss") MiB; after $warmup_rounds rounds of $warmup_clients clients: $(mib "$warm_rss") MiB) |"
    live_per_conn=$(awk -v n="$n" '/^Total/ { t[FILENAME] = $3 } END { printf "%.1f", (t[ARGV[2]] - t[ARGV[1]]) / n / 1024 }' "$work/histo-0" "$work/histo-$n")
    echo "| heap used after full GC, $n idle clients | $(mib "$with_heap") MiB (before: $(mib "$before_heap") MiB): ${per_conn} KiB per connection |"
    echo "| live objects (class histogram), $n idle clients | **${live_per_conn} KiB per connection** |"
    python3 - "$work/histo-0" "$work/histo-$n" "$n" > "$work/growth-$n" <<'EOF'
import re, sys
def read(path):
    sizes = {}
    for line in open(path):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            sizes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return sizes
before, after, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
growth = sorted(((after[k][1] - before.get(k, (0, 0))[1], after[k][0] - before.get(k, (0, 0))[0], k)
                 for k in after), reverse=True)[:8]
for size, count, name in growth:
    print(f"| `{name}` | {count / n:.1f} | {size / n:.0f} B |")
EOF
    release_clients
    stop_server
done

for n in $clients; do
    echo
    echo "Classes that grew most with $n clients, per connection:"
    echo
    echo "| class | instances | bytes |"
    echo "|---|---|---|"
    cat "$work/growth-$n"
done
