#!/usr/bin/env python3
"""Fills a running ucprov with the boot-storm tenant through its admin API.

Usage: boot-storm-tenant.py ADMIN_URL TOKEN DEVICES [TENANT]
Tenant TENANT (default "storm"): a master 000000000000.cfg whose CONFIG_FILES lists three files
(the per-device Pebble template [PHONE_MAC_ADDRESS]-lines.cfg, site.cfg, features.cfg), a firmware
image named by APP_FILE_PATH with its sip.ver (the version the virtual phones run, so the firmware
check reads sip.ver and skips the image), LICENSE_DIRECTORY, CONTACTS_DIRECTORY,
OVERRIDES_DIRECTORY and LOG_FILE_DIRECTORY with a site licence and a shared directory, DEVICES
devices 0004f2000001... (the MACs `ucprov loadtest` numbers by default), and a stored
overrides/<MAC>-phone.cfg for every tenth device. So a virtual phone's boot is: master (its MAC's,
404, then 000000000000.cfg), sip.ver, 3 config files, 2 override files, directory (its own, 404,
then the shared one), 2 licences, and its log uploads.
Bounded: DEVICES device PUTs, DEVICES/10 override PUTs and nine file/tenant PUTs, over WORKERS
keep-alive connections (default 4); stops at the first error.
"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

VERSION = "5.9.0.9373"  # PhoneProfile.DEFAULT_VERSION of the virtual phones
MASTER = """<?xml version="1.0" encoding="UTF-8"?>
<APPLICATION APP_FILE_PATH="firmware/sip.ld"
  CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg, features.cfg"
  LICENSE_DIRECTORY="licences" CONTACTS_DIRECTORY="contacts" OVERRIDES_DIRECTORY="overrides"
  LOG_FILE_DIRECTORY="logs"/>
"""
SITE = """<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig><site httpd.cfg.enabled="0" prov.polling.enabled="1" prov.polling.mode="abs"
  prov.polling.time="03:00" tcpIpApp.sntp.address="pool.ntp.org" voIpProt.server.1.address="pbx.example.com"/></polycomConfig>
"""
FEATURES = """<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig><features feature.presence.enabled="1" feature.callList.enabled="1"
  dir.local.readonly="0" up.oneTouchDirectory="1"/></polycomConfig>
"""
LINES = """<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig>
  <reg reg.1.address="{{ device.variables.ext }}" reg.1.label="{{ device.label }}"
    reg.1.auth.userId="{{ device.variables.ext }}" reg.1.auth.password="{{ device.variables.secret }}"
    reg.1.displayName="{{ device.label }} ({{ tenant.name }})"/>
</polycomConfig>
"""
DIRECTORY = """<?xml version="1.0" encoding="UTF-8"?>
<directory><item_list>
  <item><fn>Reception</fn><ct>100</ct><sd>1</sd></item>
  <item><fn>Support</fn><ct>200</ct><sd>2</sd></item>
</item_list></directory>
"""
LICENCE = """<?xml version="1.0" encoding="UTF-8"?>
<licenses><licenseKey feature="site" value="BENCH-0000"/></licenses>
"""
OVERRIDE = """<?xml version="1.0" encoding="UTF-8"?>
<PHONE_CONFIG><OVERRIDES up.backlight.idleIntensity="1" reg.1.ringType="ringer%d"/></PHONE_CONFIG>
"""
FIRMWARE = bytes(range(256)) * 4096  # 1 MiB, never fetched while sip.ver matches


class Client:
    def __init__(self, url, token):
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.headers = {"Authorization": "Bearer " + token}

    def put(self, path, body, content_type):
        data = body if isinstance(body, bytes) else body.encode()
        self.conn.request("PUT", path, body=data,
                          headers={**self.headers, "Content-Type": content_type})
        response = self.conn.getresponse()
        answer = response.read()
        if response.status >= 300:
            raise SystemExit(f"PUT {path} -> {response.status}: {answer[:300]!r}")


def mac(i):
    return "0004f2%06x" % i


def device_body(i):
    return json.dumps({"model": "VVX_410", "label": "Desk %d" % i,
                       "variables": {"ext": str(10000 + i), "secret": "s%08d" % (i * 7919 % 99999989)}})


def main():
    admin, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    tenant = sys.argv[4] if len(sys.argv) > 4 else "storm"
    workers = int(os.environ.get("WORKERS", "4"))
    url = urllib.parse.urlsplit(admin)
    put = Client(url, token).put
    files = "/api/v1/tenants/%s/files/" % tenant

    put("/api/v1/tenants/" + tenant, json.dumps({"name": "Boot storm"}), "application/json")
    put(files + "000000000000.cfg", MASTER, "application/xml")
    put(files + "site.cfg", SITE, "application/xml")
    put(files + "features.cfg", FEATURES, "application/xml")
    put(files + "%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true", LINES, "application/xml")
    put(files + "firmware/sip.ld", FIRMWARE, "application/octet-stream")
    put(files + "firmware/sip.ver", VERSION + "\n", "text/plain")
    put(files + "contacts/000000000000-directory.xml", DIRECTORY, "application/xml")
    put(files + "licences/000000000000-license.cfg", LICENCE, "application/xml")
    start = time.monotonic()
    failures = []

    def work(first):
        client = Client(url, token)
        try:
            for i in range(first, count + 1, workers):
                client.put("/api/v1/tenants/%s/devices/%s" % (tenant, mac(i)), device_body(i),
                           "application/json")
                if i % 10 == 0:
                    client.put(files + "overrides/%s-phone.cfg" % mac(i), OVERRIDE % (i % 20 + 1),
                               "application/xml")
        except SystemExit as e:
            failures.append(str(e))

    threads = [threading.Thread(target=work, args=(w + 1,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        sys.exit(failures[0])
    print(f"boot-storm-tenant: {count} devices in {time.monotonic() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
