#!/usr/bin/env python3
"""Concurrent TFTP reads for the benchmark: COUNT files read at once, as RFC 1350/2348 say.

Usage: tftp_burst.py HOST PORT NAME_PATTERN COUNT BLKSIZE EXPECTED_SIZE
NAME_PATTERN holds one %d, filled with 1..COUNT (for example bench/small-%03d.cfg). Every
transfer starts at once, each on its own UDP socket, all driven by one selector loop; a block
or ACK not answered within 1 s is sent again, at most 5 times. Bounded: COUNT transfers, and
the whole run stops after 120 s. Prints one line:
RESULT transfers=N errors=E seconds=S p50_ms=.. p99_ms=.. max_ms=..
"""
import selectors
import socket
import struct
import sys
import time

RRQ, DATA, ACK, ERROR, OACK = 1, 3, 4, 5, 6


class Transfer:
    def __init__(self, host, port, name, blksize):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setblocking(False)
        self.server = (host, port)
        self.peer = None
        self.blksize = blksize
        request = struct.pack("!H", RRQ) + name.encode() + b"\0octet\0"
        if blksize != 512:
            request += b"blksize\0" + str(blksize).encode() + b"\0"
        self.last = request
        self.expected = 1
        self.size = 0
        self.tries = 0
        self.started = time.monotonic()
        self.sent_at = self.started
        self.done = None
        self.failed = None
        self.sock.sendto(request, self.server)

    def send(self, packet):
        self.last = packet
        self.sent_at = time.monotonic()
        self.tries = 0
        self.sock.sendto(packet, self.peer)

    def receive(self):
        packet, source = self.sock.recvfrom(70000)
        if self.peer is None:
            self.peer = source
        elif source != self.peer:
            return
        opcode = struct.unpack("!H", packet[:2])[0]
        if opcode == OACK:
            self.send(struct.pack("!HH", ACK, 0))
        elif opcode == DATA:
            block = struct.unpack("!H", packet[2:4])[0]
            if block != self.expected & 0xFFFF:
                return
            self.size += len(packet) - 4
            self.send(struct.pack("!HH", ACK, block))
            self.expected += 1
            if len(packet) - 4 < self.blksize:
                self.done = time.monotonic()
        elif opcode == ERROR:
            self.failed = packet[4:].rstrip(b"\0").decode(errors="replace")
        else:
            self.failed = "unexpected opcode %d" % opcode

    def tick(self, now):
        if now - self.sent_at >= 1.0:
            self.tries += 1
            if self.tries > 5:
                self.failed = "timed out"
                return
            self.sent_at = now
            self.sock.sendto(self.last, self.peer or self.server)


def main():
    host, port, pattern = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    count, blksize, expected = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    selector = selectors.DefaultSelector()
    start = time.monotonic()
    transfers = []
    for i in range(1, count + 1):
        t = Transfer(host, port, pattern % i, blksize)
        selector.register(t.sock, selectors.EVENT_READ, t)
        transfers.append(t)
    running = len(transfers)
    deadline = start + 120
    while running and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.05):
            t = key.data
            t.receive()
            if t.done or t.failed:
                selector.unregister(t.sock)
                running -= 1
        now = time.monotonic()
        for t in transfers:
            if not t.done and not t.failed and t.sock.fileno() >= 0:
                t.tick(now)
                if t.failed:
                    selector.unregister(t.sock)
                    running -= 1
    elapsed = time.monotonic() - start
    ok = [t for t in transfers if t.done and t.size == expected]
    errors = len(transfers) - len(ok)
    for t in transfers:
        if t.failed:
            print("transfer failed: %s" % t.failed, file=sys.stderr)
        t.sock.close()
    times = sorted((t.done - t.started) * 1000 for t in ok) or [0.0]
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print("RESULT transfers=%d errors=%d seconds=%.3f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
          % (len(transfers), errors, elapsed, pick(0.5), pick(0.99), times[-1]))


if __name__ == "__main__":
    main()
