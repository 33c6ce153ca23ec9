#!/usr/bin/env python3
"""Measures the gateway beside nginx, on loopback only.

Starts a fast backend (nginx serving LMS-like JSON, a 100 MB CSV and the calls a native handler makes, one of
them 20 ms slow), nginx as a reverse proxy in front of it, and the gateway jar with its production settings
(metrics, JWT checks against a static key set, resilience). Then measures throughput, latency at a fixed rate,
a native fan-out, a large download's heap, start-up time and memory, prints a table, and ends with one line per
goal figure: `figure-name: value (goal: ...)`. Results also go to bench/results/latest.txt.
"""

import argparse
import base64
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANDIN = ROOT / "contract-tests/src/main/resources/standin/__files"
COURSE = "course-v1:OpenedX+DemoX+Demo_Course"
BACKEND_PORT, PROXY_PORT, GATEWAY_PORT, MANAGEMENT_PORT = 18081, 18082, 18080, 18090
ISSUER, AUDIENCE = "http://127.0.0.1:18000/oauth2", "openedx"
UNIFIED = f"http://127.0.0.1:{GATEWAY_PORT}/api/instructor/v1/courses/{COURSE}"

# What the fast backend answers: location -> (file under the work dir, delay in seconds). The legacy route's view,
# the role check and the four calls of the analytics summary (the native fan-out) come from the stand-in LMS's
# recordings, so the gateway parses what it would parse from a real LMS.
BACKEND_ROUTES = [
    ("= /heartbeat", "heartbeat.json", 0),
    ("= /json/1k", "1k.json", 0),
    ("= /json/16k", "16k.json", 0),
    ("= /reports/big.csv", "big.csv", 0),
    ("^~ /api/instructor/v1/tasks/", "tasks.json", 0),
    ("^~ /courses/", "enrolled.json", 0),
    ("^~ /api/enrollment/v1/roles/", "roles.json", 0),
    ("^~ /api/enrollment/v1/course/", "enrollment-course.json", 0),
    ("^~ /api/courses/v1/blocks/", "blocks.json", 0),
    ("~ ^/api/grades/v1/gradebook/[^/]+/grading-info", "grading-info.json", 0),
    ("~ ^/api/grades/v1/gradebook/[^/]+/?$", "gradebook.json", 0.020),
]


