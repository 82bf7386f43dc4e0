#!/usr/bin/env bash
# Validates every example plan (Examples/*/plan.yaml) and the schema
# fixtures against the shipped JSON Schema with check-jsonschema, an
# independent validator: what the editor says about a plan should be what
# pfplan says.
#
#   scripts/validate-schema.sh            # examples + fixtures
#   scripts/validate-schema.sh FILE...    # just these plans
#
# check-jsonschema comes from PATH, else from a virtual environment in
# $PFPLAN_VENV (default: a folder under the temporary directory, reused
# between runs) where it is installed from PyPI. Exit codes: 0 all valid,
# 1 a plan is invalid (or a fixture meant to fail passed), 77 skipped
# because check-jsonschema could not be had (no python3, no network).
set -uo pipefail
cd "$(dirname "$0")/.."

schema=Templates/schema/plan.schema.json
fixtures=Tests/PFPlanTests/Fixtures/schema

skip() { echo "validate-schema: skipped: $*" >&2; exit 77; }

find_checker() {
  if command -v check-jsonschema >/dev/null 2>&1; then
    command -v check-jsonschema
    return
  fi
  command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"
  local venv="${PFPLAN_VENV:-${TMPDIR:-/tmp}/pfplan-check-jsonschema-venv}"
  # Test suites may run this in parallel: one installs, the others wait.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$venv.lock"
    flock 9
  fi
  if [ ! -x "$venv/bin/check-jsonschema" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv" >/dev/null 2>&1 || skip "python3 cannot make a virtual environment (python3-venv missing?)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'check-jsonschema>=0.28,<1' >/dev/null 2>&1 \
      || { rm -rf "$venv"; skip "pip could not install check-jsonschema (offline?)"; }
  fi
  echo "$venv/bin/check-jsonschema"
}

checker=$(find_checker) || exit $?
echo "validate-schema: $("$checker" --version)"

# The schema itself must be valid draft-07.
"$checker" --check-metaschema "$schema" || { echo "validate-schema: $schema is not a valid JSON Schema" >&2; exit 1; }

status=0
if [ $# -gt 0 ]; then
  "$checker" --schemafile "$schema" "$@" || status=1
  exit $status
fi

shopt -s nullglob
plans=(Examples/*/plan.yaml "$fixtures"/valid/*.yaml)
[ ${#plans[@]} -gt 0 ] || { echo "validate-schema: no plans found" >&2; exit 1; }
"$checker" --schemafile "$schema" "${plans[@]}" || status=1

# Each invalid fixture must be rejected on its own.
for plan in "$fixtures"/invalid/*.yaml; do
  if "$checker" --schemafile "$schema" "$plan" >/dev/null 2>&1; then
    echo "validate-schema: $plan should be rejected by the schema but passed" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "validate-schema: ${#plans[@]} plans valid, invalid fixtures rejected"
exit $status
