"""Demo data: a fictional Prevent partnership, and the same generator scaled up to county size.

Everything is drawn from one seeded random generator, so the same seed gives the same data
(names, UUIDs, dates relative to the chosen day) on any backend. People and training records
go in with bulk inserts rather than one ORM object per row, so 50,000 people and 150,000
records take seconds.
"""

import random
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert
from sqlmodel import select

from actionplan import clock
from actionplan.domain.dates import add_months
from actionplan.domain.enums import ActionStatus, ChangeOp, RecordSource, Sector
from actionplan.domain.text import match_key
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services import plans as plan_service
from actionplan.storage.models import (
    Action,
    ActionPartner,
    ActionUpdate,
    Course,
    Meeting,
    Objective,
    Organisation,
    Person,
    Plan,
    RequirementExemption,
    Theme,
    TrainingRecord,
    TrainingRequirement,
    utc_now,
)
from actionplan.storage.uow import UnitOfWork

DEMO_PLAN = "Northvale Prevent Partnership 2026/27"

ORGANISATIONS = [
    ("Northvale Council", "Council", Sector.LOCAL_AUTHORITY, True, ["Council", "NVC"]),
    ("Northvale Police", "Police", Sector.POLICE, True, ["Police", "Northvale Constabulary"]),
    ("Northvale NHS Foundation Trust", "NHS Trust", Sector.HEALTH, True, ["NHS Trust", "Trust"]),
    ("St Aidan's Primary School", "St Aidan's", Sector.SCHOOL, True, ["Schools"]),
    ("Northvale Academy", "Academy", Sector.SCHOOL, True, []),
    ("Northvale College", "College", Sector.FURTHER_EDUCATION, True, ["FE College"]),
    ("Probation Service North", "Probation", Sector.PROBATION, True, ["Probation"]),
    ("Northvale Together CIC", "Together", Sector.VOLUNTARY, False, ["VCS"]),
]

# Each partner's Prevent contact (fictional people, at reserved .example addresses).
CONTACTS = {
    "Northvale Council": ("Helen Marsh", "prevent@northvale-council.example"),
    "Northvale Police": ("DS Owen Pritchard", "prevent.team@northvale-police.example"),
    "Northvale NHS Foundation Trust": ("Ruth Adeyemi", "safeguarding@northvale-nhs.example"),
    "St Aidan's Primary School": ("Claire Dunn", "dsl@st-aidans.example"),
    "Northvale Academy": ("Marcus Bell", "safeguarding@northvale-academy.example"),
    "Northvale College": ("Fatima Shah", "prevent.lead@northvale-college.example"),
    "Probation Service North": ("Gareth Lloyd", "prevent@probation-north.example"),
    "Northvale Together CIC": ("Jo Kerr", "hello@northvale-together.example"),
}


def _contact(name: str) -> tuple[str, str]:
    """A partner's contact; the county-scale partners get a role mailbox at their own address."""
    if name in CONTACTS:
        return CONTACTS[name]
    return _("Prevent lead"), f"prevent@{match_key(name)}.example"


