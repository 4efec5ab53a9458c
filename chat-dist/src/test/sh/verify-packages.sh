#!/usr/bin/env bash
# Checks the packages chat-dist builds, in Maven's verify phase:
#   1. the .deb's control fields, maintainer scripts and file list (dpkg-deb --info/--contents);
#   2. the .deb unpacked into a scratch root (dpkg -x): the installed chat-server launcher starts
#      the server from there, a line client joins and gets the welcome line, SIGTERM brings the
#      shutdown notice to the client and exit status 0; the installed chat launcher runs;
#   3. the systemd unit passes systemd-analyze verify;
#   4. the .tar.gz holds the same pieces and its launcher finds the jar through a symbolic link.
# A check whose tool is missing (dpkg-deb, systemd-analyze, python3) is skipped with a message;
# set CHAT_DIST_REQUIRE_TOOLS=1 to make a missing tool an error instead.
# Usage: verify-packages.sh TARGET_DIR MAVEN_VERSION
set -euo pipefail

target=${1:?target directory}
version=${2:?project version}
here=$(cd "$(dirname "$0")" && pwd)
probe=$here/../python/chatprobe.py
unit=chat-server.service
wait_seconds=15

failures=0
scratch=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/chat-dist-verify.XXXXXX")" && pwd -P)
server_pid=
probe_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid" 2>/dev/null || true; fi
    if [ -n "$probe_pid" ] && kill -0 "$probe_pid" 2>/dev/null; then kill -KILL "$probe_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

pass() { echo "[chat-dist] ok: $*"; }
fail() { echo "[chat-dist] FAILED: $*" >&2; failures=$((failures + 1)); }
skip() {
    if [ "${CHAT_DIST_REQUIRE_TOOLS:-0}" = 1 ]; then
        fail "$* (CHAT_DIST_REQUIRE_TOOLS=1)"
    else
        echo "[chat-dist] SKIPPED: $*"
    fi
}
have() { command -v "$1" >/dev/null 2>&1; }

# Looks for an exact line in a file; reports it either way.
expect_line() {
    local file=$1 line=$2 what=$3
    if grep -qxF -- "$line" "$file"; then pass "$what"; else fail "$what: no line '$line' in $(basename "$file")"; fi
}

