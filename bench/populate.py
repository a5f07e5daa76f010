#!/usr/bin/env python3
"""Fills a running ucprov with a benchmark tenant through its admin API (keep-alive, sequential).

Usage: populate.py ADMIN_URL TOKEN DEVICES
Creates tenant "bench", a master config, site.cfg, a per-device Pebble template
[PHONE_MAC_ADDRESS]-lines.cfg, and DEVICES devices 0004f2000001... with variables.
Bounded: exactly DEVICES device PUTs plus four file/tenant PUTs, over WORKERS keep-alive
connections (default 4); stops at the first error.
"""
import http.client
import json
import os
import threading
import sys
import time
import urllib.parse

MASTER = """<?xml version="1.0" encoding="UTF-8"?>
<APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg"
  OVERRIDES_DIRECTORY="overrides" CONTACTS_DIRECTORY="contacts" LOG_FILE_DIRECTORY="logs"/>
"""
SITE = """<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig><site httpd.cfg.enabled="0" prov.polling.enabled="1" prov.polling.mode="abs"
  prov.polling.time="03:00" tcpIpApp.sntp.address="pool.ntp.org"/></polycomConfig>
"""
LINES = """<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig>
  <reg reg.1.address="{{ device.variables.ext }}" reg.1.label="{{ device.label }}"
    reg.1.auth.userId="{{ device.variables.ext }}" reg.1.auth.password="{{ device.variables.secret }}"
    reg.1.displayName="{{ device.label }} ({{ tenant.name }})"/>
</polycomConfig>
"""


class Client:
    def __init__(self, url, token):
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.headers = {"Authorization": "Bearer " + token}

    def put(self, path, body, content_type):
        self.conn.request("PUT", path, body=body.encode(),
                          headers={**self.headers, "Content-Type": content_type})
        response = self.conn.getresponse()
        answer = response.read()
        if response.status >= 300:
            raise SystemExit(f"PUT {path} -> {response.status}: {answer[:300]!r}")


def device_body(i):
    return json.dumps({"model": "VVX_410", "label": "Desk %d" % i,
                       "variables": {"ext": str(10000 + i), "secret": "s%08d" % (i * 7919 % 99999989)}})


def main():
    admin, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    workers = int(os.environ.get("WORKERS", "4"))
    url = urllib.parse.urlsplit(admin)
    put = Client(url, token).put

    put("/api/v1/tenants/bench", json.dumps({"name": "Benchmark"}), "application/json")
    put("/api/v1/tenants/bench/files/000000000000.cfg", MASTER, "application/xml")
    put("/api/v1/tenants/bench/files/site.cfg", SITE, "application/xml")
    put("/api/v1/tenants/bench/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true", LINES, "application/xml")
    start = time.monotonic()
    failures = []

    def work(first):
        client = Client(url, token)
        try:
            for i in range(first, count + 1, workers):
                client.put("/api/v1/tenants/bench/devices/0004f2%06x" % i, device_body(i),
                           "application/json")
                if i % 10000 == 0:
                    print(f"populate: ~{i} devices, {i / (time.monotonic() - start):.0f}/s",
                          file=sys.stderr)
        except SystemExit as e:
            failures.append(str(e))

    threads = [threading.Thread(target=work, args=(w + 1,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        sys.exit(failures[0])
    print(f"populate: {count} devices in {time.monotonic() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
