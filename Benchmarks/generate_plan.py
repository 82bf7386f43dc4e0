#!/usr/bin/env python3
"""Write a large, valid pfplan plan for benchmarks, or a network of small ones.

    generate_plan.py FILE --size-mb N [--seed S] [--shape full|minimal|short] [--city NAME] [--region NAME] [--state XX]
    generate_plan.py --network DIR [--cities 200] [--min-kb 50] [--max-kb 200] [--seed S]

The plan follows plan format version 1 and the `default` framework
model: a city, a framework block with objectives, an assessment, a
leadership group of 8 members, then thousands of stakeholders, resources
and actions (about 40 / 25 / 35 per cent of the bytes), and the blocks of
practice.md: pathways, agreements, safeguards and funding sources (a few
per cent). Every reference names an existing id, ids are unique
across the whole plan, dates fall inside the framework period, and the
first records of each list cover every sector and stage, so a correct
linter reports no errors whatever the seed. The output is block-style YAML
with 2-space indentation, no anchors or aliases, and the same bytes for
the same seed and size. N is in MB (10^6 bytes) and may be fractional;
the result is within a few hundred bytes of it. Without --city the plan is
Athens, Ohio (OH). (Since the blocks of practice.md were added, the bytes
differ from those of earlier versions of this script.)

--network writes DIR/<city>-<state>/plan.yaml for --cities distinct
cities (names made from fixed word lists, each with its own region), city
i with seed S+i and a size drawn (from seed S) between --min-kb and
--max-kb kilobytes (10^3 bytes): the input of `pfplan render DIR`. The
same arguments give the same files. Python 3 standard library only.
"""

