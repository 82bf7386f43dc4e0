#!/usr/bin/env python3
"""Write a large, valid pfplan plan for benchmarks.

    generate_plan.py FILE --size-mb N [--seed S]

The plan follows plan format version 1 and the `default` framework
model: a city, a framework block, a leadership group of 8 members, then
thousands of stakeholders, resources and actions (about 40 / 25 / 35 per
cent of the bytes). Every reference names an existing id, ids are unique
across the whole plan, dates fall inside the framework period, and the
first records of each list cover every sector and stage, so a correct
linter reports no errors whatever the seed. The output is block-style YAML
with 2-space indentation, no anchors or aliases, and the same bytes for
the same seed and size. N is in MB (10^6 bytes) and may be fractional;
the result is within a few hundred bytes of it. Python 3 standard library
only.
"""

import argparse
import datetime
import random
import sys

SECTORS = [
    "local-government", "law-enforcement", "justice", "education",
    "higher-education", "research", "public-health", "mental-health",
    "health-care", "social-services", "victim-services",
    "emergency-management", "faith", "civil-society", "civil-rights",
    "youth", "immigrant-services", "business", "tech", "media",
]
STAGES = ["assess", "primary", "secondary", "tertiary", "post-incident"]
AUDIENCES = [
    "general-public", "youth", "parents", "educators", "faith-communities",
    "immigrants-refugees", "lgbtq", "racial-ethnic-minorities",
    "religious-minorities", "people-at-risk", "victims", "practitioners",
    "online-communities", "adults",
]
KINDS = ["program", "service", "hotline", "training", "funding", "guidance", "data"]
COSTS = ["free", "low-cost", "fee"]
VISIBILITY = ["public", "internal"]

PERIOD_START = datetime.date(2025, 1, 1)
PERIOD_END = datetime.date(2026, 12, 31)

# Words for names, grouped loosely by sector so names read plausibly.
PLACES = [
    "Riverside", "Hillcrest", "Northgate", "Eastside", "Westfield", "Oakwood",
    "Lakeview", "Maple Grove", "Cedar Park", "Southbank", "Millbrook",
    "Fairview", "Brookside", "Stonebridge", "Highland", "Greenway", "Old Town",
    "Harbor", "Pinecrest", "Union Square", "Elm Street", "Kingsley",
]
SECTOR_NOUNS = {
    "local-government": ["City Office", "Neighborhood Services", "Community Relations Office", "Council Office"],
    "law-enforcement": ["Police Precinct", "Community Policing Unit", "Sheriff Office"],
    "justice": ["Municipal Court", "Probation Office", "Public Defender Office", "Restorative Justice Center"],
    "education": ["Elementary School", "High School", "School District", "Adult Learning Center"],
    "higher-education": ["Community College", "University Extension", "Institute"],
    "research": ["Policy Lab", "Research Center", "Data Collaborative"],
    "public-health": ["Health Department", "Public Health Outreach", "Wellness Coalition"],
    "mental-health": ["Counseling Center", "Behavioral Health Clinic", "Crisis Support Team"],
    "health-care": ["Community Hospital", "Family Clinic", "Health Center"],
    "social-services": ["Family Services", "Social Services Office", "Housing Support Office"],
    "victim-services": ["Victim Advocacy Center", "Survivor Support Network"],
    "emergency-management": ["Emergency Management Office", "Preparedness Council"],
    "faith": ["Interfaith Council", "Parish", "Mosque", "Synagogue", "Temple", "Church"],
    "civil-society": ["Neighbors Association", "Community Foundation", "Residents Alliance", "Volunteer Network"],
    "civil-rights": ["Human Rights Commission", "Civil Rights Coalition", "Equity Council"],
    "youth": ["Youth Center", "Boys and Girls Club", "Youth Council", "Teen Mentoring Program"],
    "immigrant-services": ["Welcome Center", "Refugee Resettlement Office", "Immigrant Legal Aid"],
    "business": ["Chamber of Commerce", "Business Association", "Merchants Guild"],
    "tech": ["Digital Inclusion Lab", "Online Safety Partnership", "Tech Collective"],
    "media": ["Community Radio", "Neighborhood News", "Public Access Television"],
}
FIRST = [
    "Dana", "Luis", "Amira", "Chen", "Grace", "Omar", "Priya", "Samuel",
    "Fatima", "Jonah", "Elena", "Kwame", "Maya", "Tomas", "Leila", "Noah",
    "Rosa", "Yusuf", "Hannah", "Diego", "Aisha", "Ben", "Mei", "Carlos",
]
LAST = [
    "Whitfield", "Moreno", "Haddad", "Li", "Okafor", "Novak", "Patel",
    "Schmidt", "Rahman", "Cohen", "Garcia", "Mensah", "Nguyen", "Kowalski",
    "Hassan", "Brooks", "Silva", "Yilmaz", "Fischer", "Ortiz", "Ali", "Park",
]
STREETS = ["Main Street", "Court Street", "Union Street", "Park Place", "Elm Avenue",
           "College Street", "Mill Street", "Congress Street", "State Street"]
