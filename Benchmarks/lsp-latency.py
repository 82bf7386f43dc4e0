#!/usr/bin/env python3
"""pfplan lsp speed: the time from sending `didChange` to receiving the
`publishDiagnostics` it causes, on the largest example plan, and the
server's memory over many edits.

    swift build -c release --product pfplan
    python3 Benchmarks/lsp-latency.py .build/release/pfplan [--edits 200] [--memory-edits 10000]

Each edit is a real one the way an author types: a lead misspelt then
mended (diagnostics change every time), alternating with a character
typed into a description (diagnostics stay). The client waits for each
edit's diagnostics before the next, as an editor's user would."""

import json
import os
import pathlib
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
binary = args[0] if args and not args[0].startswith("--") else ".build/release/pfplan"
edits = int(args[args.index("--edits") + 1]) if "--edits" in args else 200
memory_edits = int(args[args.index("--memory-edits") + 1]) if "--memory-edits" in args else 10000
checkout = pathlib.Path(__file__).resolve().parents[1]
plan = checkout / "Examples" / "albuquerque-nm" / "plan.yaml"
text = plan.read_text()
uri = plan.as_uri()

server = subprocess.Popen([binary, "lsp", "--templates", str(checkout / "Templates")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if not line:
            sys.exit("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    return json.loads(server.stdout.read(length))


def wait_for_diagnostics(version):
    while True:
        message = receive()
        params = message.get("params", {})
        if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                and params.get("version") == version:
            return params["diagnostics"]


def rss_kib():
    with open(f"/proc/{server.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "capabilities": {}}})
while receive().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
baseline = len(wait_for_diagnostics(1))

lines = text.split("\n")
lead_line = next(i for i, l in enumerate(lines) if l.strip().startswith("lead: "))
lead_col = lines[lead_line].index("lead: ") + len("lead: ")
# The first line of a Markdown block (`description: |` and the like): typing there changes no finding.
desc_line = next(i + 1 for i, l in enumerate(lines) if l.rstrip().endswith((": |", ": >-", ": >")) and "description" in l)
desc_col = len(lines[desc_line]) - len(lines[desc_line].lstrip())
version = 1


def edit(n):
    """Edit number n: odd ones misspell or mend the lead, even ones type or delete a character."""
    global version
    version += 1
    kind = n % 4
    if kind == 0:    # misspell the lead: "x" typed at its start
        change = {"range": {"start": {"line": lead_line, "character": lead_col}, "end": {"line": lead_line, "character": lead_col}},
                  "text": "x"}
    elif kind == 1:  # type a character in a description
        change = {"range": {"start": {"line": desc_line, "character": desc_col}, "end": {"line": desc_line, "character": desc_col}},
                  "text": "a"}
    elif kind == 2:  # mend the lead
        change = {"range": {"start": {"line": lead_line, "character": lead_col}, "end": {"line": lead_line, "character": lead_col + 1}},
                  "text": ""}
    else:            # delete the character typed
        change = {"range": {"start": {"line": desc_line, "character": desc_col}, "end": {"line": desc_line, "character": desc_col + 1}},
                  "text": ""}
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    diagnostics = wait_for_diagnostics(version)
    took = (time.perf_counter() - started) * 1000
    expected = baseline + (1 if kind in (0, 1) else 0)
    if len(diagnostics) != expected:
        sys.exit(f"edit {n}: {len(diagnostics)} diagnostics, expected {expected}")
    return took


for n in range(20):  # warm-up
    edit(n)
times = sorted(edit(n) for n in range(edits))
p95 = times[int(round(0.95 * (len(times) - 1)))]
print(f"plan: {plan.relative_to(checkout)} ({len(text.encode()) // 1024} KB, {len(lines)} lines), {baseline} findings")
print(f"didChange -> publishDiagnostics over {edits} edits: median {statistics.median(times):.1f} ms, "
      f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms")

if memory_edits > 0:
    samples = [(0, rss_kib())]
    for n in range(memory_edits):
        edit(n)
        if (n + 1) % (memory_edits // 10) == 0:
            samples.append((n + 1, rss_kib()))
    print("resident memory (MiB) after N edits: " + ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in samples))
    first_half = max(kib for n, kib in samples[: len(samples) // 2 + 1])
    second_half = max(kib for n, kib in samples[len(samples) // 2 + 1:])
    print(f"growth over the second half: {(second_half - first_half) / 1024:+.1f} MiB")

send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
while receive().get("id") != 99:
    pass
send({"jsonrpc": "2.0", "method": "exit"})
print(f"exit code {server.wait(10)}")