def main():
    options = arguments()
    work = Path(tempfile.mkdtemp(prefix="gateway-bench-"))
    work.chmod(0o755)  # nginx's workers drop root and must read the files
    processes = []
    try:
        prepare_files(work)
        jwks, token = keys_and_token(work)
        processes.append(start_nginx(work, "backend", backend_config(work)))
        processes.append(start_nginx(work, "proxy", proxy_config(work)))
        wait_for(f"http://127.0.0.1:{PROXY_PORT}/json/1k", 10)

        results = Results(options)
        plain, plain_seconds = start_gateway(work, jwks, options.heap)
        stop(plain)
        results.record("start to ready, plain java -jar (s)", plain_seconds)
        archive = class_data_archive(work, jwks, options.heap)
        gateway, ready_seconds = start_gateway(work, jwks, options.heap, archive)
        processes.append(gateway)
        results.record("start to ready, with class data sharing (s)", ready_seconds)
        results.record("RSS at idle (MB)", rss_mb(gateway.pid))

        auth = ["-H", f"Authorization: JWT {token}"]
        targets = {
            "direct backend": ([], f"http://127.0.0.1:{BACKEND_PORT}/json/1k"),
            "nginx proxy": ([], f"http://127.0.0.1:{PROXY_PORT}/json/1k"),
            "gateway pass-through": ([], f"http://127.0.0.1:{GATEWAY_PORT}/json/1k"),
            "gateway legacy rewrite": (auth + json_post(work), f"{UNIFIED}/enrollment"),
            "gateway native fan-out": (auth, f"{UNIFIED}/analytics/summary"),
        }

        log(f"warming up for {options.warmup} s")
        for name in ("gateway pass-through", "gateway legacy rewrite", "gateway native fan-out"):
            extra, url = targets[name]
            wrk(url, extra, options.warmup // 3, connections=16)

        for name, (extra, url) in targets.items():
            results.record(f"{name} (req/s)", throughput(url, extra, options))
        results.record("RSS under load (MB)", rss_mb(gateway.pid))

        for name, url in (
            ("direct", f"http://127.0.0.1:{BACKEND_PORT}/json/1k"),
            ("nginx", f"http://127.0.0.1:{PROXY_PORT}/json/1k"),
            ("gateway", f"http://127.0.0.1:{GATEWAY_PORT}/json/1k"),
        ):
            latencies = fixed_rate(url, options.rate, options.latency_seconds)
            for percentile, value in latencies.items():
                results.record(f"{name} p{percentile} at {options.rate}/s (ms)", value)

        fanout = closed_loop_latency(f"{UNIFIED}/analytics/summary", auth, requests=options.fanout_requests)
        results.record("native fan-out p50, 4 calls, slowest 20 ms (ms)", fanout[50])
        results.record("native fan-out p99 (ms)", fanout[99])

        seconds, added = download(f"http://127.0.0.1:{GATEWAY_PORT}/reports/big.csv", gateway.pid)
        results.record("100 MB download through the gateway (s)", seconds)
        results.record("heap above idle during the download (MB)", max(0.0, added))

        if options.soak_minutes > 0:
            soak(results, gateway.pid, f"http://127.0.0.1:{GATEWAY_PORT}/json/1k", options)

        results.finish(versions(gateway_jar()))
    finally:
        for process in reversed(processes):
            stop(process)
        shutil.rmtree(work, ignore_errors=True)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="short runs to check the benchmark itself works")
    parser.add_argument("--heap", default="256m", help="the gateway's -Xmx (default 256m)")
    parser.add_argument("--rate", type=int, default=1000, help="requests/s of the latency runs (default 1000)")
    options = parser.parse_args()
    options.warmup = 15 if options.quick else 60
    options.seconds = 5 if options.quick else 15
    options.latency_seconds = 5 if options.quick else 30
    options.fanout_requests = 300 if options.quick else 3000
    options.soak_minutes = 1 if options.quick else 10
    options.connections = 64
    return options


class Results:
    """The figures in the order measured, printed as a table, then the goal lines."""

    def __init__(self, options):
        self.options = options
        self.figures = {}
        self.errors = RESULT_ERRORS

    def record(self, name, value):
        self.figures[name] = value
        log(f"{name}: {value:.2f}")

    def finish(self, versions_found):
        f = self.figures
        ratio = lambda a, b: f[a] / f[b] if f.get(b) else 0.0
        goals = [
            ("pass-through-vs-nginx-rps", ratio("gateway pass-through (req/s)", "nginx proxy (req/s)"), ">= 0.40"),
            (
                "rewrite-vs-pass-through-rps",
                ratio("gateway legacy rewrite (req/s)", "gateway pass-through (req/s)"),
                ">= 0.90",
            ),
            (
                "added-latency-p50-ms",
                f[f"gateway p50 at {self.options.rate}/s (ms)"] - f[f"direct p50 at {self.options.rate}/s (ms)"],
                "<= 1.0",
            ),
            (
                "added-latency-p99-ms",
                f[f"gateway p99 at {self.options.rate}/s (ms)"] - f[f"direct p99 at {self.options.rate}/s (ms)"],
                "<= 3.0",
            ),
            ("native-fanout-p50-ms", f["native fan-out p50, 4 calls, slowest 20 ms (ms)"], "<= 22.0"),
            ("download-heap-above-idle-mb", f["heap above idle during the download (MB)"], "< 32"),
            ("start-to-ready-s", f["start to ready, with class data sharing (s)"], "< 7"),
        ]
        nginx_added = (
            f[f"nginx p50 at {self.options.rate}/s (ms)"] - f[f"direct p50 at {self.options.rate}/s (ms)"],
            f[f"nginx p99 at {self.options.rate}/s (ms)"] - f[f"direct p99 at {self.options.rate}/s (ms)"],
        )

        lines = ["", "Instructor API gateway benchmark" + (" (quick run, not for quoting)" if self.options.quick else ""),
                 "", "Versions:"]
        lines += [f"  {name}: {value}" for name, value in versions_found.items()]
        lines += ["", f"{'figure':<58} {'value':>12}"]
        lines += [f"{name:<58} {value:>12.2f}" for name, value in f.items()]
        lines += ["", f"nginx added latency p50/p99 (ms): {nginx_added[0]:.2f} / {nginx_added[1]:.2f}"]
        lines += ["non-2xx responses and socket errors: " + ("none" if not self.errors else "; ".join(self.errors))]
        lines += [""] + [f"{name}: {value:.2f} (goal: {goal})" for name, value, goal in goals]
        text = "\n".join(lines) + "\n"
        print(text)
        out = ROOT / "bench/results" / ("quick.txt" if self.options.quick else "latest.txt")
        out.parent.mkdir(exist_ok=True)
        out.write_text(text)
        if self.errors:
            sys.exit(1)