shopt -s nullglob
debs=("$target"/chat_*_all.deb)
tars=("$target/chat-$version.tar.gz")
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || { echo "[chat-dist] FAILED: expected one chat_*_all.deb in $target, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
[ -f "${tars[0]}" ] || { echo "[chat-dist] FAILED: no ${tars[0]}" >&2; exit 1; }
tarball=${tars[0]}

# ---- 1. control fields and file list -------------------------------------------------------
deb_version=${version/-SNAPSHOT/\~snapshot}
if have dpkg-deb; then
    dpkg-deb --field "$deb" > "$scratch/control"
    expect_line "$scratch/control" "Package: chat" "Package field"
    expect_line "$scratch/control" "Version: $deb_version" "Version field is the Debian form of $version"
    expect_line "$scratch/control" "Architecture: all" "Architecture field"
    expect_line "$scratch/control" "Depends: java-runtime-headless (>= 17) | openjdk-17-jre-headless" "Depends field"
    case $(basename "$deb") in
        "chat_${deb_version}_all.deb") pass "file name chat_${deb_version}_all.deb" ;;
        *) fail "file name $(basename "$deb") is not chat_${deb_version}_all.deb" ;;
    esac

    dpkg-deb --info "$deb" > "$scratch/info"
    for script in postinst prerm postrm conffiles md5sums; do
        if grep -qE "^ +[0-9]+ bytes, +[0-9]+ lines +\*? +$script( |$)" "$scratch/info"; then
            pass "control archive has $script"
        else
            fail "control archive lacks $script"
        fi
    done
    mkdir -p "$scratch/control.d"
    dpkg-deb --control "$deb" "$scratch/control.d"
    expect_line "$scratch/control.d/conffiles" "/etc/default/chat-server" "/etc/default/chat-server is a conffile"
    for script in postinst prerm postrm; do
        if sh -n "$scratch/control.d/$script"; then pass "$script parses"; else fail "$script does not parse"; fi
    done
    # Without deb-systemd-helper and systemctl (a chroot, an image build), the scripts do nothing
    # and succeed: run them with a PATH that finds no program at all.
    for step in "postinst configure" "postinst configure 0.9" "prerm remove" "postrm remove" "postrm purge"; do
        # shellcheck disable=SC2086
        if out=$(env -i PATH="$scratch/empty-path" /bin/sh "$scratch/control.d/"$step 2>&1) && [ -z "$out" ]; then
            pass "$step succeeds quietly without systemd helpers"
        else
            fail "$step without systemd helpers: $out"
        fi
    done

    # "-rwxr-xr-x root/root 1234 2026-01-01 00:00 ./usr/bin/chat" -> "-rwxr-xr-x root/root ./usr/bin/chat"
    dpkg-deb --contents "$deb" | awk '{print $1, $2, $6}' > "$scratch/contents"
    expect_line "$scratch/contents" "-rw-r--r-- root/root ./usr/share/chat/chat.jar" "jar in /usr/share/chat"
    expect_line "$scratch/contents" "-rwxr-xr-x root/root ./usr/bin/chat" "launcher /usr/bin/chat"
    expect_line "$scratch/contents" "-rwxr-xr-x root/root ./usr/bin/chat-server" "launcher /usr/bin/chat-server"
    expect_line "$scratch/contents" "-rw-r--r-- root/root ./lib/systemd/system/$unit" "systemd unit"
    expect_line "$scratch/contents" "-rw-r--r-- root/root ./etc/default/chat-server" "default configuration"
    expect_line "$scratch/contents" "-rw-r--r-- root/root ./usr/share/doc/chat/copyright" "copyright"
    expect_line "$scratch/contents" "-rw-r--r-- root/root ./usr/share/doc/chat/README" "README"
    unexpected=$(awk '$1 !~ /^d/ {print $3}' "$scratch/contents" | grep -vxE '\./usr/share/chat/chat\.jar|\./usr/bin/chat(-server)?|\./lib/systemd/system/chat-server\.service|\./etc/default/chat-server|\./usr/share/doc/chat/(README|copyright)' || true)
    if [ -z "$unexpected" ]; then pass "no other files"; else fail "unexpected files: $unexpected"; fi
else
    skip "dpkg-deb not found: control fields and file list not checked (apt-get install dpkg)"
fi

# ---- 2. the installed layout runs ------------------------------------------------------------
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits (bounded) until a file has a line matching a pattern.
wait_for_line() {
    local file=$1 pattern=$2 deadline=$((SECONDS + wait_seconds))
    until grep -q -- "$pattern" "$file" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.05
    done
}

# Starts ROOT's chat-server launcher, joins with a line client, stops it with SIGTERM.
run_installed_server() {
    local root=$1 launcher=$2 label=$3 port log
    port=$(free_port)
    log=$scratch/$label-server.log
    env -u CHAT_HOME -u CHAT_JAVA_OPTS -u JAVA_OPTS -u CHAT_PORT -u CHAT_BIND \
        "$launcher" --port "$port" --bind 127.0.0.1 2> "$log" &
    server_pid=$!
    python3 "$probe" --timeout "$wait_seconds" line-join "$port" > "$scratch/$label-client.out" 2> "$scratch/$label-client.err" &
    probe_pid=$!
    if wait_for_line "$scratch/$label-client.out" "^\*\*\* Welcome"; then
        pass "$label: a line client joined ($(head -n 1 "$scratch/$label-client.out"))"
    else
        fail "$label: no client joined; server log: $(cat "$log"); client: $(cat "$scratch/$label-client.err")"
    fi
    local cmdline
    cmdline=$(tr '\0' ' ' < "/proc/$server_pid/cmdline" 2>/dev/null || true)
    case $cmdline in
        *"-jar $root"*) pass "$label: runs the jar of the unpacked root" ;;
        *) fail "$label: the JVM does not run the unpacked jar: $cmdline" ;;
    esac
    case $cmdline in
        *-XX:+UseSerialGC*-Xshare:auto*) pass "$label: JVM profile applied" ;;
        *) fail "$label: JVM profile missing: $cmdline" ;;
    esac
    kill -TERM "$server_pid"
    local status=0
    wait "$server_pid" || status=$?
    server_pid=
    if [ $status -eq 0 ]; then pass "$label: SIGTERM stops the server with status 0"; else fail "$label: exit status $status after SIGTERM"; fi
    status=0
    wait "$probe_pid" || status=$?
    probe_pid=
    if [ $status -eq 0 ] && grep -q "shutting down" "$scratch/$label-client.out"; then
        pass "$label: the client got the shutdown notice"
    else
        fail "$label: no shutdown notice at the client: $(cat "$scratch/$label-client.out" "$scratch/$label-client.err")"
    fi
    if grep -q "listening on 127.0.0.1:$port" "$log"; then pass "$label: the log says where it listens"; else fail "$label: no 'listening on' line: $(cat "$log")"; fi
}

