#!/usr/bin/env python3
"""Hostile plans for measuring pfplan's bounds (docs/safety.md).

    python3 scripts/hostile-inputs.py OUT [CASE...]     # every case when none is named
    python3 scripts/hostile-inputs.py --list

Each case is written to OUT/CASE/plan.yaml (a folder per case, so that
`pfplan render OUT/CASE --out SITE` works). Inputs are generated rather than
committed: they are megabytes, and the generator says what each one is.
Every person, e-mail address and phone number is invented.
"""

import os
import sys

BASE = """pfplan: 1
city: {name: Hostileton, region: Ohio, country: US, languages: [en]}
framework:
  model: default
  title: Hostileton Prevention Framework
  period: {start: 2025-01-01, end: 2026-12-31}
leadership:
  name: Hostileton Leadership Group
  meets: monthly
  members:
    - {id: chair, name: Ada Example, organization: city, sector: local-government, roles: [chair]}
"""

STAKEHOLDER_CITY = """  - id: city
    name: City of Hostileton
    sector: local-government
"""

MB = 1_000_000


def fill(prefix, unit, suffix, size):
    """`prefix` + `unit` repeated + `suffix`, about `size` bytes in all."""
    count = max(1, (size - len(prefix) - len(suffix)) // len(unit))
    return prefix + unit * count + suffix


def duplicate_keys(size):
    # `x-f: {a,a,a,...}`: every key after the first is yaml/duplicate-key.
    return fill(BASE + "x-f: {a", ",a", "}\n", size)


def duplicate_keys_sparse(size):
    # The same key again and again, but at about one node per 9 bytes, under
    # the node limit: each repeat is a duplicate-key finding.
    return fill(BASE + "x-f: {key-a: value-b", ", key-a: value-b", "}\n", size)


def flow_sequence(size):
    # `x-f: [a,a,...]`: a node for every two bytes, the densest a file gets.
    return fill(BASE + "x-f: [a", ",a", "]\n", size)


def flow_sequence_of_lists(size):
    # `x-f: [[],[],...]`: a collection for every three bytes.
    return fill(BASE + "x-f: [[]", ",[]", "]\n", size)


def partners(size):
    # One action with `partners: [abc, abc, ...]`: a reference every five
    # bytes, just under the node limit, each a decoded value of the plan.
    head = BASE + "stakeholders:\n" + STAKEHOLDER_CITY + (
        "actions:\n  - id: a0\n    title: A 0\n    stage: primary\n    lead: city\n    partners: [abc"
    )
    return fill(head, ", abc", "]\n", size)


def partners_many(size):
    # The same spread over actions of 1,000 partners each, so that the
    # actions list is decoded in chunks on every core.
    head = BASE + "stakeholders:\n" + STAKEHOLDER_CITY + "actions:\n"
    refs = ", ".join(["abc"] * 1000)
    out = [head]
    total = len(head)
    i = 0
    while True:
        entry = f"  - {{id: a{i}, title: A {i}, stage: primary, lead: city, partners: [{refs}]}}\n"
        if total + len(entry) > size:
            break
        out.append(entry)
        total += len(entry)
        i += 1
    return "".join(out)


def refs_unknown(n):
    # n stakeholders and n actions whose leads name no id, each near many ids.
    out = [BASE, "stakeholders:\n", STAKEHOLDER_CITY]
    for i in range(n):
        out.append(f"  - {{id: org-{i:05d}, name: Org {i}, sector: local-government}}\n")
    out.append("actions:\n")
    for i in range(n):
        out.append(f"  - {{id: act-{i:05d}, title: Act {i}, stage: primary, lead: orq-{i:05d}}}\n")
    return "".join(out)


def waivers(n):
    # n actions without indicators (n findings of actions/no-indicator) and
    # n waivers, each naming one of them.
    out = [BASE, "stakeholders:\n", STAKEHOLDER_CITY, "actions:\n"]
    for i in range(n):
        out.append(f"  - {{id: a{i}, title: A {i}, stage: primary, lead: city, start: 2025-02-01, due: 2025-03-01, status: done}}\n")
    out.append("waivers:\n")
    for i in range(n):
        out.append(f"  - {{rule: actions/no-indicator, target: a{i}, reason: agreed}}\n")
    return "".join(out)


def markdown_links(size):
    # One paragraph of links in a stakeholder's description (a block
    # scalar, so the text reaches the Markdown reader as written).
    head = BASE + "stakeholders:\n" + STAKEHOLDER_CITY + "    description: |\n      "
    return fill(head, "[a](https://example.org/x) ", "\n", size)


def markdown_openers(size):
    # Openers with no closer, each kind in its own stakeholder.
    kinds = ["*a ", "_a ", "**a ", "[a ", "[a](b ", "<a ", "`a ", "![a ", "[a]", "a](b) "]
    out = [BASE, "stakeholders:\n", STAKEHOLDER_CITY]
    per = size // len(kinds)
    for n, unit in enumerate(kinds):
        out.append(f"  - id: s{n}\n    name: S {n}\n    sector: local-government\n    description: |\n      ")
        out.append(unit * max(1, per // len(unit)))
        out.append("\n")
    return "".join(out)


def unknown_keys(size):
    # A mapping of distinct unknown keys inside `city`: each is
    # schema/unknown-key and asks for a suggestion.
    out = [BASE.replace("city: {name: Hostileton, region: Ohio, country: US, languages: [en]}\n",
                        "city:\n  name: Hostileton\n  country: US\n")]
    total = sum(len(s) for s in out)
    i = 0
    while total < size:
        line = f"  k{i:07d}: 1\n"
        out.append(line)
        total += len(line)
        i += 1
    return "".join(out)


def long_unknown_key(size):
    # One unknown key of `size` bytes (an explicit `?` key: a plain one
    # stops at 1,024 characters): its suggestion is the cost.
    return BASE + "stakeholders:\n" + STAKEHOLDER_CITY + "    ? " + "k" * size + "\n    : 1\n"


CASES = {
    "dupkeys-1mb": lambda: duplicate_keys(1 * MB),
    "dupkeys-16mb": lambda: duplicate_keys(16 * MB),
    "dupkeys-sparse-1mb": lambda: duplicate_keys_sparse(1 * MB),
    "dupkeys-sparse-16mb": lambda: duplicate_keys_sparse(16 * MB),
    "flowseq-16mb": lambda: flow_sequence(16 * MB),
    "flowseq-lists-16mb": lambda: flow_sequence_of_lists(16 * MB),
    "refs-4000": lambda: refs_unknown(4000),
    "partners-16mb": lambda: partners(16 * MB),
    "partners-many-16mb": lambda: partners_many(16 * MB),
    "waivers-40k": lambda: waivers(40_000),
    "markdown-links-1mb": lambda: markdown_links(1 * MB),
    "markdown-openers-1mb": lambda: markdown_openers(1 * MB),
    "unknown-keys-4mb": lambda: unknown_keys(4 * MB),
    "long-unknown-key-1mb": lambda: long_unknown_key(1 * MB),
}


def main(argv):
    if argv[1:2] == ["--list"]:
        print("\n".join(CASES))
        return 0
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = argv[1]
    names = argv[2:] or list(CASES)
    for name in names:
        if name not in CASES:
            print(f"unknown case {name}; --list names them", file=sys.stderr)
            return 2
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        text = CASES[name]()
        # 16 MiB is the size limit; the "16 MB" cases stay under it.
        assert len(text.encode()) < 16 << 20, name
        with open(os.path.join(folder, "plan.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{name}: {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