import argparse
import datetime
import os
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
    "online-communities", "adults", "native-communities", "women-girls",
    "veterans", "people-with-disabilities", "public-officials",
]
SHAPES = ["full", "minimal", "short"]
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
    def __init__(self, seed, city="Athens", region="Ohio", state="OH", shape="full"):
        assert shape in SHAPES
        self.rng = random.Random(seed)
        self.shape = shape
        self.city = city
        self.region = region
        self.state = state
        self.ids = set()
        self.stakeholders = []  # (id, sector)
        self.resources = []     # id
        self.actions = 0
        self.objectives = []    # id
        self.answers = []       # threat and service-gap ids
        self.funds = []         # funding source ids
        self.pathways = 0

    def new_id(self, base, short=None):
        if short is not None and self.shape != "full":
            # The short shapes: ids of a letter and a number (s12, a907).
            ident = f"{short}{len(self.ids) + 1}"
            assert ident not in self.ids
            self.ids.add(ident)
            return ident
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
        if self.shape != "full":
            return self.short_stakeholder(sector, stages)
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
            f"    address: {rng.randint(1, 999)} {rng.choice(STREETS)}, {self.city}, {self.state} 45701",
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
        if self.shape != "full":
            return self.short_resource(kind, stages)
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
        if self.shape != "full":
            return self.short_action(stage)
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
            f"    objectives: [{rng.choice(self.objectives)}]",
            f"    addresses: [{rng.choice(self.answers)}]",
            f"    funding: [{rng.choice(self.funds)}]",
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
                f"        collected-by: {lead}",
                f"        frequency: {rng.choice(['monthly', 'quarterly', 'yearly'])}",
            ]
        return "\n".join(lines) + "\n"

    # --- the short shapes ------------------------------------------------
    # `minimal`: each entry one line of a flow mapping with its required
    # fields (and a reference or two), the densest valid plan per entry.
    # `short`: block-style entries of many fields, every value a few
    # characters (ids of a letter and a number, lists of them). Both have
    # far more entries and nodes per byte than `full`, which is what peak
    # memory follows.

    def short_stakeholder(self, sector, stages):
        rng = self.rng
        sector = sector or rng.choice(SECTORS)
        ident = self.new_id("", short="s")
        self.stakeholders.append((ident, sector))
        if self.shape == "minimal":
            extra = f", stages: {flow(stages)}" if stages else ""
            return f"  - {{id: {ident}, name: S {len(self.stakeholders)}, sector: {sector}{extra}}}\n"
        stages = stages or sorted(rng.sample(STAGES, rng.randint(1, 3)), key=STAGES.index)
        return (f"  - id: {ident}\n    name: S{len(self.stakeholders)}\n    sector: {sector}\n"
                f"    stages: {flow(stages)}\n    languages: [en]\n")

    def short_resource(self, kind, stages):
        rng = self.rng
        kind = kind or rng.choice(KINDS)
        ident = self.new_id("", short="r")
        self.resources.append(ident)
        provider = rng.choice(self.stakeholders)[0]
        stages = stages or [rng.choice(STAGES)]
        if self.shape == "minimal":
            return (f"  - {{id: {ident}, name: R {len(self.resources)}, kind: {kind}, provider: {provider}, "
                    f"stages: {flow(stages)}}}\n")
        audiences = sorted(rng.sample(AUDIENCES, rng.randint(1, 3)), key=AUDIENCES.index)
        return (f"  - id: {ident}\n    name: R{len(self.resources)}\n    kind: {kind}\n    provider: {provider}\n"
                f"    stages: {flow(stages)}\n    audiences: {flow(audiences)}\n    languages: [en]\n"
                f"    cost: {rng.choice(COSTS)}\n")

    def short_action(self, stage):
        rng = self.rng
        stage = stage or rng.choice(STAGES)
        ident = self.new_id("", short="a")
        self.actions += 1
        lead = rng.choice(self.stakeholders)[0]
        if self.shape == "minimal":
            return f"  - {{id: {ident}, title: A {self.actions}, stage: {stage}, lead: {lead}}}\n"
        partners = [s for s, _ in rng.sample(self.stakeholders, 4) if s != lead][:3]
        start = self.date_in(PERIOD_START, PERIOD_END - datetime.timedelta(days=30))
        due = self.date_in(start, min(PERIOD_END, start + datetime.timedelta(days=365)))
        iid = self.new_id("", short="i")
        return (f"  - id: {ident}\n    title: A{self.actions}\n    stage: {stage}\n    lead: {lead}\n"
                f"    partners: {flow(partners)}\n    resources: {flow(rng.sample(self.resources, 2))}\n"
                f"    audiences: [youth]\n    start: {start.isoformat()}\n    due: {due.isoformat()}\n"
                f"    status: planned\n    objectives: [{rng.choice(self.objectives)}]\n"
                f"    addresses: [{rng.choice(self.answers)}]\n    funding: [{rng.choice(self.funds)}]\n"
                f"    indicators:\n      - {{id: {iid}, name: N, unit: people, target: 9}}\n")

    # --- the blocks of practice.md ---------------------------------------

    def objectives_and_assessment(self):
        """framework.objectives (appended to the header) and the assessment."""
        rng = self.rng
        threats, gaps = [], []
        for i, topic in enumerate(rng.sample(TOPICS, 6)):
            tid = self.new_id(f"threat {topic}")
            threats.append(f"    - {{id: {tid}, title: Rising harm linked to {topic}, trend: rising, "
                           f"targets: {flow(rng.sample(AUDIENCES, 2))}, source: Police and community reports}}")
            self.answers.append(tid)
        for stage in STAGES:
            gid = self.new_id(f"gap {stage}")
            gaps.append(f"    - {{id: {gid}, title: No shared intake for {stage} work, stage: {stage}}}")
            self.answers.append(gid)
        lines = ["  objectives:"]
        for i in range(5):
            oid = self.new_id(f"objective {i + 1}")
            self.objectives.append(oid)
            who = rng.choice(self.stakeholders)[0]
            addresses = self.answers[i::5]
            lines += [
                f"    - id: {oid}",
                f"      title: Residents reach help early through partner {i + 1}",
                f"      addresses: {flow(addresses)}",
                "      indicators:",
                f"        - {{id: {self.new_id(f'outcome {i + 1}')}, name: Referrals closed with a support plan, unit: percent, "
                f"baseline: 0, target: 70, collected-by: {who}, frequency: quarterly}}",
            ]
        community = [ident for ident, sector in self.stakeholders if sector in ("faith", "civil-society", "youth")][:3]
        assessment = [
            "assessment:",
            "  summary: |",
            "    Incident data, surveys and listening sessions in English and Spanish.",
            "  threats:",
            *threats,
            f"  groups-at-risk: {flow(AUDIENCES[:14])}",
            "  service-gaps:",
            *gaps,
            "  assets:",
            f"    - {{title: Campus bias-response team, stakeholder: {self.stakeholders[0][0]}}}",
            "  consultation:",
            f"    - {{id: {self.new_id('listening sessions')}, title: Listening sessions with congregations and youth groups, "
            f"date: 2024-10-15, with: {flow(community)}, audiences: [religious-minorities, youth], languages: [en, es], participants: 64}}",
        ]
        return "\n".join(lines) + "\n", "\n".join(assessment) + "\n"

    def funding_sources(self, count):
        lines = ["funding:"]
        kinds = ["federal", "state", "county", "city", "philanthropic"]
        for i in range(count):
            fid = self.new_id(f"fund {i + 1}")
            self.funds.append(fid)
            lines += [
                f"  - id: {fid}",
                f"    source: {self.rng.choice(PLACES)} prevention fund {i + 1}",
                f"    kind: {kinds[i % len(kinds)]}",
                f"    amount: {{amount: {self.rng.randrange(10, 400) * 1000}, currency: USD}}",
                f"    start: {PERIOD_START.isoformat()}",
                f"    end: {PERIOD_END.isoformat()}",
                "    status: awarded",
            ]
        return "\n".join(lines) + "\n"

    def pathway_and_agreement(self, stage):
        rng = self.rng
        self.pathways += 1
        n = self.pathways
        team = [s for s, _ in rng.sample(self.stakeholders, 3)]
        pid, aid = self.new_id(f"pathway {n}"), self.new_id(f"agreement {n}")
        pathway = [
            f"  - id: {pid}",
            f"    title: Referral pathway {n}",
            f"    stage: {stage}",
            f"    referrers: {flow([s for s, _ in rng.sample(self.stakeholders, 2)])}",
            f"    intake: {team[0]}",
            f"    team: {flow(team)}",
            f"    access: {{phone: {self.phone()}, hours: Mon-Fri 8-18, visibility: {rng.choice(VISIBILITY)}}}",
            "    consent: |",
            "      Support is voluntary; nothing is shared without consent.",
            "    police-threshold: Only an imminent threat to life is reported to the police.",
            f"    agreement: {aid}",
            "    follow-up-months: [6, 12]",
            "    exit: Cases close with a review; records are deleted after a year.",
        ]
        agreement = [
            f"  - id: {aid}",
            f"    title: Information-sharing agreement {n}",
            "    kind: information-sharing",
            f"    parties: {flow(team)}",
            "    basis: [consent, hipaa]",
            "    status: signed",
            "    signed: 2025-01-15",
            "    expires: 2027-12-31",
            "    retention: Case records are deleted 12 months after closure.",
        ]
        return "\n".join(pathway) + "\n", "\n".join(agreement) + "\n"

    def safeguards(self):
        oversight = next(ident for ident, sector in self.stakeholders if sector == "civil-rights")
        return (
            "safeguards:\n"
            "  statement: |\n"
            "    No one is referred for their religion, ethnicity, political views or lawful speech.\n"
            f"  oversight: {oversight}\n"
            "  complaints: {email: concerns@example.org, phone: \"+1 555 0199\", url: https://example.org/concerns}\n"
        )

    # --- the plan --------------------------------------------------------

    def header(self):
        return (
            "# Generated by Benchmarks/generate_plan.py for performance tests.\n"
            "pfplan: 1\n"
            "city:\n"
            f"  name: {self.city}\n"
            f"  region: {self.region}\n"
            "  country: US\n"
            "  population: 23849\n"
            "  languages: [en, es]\n"
            "framework:\n"
            "  model: default\n"
            f"  title: {self.city} Prevention Framework\n"
            "  period: {start: 2025-01-01, end: 2026-12-31}\n"
            "  adopted: 2025-01-15\n"
            "  review: 2026-12-31\n"
            f"  reports-to: {self.city} City Council\n"
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
            f"  name: {self.city} Prevention Leadership Group",
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
        lines += ["  learning:"]
        for org, _, _, _ in members[:3]:
            lines.append(f"    - {{title: The landscape of hate and extremism, provider: {org}, date: 2025-03-12, status: done}}")
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
            ("public-health", "communications-lead", "Health Commissioner"),
        ]
        members = [(by_sector[s], s, r, t) for s, r, t in seats]
        leadership = self.leadership(members)
        objectives, assessment = self.objectives_and_assessment()
        header += objectives + assessment
        practice = self.funding_sources(20) + self.safeguards()

        fixed = len(header) + len(leadership) + len(practice) + len("stakeholders:\nresources:\nactions:\npathways:\nagreements:\n")
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

        # Actions: two per stage first, then random ones until the target;
        # pathways and their agreements: one at every stage, then one for
        # every hundred actions (a few per cent of the bytes, counted in
        # the actions' share).
        pathways, agreements = ["pathways:\n"], ["agreements:\n"]
        for stage in STAGES:
            p, a = self.pathway_and_agreement(stage)
            pathways.append(p)
            agreements.append(a)
        ac_chunks = [self.action(stage=s) for s in STAGES for _ in range(2)]
        size = sum(map(len, ac_chunks)) + sum(map(len, pathways + agreements))
        while size < 0.35 * body:
            chunk = self.action()
            ac_chunks.append(chunk)
            size += len(chunk)
            if len(ac_chunks) % 100 == 0:
                p, a = self.pathway_and_agreement(STAGES[len(pathways) % len(STAGES)])
                pathways.append(p)
                agreements.append(a)
                size += len(p) + len(a)

        yield header
        yield leadership
        yield "stakeholders:\n"
        yield from st_chunks
        yield "resources:\n"
        yield from rs_chunks
        yield "actions:\n"
        yield from ac_chunks
        yield from pathways
        yield from agreements
        yield practice


