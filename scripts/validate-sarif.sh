#!/usr/bin/env bash
# Validates every SARIF document pfplan writes against the official OASIS
# SARIF 2.1.0 JSON Schema (Tests/PFPlanTests/Fixtures/sarif/, unchanged),
# with Python's jsonschema and the schema's own draft (Draft4Validator),
# formats included (uri, uri-reference, date-time):
#
#   - the SARIF golden, Tests/PFPlanTests/Fixtures/reporters/report.sarif
#   - pfplan lint Examples --format sarif --as-of 2025-01-01
#   - the same with --show-waived
#   - pfplan lint --format sarif on every fixture plan under
#     Tests/PFPlanTests/Fixtures/plans/ (syntax and encoding errors,
#     includes and other hostile inputs)
#   - plans named by absolute paths, and by ../ from a subfolder
#
# It also checks what GitHub code scanning needs beyond the schema: each
# result's ruleIndex names the rule of its ruleId, and each result has a
# location whose uri is relative (to %SRCROOT%) or a file: URI, with a
# region whose lines and columns start at 1.
#
#   scripts/validate-sarif.sh             # all of the above
#   scripts/validate-sarif.sh FILE...     # just these SARIF files
#
# Builds nothing: pfplan is $PFPLAN, default .build/debug/pfplan. jsonschema
# (with the format checkers) comes from python3 when it has them, else from
# a virtual environment in $PFPLAN_VENV (default: a folder under the
# temporary directory, reused between runs) installed from PyPI.
# Exit codes: 0 all valid, 1 a document is invalid, 2 pfplan is missing or
# crashed, 77 skipped because jsonschema could not be had (no python3, no
# network).
set -uo pipefail
cd "$(dirname "$0")/.."

schema=Tests/PFPlanTests/Fixtures/sarif/sarif-schema-2.1.0.json
golden=Tests/PFPlanTests/Fixtures/reporters/report.sarif
plans=Tests/PFPlanTests/Fixtures/plans
pfplan="${PFPLAN:-.build/debug/pfplan}"

skip() { echo "validate-sarif: skipped: $*" >&2; exit 77; }

# Without rfc3986-validator and rfc3339-validator, jsonschema skips the
# uri, uri-reference and date-time formats without a word: require them.
probe='import jsonschema, rfc3986_validator, rfc3339_validator'

find_python() {
  command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"
  if python3 -c "$probe" >/dev/null 2>&1; then
    command -v python3
    return
  fi
  local venv="${PFPLAN_VENV:-${TMPDIR:-/tmp}/pfplan-jsonschema-venv}"
  # Test suites may run this in parallel: one installs, the others wait.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$venv.lock"
    flock 9
  fi
  if ! "$venv/bin/python" -c "$probe" >/dev/null 2>&1; then
    rm -rf "$venv"
    python3 -m venv "$venv" >/dev/null 2>&1 || skip "python3 cannot make a virtual environment (python3-venv missing?)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
      'jsonschema>=4.18,<5' 'rfc3986-validator>=0.1.1' 'rfc3339-validator>=0.1.4' >/dev/null 2>&1 \
      || { rm -rf "$venv"; skip "pip could not install jsonschema (offline?)"; }
  fi
  echo "$venv/bin/python"
}

python=$(find_python) || exit $?