# ------------------------------------------------------------------------------------------------ measurements


def throughput(url, extra, options):
    """The median of at least three runs, more until two of them agree within 5% (six at most)."""
    runs = []
    while len(runs) < 3 or (not two_agree(runs) and len(runs) < 6):
        runs.append(wrk(url, extra, options.seconds, connections=options.connections))
    return statistics.median(runs)


def two_agree(runs):
    ordered = sorted(runs)
    return any(b - a <= 0.05 * b for a, b in zip(ordered, ordered[1:]))


def wrk(url, extra, seconds, connections):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{max(1, seconds)}s", *extra, url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    check_clean(output, url)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def check_clean(wrk_output, url):
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: (.*)"):
        found = re.search(pattern, wrk_output)
        if found:
            RESULT_ERRORS.append(f"{url}: {found.group(0)}")


def fixed_rate(url, rate, seconds):
    """Latency percentiles at a fixed, evenly spaced request rate.

    h2load opens 50 connections one millisecond apart and holds each to rate/50 requests per second, so a request
    leaves about every millisecond. (hey's workers start their tickers together and send in bursts of 50; that
    measures how fast a burst drains, not the latency at a rate.) Each connection has 50 ms between its requests,
    far more than any answer takes here, so a slow answer does not hold back the next request.
    """
    connections = 50
    log_file = Path(tempfile.mkstemp(prefix="h2load-", suffix=".log")[1])
    try:
        command = ["h2load", "--h1", "-t1", f"-c{connections}", "-r1", "--rate-period=1ms",
                   f"--rps={rate / connections:g}", f"-n{rate * seconds}", f"--log-file={log_file}",
                   url]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        found = re.search(r"requests: \d+ total, \d+ started, \d+ done, (\d+) succeeded, (\d+) failed", output)
        codes = re.search(r"status codes: (\d+) 2xx", output)
        if not found or found.group(2) != "0" or not codes or codes.group(1) != found.group(1):
            RESULT_ERRORS.append(f"{url}: h2load reported failures or non-2xx answers")
        durations = sorted(int(line.split()[2]) / 1000 for line in log_file.read_text().splitlines() if line)
    finally:
        log_file.unlink(missing_ok=True)
    return {p: durations[min(len(durations) - 1, len(durations) * p // 100)] for p in (10, 25, 50, 75, 90, 95, 99)}


def closed_loop_latency(url, extra, requests):
    command = ["hey", "-n", str(requests), "-c", "4", *extra, url]
    return hey_percentiles(subprocess.run(command, capture_output=True, text=True, check=True).stdout, url)


def hey_percentiles(output, url):
    percentiles = {int(p): float(s) * 1000 for p, s in re.findall(r"(\d+)% in ([\d.]+) secs", output)}
    statuses = re.findall(r"\[(\d{3})\]\s+\d+ responses", output)
    if any(not status.startswith("2") for status in statuses) or "Error distribution" in output:
        RESULT_ERRORS.append(f"{url}: statuses {statuses}, errors reported by hey")
    return percentiles


def download(url, pid):
    """Downloads the CSV while jstat samples the gateway's heap every 20 ms; the time taken and the most heap in use
    above what was in use just before, after a full collection.

    jstat reads the JVM's own counters, so sampling allocates nothing in the gateway (a Prometheus scrape every few
    milliseconds would, and would be counted as the download's).
    """
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    idle = jstat_heap_mb(pid, samples=1)[0]
    sampler = subprocess.Popen(["jstat", "-gc", str(pid), "20", "250"], stdout=subprocess.PIPE, text=True)
    started = time.monotonic()
    curl = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", url], capture_output=True,
                          text=True)
    seconds = time.monotonic() - started
    if curl.stdout.strip() != "200":
        RESULT_ERRORS.append(f"{url}: the download failed")
    return seconds, max(heap_mb_in(sampler.communicate()[0])) - idle


def jstat_heap_mb(pid, samples):
    output = subprocess.run(["jstat", "-gc", str(pid), "20", str(samples)], capture_output=True, text=True,
                            check=True).stdout
    return heap_mb_in(output)


def heap_mb_in(jstat_output):
    """Survivor, eden and old space in use (KB columns of `jstat -gc`), in MB, one value per sample."""
    lines = [line.split() for line in jstat_output.splitlines() if line.strip()]
    header = lines[0]
    columns = [header.index(name) for name in ("S0U", "S1U", "EU", "OU")]
    return [sum(float(row[c]) for c in columns) / 1024 for row in lines[1:] if row != header]


def soak(results, pid, url, options):
    """Half the highest pass-through rate for a while, watching heap and RSS for growth."""
    rate = int(results.figures["gateway pass-through (req/s)"] / 2)
    workers = 32
    log(f"soak: {rate}/s for {options.soak_minutes} min")
    load = subprocess.Popen(["hey", "-z", f"{options.soak_minutes * 60}s", "-c", str(workers), "-q",
                             str(max(1, rate // workers)), url], stdout=subprocess.PIPE, text=True)
    samples = []
    while load.poll() is None:
        samples.append((heap_after_gc_mb(), rss_mb(pid)))
        time.sleep(10)
    hey_percentiles(load.stdout.read(), url)
    if len(samples) >= 2:
        results.record("soak heap after GC, first sample (MB)", samples[0][0])
        results.record("soak heap after GC, last sample (MB)", samples[-1][0])
        results.record("soak RSS, first sample (MB)", samples[0][1])
        results.record("soak RSS, last sample (MB)", samples[-1][1])


RESULT_ERRORS = []


# -------------------------------------------------------------------------------------------------- processes


def start_gateway(work, jwks, heap, archive=None):
    """The gateway, and the seconds from its start to its readiness. With a class data archive it runs from the
    extracted jar the archive was made for."""
    jar = work / "app" / gateway_jar().name if archive else gateway_jar()
    sharing = [f"-XX:SharedArchiveFile={archive}"] if archive else []
    command = ["java", f"-Xmx{heap}", *sharing, "-jar", str(jar)]
    started = time.monotonic()
    process = subprocess.Popen(command, env=gateway_env(jwks), stdout=open(work / "gateway.log", "a"),
                               stderr=subprocess.STDOUT)
    wait_for(f"http://127.0.0.1:{MANAGEMENT_PORT}/actuator/health/readiness", 120, process)
    return process, time.monotonic() - started


def class_data_archive(work, jwks, heap):
    """Extracts the jar and makes a class data sharing archive of what its start loads, the way Spring Boot
    documents it and a production image built with BP_JVM_CDS_ENABLED does: a training run whose context exits
    once refreshed, the JVM writing the archive as it ends."""
    subprocess.run(["java", "-Djarmode=tools", "-jar", str(gateway_jar()), "extract", "--destination",
                    str(work / "app")], check=True, capture_output=True)
    archive = work / "gateway.jsa"
    subprocess.run(["java", f"-Xmx{heap}", f"-XX:ArchiveClassesAtExit={archive}", "-Dspring.context.exit=onRefresh",
                    "-jar", str(work / "app" / gateway_jar().name)], env=gateway_env(jwks),
                   stdout=open(work / "training.log", "w"), stderr=subprocess.STDOUT)
    if not archive.exists():
        raise SystemExit(f"the training run wrote no class data archive; see {work / 'training.log'}")
    return archive


def gateway_env(jwks):
    env = dict(os.environ)
    env.update({
        "LMS_BASE_URL": f"http://127.0.0.1:{BACKEND_PORT}",
        "STUDIO_BASE_URL": f"http://127.0.0.1:{BACKEND_PORT}",
        "SERVER_PORT": str(GATEWAY_PORT),
        "MANAGEMENT_SERVER_PORT": str(MANAGEMENT_PORT),
        "GATEWAY_JWT_JWKS": jwks,
        "GATEWAY_JWT_ISSUER": ISSUER,
        "GATEWAY_JWT_AUDIENCE": AUDIENCE,
        "GATEWAY_RATE_LIMIT_REQUESTS": "1000000",
    })
    return env


def start_nginx(work, name, config):
    path = work / f"{name}.conf"
    path.write_text(config)
    return subprocess.Popen(["nginx", "-c", str(path), "-p", str(work), "-g", "daemon off;"],
                            stderr=open(work / f"{name}.err", "w"))


def backend_config(work):
    locations = []
    for match, file, delay in BACKEND_ROUTES:
        if delay:
            locations.append(f"location {match} {{ echo_sleep {delay}; echo_exec /files/{file}; }}")
        else:
            locations.append(f"location {match} {{ default_type application/json; rewrite ^ /files/{file} break; }}")
    return f"""
load_module /usr/lib/nginx/modules/ngx_http_echo_module.so;
{nginx_common(work, "backend")}
  default_type application/json;
  server {{
    listen 127.0.0.1:{BACKEND_PORT};
    root {work}/www;
    error_page 405 =200 $uri;
    location /files/ {{ internal; default_type application/json; }}
{chr(10).join('    ' + line for line in locations)}
  }}
}}
"""


def nginx_common(work, name):
    """What both nginx servers share: two workers, no access log, files and temporary files in the work folder."""
    return f"""worker_processes 2;
pid {work}/{name}.pid;
error_log {work}/{name}-error.log;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_requests 100000;
  client_body_temp_path {work}/tmp-body-{name};
  proxy_temp_path {work}/tmp-proxy-{name};"""


def proxy_config(work):
    return f"""
{nginx_common(work, "proxy")}
  upstream backend {{ server 127.0.0.1:{BACKEND_PORT}; keepalive 64; }}
  server {{
    listen 127.0.0.1:{PROXY_PORT};
    location / {{
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering on;
    }}
  }}
}}
"""


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def wait_for(url, seconds, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the process serving {url} ended; see its log")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} did not answer within {seconds} s")


# ---------------------------------------------------------------------------------------------- observations


def heap_used_mb():
    return prometheus_sum(r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} ([\d.eE+]+)') / 1e6


def heap_after_gc_mb():
    return prometheus_sum(r'^jvm_gc_live_data_size_bytes(?:\{[^}]*\})? ([\d.eE+]+)') / 1e6 or heap_used_mb()


def prometheus_sum(pattern):
    with urllib.request.urlopen(f"http://127.0.0.1:{MANAGEMENT_PORT}/actuator/prometheus", timeout=5) as answer:
        text = answer.read().decode()
    return sum(float(value) for value in re.findall(pattern, text, re.MULTILINE))


def rss_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def versions(jar):
    flags = subprocess.run(["java", "-XX:+PrintCommandLineFlags", "-version"], capture_output=True, text=True)
    java = flags.stdout + flags.stderr
    libraries = subprocess.run(["unzip", "-l", str(jar)], capture_output=True, text=True).stdout
    found = lambda name: (re.search(rf"/{name}-(\d[^/\s]*?)\.jar", libraries) or [None, "absent"])[1]
    gc = re.search(r"-XX:\+Use(\w+GC)", java)
    epoll = found("netty-transport-native-epoll")
    return {
        "JDK": next((line.strip() for line in java.splitlines() if "version" in line), "unknown"),
        "GC": gc.group(1) if gc else "default",
        "Netty transport": f"epoll {epoll}" if epoll != "absent" else "NIO",
        "Spring Boot": found("spring-boot"),
        "Spring Cloud Gateway": found("spring-cloud-gateway-server-webflux"),
        "nginx": subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip(),
        "cores": str(os.cpu_count()),
    }


def gateway_jar():
    jars = sorted((ROOT / "gateway/target").glob("gateway-*-exec.jar"))
    if not jars:
        raise SystemExit("no gateway jar: run bench/run, which builds it")
    return jars[-1]


# ---------------------------------------------------------------------------------------------- test material


def prepare_files(work):
    www = work / "www" / "files"
    www.mkdir(parents=True)
    for tmp in ("tmp-body-backend", "tmp-proxy-backend", "tmp-body-proxy", "tmp-proxy-proxy", "logs"):
        (work / tmp).mkdir()
    (www / "heartbeat.json").write_text('{"sql": {"status": true}, "modulestore": {"status": true}}')
    (www / "1k.json").write_text(sized_json(1024))
    (www / "16k.json").write_text(sized_json(16 * 1024))
    (www / "tasks.json").write_text(json.dumps({"tasks": [task(n) for n in range(2)]}))
    (www / "enrolled.json").write_text(json.dumps({
        "action": "enroll", "auto_enroll": False,
        "results": [{"identifier": "ada", "invalidIdentifier": False,
                     "before": {"enrollment": False, "auto_enroll": False, "user": True, "allowed": False},
                     "after": {"enrollment": True, "auto_enroll": False, "user": True, "allowed": False}}]}))
    (www / "roles.json").write_text(json.dumps({
        "roles": [{"org": "OpenedX", "course_id": COURSE, "role": "instructor"}], "is_staff": False}))
    for target, source in (("enrollment-course.json", "enrollment/course.json"),
                           ("blocks.json", "course-blocks/blocks.json")):
        shutil.copy(STANDIN / source, www / target)
    (www / "gradebook.json").write_text(json.dumps({"count": 5, "num_pages": 5, "current_page": 1, "next": None,
                                                    "previous": None, "total_users_count": 5, "results": []}))
    (www / "grading-info.json").write_text(json.dumps({"grade_cutoffs": {"Pass": 0.5}, "assignment_types": {}}))
    with open(www / "big.csv", "wb") as csv:
        row = b"ada,ada@example.com,Ada Lovelace,verified,0.93,Pass,2026-11-30T10:15:00Z\n"
        csv.write(b"username,email,name,mode,grade,letter,updated\n")
        csv.write(row * (100 * 1024 * 1024 // len(row)))


def sized_json(size):
    learners, n = [], 0
    while len(json.dumps({"results": learners})) < size - 120:
        learners.append({"username": f"learner{n}", "email": f"learner{n}@example.com", "mode": "audit"})
        n += 1
    return json.dumps({"count": len(learners), "results": learners})


def task(n):
    return {"task_type": "grade_course", "task_input": "{}", "task_id": f"2a1c6f0e-0b6d-4c36-9f0d-00000000000{n}",
            "requester": "instructor", "task_state": "SUCCESS", "created": "2026-11-30T10:15:00+00:00",
            "task_output": '{"total": 5, "succeeded": 5}', "duration_sec": "3.2", "status": "Complete",
            "task_message": "Finished"}


def json_post(work):
    body = work / "enroll.json"
    body.write_text('{"identifiers": ["ada"], "auto_enroll": false, "email_students": false}')
    script = work / "post.lua"
    script.write_text('wrk.method = "POST"\nwrk.body = \'' + body.read_text() + '\'\n'
                      'wrk.headers["Content-Type"] = "application/json"\n')
    return ["-s", str(script)]


def keys_and_token(work):
    """An RSA key pair made with openssl, its public JWK set, and an RS512 token for the demo instructor."""
    key = work / "key.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(key), "2048"], check=True, capture_output=True)
    modulus = subprocess.run(["openssl", "rsa", "-in", str(key), "-noout", "-modulus"], check=True,
                             capture_output=True, text=True).stdout.strip().split("=", 1)[1]
    jwks = json.dumps({"keys": [{"kty": "RSA", "kid": "bench", "alg": "RS512", "use": "sig",
                                 "n": b64(bytes.fromhex(modulus)), "e": "AQAB"}]})
    now = int(time.time())
    header = b64(json.dumps({"alg": "RS512", "kid": "bench", "typ": "JWT"}).encode())
    payload = b64(json.dumps({"iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 4 * 3600,
                              "preferred_username": "instructor", "email_verified": True}).encode())
    signing_input = f"{header}.{payload}".encode()
    signature = subprocess.run(["openssl", "dgst", "-sha512", "-sign", str(key)], input=signing_input, check=True,
                               capture_output=True).stdout
    return jwks, f"{header}.{payload}.{b64(signature)}"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


if __name__ == "__main__":
    main()