# Words for the cities of a network: prefix x suffix gives 400 names, and
# each city also gets one of 50 regions, so names may repeat across regions
# but every (name, region) pair is distinct.
CITY_PREFIXES = [
    "Ash", "Bel", "Birch", "Brook", "Cedar", "Clear", "Crest", "Elm", "Fair", "Glen",
    "Green", "Hazel", "High", "Lake", "Maple", "Mill", "Oak", "Pine", "River", "Stone",
]
CITY_SUFFIXES = [
    "field", "ford", "ton", "ville", "wood", "dale", "port", "view", "burg", "haven",
    "mont", "brook", "ridge", "bury", "stead", "water", "side", "gate", "land", "wick",
]
REGIONS = [
    ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"), ("California", "CA"),
    ("Colorado", "CO"), ("Connecticut", "CT"), ("Delaware", "DE"), ("Florida", "FL"), ("Georgia", "GA"),
    ("Hawaii", "HI"), ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"),
    ("Kansas", "KS"), ("Kentucky", "KY"), ("Louisiana", "LA"), ("Maine", "ME"), ("Maryland", "MD"),
    ("Massachusetts", "MA"), ("Michigan", "MI"), ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"),
    ("Montana", "MT"), ("Nebraska", "NE"), ("Nevada", "NV"), ("New Hampshire", "NH"), ("New Jersey", "NJ"),
    ("New Mexico", "NM"), ("New York", "NY"), ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"),
    ("Oklahoma", "OK"), ("Oregon", "OR"), ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"),
    ("South Dakota", "SD"), ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"),
    ("Virginia", "VA"), ("Washington", "WA"), ("West Virginia", "WV"), ("Wisconsin", "WI"), ("Wyoming", "WY"),
]