work=$(mktemp -d "${TMPDIR:-/tmp}/pfplan-sarif.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

docs=()
if [ $# -gt 0 ]; then
  docs=("$@")
else
  [ -x "$pfplan" ] || { echo "validate-sarif: no pfplan at $pfplan (build it, or set PFPLAN)" >&2; exit 2; }
  docs+=("$golden")
  case "$pfplan" in /*) ;; *) pfplan="$PWD/$pfplan" ;; esac
  n=0
  # In folder DIR, pfplan lint --format sarif ARGS... > a file of its own;
  # exit 0 or 1 only (findings or none): 2 or a crash means no SARIF.
  lint_in() {
    local dir=$1
    shift
    n=$((n + 1))
    local out="$work/$n.sarif"
    (cd "$dir" && "$pfplan" lint --format sarif "$@") >"$out" 2>"$work/$n.err"
    local status=$?
    if [ $status -gt 1 ]; then
      echo "validate-sarif: (in $dir) pfplan lint $* exited $status: $(head -c 400 "$work/$n.err")" >&2
      exit 2
    fi
    if [ "$dir" = . ]; then echo "pfplan lint $*" >"$out.name"; else echo "(in $dir) pfplan lint $*" >"$out.name"; fi
    docs+=("$out")
  }
  lint_in . Examples --as-of 2025-01-01
  lint_in . Examples --as-of 2025-01-01 --show-waived
  shopt -s nullglob
  fixtures=("$plans"/*.yaml "$plans"/*/plan.yaml)
  [ ${#fixtures[@]} -gt 0 ] || { echo "validate-sarif: no fixture plans in $plans" >&2; exit 1; }
  # From the checkout's root, as a repository's CI runs it: the URIs are
  # relative paths under %SRCROOT%.
  for plan in "${fixtures[@]}"; do
    lint_in . "$plan" --as-of 2025-03-01
  done
  # Paths given otherwise: absolute (inside the working folder), and from
  # a subfolder with ../ (outside it, so absolute file: URIs).
  lint_in . "$PWD/$plans/typos.yaml" "$PWD/$plans/include-ok/plan.yaml" --as-of 2025-03-01
  lint_in Examples "../$plans/duplicate-key.yaml" athens-oh/plan.yaml --as-of 2025-01-01
fi

"$python" - "$schema" "${docs[@]}" <<'PYTHON'
import json
import sys
from urllib.parse import urlsplit

import jsonschema
from jsonschema import Draft4Validator, FormatChecker

schema_path, docs = sys.argv[1], sys.argv[2:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
if schema.get("$schema") != "http://json-schema.org/draft-04/schema#":
    sys.exit(f"validate-sarif: {schema_path} is not a draft-04 schema")
Draft4Validator.check_schema(schema)

# Every format the jsonschema knows, not only draft 4's: the schema says
# uri-reference (a draft-6 name) for artifactLocation.uri.
checker = FormatChecker()
for needed in ("uri", "uri-reference", "date-time"):
    if needed not in checker.checkers:
        sys.exit(f"validate-sarif: jsonschema cannot check the '{needed}' format here")
validator = Draft4Validator(schema, format_checker=checker)


def name_of(path):
    try:
        with open(path + ".name", encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return path


def schema_errors(doc):
    out = []
    for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        line = f"{error.json_path}: {error.message}"
        # anyOf/oneOf: say which branch came closest and why it failed.
        if error.context:
            best = jsonschema.exceptions.best_match(error.context)
            line += f" (closest: {best.json_path}: {best.message})"
        out.append(line)
    return out


def github_errors(doc):
    """What GitHub code scanning needs that the schema leaves optional."""
    out = []
    for r, run in enumerate(doc.get("runs") or []):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [rule.get("id") for rule in rules]
        if len(set(ids)) != len(ids):
            out.append(f"$.runs[{r}].tool.driver.rules: rule ids are not distinct")
        for i, result in enumerate(run.get("results") or []):
            at = f"$.runs[{r}].results[{i}]"
            index = result.get("ruleIndex")
            if index is not None and not (0 <= index < len(rules) and rules[index].get("id") == result.get("ruleId")):
                out.append(f"{at}.ruleIndex: {index} is not the rule {result.get('ruleId')!r}")
            if result.get("ruleId") not in ids:
                out.append(f"{at}.ruleId: {result.get('ruleId')!r} is not under tool.driver.rules")
            locations = result.get("locations") or []
            if not locations:
                out.append(f"{at}.locations: none (code scanning needs one)")
            for kind, locs in (("locations", locations), ("relatedLocations", result.get("relatedLocations") or [])):
                for j, loc in enumerate(locs):
                    where = f"{at}.{kind}[{j}].physicalLocation"
                    physical = loc.get("physicalLocation") or {}
                    artifact = physical.get("artifactLocation") or {}
                    uri = artifact.get("uri")
                    if not uri:
                        out.append(f"{where}.artifactLocation.uri: missing or empty")
                        continue
                    parts = urlsplit(uri)
                    if parts.scheme and parts.scheme != "file":
                        out.append(f"{where}.artifactLocation.uri: {uri!r} is neither a relative path nor a file: URI")
                    if parts.scheme == "" and uri.startswith("/") and "uriBaseId" in artifact:
                        out.append(f"{where}.artifactLocation.uri: {uri!r} is an absolute path under uriBaseId {artifact['uriBaseId']}")
                    if parts.scheme == "file" and "uriBaseId" in artifact:
                        out.append(f"{where}.artifactLocation: an absolute URI with a uriBaseId")
                    if parts.scheme == "" and uri.startswith("../"):
                        out.append(f"{where}.artifactLocation.uri: {uri!r} climbs out of the repository")
                    region = physical.get("region")
                    if region is not None:
                        if "startLine" not in region:
                            out.append(f"{where}.region: no startLine")
                        start = (region.get("startLine", 1), region.get("startColumn", 1))
                        end = (region.get("endLine", start[0]), region.get("endColumn", start[1]))
                        if end < start:
                            out.append(f"{where}.region: ends at {end} before it starts at {start}")
    return out


failed = 0
for path in docs:
    label = name_of(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL {label}: not JSON: {e}")
        failed += 1
        continue
    problems = schema_errors(doc) + github_errors(doc)
    results = sum(len(run.get("results") or []) for run in doc.get("runs") or [])
    if problems:
        failed += 1
        print(f"FAIL {label} ({results} results)")
        for p in problems:
            print(f"  {p}")
    else:
        print(f"ok   {label} ({results} results)")

print(f"validate-sarif: jsonschema {__import__('importlib.metadata').metadata.version('jsonschema')}, "
      f"{len(docs) - failed} of {len(docs)} SARIF documents valid against {schema_path}")
sys.exit(1 if failed else 0)
PYTHON
