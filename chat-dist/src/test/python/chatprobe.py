#!/usr/bin/env python3
"""Chat server probes for the package checks and the footprint measurement (standard library only).

  chatprobe.py accept PORT --since NS        wait until the port accepts; print the seconds since NS
  chatprobe.py line-join PORT                join as a line client, print the welcome line, then
                                             wait for the shutdown notice and print it
  chatprobe.py hold-framed PORT N            open N framed connections that each send HELLO and
                                             get WELCOME; print "ready N", keep reading (and
                                             discarding) until stdin closes

Every wait is bounded by --timeout seconds; exit status 0 on success, 1 on a timeout or failure.
Only 127.0.0.1 is ever contacted.
"""
import argparse
import json
import resource
import selectors
import socket
import struct
import sys
import time

HOST = "127.0.0.1"
HELLO = 0x01
WELCOME = 0x02
ERROR = 0x04
WELCOME_PREFIX = "*** Welcome"
SHUTDOWN_WORDS = "shutting down"


def fail(message):
    print("chatprobe: " + message, file=sys.stderr, flush=True)
    sys.exit(1)


def connect(port, deadline, pause=0.005):
    """Connects to the port, retrying until the deadline; None when it never accepted."""
    while time.monotonic() < deadline:
        try:
            return socket.create_connection((HOST, port), timeout=max(0.1, deadline - time.monotonic()))
        except OSError:
            time.sleep(pause)
    return None


def accept(args):
    deadline = time.monotonic() + args.timeout
    sock = connect(args.port, deadline, pause=0.002)
    now_ns = time.time_ns()
    if sock is None:
        fail(f"port {args.port} did not accept within {args.timeout} s")
    sock.close()
    print(f"{(now_ns - args.since) / 1e9:.3f}", flush=True)


def read_line(sock, buffer, deadline):
    """The next CRLF/LF-terminated line, or None at end of stream or deadline."""
    while b"\n" not in buffer:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        sock.settimeout(remaining)
        try:
            data = sock.recv(4096)
        except socket.timeout:
            return None
        if not data:
            return None
        buffer.extend(data)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line.rstrip(b"\r").decode("utf-8", "replace")


def line_join(args):
    deadline = time.monotonic() + args.timeout
    sock = connect(args.port, deadline)
    if sock is None:
        fail(f"port {args.port} did not accept within {args.timeout} s")
    buffer = bytearray()
    line = read_line(sock, buffer, deadline)
    while line is not None and not line.startswith(WELCOME_PREFIX):
        line = read_line(sock, buffer, deadline)
    if line is None:
        fail("no welcome line")
    print(line, flush=True)
    # The caller stops the server now; the notice must arrive before the connection closes.
    line = read_line(sock, buffer, time.monotonic() + args.timeout)
    while line is not None and SHUTDOWN_WORDS not in line:
        line = read_line(sock, buffer, time.monotonic() + args.timeout)
    if line is None:
        fail("the connection ended without a shutdown notice")
    print(line, flush=True)


def hello_frame(index):
    body = json.dumps({"protocol": 1, "nick": f"probe-{index}", "client": "chatprobe/1"}).encode()
    return struct.pack(">IB", len(body) + 1, HELLO) + body


class FrameReader:
    """Splits one connection's bytes into (type, body) frames."""

    def __init__(self):
        self.buffer = bytearray()

    def feed(self, data):
        self.buffer.extend(data)
        frames = []
        while len(self.buffer) >= 5:
            length, kind = struct.unpack(">IB", self.buffer[:5])
            if len(self.buffer) < 4 + length:
                break
            frames.append((kind, bytes(self.buffer[5:4 + length])))
            del self.buffer[:4 + length]
        return frames


def hold_framed(args):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = args.count + 64
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    deadline = time.monotonic() + args.timeout
    selector = selectors.DefaultSelector()
    waiting = set()
    for index in range(args.count):
        sock = connect(args.port, deadline)
        if sock is None:
            fail(f"connection {index} not accepted within {args.timeout} s")
        sock.sendall(hello_frame(index))
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ, (index, FrameReader()))
        waiting.add(index)
        drain(selector, waiting, 0)
    while waiting and time.monotonic() < deadline:
        drain(selector, waiting, 0.1)
    if waiting:
        fail(f"{len(waiting)} connections got no WELCOME within {args.timeout} s")
    # Join notices still flow for a moment; read them so the server holds nothing for us.
    quiet_until = time.monotonic() + 0.5
    while time.monotonic() < quiet_until:
        if drain(selector, waiting, 0.1):
            quiet_until = time.monotonic() + 0.5
    print(f"ready {args.count}", flush=True)
    selector.register(sys.stdin, selectors.EVENT_READ, None)
    while True:
        for key, _ in selector.select(0.5):
            if key.data is None:
                if not sys.stdin.readline():
                    return
            else:
                read_from(key, waiting)


def drain(selector, waiting, timeout):
    """Reads whatever has arrived; True when any byte did."""
    events = selector.select(timeout)
    for key, _ in events:
        read_from(key, waiting)
    return bool(events)


def read_from(key, waiting):
    index, reader = key.data
    try:
        data = key.fileobj.recv(65536)
    except BlockingIOError:
        return
    if not data:
        fail(f"connection {index} closed by the server")
    for kind, body in reader.feed(data):
        if kind == WELCOME:
            waiting.discard(index)
        elif kind == ERROR and json.loads(body).get("fatal"):
            fail(f"connection {index} refused: {body.decode()}")


def main():
    parser = argparse.ArgumentParser(description="Chat server probes (127.0.0.1 only).")
    parser.add_argument("--timeout", type=float, default=10.0, help="bound of every wait, in seconds")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("accept")
    p.add_argument("port", type=int)
    p.add_argument("--since", type=int, required=True, help="start time, ns since the epoch")
    p.set_defaults(run=accept)
    p = commands.add_parser("line-join")
    p.add_argument("port", type=int)
    p.set_defaults(run=line_join)
    p = commands.add_parser("hold-framed")
    p.add_argument("port", type=int)
    p.add_argument("count", type=int)
    p.set_defaults(run=hold_framed)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
