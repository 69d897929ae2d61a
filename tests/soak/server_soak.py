#!/usr/bin/env python3
"""The training city under load for MINUTES, with faults on, and the CLI polling beside it.

Run by `tools/dev.sh soak MINUTES`. It starts the real open311-sandbox with --fault-rate 0.2 and
drives it with wrk at 64 connections (tests/soak/mix.lua: v1 and v2 calls), while it holds
idle, half-sent and oversized connections up to the server's cap and runs `open311 status` and
`open311 track poll` against the same server. It fails when:
- the server's resident memory or open descriptors grow after the warm-up;
- the server does not fall back to its starting descriptors once the load is gone;
- a well-formed request to a path without faults goes unanswered, or is answered wrongly;
- the CLI crashes, loses a followed id, or shows one request's answer under another's id.
"""

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

KEY = "soak-key-not-secret"
CITY = "sandbox.example"
# The server's own limits (lib/http/HttpLimits.h).
MAX_CONNECTIONS = 256
IDLE_TIMEOUT_S = 30
MAX_BODY = 48 * 1024 * 1024  # the training city's, for photo uploads (SandboxServer.cpp)
PARTIAL_BODY = 256 * 1024
MAX_HEAD = 64 * 1024
WRK_CONNECTIONS = 64
# Left free below the cap for wrk's reconnections, the checker and the CLI.
HEADROOM = 24
# Services with no required attributes, one per followed id, so that an answer names its own.
SERVICES = ["001", "002", "003", "004", "005", "007", "008", "009", "010", "011"]


class Stop:
    def __init__(self):
        self.event = threading.Event()

    def __bool__(self):
        return self.event.is_set()


def log(text):
    print(time.strftime("%H:%M:%S"), text, flush=True)


def http(port, method, path, body=b"", timeout=5.0):
    """One request on a fresh connection; returns (status, body) or raises."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if body:
            head += "Content-Type: application/x-www-form-urlencoded\r\n"
        head += f"Content-Length: {len(body)}\r\n\r\n"
        s.sendall(head.encode() + body)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.1 (\d{3})", head)
    if not match:
        raise IOError("no status line")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    if length and int(length.group(1)) != len(rest):
        raise IOError(f"body of {len(rest)} bytes, {int(length.group(1))} announced")
    return int(match.group(1)), rest


def sample(pid):
    with open(f"/proc/{pid}/status") as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
    return rss, len(os.listdir(f"/proc/{pid}/fd"))


def abuse(port, kind, stop, counts):
    """Holds one connection of an unwelcome kind for as long as the server lets it, then again."""
    while not stop:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=IDLE_TIMEOUT_S + 15)
        except OSError:
            counts["refused"] += 1
            time.sleep(0.5)
            continue
        try:
            if kind == "half":
                s.sendall(b"GET /dev/V1/service_list?city_id=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            elif kind == "body":
                # Within the cap, and never finished: held until the idle timeout.
                s.sendall(b"POST /dev/v2/requests.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          b"Content-Type: application/x-www-form-urlencoded\r\n"
                          + f"Content-Length: {2 * PARTIAL_BODY}\r\n\r\n".encode())
                s.sendall(b"x" * PARTIAL_BODY)
            elif kind == "huge":
                s.sendall(b"POST /dev/v2/requests.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          b"Content-Type: application/x-www-form-urlencoded\r\n"
                          + f"Content-Length: {MAX_BODY + 1}\r\n\r\n".encode())
                s.sendall(b"x" * 65536)
            elif kind == "head":
                s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"y" * (MAX_HEAD + 1024))
            answer = b""
            while not stop:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
            status = answer[9:12].decode(errors="replace") if answer.startswith(b"HTTP/1.1 ") else "-"
            counts[f"{kind} {status}"] = counts.get(f"{kind} {status}", 0) + 1
            if kind in ("head", "huge"):
                time.sleep(0.5)  # refused at once: a pause keeps this a hold, not a flood
        except OSError as error:
            counts[f"{kind} {type(error).__name__}"] = counts.get(f"{kind} {type(error).__name__}", 0) + 1
        finally:
            s.close()


def check(port, stop, counts, failures):
    """Well-formed requests, one after another, each on a new connection.

    The map tiles, the geocoder and the boundary carry no faults, so each must be answered whole;
    the GeoReport paths may fail on purpose, and a fault must look like one (500, a drop, a
    stall or a short body), never like someone else's answer."""
    paths = ["/tiles/12/1024/1500.png", "/geocoder/search?q=Oak&format=jsonv2",
             "/boundary.geojson"]
    while not stop:
        path = random.choice(paths)
        try:
            status, body = http(port, "GET", path, timeout=5.0)
            if status != 200 or not body:
                failures.append(f"{path}: HTTP {status}")
            counts["answered"] += 1
        except (OSError, IOError) as error:
            failures.append(f"{path}: {error}")
        try:
            status, body = http(port, "GET", f"/dev/V1/service_list?api_key={KEY}&city_id={CITY}",
                                timeout=5.0)
        except socket.timeout:
            # A stall ends with a close after --stall (2 s); no answer at all is a failure.
            failures.append("service_list: no answer and no close in 5 s")
        except (OSError, IOError):
            counts["georeport fault"] += 1
        else:
            if status == 200 and b'service_code="001"' in body:
                counts["georeport answered"] += 1
            elif status == 200 and b"<errorCode>" in body:
                counts["georeport error answer"] += 1
            elif status == 500 and b"Internal Server Error" in body:
                counts["georeport fault"] += 1
            else:
                failures.append(f"service_list: HTTP {status}, {body[:80]!r}")
        time.sleep(0.02)


