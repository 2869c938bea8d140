#!/usr/bin/env python3
"""RSS of `harness mock` after N new API keys (one Iterable users/update each), then after POST /__harness/reset.

Usage: bench/tenant-memory.py src/Harness.Cli/bin/Release/net10.0/harness.dll 100000 10000 200000
(the last arguments are --max-tenants values, one mock each). Figures are in SECURITY.md (tenant cap).
"""
import http.client, json, os, re, subprocess, sys, time, socket

def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def run(harness_dll, keys, max_tenants):
    port = free_port()
    proc = subprocess.Popen(["dotnet", harness_dll, "mock", "--port", str(port), "--no-fixtures", "--max-tenants", str(max_tenants)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in proc.stdout:
        if "Ctrl+C" in line: break
    conn = http.client.HTTPConnection("127.0.0.1", port)
    def call(method, path, body=None, headers={}):
        conn.request(method, path, body=body, headers={"Content-Type": "application/json", **headers})
        r = conn.getresponse(); r.read(); return r.status
    start_rss = rss_mib(proc.pid)
    body = json.dumps({"email": "user@example.com", "dataFields": {"plan": "gold"}})
    t0 = time.time()
    for i in range(keys):
        assert call("POST", "/api/users/update", body, {"Api-Key": f"load-key-{i:08d}-0123456789abcdef"}) == 200
    elapsed = time.time() - t0
    time.sleep(2)
    loaded = rss_mib(proc.pid)
    assert call("POST", "/__harness/reset") == 200
    time.sleep(2)
    after = rss_mib(proc.pid)
    proc.terminate(); proc.wait(10)
    print(f"max-tenants {max_tenants:>7}: start {start_rss:6.0f} MiB, after {keys} new keys {loaded:6.0f} MiB ({elapsed:.0f} s), after reset {after:6.0f} MiB")

if __name__ == "__main__":
    dll, keys = sys.argv[1], int(sys.argv[2])
    for cap in sys.argv[3:]:
        run(dll, keys, int(cap))