ROLES_TEXT = ["General enquiries", "Program lead", "Outreach coordinator",
              "Director", "Intake desk", "Partnerships"]
TOPICS = [
    "bystander intervention", "digital literacy", "community dialogue",
    "conflict mediation", "referral pathways", "threat assessment",
    "trauma-informed care", "mentoring", "reintegration support",
    "crisis communication", "victim support", "interfaith exchange",
    "media literacy", "after-school programs", "family counseling",
    "hate incident reporting", "neighborhood safety walks", "peer support",
]
VERBS = ["Expand", "Launch", "Pilot", "Train staff in", "Coordinate",
         "Strengthen", "Evaluate", "Fund", "Map", "Publish guidance on"]
UNITS = {
    "people": "People reached", "sessions": "Sessions held",
    "referrals": "Referrals made", "organizations": "Organizations engaged",
    "percent": "Participants reporting more trust", "events": "Events held",
    "schools": "Schools taking part",
}
SENTENCE_PARTS = [
    "works with residents and partners across the city",
    "offers free sessions in English and Spanish",
    "refers people to counseling and social services",
    "collects data for the annual assessment",
    "supports families affected by hate incidents",
    "trains volunteers and front-line staff",
    "runs weekly drop-in hours at the community center",
    "coordinates with schools and youth programs",
    "reaches people online and in person",
    "reports progress to the leadership group every quarter",
]