def network_cities(count, seed):
    """`count` distinct (name, region, state) triples, the same for a seed."""
    rng = random.Random(seed)
    names = [p + s for p in CITY_PREFIXES for s in CITY_SUFFIXES]
    rng.shuffle(names)
    out = []
    for i in range(count):
        name = names[i % len(names)]
        region, state = REGIONS[(i + i // len(names)) % len(REGIONS)]
        out.append((name, region, state))
    return out


def write_plan(path, size_bytes, seed, city="Athens", region="Ohio", state="OH", shape="full"):
    gen = Generator(seed, city=city, region=region, state=state, shape=shape)
    out = sys.stdout if path == "-" else open(path, "w", encoding="utf-8", newline="\n")
    total = 0
    try:
        for chunk in gen.plan(size_bytes):
            out.write(chunk)
            total += len(chunk.encode("utf-8"))
    finally:
        if out is not sys.stdout:
            out.close()
    return gen, total


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a large valid pfplan plan, or a network of small ones.")
    ap.add_argument("file", nargs="?", help="output path ('-' for standard output)")
    ap.add_argument("--size-mb", type=float,
                    help="approximate size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--city", help="the city's name (default Athens)")
    ap.add_argument("--region", help="the city's region (default Ohio)")
    ap.add_argument("--state", help="the region's two-letter code in addresses (default OH)")
    ap.add_argument("--shape", choices=SHAPES, default="full",
                    help="full (default): entries as cities write them; minimal: one-line entries of the "
                         "required fields; short: block entries of many short values")
    ap.add_argument("--network", metavar="DIR", help="write a network of plans, DIR/<city>/plan.yaml")
    ap.add_argument("--cities", type=int, default=200, help="cities in the network (default 200)")
    ap.add_argument("--min-kb", type=float, default=50, help="smallest network plan in kB (default 50)")
    ap.add_argument("--max-kb", type=float, default=200, help="largest network plan in kB (default 200)")
    args = ap.parse_args(argv)

    if args.network:
        if args.file or args.size_mb or args.city or args.region or args.state or args.shape != "full":
            ap.error("--network takes no FILE, --size-mb, --city, --region, --state or --shape")
        if args.cities <= 0 or not 0 < args.min_kb <= args.max_kb:
            ap.error("need --cities > 0 and 0 < --min-kb <= --max-kb")
        sizes = random.Random(args.seed)
        total = 0
        for i, (name, region, state) in enumerate(network_cities(args.cities, args.seed)):
            size = int(sizes.uniform(args.min_kb, args.max_kb) * 1000)
            folder = os.path.join(args.network, f"{slug(name)}-{state.lower()}")
            os.makedirs(folder, exist_ok=True)
            _, n = write_plan(os.path.join(folder, "plan.yaml"), size, args.seed + i, name, region, state)
            total += n
        print(f"{args.network}: {args.cities} plans, {total} bytes", file=sys.stderr)
        return 0

    if not args.file or args.size_mb is None:
        ap.error("give FILE and --size-mb (or --network DIR)")
    if args.size_mb <= 0:
        ap.error("--size-mb must be positive")
    city, region, state = args.city or "Athens", args.region or "Ohio", args.state or "OH"
    gen, total = write_plan(args.file, int(args.size_mb * 1_000_000), args.seed, city, region, state, args.shape)
    print(f"{args.file}: {total} bytes, {len(gen.stakeholders)} stakeholders, "
          f"{len(gen.resources)} resources, {gen.actions} actions, {len(gen.ids)} ids",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
