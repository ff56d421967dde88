"""What ArcadeDB (the local Bolt server of `quotegraph serve`) does with wrong passwords: logs in
with a wrong one WRONG times, then with the right one, then again after a restart; and what its
HTTP API answers meanwhile. Prints one line per attempt.

    python bench/serve_lockout.py            # needs the arcadedb extra
"""
import tempfile, time
import neo4j
from quotegraph.bolt_server import LocalBoltServer
d = tempfile.mkdtemp()
local = LocalBoltServer(d, heap="512m")
s = local.start()
print("started", s.uri, "http", local.http_port, flush=True)
def login(pw):
    try:
        with neo4j.GraphDatabase.driver(s.uri, auth=("root", pw), connection_timeout=5) as drv:
            with drv.session(database=s.database) as ses:
                ses.run("RETURN 1").consume()
        return "ok"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)[:150]
for i in range(9):
    print("wrong", i + 1, login("wrong-password"), flush=True)
print("right", login(s.password), flush=True)
time.sleep(5)
print("right after 5s", login(s.password), flush=True)
import urllib.request, base64
for path in ("/api/v1/server", "/mcp", "/"):
    try:
        req = urllib.request.Request(f"http://127.0.0.1:{local.http_port}{path}")
        req.add_header("Authorization", "Basic " + base64.b64encode(f"root:{s.password}".encode()).decode())
        with urllib.request.urlopen(req, timeout=5) as r:
            print("http", path, r.status, r.read(200), flush=True)
    except Exception as e:
        print("http", path, type(e).__name__, str(e)[:150], flush=True)
local.stop()
local.start()
print("right after restart", login(s.password), flush=True)
local.stop()
