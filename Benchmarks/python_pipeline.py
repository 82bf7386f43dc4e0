#!/usr/bin/env python3
"""The lint pipeline a team would write without pfplan, for benchmarks.

    python_pipeline.py PLAN [--schema FILE]

Loads PLAN with PyYAML's C loader (libyaml through `CSafeLoader`) and
validates the document against pfplan's JSON Schema
(Templates/schema/plan.schema.json, draft-07) with jsonschema's
`Draft7Validator`, checking formats (such as `date`) too. Prints the number
of schema errors and the first few; exits 0 when valid, 1 when not, 2 when
it cannot run (for example PyYAML built without libyaml).

Dates: YAML 1.1 resolves `2025-01-01` to a timestamp, and PyYAML then gives
a `datetime.date`, which the schema (`type: string, format: date`) would
reject. The loader here drops the implicit timestamp resolver, so such
scalars stay strings, as pfplan reads them, and the `date` format check
then validates them. Everything else is `CSafeLoader` unchanged.

Needs PyYAML with its libyaml extension and jsonschema (Benchmarks/run.sh
installs both into Benchmarks/out/venv).
"""

import argparse
import json
import os
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "Templates", "schema", "plan.schema.json")


class PlanLoader(yaml.CSafeLoader):
    """CSafeLoader whose timestamps stay strings."""


# Copy the resolver table before changing it: it is a class attribute that
# SafeLoader and CSafeLoader share.
PlanLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def main(argv=None):
    ap = argparse.ArgumentParser(description="Load a plan with PyYAML (C) and validate it with jsonschema.")
    ap.add_argument("plan")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA)
    args = ap.parse_args(argv)

    if not yaml.__with_libyaml__:
        print("python_pipeline.py: PyYAML has no libyaml extension (yaml.__with_libyaml__ is False)", file=sys.stderr)
        return 2

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    with open(args.plan, "rb") as f:
        document = yaml.load(f, Loader=PlanLoader)

    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = 0
    for error in validator.iter_errors(document):
        if errors < 5:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{args.plan}: {where}: {error.message[:200]}")
        errors += 1
    print(f"{args.plan}: {errors} schema error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