def slug(text):
    out = []
    for ch in text.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def flow(items):
    return "[" + ", ".join(items) + "]"


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.ids = set()
        self.stakeholders = []  # (id, sector)
        self.resources = []     # id
        self.actions = 0

    def new_id(self, base):
        base = slug(base)[:56].strip("-")
        n = len(self.ids) + 1
        ident = f"{base}-{n}"
        while ident in self.ids:
            n += 1
            ident = f"{base}-{n}"
        assert len(ident) <= 64
        self.ids.add(ident)
        return ident

    def sentence(self, k=2):
        parts = self.rng.sample(SENTENCE_PARTS, k)
        return " and ".join(parts).capitalize() + "."

    def person(self):
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def phone(self):
        return f'"+1 555 01{self.rng.randrange(100):02d}"'

    def date_in(self, lo, hi):
        span = (hi - lo).days
        return lo + datetime.timedelta(days=self.rng.randint(0, span))

    # --- records ---------------------------------------------------------

    def stakeholder(self, sector=None, stages=None):
        rng = self.rng
        sector = sector or rng.choice(SECTORS)
        name = f"{rng.choice(PLACES)} {rng.choice(SECTOR_NOUNS[sector])}"
        ident = self.new_id(name)
        stages = stages or sorted(rng.sample(STAGES, rng.randint(1, 3)), key=STAGES.index)
        person = self.person()
        local = slug(person).replace("-", ".")
        lines = [
            f"  - id: {ident}",
            f"    name: {name}",
            f"    sector: {sector}",
            f"    description: {self.sentence()}",
            f"    website: https://example.org/o/{ident}",
            f"    address: {rng.randint(1, 999)} {rng.choice(STREETS)}, Athens, OH 45701",
            f"    stages: {flow(stages)}",
            f"    languages: {flow(['en'] if rng.random() < 0.6 else ['en', 'es'])}",
            "    contacts:",
            f"      - name: {person}",
            f"        role: {rng.choice(ROLES_TEXT)}",
            f"        email: {local}@example.org",
            f"        phone: {self.phone()}",
            f"        visibility: {rng.choice(VISIBILITY)}",
        ]
        self.stakeholders.append((ident, sector))
        return "\n".join(lines) + "\n"

    def resource(self, kind=None, stages=None):
        rng = self.rng
        kind = kind or rng.choice(KINDS)
        topic = rng.choice(TOPICS)
        name = f"{rng.choice(PLACES)} {topic.title()} {kind.title()}"
        ident = self.new_id(f"{topic} {kind}")
        provider = rng.choice(self.stakeholders)[0]
        stages = stages or sorted(rng.sample(STAGES, rng.randint(1, 2)), key=STAGES.index)
        audiences = sorted(rng.sample(AUDIENCES, rng.randint(1, 3)), key=AUDIENCES.index)
        n = len(self.resources) + 1
        lines = [
            f"  - id: {ident}",
            f"    name: {name}",
            f"    kind: {kind}",
            f"    provider: {provider}",
            f"    stages: {flow(stages)}",
            f"    audiences: {flow(audiences)}",
            f"    languages: {flow(['en'] if rng.random() < 0.5 else ['en', 'es'])}",
            f"    cost: {rng.choice(COSTS)}",
            f"    access: {{url: https://example.org/r/{n}}}",
            f"    description: {self.sentence(1)}",
        ]
        self.resources.append(ident)
        return "\n".join(lines) + "\n"

    def action(self, stage=None):
        rng = self.rng
        stage = stage or rng.choice(STAGES)
        topic = rng.choice(TOPICS)
        title = f"{rng.choice(VERBS)} {topic} in {rng.choice(PLACES)}"
        ident = self.new_id(title)
        self.actions += 1
        lead = rng.choice(self.stakeholders)[0]
        others = [s for s, _ in rng.sample(self.stakeholders, 4) if s != lead]
        partners = others[: rng.randint(1, 3)]
        resources = rng.sample(self.resources, rng.randint(1, 2))
        audiences = sorted(rng.sample(AUDIENCES, rng.randint(1, 2)), key=AUDIENCES.index)
        start = self.date_in(PERIOD_START, PERIOD_END - datetime.timedelta(days=30))
        due = self.date_in(start, min(PERIOD_END, start + datetime.timedelta(days=365)))
        lines = [
            f"  - id: {ident}",
            f"    title: {title}",
            f"    stage: {stage}",
            f"    lead: {lead}",
            f"    partners: {flow(partners)}",
            f"    resources: {flow(resources)}",
            f"    audiences: {flow(audiences)}",
            f"    start: {start.isoformat()}",
            f"    due: {due.isoformat()}",
            "    status: planned",
            f"    budget: {{amount: {rng.randrange(1, 200) * 500}, currency: USD}}",
            "    description: |",
            f"      {self.sentence()}",
            f"      Focus: {topic}, reviewed at each leadership meeting.",
            "    indicators:",
        ]
        for _ in range(rng.randint(1, 2)):
            unit = rng.choice(list(UNITS))
            iid = self.new_id(f"{topic} {unit}")
            baseline = rng.randrange(0, 50)
            target = baseline + rng.randrange(1, 200) if unit != "percent" else min(100, baseline + rng.randrange(1, 50))
            lines += [
                f"      - id: {iid}",
                f"        name: {UNITS[unit]} ({topic})",
                f"        unit: {unit}",
                f"        baseline: {baseline}",
                f"        target: {target}",
            ]
        return "\n".join(lines) + "\n"

    # --- the plan --------------------------------------------------------

    def header(self):
        return (
            "# Generated by Benchmarks/generate_plan.py for performance tests.\n"
            "pfplan: 1\n"
            "city:\n"
            "  name: Athens\n"
            "  region: Ohio\n"
            "  country: US\n"
            "  population: 23849\n"
            "  languages: [en, es]\n"
            "framework:\n"
            "  model: default\n"
            "  title: Athens Prevention Framework\n"
            "  period: {start: 2025-01-01, end: 2026-12-31}\n"
            "  need: |\n"
            "    Reports of hate incidents in the region have risen, and residents\n"
            "    asked for a coordinated response across city services, schools,\n"
            "    faith communities and civil society.\n"
            "  vision: |\n"
            "    A city where every resident is safe, welcome and able to take part.\n"
        )

    def leadership(self, members):
        lines = [
            "leadership:",
            "  name: Athens Prevention Leadership Group",
            "  meets: monthly",
            "  charter: |",
            "    The group oversees the framework, meets monthly and reports to the",
            "    city council twice a year.",
            "  members:",
        ]
        for org, sector, role, title in members:
            person = self.person()
            ident = self.new_id(f"{role} {sector}")
            lines += [
                f"    - id: {ident}",
                f"      name: {person}",
                f"      title: {title}",
                f"      organization: {org}",
                f"      sector: {sector}",
                f"      roles: [{role}]",
                "      contact:",
                f"        email: {slug(person).replace('-', '.')}@example.org",
                f"        phone: {self.phone()}",
                "        visibility: internal",
            ]
        return "\n".join(lines) + "\n"

    def plan(self, target_bytes):
        header = self.header()
        # Stakeholders first: the leadership and every reference need them.
        # One per sector in every stage guarantees the model's coverage.
        st_chunks = [self.stakeholder(sector=s, stages=list(STAGES)) for s in SECTORS]
        by_sector = {sector: ident for ident, sector in self.stakeholders}
        seats = [
            ("local-government", "chair", "Deputy Chief of Staff"),
            ("education", "coordinator", "Prevention Coordinator"),
            ("mental-health", "evaluation-lead", "Clinical Director"),
            ("faith", "member", "Council President"),
            ("civil-society", "member", "Executive Director"),
            ("law-enforcement", "member", "Community Liaison Officer"),
            ("social-services", "member", "Program Manager"),
            ("public-health", "member", "Health Commissioner"),
        ]
        members = [(by_sector[s], s, r, t) for s, r, t in seats]
        leadership = self.leadership(members)

        fixed = len(header) + len(leadership) + len("stakeholders:\nresources:\nactions:\n")
        body = max(0, target_bytes - fixed)
        size = sum(map(len, st_chunks))
        while size < 0.40 * body:
            chunk = self.stakeholder()
            st_chunks.append(chunk)
            size += len(chunk)

        # Resources: every kind in every stage first, then random ones.
        rs_chunks = [self.resource(kind=k, stages=[s]) for s in STAGES for k in ("service", "program")]
        size = sum(map(len, rs_chunks))
        while size < 0.25 * body:
            chunk = self.resource()
            rs_chunks.append(chunk)
            size += len(chunk)

        # Actions: two per stage first, then random ones until the target.
        ac_chunks = [self.action(stage=s) for s in STAGES for _ in range(2)]
        size = sum(map(len, ac_chunks))
        while size < 0.35 * body:
            chunk = self.action()
            ac_chunks.append(chunk)
            size += len(chunk)

        yield header
        yield leadership
        yield "stakeholders:\n"
        yield from st_chunks
        yield "resources:\n"
        yield from rs_chunks
        yield "actions:\n"
        yield from ac_chunks


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a large valid pfplan plan.")
    ap.add_argument("file", help="output path ('-' for standard output)")
    ap.add_argument("--size-mb", type=float, required=True,
                    help="approximate size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    if args.size_mb <= 0:
        ap.error("--size-mb must be positive")

    gen = Generator(args.seed)
    out = sys.stdout if args.file == "-" else open(args.file, "w", encoding="utf-8", newline="\n")
    total = 0
    try:
        for chunk in gen.plan(int(args.size_mb * 1_000_000)):
            out.write(chunk)
            total += len(chunk.encode("utf-8"))
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{args.file}: {total} bytes, {len(gen.stakeholders)} stakeholders, "
          f"{len(gen.resources)} resources, {gen.actions} actions, {len(gen.ids)} ids",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