def create(port, service, lat):
    """Creates one followed request over v2, retrying the faults that created nothing."""
    body = (f"api_key={KEY}&service_code={service}&lat={lat:.6f}&long=-100.000000"
            f"&description=soak+{service}").encode()
    for _ in range(50):
        try:
            status, answer = http(port, "POST", "/dev/v2/requests.json", body)
        except (OSError, IOError):
            continue
        if status == 201 or status == 200:
            return json.loads(answer)[0]["service_request_id"]
    raise SystemExit(f"could not create a request for service {service}")


def services(port):
    """The city's service names by code, for telling one request's answer from another's."""
    for _ in range(50):
        try:
            status, answer = http(port, "GET", f"/dev/v2/services.json?api_key={KEY}")
            if status == 200:
                return {s["service_code"]: s["service_name"] for s in json.loads(answer)}
        except (OSError, IOError, ValueError):
            pass
    raise SystemExit("the training city did not list its services")


def run_cli(cli, env, args):
    process = subprocess.Popen([cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env)
    out, err = process.communicate(timeout=120)
    return process.returncode, out.decode(), err.decode()


def cli_loop(cli, env, endpoint, ids, expected, names, stop, counts, failures, peak):
    common = ["--endpoint", endpoint, "--protocol", "v2", "--allow-http", "--json",
              "--timeout", "5"]
    rounds = 0
    while not stop:
        rounds += 1
        for command in (["status"] + ids, ["track", "poll"], ["track", "list"]):
            process = subprocess.Popen([cli] + common + command, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, env=env)
            out, err = process.communicate(timeout=180)
            peak.append(child_max_rss())
            name = command[0] if command[0] != "track" else "track " + command[1]
            code = process.returncode
            counts[f"{name} exit {code}"] = counts.get(f"{name} exit {code}", 0) + 1
            if code < 0 or code not in (0, 3, 4):
                failures.append(f"{name} ended with {code}: {err.decode()[-300:]}")
                continue
            if name == "track poll":
                continue
            try:
                answers = json.loads(out) if out.strip() else []
            except json.JSONDecodeError:
                failures.append(f"{name} printed JSON that does not parse: {out[:200]!r}")
                continue
            if isinstance(answers, dict):
                answers = answers.get("requests", [answers])
            seen = set()
            for answer in answers:
                rid = answer.get("service_request_id") or answer.get("id")
                seen.add(rid)
                if rid not in expected:
                    failures.append(f"{name}: an answer for {rid}, which was not asked for")
                    continue
                counts["cli answers checked"] = counts.get("cli answers checked", 0) + 1
                service = answer.get("service_code")
                if service is not None and service != expected[rid]:
                    failures.append(f"{name}: {rid} answered as service {service}, "
                                    f"not {expected[rid]}")
                label = answer.get("service_name")
                if label is not None and label != names[expected[rid]]:
                    failures.append(f"{name}: {rid} answered as {label!r}, "
                                    f"not {names[expected[rid]]!r}")
                text = answer.get("description")
                if text is not None and text != f"soak {expected[rid]}":
                    failures.append(f"{name}: {rid} answered with {text!r}")
            if name == "track list" and seen != set(ids):
                failures.append(f"track list lost or gained ids: {sorted(seen ^ set(ids))}")
        time.sleep(0.5)
    counts["cli rounds"] = rounds


def child_max_rss():
    import resource
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=60, help="seconds before the baseline")
    parser.add_argument("--report", help="write the figures here as JSON")
    options = parser.parse_args()
    duration = options.minutes * 60
    work = tempfile.mkdtemp(prefix="open311-soak-")
    with open(os.path.join(work, "key"), "w") as f:
        f.write(KEY + "\n")
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CACHE_HOME=os.path.join(work, "cache"), XDG_RUNTIME_DIR=work,
               OPEN311_API_KEY=KEY, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="")
    server = subprocess.Popen(
        [options.sandbox, "--port", "0", "--api-key-file", os.path.join(work, "key"),
         "--data", os.path.join(work, "sandbox.sqlite"), "--fault-rate", "0.2", "--stall", "2000", "--pace", "20"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    port = None
    for line in server.stdout:
        match = re.match(r"Port: (\d+)", line)
        if match:
            port = int(match.group(1))
            break
    if port is None:
        raise SystemExit("the training city did not say its port")
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    endpoint = f"http://127.0.0.1:{port}/dev/v2/"
    base_rss, base_fds = sample(server.pid)
    log(f"training city on port {port}, pid {server.pid}: {base_rss} kB, {base_fds} fds")

    names = services(port)
    expected = {}
    for i, service in enumerate(SERVICES):
        expected[create(port, service, 40.001 + i * 0.0005)] = service
    ids = sorted(expected)
    code, out, err = run_cli(options.cli, env, ["--endpoint", endpoint, "--protocol", "v2",
                                                 "--allow-http", "track", "add"] + ids)
    if code != 0:
        raise SystemExit(f"track add failed ({code}): {err}")
    log(f"following {len(ids)} requests: {', '.join(ids)}")

    stop = Stop()
    counts = {"refused": 0, "answered": 0, "georeport answered": 0, "georeport fault": 0,
              "georeport error answer": 0}
    failures = []
    abusers = MAX_CONNECTIONS - WRK_CONNECTIONS - HEADROOM
    kinds = ["idle", "half", "body", "head", "huge"]
    threads = [threading.Thread(target=abuse, args=(port, kinds[i % len(kinds)], stop, counts), daemon=True)
               for i in range(abusers)]
    threads.append(threading.Thread(target=check, args=(port, stop, counts, failures), daemon=True))
    peak = []
    threads.append(threading.Thread(
        target=cli_loop, args=(options.cli, env, endpoint, ids, expected, names, stop, counts,
                               failures, peak), daemon=True))
    for thread in threads:
        thread.start()
    wrk = subprocess.Popen(
        ["wrk", "-t", "2", "-c", str(WRK_CONNECTIONS), "-d", f"{int(duration)}s", "--timeout", "4s",
         "-s", os.path.join(os.path.dirname(os.path.abspath(__file__)), "mix.lua"),
         f"http://127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=dict(env, SOAK_KEY=KEY, SOAK_IDS=",".join(ids)))
    log(f"wrk at {WRK_CONNECTIONS} connections and {abusers} unwelcome ones for "
        f"{options.minutes:g} min")

    samples = []
    started = time.monotonic()
    while wrk.poll() is None:
        time.sleep(5)
        elapsed = time.monotonic() - started
        rss, fds = sample(server.pid)
        samples.append((elapsed, rss, fds))
        if len(samples) % 12 == 0:
            log(f"{elapsed / 60:4.1f} min: {rss} kB, {fds} fds, {counts['answered']} checked, "
                f"{len(failures)} failures")
    wrk_out = wrk.stdout.read()
    stop.event.set()
    for thread in threads:
        thread.join(timeout=IDLE_TIMEOUT_S + 20)
    # Every connection the load held is the server's to close, within its idle timeout.
    time.sleep(IDLE_TIMEOUT_S + 6)
    end_rss, end_fds = sample(server.pid)
    server.terminate()
    server.wait(timeout=30)

    wrk_line = re.search(r"^WRK .*$", wrk_out, re.M)
    figures = dict(re.findall(r"(\w+)=(\d+)", wrk_line.group(0))) if wrk_line else {}
    figures = {k: int(v) for k, v in figures.items()}
    steady = [s for s in samples if s[0] >= options.warmup]
    if len(steady) < 4:
        raise SystemExit("too short a run to judge: give it more minutes than its warm-up")
    first = steady[: max(2, len(steady) // 10)]
    last = steady[-max(2, len(steady) // 10):]
    rss_first = statistics.mean(s[1] for s in first)
    rss_last = statistics.mean(s[1] for s in last)
    fds_first = max(s[2] for s in first)
    fds_last = max(s[2] for s in last)
    rss_max = max(s[1] for s in steady)
    fds_max = max(s[2] for s in steady)
    report = {
        "minutes": options.minutes, "wrk": figures, "requests_per_s": round(
            figures.get("requests", 0) / duration), "abusers": abusers, "counts": counts,
        "rss_kb": {"start": base_rss, "after_warmup": round(rss_first), "end_of_load": round(
            rss_last), "max": rss_max, "after_idle": end_rss},
        "fds": {"start": base_fds, "after_warmup": fds_first, "end_of_load": fds_last,
                "max": fds_max, "after_idle": end_fds},
        "cli_peak_rss_kb": max(peak) if peak else 0, "failures": failures[:20],
        "failure_count": len(failures)}
    print(json.dumps(report, indent=2))
    if options.report:
        with open(options.report, "w") as f:
            json.dump(report, f, indent=2)

    problems = []
    # Flat: after the warm-up, the last tenth of the run within 10 % (and 8 MB) of the first.
    if rss_last > rss_first * 1.10 and rss_last - rss_first > 8 * 1024:
        problems.append(f"resident memory grew from {rss_first:.0f} kB to {rss_last:.0f} kB")
    if fds_max > MAX_CONNECTIONS + base_fds + 8:
        problems.append(f"{fds_max} descriptors open, past the cap of {MAX_CONNECTIONS}")
    # Flat: the busiest moment of the last tenth no higher than the first tenth's, give or take
    # the connections that come and go at any instant.
    if fds_last > fds_first + 16:
        problems.append(f"descriptors grew from {fds_first} to {fds_last} under the same load")
    if figures.get("timeout", 0):
        problems.append(f"wrk saw {figures['timeout']} requests neither answered nor closed")
    if end_fds > base_fds + 2:
        problems.append(f"{end_fds} descriptors open once idle, {base_fds} at the start")
    if figures.get("connect", 0):
        problems.append(f"wrk could not connect {figures['connect']} times")
    if figures.get("requests", 0) == 0:
        problems.append("wrk made no requests")
    if counts["answered"] == 0:
        problems.append("the checker made no requests")
    if counts.get("cli answers checked", 0) == 0:
        problems.append("the command line gave no answer to check")
    if failures:
        problems.append(f"{len(failures)} wrong or missing answers, first: {failures[0]}")
    for problem in problems:
        log("FAIL: " + problem)
    if not problems:
        log("the soak held")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