FIRST_NAMES = [
    "Aisha",
    "Ben",
    "Chloe",
    "Daniel",
    "Eleanor",
    "Farhan",
    "Grace",
    "Harry",
    "Imran",
    "Jade",
    "Kieran",
    "Leah",
    "Mohammed",
    "Niamh",
    "Oliver",
    "Priya",
    "Rhys",
    "Sana",
    "Tom",
    "Usha",
    "Victoria",
    "Wes",
    "Yasmin",
    "Zoe",
    "Siobhán",
    "Łukasz",
    "Chloë",
    "Seán",
    "Bartholomew",
    "Ngozi",
    "Amira",
    "Callum",
    "Dafydd",
    "Esther",
    "Gethin",
    "Hannah",
    "Isla",
    "Jamal",
    "Kofi",
    "Lowri",
]
LAST_NAMES = [
    "Ahmed",
    "Hussain",
    "O'Brien",
    "Vaughan",
    "Brown",
    "Iqbal",
    "Patel",
    "Walker",
    "Clarke",
    "Jones",
    "Quinn",
    "Young",
    "Davies",
    "Khan",
    "Roberts",
    "Ó Súilleabháin",
    "Evans",
    "Lewis",
    "Smith",
    "Mac an tSaoi",
    "Fletcher",
    "Morgan",
    "Taylor",
    "Kowalczyk",
    "Green",
    "Nowak",
    "Uddin",
    "Williams",
    "Hughes",
    "Begum",
    "Okafor",
    "Price",
    "Rees",
    "Thomas",
    "Mensah",
    "Ali",
    "Murphy",
    "Campbell",
]
# Role group, job titles, share of people, key personnel?
ROLES = [
    (
        "Frontline practitioner",
        [
            "Social Worker",
            "Neighbourhood Officer",
            "Nurse",
            "Youth Worker",
            "Teacher",
            "Housing Officer",
            "Probation Officer",
        ],
        0.5,
        True,
    ),
    (
        "Designated Safeguarding Lead",
        ["Designated Safeguarding Lead", "Safeguarding Lead"],
        0.15,
        True,
    ),
    ("Channel panel member", ["Channel Panel Chair", "Channel Panel Member"], 0.08, True),
    (
        "Senior leader",
        ["Head Teacher", "Director of Children's Services", "Superintendent", "Chief Nurse"],
        0.1,
        True,
    ),
    ("Elected member", ["Councillor"], 0.07, False),
    ("Manager", ["Team Manager", "Service Manager"], 0.1, False),
]
TEAMS = [
    "Children's Services",
    "Adult Social Care",
    "Neighbourhood",
    "Safeguarding",
    "Housing",
    "Communities",
    "Response",
    "Mental Health",
    "Pastoral",
    "Offender Management",
]

ACTIONS = [
    # theme index, ref, title, lead short name, partners, start offset, due offset (days from today),
    # status, progress, statutory, update
    (
        0,
        "1.1",
        "Refresh the partnership board's terms of reference and membership",
        "Police",
        ["Council", "NHS Trust"],
        -200,
        -20,
        ActionStatus.COMPLETE,
        100,
        True,
        "Terms of reference agreed at the board.",
    ),
    (
        0,
        "1.2",
        "Report Prevent delivery to the Community Safety Partnership twice a year",
        "Council",
        ["Police"],
        -150,
        -12,
        ActionStatus.IN_PROGRESS,
        60,
        True,
        "First report delayed by the election period.",
    ),
    (
        0,
        "1.3",
        "Name a senior Prevent lead in every specified authority",
        "Council",
        ["Police", "NHS Trust", "College", "Probation"],
        -120,
        120,
        ActionStatus.IN_PROGRESS,
        70,
        True,
        "Five of seven authorities have named a lead.",
    ),
    (
        0,
        "1.4",
        "Complete the annual Prevent duty self-assessment",
        "Council",
        ["Police"],
        -60,
        21,
        ActionStatus.IN_PROGRESS,
        40,
        True,
        "Draft circulated to partners for comment.",
    ),
    (
        1,
        "2.1",
        "Publish one referral flowchart for all partners",
        "Police",
        ["Council", "NHS Trust", "St Aidan's"],
        -180,
        -45,
        ActionStatus.BLOCKED,
        50,
        False,
        "Waiting for the regional team's sign-off.",
    ),
    (
        1,
        "2.2",
        "Agree deputies for every statutory seat on the Channel panel",
        "Council",
        ["Police", "NHS Trust", "Probation"],
        -90,
        75,
        ActionStatus.IN_PROGRESS,
        55,
        True,
        "Health deputy still to be confirmed.",
    ),
    (
        1,
        "2.3",
        "Hold two community roundtables with faith and voluntary groups",
        "Together",
        ["Council", "Police"],
        -30,
        150,
        ActionStatus.NOT_STARTED,
        0,
        False,
        "",
    ),
    (
        1,
        "2.4",
        "Share the local risk summary with school designated safeguarding leads",
        "Police",
        ["St Aidan's", "Academy", "College"],
        -100,
        200,
        ActionStatus.IN_PROGRESS,
        10,
        False,
        "Summary drafted; handling instructions agreed.",
    ),
    (
        2,
        "3.1",
        "Train 85% of key personnel on the Home Office awareness course",
        "Council",
        ["Police", "NHS Trust", "College"],
        -240,
        130,
        ActionStatus.IN_PROGRESS,
        0,
        True,
        "Progress follows the HO-AWR requirement.",
    ),
    (
        2,
        "3.2",
        "Deliver WRAP to all elected members after induction",
        "Council",
        [],
        -60,
        90,
        ActionStatus.NOT_STARTED,
        0,
        False,
        "",
    ),
    (
        2,
        "3.3",
        "Brief venue booking staff on the external speaker policy",
        "Council",
        ["Together"],
        -200,
        -60,
        ActionStatus.COMPLETE,
        100,
        False,
        "Briefing delivered to 14 staff.",
    ),
    (
        2,
        "3.4",
        "Make sure every school DSL has completed the referrals course",
        "St Aidan's",
        ["Academy", "College"],
        -150,
        45,
        ActionStatus.IN_PROGRESS,
        65,
        True,
        "Academy DSLs booked for next month.",
    ),
    (
        2,
        "3.5",
        "Train new Channel panel members within three months of joining",
        "Council",
        ["Police", "Probation"],
        -100,
        240,
        ActionStatus.IN_PROGRESS,
        30,
        True,
        "",
    ),
    (
        2,
        "3.6",
        "Review filtering and monitoring in libraries and college IT",
        "College",
        ["Council"],
        -10,
        300,
        ActionStatus.CANCELLED,
        0,
        False,
        "Merged into the digital safety action.",
    ),
]