if ! have python3; then
    skip "python3 not found: the unpacked launchers are not run"
elif ! have java; then
    skip "java not found: the unpacked launchers are not run"
else
    if have dpkg; then
        root=$scratch/root
        dpkg -x "$deb" "$root"
        run_installed_server "$root" "$root/usr/bin/chat-server" deb
        if out=$(env -u CHAT_HOME "$root/usr/bin/chat" --version 2>&1) && [[ $out == *"$version"* ]]; then
            pass "deb: the chat launcher runs ($(head -n 1 <<< "$out"))"
        else
            fail "deb: chat --version: $out"
        fi
    else
        skip "dpkg not found: the .deb is not unpacked (apt-get install dpkg)"
    fi

    # ---- 4. the plain archive ------------------------------------------------------------------
    tar -xzf "$tarball" -C "$scratch"
    home=$scratch/chat-$version
    for file in bin/chat bin/chat-server; do
        if [ -x "$home/$file" ]; then pass "tar.gz: $file is executable"; else fail "tar.gz: $file missing or not executable"; fi
    done
    for file in lib/chat.jar systemd/$unit systemd/chat-server.default README copyright; do
        if [ -f "$home/$file" ]; then pass "tar.gz: has $file"; else fail "tar.gz: lacks $file"; fi
    done
    mkdir -p "$scratch/elsewhere"
    ln -s "$home/bin/chat" "$scratch/elsewhere/chat"
    if out=$(env -u CHAT_HOME "$scratch/elsewhere/chat" --version 2>&1) && [[ $out == *"$version"* ]]; then
        pass "tar.gz: bin/chat finds lib/chat.jar through a symbolic link"
    else
        fail "tar.gz: chat --version through a symbolic link: $out"
    fi
fi

# ---- 3. systemd-analyze verify ---------------------------------------------------------------
if have systemd-analyze; then
    # The unit names /usr/bin/chat-server, which must exist and be executable for verify:
    # point it at the unpacked launcher instead (the file keeps its name, which verify needs).
    mkdir -p "$scratch/unit"
    launcher=$scratch/root/usr/bin/chat-server
    [ -x "$launcher" ] || { mkdir -p "$(dirname "$launcher")"; cp "$here/../../dist/bin/chat-server" "$launcher"; }
    unit_file=$scratch/root/lib/systemd/system/$unit
    [ -f "$unit_file" ] || unit_file=$here/../../dist/systemd/$unit
    sed "s|/usr/bin/chat-server|$launcher|g" "$unit_file" > "$scratch/unit/$unit"
    status=0
    SYSTEMD_LOG_COLOR=0 systemd-analyze verify --man=no "$scratch/unit/$unit" > "$scratch/verify.out" 2>&1 || status=$?
    # verify exits 0 even for settings it ignores: any line about the unit is a failure.
    if [ $status -eq 0 ] && ! grep -q "$unit" "$scratch/verify.out"; then
        pass "systemd-analyze verify accepts $unit"
    else
        fail "systemd-analyze verify (status $status): $(cat "$scratch/verify.out")"
    fi
else
    skip "systemd-analyze not found: the unit is not verified (apt-get install systemd)"
fi

if [ $failures -gt 0 ]; then
    echo "[chat-dist] $failures check(s) failed" >&2
    exit 1
fi
echo "[chat-dist] all package checks passed"
