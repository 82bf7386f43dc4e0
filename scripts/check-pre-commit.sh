#!/usr/bin/env bash
# Checks the pre-commit hooks in .pre-commit-hooks.yaml the way a city's
# repository would use them: `pre-commit try-repo` against two sample plan
# repositories made in a temporary folder,
#
#   - one whose plan has an error (a lead that is not defined): the hook
#     must fail and print the finding with its file, line and column;
#   - a clean one (the Athens example): it must pass.
#
#   scripts/check-pre-commit.sh [HOOK...]     (default: pfplan-lint)
#
# pfplan-lint is `language: swift`: pre-commit builds pfplan from this
# repository in release mode, and try-repo does so in a temporary store on
# every call (a few minutes each; pre-commit's own files go to
# .build-precommit/, git-ignored). pfplan-lint-installed uses the
# pfplan on PATH; when asked for, it is tried with the newest release
# tarball's binary if no pfplan is on PATH.
#
# try-repo clones this repository at HEAD: it tests committed code, so
# commit first. pre-commit is installed from PyPI into $PFPLAN_VENV
# (default: a folder under the temporary directory) when it is not on PATH.
# Exit codes: 0 passed; 1 a check failed; 77 skipped (no pre-commit, no
# Swift for the swift hook), with the reason.
set -uo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
hooks=("$@")
[ ${#hooks[@]} -gt 0 ] || hooks=(pfplan-lint)

skip() { echo "SKIPPED: $*"; exit 77; }
if ! command -v pre-commit >/dev/null; then
  venv=${PFPLAN_VENV:-${TMPDIR:-/tmp}/pfplan-pre-commit-venv}
  if [ ! -x "$venv/bin/pre-commit" ]; then
    echo "== installing pre-commit from PyPI into $venv"
    { python3 -m venv "$venv" && "$venv/bin/pip" install -q pre-commit; } > /dev/null 2>&1 \
      || skip "pre-commit is not installed and could not be installed from PyPI (pip install pre-commit)"
  fi
  PATH=$venv/bin:$PATH
fi
echo "== $(pre-commit --version)"
[ -z "$(git status --porcelain -- .pre-commit-hooks.yaml Package.swift Sources Templates)" ] \
  || echo "note: uncommitted changes; try-repo tests HEAD, $(git rev-parse --short HEAD)"

export PRE_COMMIT_HOME=$checkout/.build-precommit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A sample city repository: plans/<city>/plan.yaml, committed.
make_repo() {
  local repo=$1
  mkdir -p "$repo/plans/athens-oh"
  cp Examples/athens-oh/plan.yaml "$repo/plans/athens-oh/plan.yaml"
  git -C "$repo" init -q
  git -C "$repo" -c user.name=check -c user.email=check@example.invalid add -A
  git -C "$repo" -c user.name=check -c user.email=check@example.invalid commit -q -m "plans"
}
make_repo "$work/clean"
make_repo "$work/broken"
# The error: a lead that names no stakeholder, on a line we know.
line=$(grep -n '^    lead: athens-city-schools$' "$work/broken/plans/athens-oh/plan.yaml" | head -n 1 | cut -d: -f1)
[ -n "$line" ] || { echo "check-pre-commit.sh: the Athens example changed; pick another line" >&2; exit 1; }
sed -i "${line}s/athens-city-schools/athens-schools/" "$work/broken/plans/athens-oh/plan.yaml"

failed=0
tried=0
for hook in "${hooks[@]}"; do
  case "$hook" in
    pfplan-lint)
      command -v swift >/dev/null || { echo "SKIPPED: $hook needs Swift to build pfplan"; continue; } ;;
    pfplan-lint-installed)
      if ! command -v pfplan >/dev/null; then
        tarball=$(ls -t .build-release/dist/pfplan-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)
        [ -n "$tarball" ] || { echo "SKIPPED: $hook needs a pfplan on PATH or a release tarball"; continue; }
        tar -xzf "$tarball" -C "$work"
        PATH=$(ls -d "$work"/pfplan-*-linux-x86_64)/bin:$PATH
      fi ;;
  esac
  tried=$((tried + 1))
  echo "== $hook on a plan with an error (expected: fails, with the finding)"
  output=$(cd "$work/broken" && pre-commit try-repo "$checkout" "$hook" --all-files --color never 2>&1); status=$?
  echo "$output" | grep -v '^\[INFO\]' | sed 's/^/   /' | head -n 30
  expected="plans/athens-oh/plan.yaml:$line:[0-9]+: error: lead 'athens-schools' is not defined"
  if [ $status -ne 0 ] && echo "$output" | grep -q -- "- hook id: $hook" && echo "$output" | grep -Eq "$expected"; then
    echo "   ok: failed (exit $status) and printed the finding"
  else
    echo "   FAILED: expected a failure that prints /$expected/ (exit $status)"; failed=1
  fi

  echo "== $hook on a clean plan (expected: passes)"
  output=$(cd "$work/clean" && pre-commit try-repo "$checkout" "$hook" --all-files --color never 2>&1); status=$?
  echo "$output" | grep -v '^\[INFO\]' | sed 's/^/   /' | head -n 10
  if [ $status -eq 0 ] && echo "$output" | grep -Eq "^pfplan lint.*Passed$"; then
    echo "   ok: passed"
  else
    echo "   FAILED: expected the hook to pass (exit $status)"; failed=1
  fi
done

[ $tried -gt 0 ] || skip "no hook could be tried"
[ $failed -eq 0 ] && { echo "PASSED: ${hooks[*]}"; exit 0; }
echo "FAILED: see above"; exit 1