@dataclass(frozen=True)
class DemoResult:
    plan_id: int
    organisations: int
    people: int
    training_records: int
    actions: int


def _uuid(rng: random.Random) -> str:
    return str(uuid_module.UUID(int=rng.getrandbits(128), version=4))


def _organisations(count_people: int) -> list[tuple]:
    orgs = list(ORGANISATIONS)
    # County scale: about one organisation per 800 people beyond the core partners, up to 60.
    extra = min(60, max(len(orgs), count_people // 800)) - len(orgs)
    for i in range(extra):
        sector = [
            Sector.SCHOOL,
            Sector.SCHOOL,
            Sector.HEALTH,
            Sector.FURTHER_EDUCATION,
            Sector.VOLUNTARY,
            Sector.YOUTH_JUSTICE,
        ][i % 6]
        orgs.append(
            (
                f"Northvale {sector.label} {i + 1}",
                f"{sector.label} {i + 1}",
                sector,
                sector is not Sector.VOLUNTARY,
                [],
            )
        )
    return orgs


def _record_for(rng: random.Random, today: date, validity: int | None) -> date | None:
    """A completion date giving a spread of states, or None for never trained."""
    roll = rng.random()
    months = validity or 36
    if roll < 0.20:
        return None
    if roll < 0.32:  # expiring within the warning window
        expires = today + timedelta(days=rng.randint(5, 55))
        return add_months(expires, -months)
    if roll < 0.47:  # expired
        expires = today - timedelta(days=rng.randint(10, 400))
        return add_months(expires, -months)
    return today - timedelta(days=rng.randint(20, months * 30 - 90))


def generate(uow: UnitOfWork, *, people: int = 60, seed: int = 1, today: date | None = None) -> DemoResult:
    """Fill the database with the demo partnership; ``people`` scales it (50,000 for a county)."""
    if people < 1:
        raise ValidationError(_("The demo needs at least one person."), field="people")
    today = today or clock.today()
    rng = random.Random(seed)
    with uow:
        had_courses = uow.session.exec(select(Course.id)).first() is not None
        if uow.session.exec(select(Plan).where(Plan.name == DEMO_PLAN)).first():
            raise ValidationError(
                _("The demo plan is already in this database: use another data folder for a fresh demo.")
            )
    now = utc_now()
    with uow:
        session = uow.session
        plan = plan_service.add_plan(
            uow,
            DEMO_PLAN,
            template="prevent",
            area="Northvale",
            period_start=add_months(today, -8),
            period_end=add_months(today, 4),
        )
        _seed_uuids(session, plan.id, rng, include_courses=not had_courses)
        existing_orgs = {o.name: o for o in session.exec(select(Organisation))}
        org_rows = []
        for name, short, sector, specified, aliases in _organisations(people):
            org_uuid = _uuid(rng)
            if name not in existing_orgs:
                contact_name, contact_email = _contact(name)
                org_rows.append(
                    dict(
                        uuid=org_uuid,
                        name=name,
                        short_name=short,
                        sector=sector.value,
                        specified_authority=specified,
                        aliases=aliases,
                        contact_name=contact_name,
                        contact_email=contact_email,
                        created_at=now,
                        updated_at=now,
                    )
                )
        if org_rows:
            session.execute(insert(Organisation), org_rows)
        orgs = {o.short_name: o for o in session.exec(select(Organisation))}
        org_list = sorted(orgs.values(), key=lambda o: o.id)
        weights = [
            8 if o.sector in (Sector.LOCAL_AUTHORITY, Sector.POLICE, Sector.HEALTH) else 3 for o in org_list
        ]
        courses = {c.code: c for c in session.exec(select(Course))}

        person_rows = []
        for i in range(people):
            role, titles, _share, key = rng.choices(ROLES, weights=[r[2] for r in ROLES])[0]
            org = org_list[0] if role == "Elected member" else rng.choices(org_list, weights=weights)[0]
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            start = today - timedelta(days=rng.randint(20, 4000))
            leaving = today - timedelta(days=rng.randint(1, 200)) if rng.random() < 0.03 else None
            person_rows.append(
                dict(
                    uuid=_uuid(rng),
                    staff_number=f"{(org.short_name or 'X')[:2].upper()}{10000 + i}",
                    first_name=first,
                    last_name=last,
                    email=f"{match_key(first)}.{match_key(last)}.{i}@{match_key(org.short_name)}.example",
                    job_title=rng.choice(titles),
                    role_group=role,
                    organisation_id=org.id,
                    team=rng.choice(TEAMS),
                    key_personnel=key and rng.random() < 0.85,
                    start_date=start,
                    leaving_date=leaving,
                    created_at=now,
                    updated_at=now,
                )
            )
        session.execute(insert(Person), person_rows)
        ids = dict(session.exec(select(Person.uuid, Person.id)).all())

        wanted = {
            "Frontline practitioner": ["HO-AWR", "WRAP"],
            "Designated Safeguarding Lead": ["HO-AWR", "HO-REF", "DSL"],
            "Channel panel member": ["HO-AWR", "HO-REF", "HO-CHN"],
            "Senior leader": ["HO-AWR", "WRAP"],
            "Elected member": ["MEM", "HO-AWR"],
            "Manager": ["HO-AWR", "VEN"],
        }
        record_rows = []
        for person in person_rows:
            for code in wanted[person["role_group"]]:
                course = courses[code]
                done = _record_for(rng, today, course.validity_months)
                if done is None:
                    continue
                if code == "HO-AWR" and rng.random() < 0.15:
                    course = courses["HO-RFR"]  # some renewed awareness through the refresher
                completions = [done]
                # Many people trained in the previous cycle too: history for the burn-up charts.
                if course.validity_months and rng.random() < 0.6:
                    completions.append(add_months(done, -course.validity_months))
                for completed_on in completions:
                    record_rows.append(
                        dict(
                            uuid=_uuid(rng),
                            person_id=ids[person["uuid"]],
                            course_id=course.id,
                            completed_on=completed_on,
                            expires_on=None,
                            evidence="",
                            source=RecordSource.IMPORT.value
                            if rng.random() < 0.5
                            else RecordSource.SESSION.value,
                            source_ref="demo",
                            created_at=now,
                        )
                    )
        for start in range(0, len(record_rows), 20_000):
            session.execute(insert(TrainingRecord), record_rows[start : start + 20_000])

        _demo_actions(uow, plan.id, orgs, person_rows, ids, rng, today)
        _demo_requirements(uow, plan.id, person_rows, ids, rng, today)
        uow.log_extra(
            "demo",
            ChangeOp.CREATE,
            {
                "organisations": len(org_rows),
                "people": len(person_rows),
                "training_records": len(record_rows),
            },
        )
        uow.commit(_("Demo data: {n} people").format(n=len(person_rows)))
    from actionplan.assessment.demo import add_demo_assessments  # the self-assessment's room

    add_demo_assessments(uow, plan.id, today)
    return DemoResult(plan.id, len(org_rows), len(person_rows), len(record_rows), len(ACTIONS))


def _seed_uuids(session, plan_id: int, rng: random.Random, include_courses: bool) -> None:
    """Give the rows the template made UUIDs from the seeded generator too (same seed, same data)."""
    groups = [
        select(Plan).where(Plan.id == plan_id),
        select(Theme).where(Theme.plan_id == plan_id).order_by(Theme.id),
        select(Objective).where(Objective.plan_id == plan_id).order_by(Objective.id),
        select(TrainingRequirement)
        .where(TrainingRequirement.plan_id == plan_id)
        .order_by(TrainingRequirement.id),
    ]
    if include_courses:
        groups.append(select(Course).order_by(Course.id))
    for query in groups:
        for row in session.exec(query):
            row.uuid = _uuid(rng)


# Requirement deadlines in days from today: some passed (people overdue), some ahead (due).
DEADLINES = {"HO-AWR": -20, "HO-REF": 60, "HO-CHN": -90, "WRAP": 120, "MEM": 200}


def _demo_requirements(uow, plan_id, person_rows, ids, rng, today) -> None:
    session = uow.session
    rows = session.exec(
        select(TrainingRequirement, Course)
        .join(Course, TrainingRequirement.course_id == Course.id)
        .where(TrainingRequirement.plan_id == plan_id)
    ).all()
    for requirement, course in rows:
        if course.code in DEADLINES:
            requirement.deadline = today + timedelta(days=DEADLINES[course.code])
        if course.code == "HO-AWR":
            for person in rng.sample(person_rows, min(2, len(person_rows))):
                session.add(
                    RequirementExemption(
                        uuid=_uuid(rng),
                        requirement_id=requirement.id,
                        person_id=ids[person["uuid"]],
                        reason="Long-term absence; training booked for return",
                    )
                )


def _demo_actions(uow, plan_id, orgs, person_rows, ids, rng, today) -> None:
    session = uow.session
    themes = session.exec(select(Theme).where(Theme.plan_id == plan_id).order_by(Theme.position)).all()

    awareness = session.exec(
        select(TrainingRequirement)
        .where(TrainingRequirement.plan_id == plan_id)
        .order_by(TrainingRequirement.position)
    ).first()
    leads = [p for p in person_rows if p["role_group"] in ("Senior leader", "Designated Safeguarding Lead")]
    meeting = Meeting(
        uuid=_uuid(rng),
        plan_id=plan_id,
        held_on=today - timedelta(days=35),
        title="Prevent Partnership Board",
        attendees="Council, Police, NHS Trust, College, Probation",
        notes="Quarterly review of the action plan and training figures.",
        decisions="Escalate the referral flowchart to the regional team.",
    )
    session.add(meeting)
    session.flush()
    for position, (
        theme_i,
        ref,
        title,
        lead,
        partners,
        start,
        due,
        status,
        progress,
        statutory,
        update,
    ) in enumerate(ACTIONS):
        owner = rng.choice(leads) if leads else None
        action = Action(
            uuid=_uuid(rng),
            plan_id=plan_id,
            ref=ref,
            title=title,
            theme_id=themes[theme_i].id,
            lead_organisation_id=orgs[lead].id if lead in orgs else None,
            owner_id=ids[owner["uuid"]] if owner else None,
            start_date=today + timedelta(days=start),
            due_date=today + timedelta(days=due),
            completed_on=today + timedelta(days=due - 5) if status is ActionStatus.COMPLETE else None,
            status=status.value,
            progress=progress,
            statutory=statutory,
            position=position,
            requirement_id=awareness.id if ref == "3.1" and awareness else None,
            description=f"{title}. Agreed by the partnership board under the theme {themes[theme_i].name}.",
        )
        session.add(action)
        session.flush()
        for partner in partners:
            if partner in orgs:
                session.add(ActionPartner(action_id=action.id, organisation_id=orgs[partner].id))
        if update:
            session.add(
                ActionUpdate(
                    uuid=_uuid(rng),
                    action_id=action.id,
                    on_date=meeting.held_on,
                    text=update,
                    author="Prevent Coordinator",
                    status=status.value,
                    meeting_id=meeting.id,
                )
            )
