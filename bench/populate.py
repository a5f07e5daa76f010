#!/usr/bin/env python3
"""Fills a running ucprov with a benchmark tenant through its admin API (keep-alive, sequential).

Usage: populate.py ADMIN_URL TOKEN DEVICES
Creates tenant "bench", a master config, site.cfg, a per-device Pebble template
[PHONE_MAC_ADDRESS]-lines.cfg, and DEVICES devices 0004f2000001... with variables.
Bounded: exactly DEVICES device PUTs plus four file/tenant PUTs; stops at the first error.
"""
import http.client
import json
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


def main():
    admin, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    url = urllib.parse.urlsplit(admin)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Authorization": "Bearer " + token}

    def put(path, body, content_type):
        conn.request("PUT", path, body=body.encode(), headers={**headers, "Content-Type": content_type})
        response = conn.getresponse()
        answer = response.read()
        if response.status >= 300:
            sys.exit(f"PUT {path} -> {response.status}: {answer[:300]!r}")

    put("/api/v1/tenants/bench", json.dumps({"name": "Benchmark"}), "application/json")
    put("/api/v1/tenants/bench/files/000000000000.cfg", MASTER, "application/xml")
    put("/api/v1/tenants/bench/files/site.cfg", SITE, "application/xml")
    put("/api/v1/tenants/bench/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true", LINES, "application/xml")
    start = time.monotonic()
    for i in range(1, count + 1):
        mac = "0004f2%06x" % i
        body = {"model": "VVX_410", "label": "Desk %d" % i,
                "variables": {"ext": str(10000 + i), "secret": "s%08d" % (i * 7919 % 99999989)}}
        put("/api/v1/tenants/bench/devices/" + mac, json.dumps(body), "application/json")
        if i % 10000 == 0:
            print(f"populate: {i} devices, {i / (time.monotonic() - start):.0f}/s", file=sys.stderr)
    print(f"populate: {count} devices in {time.monotonic() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
