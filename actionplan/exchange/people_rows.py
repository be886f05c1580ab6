"""Rows of people, training-record lists and training matrices: read, match and plan each row."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actionplan.domain.compliance import expiry_for
from actionplan.domain.dates import format_date
from actionplan.domain.text import match_key, tidy
from actionplan.exchange.cells import RowReader, SheetInput
from actionplan.exchange.conflicts import Verdict, judge
from actionplan.exchange.headers import match_course
from actionplan.exchange.matching import (
    Candidate,
    CourseInfo,
    ImportState,
    is_uuid,
    name_key,
    single,
    staff_key,
)
from actionplan.exchange.plans import PERSON_DEFAULTS, OrgPlan, OrgRef, PersonPlan, RecordPlan
from actionplan.exchange.preview import Conflict, FieldChange, Outcome, RowOutcome, shown_value
from actionplan.exchange.values import BLANK_MARKERS, is_blank
from actionplan.i18n import _
from actionplan.storage.models import new_uuid

_KEY_FIELDS = frozenset({"staff_number", "email", "first_name", "last_name", "organisation"})
_UNREAD: Any = object()  # a cache's marker for "not looked up yet" (None is an answer)
_IDENTIFIERS = ("record_id", "staff_number", "email", "full_name", "first_name", "last_name")


def split_full_name(text: str) -> tuple[str, str]:
    """ "Surname, Forename" or "Forename Surname" (everything after the first word is the surname)."""
    if "," in text:
        last, _sep, first = text.partition(",")
        return tidy(first), tidy(last)
    first, _sep, last = text.partition(" ")
    return first, last.strip()


@dataclass
class PersonRow:
    """The person a row describes, as read from its cells."""

    record_id: str | None = None
    staff: str = ""  # matching key of the staff number
    email: str | None = None
    first: str | None = None
    last: str | None = None
    full: str | None = None
    org: OrgRef = None
    org_known: bool = False
    given: dict[str, Any] = field(default_factory=dict)
    names: str = ""  # the matching key of the name, however it was written

    def set_names(self) -> None:
        if self.first or self.last:
            self.names = name_key(self.first, self.last)
        elif self.full:
            self.names = name_key(*split_full_name(self.full))


class PeopleSheet:
    """Reads a people, training list or training matrix sheet into row outcomes and plans."""

    def __init__(self, state: ImportState, sheet: SheetInput, kind: str, default_org: str | None):
        self.state = state
        self.sheet = sheet
        self.kind = kind
        self.people = state.people
        self.orgs = state.orgs
        self.seen: dict[tuple, int] = {}
        self._roles: dict[str, str] = {}
        self._org_refs: dict[str, OrgRef] = {}
        self._course_cells: dict[tuple[type, object], CourseInfo | None] = {}
        self._emails: dict[str, str] = {}  # email cell text -> the address it gives
        self.default_org: OrgRef = None
        if default_org and not is_blank(default_org):
            self.default_org, _new = self.orgs.find_or_plan(default_org)
        if "organisation" not in sheet.fields and self.default_org is None:
            sheet.warn(
                None,
                "",
                _(
                    "The sheet names no organisation: people are matched by staff number or email "
                    "across the database, and new people are added without an organisation "
                    "(choose the organisation to avoid this)."
                ),
            )

    def run(self, tick: Callable[[], None]) -> None:
        rows = self.sheet.preview.rows
        for count, (number, cells) in enumerate(self.sheet.data_rows()):
            if count % 1000 == 999:
                tick()
            rows.append(self.row(number, cells))

    # ------------------------------------------------------------ one row

    def row(self, number: int, cells: list[object]) -> RowOutcome:
        r = RowReader(self.sheet, number, cells)
        person = self._read_person(r)
        records: list[tuple[CourseInfo, date, int | None]] = []
        expires = evidence = None
        if self.kind == "training":
            records, expires, evidence = self._read_listed_course(r)
        elif self.kind == "matrix":
            records = self._read_matrix(r)

        errors_before = len(r.errors)
        candidate = self._match(r, person)
        ambiguous = len(r.errors) > errors_before
        if self.kind in ("people", "matrix"):
            self._check_duplicate(r, person, candidate)
        if candidate is None and not ambiguous and not (person.first or person.last or person.full):
            column = next((f for f in ("full_name", "first_name", "last_name") if r.has(f)), None)
            r.error(
                column,
                _(
                    "A person needs a name: this row has none, and no one in the database "
                    "matches its staff number or email. Add the name and import again."
                )
                if column
                else _(
                    "No one in the database matches this row, and the sheet has no name column to add them."
                ),
            )
        if self.kind == "training" and records and candidate is not None:
            course, completed, _column = records[0]
            key = (self.people.plan_for(candidate), course.id, completed)
            if key in self.seen:
                r.error(
                    "course",
                    _("Row {row} already records this course on {date} for this person.").format(
                        row=self.seen[key], date=format_date(completed)
                    ),
                )
            self.seen.setdefault(key, number)
        self._check_dates(r, person, candidate)
        if r.errors:
            return RowOutcome(number, Outcome.REJECTED, self._label(person), errors=r.errors, cells=cells)
        if candidate is None and person.record_id:
            gone = self.state.local.deleted("person", person.record_id)
            if gone is not None:
                return self._deleted_row(number, cells, person, gone)

        conflicts: list[Conflict] = []
        plan, is_new, changes = self._plan_person(person, candidate, number, conflicts)
        outcome = RowOutcome(number, Outcome.NEW if is_new else Outcome.UNCHANGED, plan.label, cells=cells)
        outcome.plans.append(plan)
        org = plan.values["organisation"]
        if isinstance(org, OrgPlan):
            outcome.plans.append(org)
            self._warn_new_org(org, number)
        record_new = False
        for course, completed, column in records:
            if self._gone_record(plan, course, completed):
                self.sheet.warn(
                    number,
                    self.sheet.header(column),
                    _(
                        "This {course} completion on {date} was deleted or re-dated here since the "
                        "export, so it is left out."
                    ).format(course=course.code, date=format_date(completed)),
                )
                continue
            rp, created, record_changes = self._plan_record(
                plan, course, completed, expires, evidence, number, conflicts
            )
            outcome.plans.append(rp)
            if self.kind == "training":
                self.seen.setdefault((plan, course.id, completed), number)
            if created:
                record_new = True
                if self.kind == "matrix":
                    changes.append(FieldChange(course.code, None, completed))
            changes.extend(record_changes)
        if conflicts:
            outcome.outcome = Outcome.CONFLICT
        elif self.kind == "training" and record_new:
            outcome.outcome = Outcome.NEW
        elif outcome.outcome is not Outcome.NEW and changes:
            outcome.outcome = Outcome.UPDATED
        outcome.changes = changes
        outcome.conflicts = conflicts
        return outcome

    def _deleted_row(
        self, number: int, cells: list[object], p: PersonRow, gone: dict[str, Any]
    ) -> RowOutcome:
        """A row whose Record ID names someone deleted here since the export.

        Left out when the partner changed nothing about them (or on a training sheet); a
        conflict when they did, which brings the person back only if the user takes theirs.
        """
        label = self._label(p)
        given = dict(p.given)
        if p.first is not None or p.last is not None:
            given["first_name"], given["last_name"] = p.first or "", p.last or ""
        elif p.full:
            given["first_name"], given["last_name"] = split_full_name(p.full)
        edits = [
            name
            for name, value in given.items()
            if not (
                staff_key(value) == staff_key(gone.get(name) or "")
                if name == "staff_number"
                else value == gone.get(name, PERSON_DEFAULTS.get(name))
            )
        ]
        if self.kind != "people" or not edits:
            self.sheet.warn(
                number,
                self.sheet.field_header("record_id"),
                _(
                    "{name} was deleted here since the export, and the file does not change them: "
                    "the row is left out."
                ).format(name=label or p.record_id),
            )
            return RowOutcome(number, Outcome.UNCHANGED, label, cells=cells)
        values = dict(PERSON_DEFAULTS, organisation=None)
        values.update(given)
        plan = PersonPlan(None, p.record_id or new_uuid(), values, set_by=dict.fromkeys(given, number))
        outcome = RowOutcome(number, Outcome.CONFLICT, plan.label or label, cells=cells, held=True)
        outcome.plans.append(plan)
        if isinstance(plan.values["organisation"], OrgPlan):
            outcome.plans.append(plan.values["organisation"])
        shown = self._shown_person
        outcome.changes = [
            FieldChange(name, shown(name, gone.get(name)), shown(name, given[name])) for name in edits
        ]

        def take() -> None:
            outcome.held = False

        outcome.conflicts = [
            Conflict(
                self.sheet.preview.name,
                number,
                "record",
                self.sheet.field_header("record_id"),
                None,
                _("(deleted)"),
                _("(changed)"),
                _(
                    "{name} was deleted here since the export, and the file changes them: take theirs "
                    "to add them again, or keep ours to leave them deleted."
                ).format(name=plan.label or label),
                take=take,
            )
        ]
        return outcome

    def _shown_person(self, name: str, value: Any) -> Any:
        return self.orgs.name(value) if name == "organisation" else value

    def _gone_record(self, person: PersonPlan, course: CourseInfo, completed: date) -> bool:
        """A completion the file still shows that was deleted or re-dated here since the export."""
        gone = self.state.local.gone_records
        if not gone or person.is_new or self._stored_record(person, course, completed) is not None:
            return False
        ids = (course.id, *course.renewed_by) if self.kind == "matrix" else (course.id,)
        return any((person.existing_id, course_id, completed) in gone for course_id in ids)

    def _label(self, person: PersonRow) -> str:
        name = f"{person.first or ''} {person.last or ''}".strip() or person.full or ""
        staff = person.given.get("staff_number", "")
        return f"{name} ({staff})" if name and staff else name or staff or (person.email or "")

    # ------------------------------------------------------------ reading

    def _read_person(self, r: RowReader) -> PersonRow:
        """``_read_person_plain``, with each clean cell taken as it is and the sheet's unmapped fields
        skipped without a call each; any other cell is read the plain way (the same errors, in the
        same order). Emails are read once per distinct cell: a person's rows repeat them."""
        fields = self.sheet.fields
        cells = r.cells
        p = PersonRow()
        given = p.given
        if "record_id" in fields:
            self._read_record_id(r, p)
        column = fields.get("staff_number")
        if column is not None:
            staff = _clean(cells[column], 60)
            if staff is None or staff.casefold() in BLANK_MARKERS:
                staff = r.identifier("staff_number", 60)
            if staff:
                given["staff_number"] = staff
                p.staff = staff_key(staff)
        column = fields.get("first_name")
        if column is not None:
            p.first = _clean(cells[column], 100)
            if p.first is None:
                p.first = r.text("first_name", 100)
        column = fields.get("last_name")
        if column is not None:
            p.last = _clean(cells[column], 100)
            if p.last is None:
                p.last = r.text("last_name", 100)
        if not (p.first or p.last) and "full_name" in fields:
            p.full = r.text("full_name", 201)
        p.set_names()
        column = fields.get("email")
        if column is not None:
            value = cells[column]
            email = self._emails.get(value) if value.__class__ is str else None
            if email is None:
                email = r.email()
                if email and value.__class__ is str:
                    self._emails[value] = email
            p.email = email
            if email:
                given["email"] = email
        for name, limit in (("job_title", 200), ("team", 200)):
            column = fields.get(name)
            if column is not None:
                text = _clean(cells[column], limit)
                if text is None:
                    text = r.text(name, limit)
                if text:
                    given[name] = text
        column = fields.get("role_group")
        if column is not None:
            role = _clean(cells[column], 100)
            if role is None:
                role = r.text("role_group", 100)
            if role:
                given["role_group"] = self._role_group(role)
        if "key_personnel" in fields:
            key_personnel = r.flag("key_personnel")
            if key_personnel is not None:
                given["key_personnel"] = key_personnel
        for name in ("start_date", "leaving_date"):
            if name in fields:
                value = r.date_value(name)
                if value is not None:
                    given[name] = value
        column = fields.get("organisation")
        org_text = None
        if column is not None:
            org_text = _clean(cells[column], 200)
            if org_text is None or org_text.casefold() in BLANK_MARKERS:
                org_text = r.identifier("organisation", 200)
        self._set_organisation(p, org_text)
        return p

    def _read_person_plain(self, r: RowReader) -> PersonRow:
        """The person a row describes, every field read through ``RowReader`` (the reference)."""
        p = PersonRow()
        given = p.given
        self._read_record_id(r, p)
        staff = r.identifier("staff_number", 60)
        if staff:
            given["staff_number"] = staff
            p.staff = staff_key(staff)
        p.first = r.text("first_name", 100)
        p.last = r.text("last_name", 100)
        if not (p.first or p.last):
            p.full = r.text("full_name", 201)
        p.set_names()
        p.email = r.email()
        if p.email:
            given["email"] = p.email
        for name, limit in (("job_title", 200), ("team", 200)):
            text = r.text(name, limit)
            if text:
                given[name] = text
        role = r.text("role_group", 100)
        if role:
            given["role_group"] = self._role_group(role)
        key_personnel = r.flag("key_personnel")
        if key_personnel is not None:
            given["key_personnel"] = key_personnel
        for name in ("start_date", "leaving_date"):
            value = r.date_value(name)
            if value is not None:
                given[name] = value
        org_text = r.identifier("organisation", 200)
        self._set_organisation(p, org_text)
        return p

    def _read_record_id(self, r: RowReader, p: PersonRow) -> None:
        record_id = r.text("record_id")
        if record_id:
            if is_uuid(record_id):
                p.record_id = record_id.lower()
            else:
                r.error(
                    "record_id",
                    _(
                        "This is not a Record ID written by this application: "
                        "clear the cell to add the person."
                    ),
                )

    def _role_group(self, role: str) -> str:
        """The role group as the database spells it (matched once per distinct cell)."""
        known = self._roles.get(role)
        if known is None:
            known = self._roles[role] = self.state.role_groups.get(match_key(role), role)
        return known

    def _set_organisation(self, p: PersonRow, org_text: str | None) -> None:
        """The organisation a row names (planned once per distinct name), else the default one."""
        if org_text:
            p.org = self._org_refs.get(org_text)
            if p.org is None:
                p.org = self._org_refs[org_text] = self.orgs.find_or_plan(org_text)[0]
            p.org_known = True
        elif self.default_org is not None:
            p.org, p.org_known = self.default_org, True
        if p.org_known:
            p.given["organisation"] = p.org

    def _read_listed_course(
        self, r: RowReader
    ) -> tuple[list[tuple[CourseInfo, date, int | None]], date | None, str | None]:
        course_text = r.raw("course")
        # A list names few courses, each on thousands of rows: each cell value is matched once.
        # By type as well as value: True == 1, but the cells read "TRUE" and "1".
        seen = (course_text.__class__, course_text)
        course = self._course_cells.get(seen, _UNREAD)
        if course is _UNREAD:
            course = self._course_cells[seen] = self._course_named(course_text)
        if course is None:
            if is_blank(course_text):
                r.error("course", _("Give the course."))
            else:
                r.error(
                    "course",
                    _(
                        "No course called “{name}”: add it to the catalogue or as an alias of a course."
                    ).format(name=shown_value(tidy(course_text))),
                )
        completed = r.date_value("completed_on")
        if completed is None and r.blank("completed_on"):
            r.error("completed_on", _("Give the date the course was completed."))
        completed = self._not_future(r, completed, self.sheet.fields["completed_on"])
        expires = r.date_value("expires_on")
        if expires is not None and completed is not None and expires <= completed:
            r.error("expires_on", _("The expiry date must be after the completion date."))
        evidence = r.text("evidence", 500)
        if course is None or completed is None:
            return [], expires, evidence
        return [(course, completed, self.sheet.fields["completed_on"])], expires, evidence

    def _course_named(self, text: object) -> CourseInfo | None:
        """The course a cell names (by code, name or alias), or None for a blank or unknown one."""
        if is_blank(text):
            return None
        code = match_course(text, self.state.course_names)
        return self.state.courses.get(code) if code else None

    def _read_matrix(self, r: RowReader) -> list[tuple[CourseInfo, date, int | None]]:
        records = []
        for column, code in self.sheet.course_columns.items():
            completed = self._not_future(r, r.date_at(column), column)
            if completed is None:
                continue
            course = self.state.courses.get(code)
            if course is None:
                r.error(None, _("There is no course with the code {code}.").format(code=code), column=column)
                continue
            records.append((course, completed, column))
        return records

    def _not_future(self, r: RowReader, completed: date | None, column: int) -> date | None:
        if completed is not None and completed > self.state.today:
            r.error(
                None,
                _("The completion date {date} is in the future.").format(date=format_date(completed)),
                column=column,
            )
            return None
        return completed

    # ------------------------------------------------------------ matching

    def _compatible(self, candidate: Candidate, staff: str, email: str | None) -> bool:
        """A weaker key (email, name) must not contradict a stronger one the row gives."""
        people = self.people
        if staff and (theirs := people.staff_keys[candidate]) and theirs != staff:
            return False
        if not email:
            return True
        their_email = people.identity(candidate)[1]
        return not their_email or their_email.casefold() == email

    def _match(self, r: RowReader, p: PersonRow) -> Candidate | None:
        """Record ID, then staff number within the organisation, then email, then name within it."""
        people = self.people
        if p.record_id and (found := people.by_uuid.get(p.record_id)) is not None:
            return found
        ambiguous_staff = False
        if p.staff:
            if p.org_known:
                found, n = single(people.by_org_staff.get((p.org, p.staff), ()))
                if n == 0:  # someone with this number added earlier without an organisation
                    found, n = single(
                        c for c in people.by_staff.get(p.staff, ()) if people.identity(c)[2] is None
                    )
            else:
                found, n = single(people.by_staff.get(p.staff, ()))
            if n == 1:
                return found
            ambiguous_staff = n > 1
        if p.email and (bucket := people.by_email.get(p.email)):
            found, n = single(c for c in bucket if self._compatible(c, p.staff, None))
            if n == 1:
                return found
        names = p.names
        if names and p.org_known:
            index = people.by_org_name_unnumbered if p.staff else people.by_org_name
            if bucket := index.get((p.org, names)):
                found, n = single(c for c in bucket if self._compatible(c, p.staff, p.email))
                if n == 1:
                    return found
        if ambiguous_staff:
            r.error(
                "staff_number",
                _(
                    "More than one person has this staff number: add an organisation column or "
                    "choose the organisation."
                ),
            )
        return None

    def _check_duplicate(self, r: RowReader, p: PersonRow, candidate: Candidate | None) -> None:
        """A person may appear once in a people sheet or a matrix: later rows are rejected."""
        keys: list[tuple[tuple, str]] = []
        if p.record_id:
            keys.append((("id", p.record_id), "record_id"))
        if p.staff:
            keys.append((("staff", p.org if p.org_known else None, p.staff), "staff_number"))
        if p.email:
            keys.append((("email", p.email), "email"))
        if not p.staff and not p.email and p.names:
            keys.append((("name", p.org, p.names), "full_name" if r.has("full_name") else "first_name"))
        if candidate is not None:
            keys.append((("person", candidate), "staff_number"))
        for key, column in keys:
            first = self.seen.get(key)
            if first is not None:
                r.error(
                    column if r.has(column) else None,
                    _(
                        "Row {row} is the same person: a person can appear only once, "
                        "so this row is left out."
                    ).format(row=first),
                )
                break
        for key, _column in keys:
            self.seen.setdefault(key, r.number)

    def _check_dates(self, r: RowReader, p: PersonRow, candidate: Candidate | None) -> None:
        current = self.people.values_of(candidate) if candidate is not None else PERSON_DEFAULTS
        start = p.given.get("start_date", current["start_date"])
        leaving = p.given.get("leaving_date", current["leaving_date"])
        if start and leaving and leaving < start:
            r.error("leaving_date", _("The leaving date is before the start date."))

    # ------------------------------------------------------------ planning

    def _plan_person(
        self, p: PersonRow, candidate: Candidate | None, row: int, conflicts: list[Conflict]
    ) -> tuple[PersonPlan, bool, list]:
        given = dict(p.given)
        if candidate is None:
            first, last = (
                (p.first or "", p.last or "") if (p.first or p.last) else split_full_name(p.full or "")
            )
            given.update(first_name=first, last_name=last)
            values = dict(PERSON_DEFAULTS, organisation=None)
            values.update(given)
            plan = PersonPlan(None, p.record_id or new_uuid(), values, set_by=dict.fromkeys(given, row))
            self.people.index_plan(plan, (p.staff, p.names))
            return plan, True, []
        plan = self.people.plan_for(candidate)
        current = plan.values
        if p.staff and p.staff == staff_key(current["staff_number"]):
            given.pop("staff_number", None)  # "s2" is "S2": keep it as stored
        if p.first is not None or p.last is not None:
            if p.first is not None:
                given["first_name"] = p.first
            if p.last is not None:
                given["last_name"] = p.last
        elif p.full and tidy(p.full) != f"{current['first_name']} {current['last_name']}".strip():
            given["first_name"], given["last_name"] = split_full_name(p.full)
        changes = self._merge(plan, given, row, conflicts)
        if any(c.field in _KEY_FIELDS for c in changes):
            self.people.index_plan(plan)
        return plan, False, changes

    def _merge(
        self, plan: PersonPlan, given: dict[str, Any], row: int, conflicts: list[Conflict]
    ) -> list[FieldChange]:
        """Set the fields a row gives; a field another row of this import set first keeps that value.

        A field changed here since the export keeps our value when the file still holds the
        exported one, and is a conflict when the file holds a third value.
        """
        changes = []
        exported = self.state.local.exported("person", plan.uuid) if plan.base is not None else {}
        for name, value in given.items():
            current = plan.values[name]
            prior = plan.set_by.get(name)
            if prior is None:
                plan.set_by[name] = row
            if name in exported and plan.base is not None:
                verdict = judge(value, plan.base[name], exported[name])
                if verdict is Verdict.KEEP:
                    continue
                if verdict is Verdict.CONFLICT:
                    earlier = plan.conflicts.get(name)
                    if earlier is None:
                        conflicts.append(self._conflict(plan, name, exported[name], value, row))
                        continue
                    if earlier[1] == value:
                        continue  # the same conflict, already on an earlier row
            if current == value:
                continue
            if prior is not None and prior != row:
                self.sheet.warn(
                    row,
                    self.sheet.field_header(name),
                    _(
                        "{name} is also on row {row}, with another value: the value on row {row} is kept."
                    ).format(row=prior, name=plan.label),
                )
                continue
            plan.values[name] = value
            if name == "organisation":
                changes.append(FieldChange(name, self.orgs.name(current), self.orgs.name(value)))
            else:
                changes.append(FieldChange(name, current, value))
        return changes

    def _conflict(self, plan: PersonPlan, name: str, exported: Any, value: Any, row: int) -> Conflict:
        """Record a person's field changed both here and in the file; taking theirs sets it."""
        shown = self._shown_person
        header = self.sheet.field_header(name)
        if not header and name in ("first_name", "last_name"):
            header = self.sheet.field_header("full_name")

        def take() -> None:
            plan.values[name] = value

        conflict = _make_conflict(
            self.sheet.preview.name, row, name, header, shown(name, exported), shown(name, plan.base[name]),
            shown(name, value), take,
        )  # fmt: skip
        plan.conflicts[name] = (conflict, value)
        return conflict

    def _plan_record(
        self,
        person: PersonPlan,
        course: CourseInfo,
        completed: date,
        expires: date | None,
        evidence: str | None,
        row: int = 0,
        conflicts: list[Conflict] | None = None,
    ) -> tuple[RecordPlan, bool, list[FieldChange]]:
        key = (person, course.id, completed)
        plan = self.state.record_plans.get(key)
        created = False
        if plan is None:
            stored = self._stored_record(person, course, completed)
            if stored is None:
                plan = RecordPlan(person, course.id, completed, None, "")
                created = True
            else:
                record_id, record_uuid, stored_expiry, stored_evidence = stored
                plan = RecordPlan(
                    person,
                    course.id,
                    completed,
                    stored_expiry,
                    stored_evidence,
                    existing_id=record_id,
                    uuid=record_uuid,
                    base={"expires_on": stored_expiry, "evidence": stored_evidence},
                )
            self.state.record_plans[key] = plan
        changes = []
        exported = {}
        if plan.base is not None and conflicts is not None:
            exported = self.state.local.exported("training_record", plan.uuid)
        if expires is not None:
            effective = expiry_for(completed, course.validity_months, plan.expires_on)
            verdict = Verdict.TAKE
            if "expires_on" in exported and plan.base is not None:
                at_export = expiry_for(completed, course.validity_months, exported["expires_on"])
                ours = expiry_for(completed, course.validity_months, plan.base["expires_on"])
                verdict = judge(expires, ours, at_export)
                if verdict is Verdict.CONFLICT and "expires_on" not in plan.conflicts:
                    assert conflicts is not None
                    conflicts.append(self._record_conflict(plan, "expires_on", at_export, ours, expires, row))
            if verdict is Verdict.TAKE and expires != effective:
                if not created:
                    changes.append(FieldChange("expires_on", effective, expires))
                plan.expires_on = expires
        if evidence and evidence != plan.evidence:
            verdict = Verdict.TAKE
            if "evidence" in exported and plan.base is not None:
                verdict = judge(evidence, plan.base["evidence"], exported["evidence"])
                if verdict is Verdict.CONFLICT and "evidence" not in plan.conflicts:
                    assert conflicts is not None
                    conflicts.append(
                        self._record_conflict(
                            plan, "evidence", exported["evidence"], plan.base["evidence"], evidence, row
                        )
                    )
            if verdict is Verdict.TAKE:
                if not created:
                    changes.append(FieldChange("evidence", plan.evidence, evidence))
                plan.evidence = evidence
        return plan, created, changes

    def _record_conflict(
        self, plan: RecordPlan, name: str, exported: Any, ours: Any, value: Any, row: int
    ) -> Conflict:
        def take() -> None:
            setattr(plan, name, value)

        conflict = _make_conflict(
            self.sheet.preview.name, row, name, self.sheet.field_header(name), exported, ours, value, take
        )
        plan.conflicts[name] = (conflict, value)
        return conflict

    def _stored_record(
        self, person: PersonPlan, course: CourseInfo, completed: date
    ) -> tuple[int, str, date | None, str] | None:
        """The stored completion of ``course`` on that day; in a matrix, a renewing course's too.

        A matrix column shows the completion that counts for its course, which may be of a
        refresher that renews it (HO-RFR under HO-AWR): that is the same completion, not a new one.
        """
        if person.is_new:
            return None
        records = self.state.records
        stored = records.get((person.existing_id, course.id, completed))
        if stored is None and self.kind == "matrix":
            for renewing in course.renewed_by:
                stored = records.get((person.existing_id, renewing, completed))
                if stored is not None:
                    break
        return stored

    def _warn_new_org(self, org: OrgPlan, row: int) -> None:
        if org in self.state.warned_orgs:
            return
        self.state.warned_orgs.add(org)
        self.sheet.warn(
            row,
            self.sheet.field_header("organisation"),
            _(
                "“{name}” is not an organisation in the database: it will be added "
                "(check its sector afterwards)."
            ).format(name=org.name),
        )


def _clean(value: object, limit: int) -> str | None:
    """Text that ``RowReader.text`` gives back unchanged (tidy, at most ``limit`` long); else None.

    None means "read it the plain way": a blank, a number, a date, text to trim or too long.
    """
    if (
        type(value) is str
        and len(value) <= limit
        and value.isprintable()
        and "  " not in value
        and value[:1] != " " != value[-1:]
    ):
        return value
    return None


def identifies_person(fields: dict[str, int]) -> bool:
    return any(f in fields for f in _IDENTIFIERS)


def _make_conflict(
    sheet: str, row: int, name: str, header: str, exported: Any, ours: Any, theirs: Any, take: Callable
) -> Conflict:
    message = _(
        "Changed here since the export (from “{exported}” to “{ours}”) and in the file (to "
        "“{theirs}”): choose which to keep."
    ).format(exported=shown_value(exported), ours=shown_value(ours), theirs=shown_value(theirs))
    return Conflict(sheet, row, name, header, exported, ours, theirs, message, take=take)
