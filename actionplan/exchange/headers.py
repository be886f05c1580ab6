"""The catalogue of importable fields, and finding and mapping a sheet's header row."""

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from actionplan.assessment.columns import ASSESSMENT_SYNONYMS
from actionplan.domain.text import match_key, tidy
from actionplan.exchange.values import clean_text
from actionplan.exchange.welsh import with_welsh

KINDS = ("people", "training", "matrix", "actions", "organisations", "assessment")
EXACT = 1.0
STRIPPED = 0.95  # exact once a bracketed note is removed: "Start date (dd/mm/yyyy)"
FUZZY_CUTOFF = 0.8
MIN_FUZZY_KEY = 4  # keys shorter than this ("kp", "no") match exactly or not at all
COURSE_PREFIX = "course:"  # an override value naming a matrix course: "course:WRAP"

PERSON_IDENTIFIERS = ("record_id", "staff_number", "full_name", "email", "first_name", "last_name")

_RECORD_ID = ("Record ID", "Record UUID", "UUID")

PEOPLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": _RECORD_ID + ("Person record ID",),
    "staff_number": (
        "Staff No", "Staff Number", "Staff ID", "Staff ref", "Employee ID", "Employee No",
        "Employee Number", "Payroll number", "Payroll No", "Payroll ID", "Personnel number",
        "Collar No", "Collar Number", "Shoulder number", "Warrant No", "Warrant Number",
        "Pay No", "Pay Number", "Payroll", "Payroll ref", "Emp no", "Emp ID", "ID",
    ),
    "first_name": ("Forename", "Forenames", "First name", "First names", "Given name"),
    "last_name": ("Surname", "Last name", "Family name"),
    "full_name": (
        "Name", "Full name", "Officer", "Officer name", "Employee", "Employee name",
        "Staff name", "Staff member", "Member of staff", "Attendee", "Attendee name",
        "Learner", "Learner name", "Delegate", "Delegate name", "Person",
    ),
    "email": (
        "Email", "E-mail", "Email address", "E-mail address", "Work email",
        "Work email address", "Email (work)",
    ),
    "job_title": ("Job title", "Post", "Post title", "Role", "Position", "Job role", "Rank"),
    "role_group": ("Role group", "Staff group", "Category", "Staff category", "Role category"),
    "organisation": (
        "Organisation", "Organization", "Organisation name", "Agency", "Employer", "Partner",
        "Partner agency", "Partner organisation", "Org",
    ),
    "team": (
        "Team", "Directorate", "Service", "Department", "Dept", "Unit", "School", "Site",
        "Division", "Station",
    ),
    "key_personnel": ("Key personnel", "Key person", "KP", "Key staff", "Key personnel (Y/N)"),
    "start_date": (
        "Start date", "Start", "Started", "Date started", "Joined", "Date joined", "Joining date",
        "Date of appointment", "Employment start date", "Starter date",
    ),
    "leaving_date": (
        "Leaving date", "End date", "Left", "Date left", "Leaver date", "Leave date",
        "Termination date",
    ),
}  # fmt: skip

TRAINING_SYNONYMS: dict[str, tuple[str, ...]] = {
    **PEOPLE_SYNONYMS,
    "course": (
        "Course", "Course title", "Course name", "Course code", "Training", "Training course",
        "Module", "Module name", "Module title",
    ),
    "completed_on": (
        "Completion date", "Completed", "Completed on", "Date completed", "Completed date",
        "Date of completion", "Date passed", "Passed", "Date attended", "Attended",
        "Training date", "Date of training", "Date done", "Done on", "Date taken", "Taken on",
    ),
    "expires_on": (
        "Expiry date", "Expiry", "Expires", "Expires on", "Valid until", "Renewal date",
        "Due for renewal", "Refresher due",
    ),
    "evidence": ("Evidence", "Evidence reference", "Certificate", "Certificate number"),
}  # fmt: skip

ACTION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": _RECORD_ID + ("Action record ID",),
    "ref": (
        "No.", "Number", "Ref", "Reference", "Ref no", "ID", "Action no", "Action number",
        "Action ref", "Action ID",
    ),
    "title": ("Action", "Actions", "Title", "Action title", "Action description", "Task"),
    "description": ("Description", "Detail", "Details", "Further detail", "Action detail"),
    "theme": ("Theme", "Strand", "Priority", "Priority area", "Workstream", "Section"),
    "objective": (
        "Objective", "Objectives", "Aim", "Outcome", "Intended outcome", "Strategic objective",
    ),
    "lead_organisation": (
        "Lead", "Lead agency", "Lead organisation", "Lead organization", "Lead partner",
        "Lead org", "Responsible agency", "Responsible organisation", "Organisation",
        "Organisation name", "Organization",
    ),
    "owner": (
        "Lead officer", "Owner", "Action owner", "Responsible officer", "Responsible person",
        "Lead person", "Named lead",
    ),
    "partners": (
        "Partners", "Supporting partners", "Partner agencies", "Supporting agencies",
        "Other partners", "Partners involved", "Contributing partners", "Supported by",
    ),
    "start_date": ("Start date", "Start", "Started", "Date started"),
    "due_date": (
        "Target date", "Target completion date", "Deadline", "Due", "Due date", "Due by",
        "Timescale", "Timescales", "Completion by", "By when", "Target",
    ),
    "completed_on": (
        "Completed", "Completed on", "Completion date", "Date completed",
        "Actual completion date", "Date closed", "Date done", "Done on",
    ),
    "status": ("Status", "Current status", "Action status"),
    "progress": ("Progress", "% complete", "Percent complete", "Percentage complete", "% done"),
    "rag": ("RAG", "RAG rating", "RAG status", "BRAG", "BRAG rating", "Rating"),
    "statutory": (
        "Statutory", "Statutory duty", "Statutory requirement", "Statutory or good practice",
    ),
    "evidence": (
        "Evidence", "Evidence of progress", "Evidence of impact", "Evidence of completion",
        "Measures of success", "Success measures",
    ),
    "notes": ("Notes", "Note", "Additional notes", "Other notes", "Remarks"),
    "update": (
        "Progress update", "Update", "Latest update", "Updates", "Comments", "Comment",
        "Notes on progress", "Progress notes", "Progress comments", "Commentary",
        "Latest position", "Current position",
    ),
}  # fmt: skip

# A list of partner organisations and their Prevent contacts. Its UUID column is called
# "Organisation record ID": a plain "Record ID" would make the sheet read as a staff list.
ORGANISATION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": ("Organisation record ID", "Organisation UUID"),
    "organisation": (
        "Organisation", "Organization", "Organisation name", "Agency", "Partner", "Partner agency",
        "Partner organisation", "Org",
    ),
    "short_name": ("Short name", "Abbreviation", "Known as"),
    "sector": ("Sector", "Organisation type", "Type of organisation"),
    "specified_authority": ("Specified authority", "Specified", "Prevent duty applies"),
    "contact_name": (
        "Prevent contact", "Prevent contact name", "Prevent lead", "Prevent lead name", "Contact",
        "Contact name", "Named contact", "Single point of contact", "SPOC",
    ),
    "contact_email": (
        "Prevent contact email", "Prevent lead email", "Contact email", "Contact email address",
        "Email", "Email address", "E-mail", "E-mail address",
    ),
}  # fmt: skip
ORGANISATION_DETAILS = frozenset(
    {"short_name", "sector", "specified_authority", "contact_name", "contact_email"}
)

# Welsh headers too, whatever the language in use: a Welsh partner's return imports anywhere.
PEOPLE_SYNONYMS = with_welsh(PEOPLE_SYNONYMS)
TRAINING_SYNONYMS = with_welsh(TRAINING_SYNONYMS)
ACTION_SYNONYMS = with_welsh(ACTION_SYNONYMS)
ORGANISATION_SYNONYMS = with_welsh(ORGANISATION_SYNONYMS)

CATALOGUE: dict[str, dict[str, tuple[str, ...]]] = {
    "people": PEOPLE_SYNONYMS,
    "training": TRAINING_SYNONYMS,
    "matrix": PEOPLE_SYNONYMS,
    "actions": ACTION_SYNONYMS,
    "assessment": ASSESSMENT_SYNONYMS,
    "organisations": ORGANISATION_SYNONYMS,
}


@dataclass(frozen=True)
class CourseName:
    """A course as header matching needs it: the code and every name it goes by."""

    code: str
    names: list[str] = field(default_factory=list)


@dataclass
class HeaderMatch:
    """How one column's header was understood.

    Attributes:
        column: 0-based column index.
        header: the header text as in the file ("" for an empty header cell).
        field: the canonical field, or None when the column is not imported.
        confidence: 1.0 for a known spelling or a user's choice, lower for a near miss.
        course: for a matrix, the code of the course the column holds dates for.
    """

    column: int
    header: str
    field: str | None = None
    confidence: float = 0.0
    course: str | None = None


@dataclass
class ColumnMapping:
    """The columns of a sheet mapped to fields (and, for a matrix, to courses)."""

    kind: str | None
    columns: list[HeaderMatch]

    @property
    def field_columns(self) -> dict[str, int]:
        return {m.field: m.column for m in self.columns if m.field is not None}

    @property
    def course_columns(self) -> dict[int, str]:
        return {m.column: m.course for m in self.columns if m.course is not None}

    @property
    def unmapped(self) -> list[HeaderMatch]:
        """Columns with a header that are not imported."""
        return [m for m in self.columns if m.header and m.field is None and m.course is None]


# Short forms partners write in headers, read as the word they stand for before matching:
# "Emp no" is "Employee number", "Org" is "Organisation", "Dept" is "Department".
ABBREVIATIONS: dict[str, str] = {
    "org": "organisation", "orgn": "organisation", "organization": "organisation",
    "dept": "department", "emp": "employee", "empl": "employee", "no": "number",
    "num": "number", "nbr": "number", "ref": "reference", "compl": "completion",
    "exp": "expiry", "dt": "date", "desc": "description", "resp": "responsible",
}  # fmt: skip
ABBREVIATED = 0.97  # a known spelling once its short forms are written out


# ---------------------------------------------------------------- synonym lookup


def _expand(text: str) -> str:
    """Write out the short forms in a header: "Emp. no" -> "employee number"."""
    words = re.findall(r"[^\W_]+", text.lower())
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def _strip_note(text: str) -> str:
    """Remove bracketed notes: "Key Personnel (Y/N)" -> "Key Personnel"."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)


@lru_cache(maxsize=8)
def _index(kind: str | None) -> tuple[dict[str, str], tuple[str, ...]]:
    """Synonym keys -> field for a kind (None: every kind), and the keys for fuzzy matching."""
    catalogues = [CATALOGUE[kind]] if kind else list(CATALOGUE.values())
    exact: dict[str, str] = {}
    for catalogue in catalogues:
        for name, synonyms in catalogue.items():
            for key in (match_key(name), *(match_key(s) for s in synonyms)):
                if key:
                    exact.setdefault(key, name)
    return exact, tuple(k for k in exact if len(k) >= MIN_FUZZY_KEY)


@lru_cache(maxsize=4096)
def match_field(header: str, kind: str | None = None) -> tuple[str | None, float]:
    """Find the field a header names, for ``kind`` (None: any kind).

    Returns:
        The field and the confidence: 1.0 for a known spelling, 0.97 once its short forms
        are written out ("Emp no", "Org name"), 0.95 once a bracketed note is removed, the
        difflib ratio of the nearest spelling when it is at least 0.8; otherwise (None, 0.0).
    """
    exact, fuzzy_keys = _index(kind)
    key = match_key(header)
    if not key:
        return None, 0.0
    if key in exact:
        return exact[key], EXACT
    expanded = match_key(_expand(header))
    if expanded and expanded in exact:
        return exact[expanded], ABBREVIATED
    stripped = match_key(_strip_note(header))
    if stripped and stripped in exact:
        return exact[stripped], STRIPPED
    expanded = match_key(_expand(_strip_note(header)))
    if expanded and expanded in exact:
        return exact[expanded], STRIPPED
    if len(key) < MIN_FUZZY_KEY or len(key) > 60:
        return None, 0.0
    best, best_ratio = None, 0.0
    matcher = difflib.SequenceMatcher(None, b=key)
    for candidate in fuzzy_keys:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < FUZZY_CUTOFF or matcher.quick_ratio() < FUZZY_CUTOFF:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = candidate, ratio
    if best is None or best_ratio < FUZZY_CUTOFF:
        return None, 0.0
    return exact[best], round(best_ratio, 3)


def match_course(text: object, courses: Iterable[CourseName] | None) -> str | None:
    """Find the course a header or cell names, by code, name or alias (exact keys).

    "WRAP", "Workshop to Raise Awareness of Prevent", "HO Prevent Awareness" (an alias) and
    "Course 2" (an alias) all match, ignoring case, spaces and punctuation. A name that two
    courses share gives None, so the user chooses.
    """
    key = match_key(clean_text(text))
    if not key or not courses:
        return None
    found = {c.code for c in courses if key in {match_key(n) for n in (c.code, *c.names)}}
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- header row


def _cell_text(value: object) -> str:
    return (clean_text(value) or "") if isinstance(value, str) else ""


def find_header_row(
    rows: Sequence[Sequence[object]], *, courses: Sequence[CourseName] | None = None, scan: int = 30
) -> int | None:
    """Find the header row: title rows, merged titles and notes above it are skipped.

    Among the first ``scan`` rows, the header is the one with the most cells naming a
    known field (of any kind) or a course, with at least two such cells, and mostly text.
    The first of equally good rows wins.

    Returns:
        The 0-based row index, or None when no row looks like a header.
    """
    best_row, best_count = None, 1
    for index, row in enumerate(rows[:scan]):
        filled = [v for v in row if v is not None and tidy(v) != ""]
        if len(filled) < 2:
            continue
        texts = [_cell_text(v) for v in filled]
        if sum(1 for t in texts if t) < 0.75 * len(filled):
            continue
        count = sum(1 for t in texts if t and (match_field(t)[0] or match_course(t, courses)))
        if count > best_count:
            best_row, best_count = index, count
    return best_row


# ---------------------------------------------------------------- column mapping


def _override_for(
    column: int, header: str, overrides: Mapping[int | str, str | None] | None
) -> tuple[bool, str | None]:
    if not overrides:
        return False, None
    if column in overrides:
        return True, overrides[column]
    key = match_key(header)
    for given, target in overrides.items():
        if isinstance(given, str) and key and match_key(given) == key:
            return True, target
    return False, None


def _map_for_kind(
    headers: list[str],
    kind: str,
    courses: Sequence[CourseName] | None,
    overrides: Mapping[int | str, str | None] | None,
) -> list[HeaderMatch]:
    fields = CATALOGUE[kind]
    matches: list[HeaderMatch] = []
    for column, header in enumerate(headers):
        match = HeaderMatch(column=column, header=header)
        matches.append(match)
        chosen, target = _override_for(column, header, overrides)
        if chosen:
            if target is None:
                continue
            if target.startswith(COURSE_PREFIX):
                if kind != "matrix":
                    raise ValueError(f"{target!r} only applies to a matrix")
                match.course, match.confidence = target[len(COURSE_PREFIX) :], EXACT
            elif target in fields:
                match.field, match.confidence = target, EXACT
            else:
                raise ValueError(f"{target!r} is not a field of {kind}")
            continue
        if not header:
            continue
        name, confidence = match_field(header, kind)
        if kind == "matrix" and confidence < EXACT and (code := match_course(header, courses)):
            match.course, match.confidence = code, EXACT
        elif name is not None:
            match.field, match.confidence = name, confidence
    _drop_repeats(matches)
    return matches


def _drop_repeats(matches: list[HeaderMatch]) -> None:
    """Keep one column per field: the most confident, then the leftmost."""
    best: dict[str, HeaderMatch] = {}
    for match in matches:
        if match.field is None:
            continue
        kept = best.get(match.field)
        if kept is None or match.confidence > kept.confidence:
            best[match.field] = match
    for match in matches:
        if match.field is not None and best[match.field] is not match:
            match.field, match.confidence = None, 0.0


def detect_kind(columns: Sequence[HeaderMatch], course_count: int) -> str | None:
    """Name the kind a sheet's mapped columns point to (see ``map_columns``)."""
    fields = {m.field for m in columns if m.field}
    if fields & {"question", "question_id"} and fields & {"rating", "commentary"}:
        return "assessment"
    if "title" in fields and fields & {"due_date", "lead_organisation", "rag"}:
        return "actions"
    has_person = bool(fields & set(PERSON_IDENTIFIERS))
    if "course" in fields and "completed_on" in fields:
        return "training"
    if course_count and has_person:
        return "matrix"
    # Only the organisations catalogue has these fields. An email alone beside an organisation
    # is a staff list's, as it always was; a contact's name, sector or short name is not.
    if fields & (ORGANISATION_DETAILS - {"contact_email"}) and fields & {"organisation", "record_id"}:
        return "organisations"
    if has_person:
        return "people"
    return None


def _looks_like_people(headers: list[str], action_columns: Sequence[HeaderMatch]) -> bool:
    """A staff list with a "Title" (Mr, Dr) and an "Organisation" column is not an action plan.

    Only when nothing but a title and an organisation point to actions (no due date, RAG or
    status) and the same headers name at least two person identifiers.
    """
    fields = {m.field for m in action_columns if m.field}
    if fields & {"due_date", "rag", "status"}:
        return False
    person = {f for h in headers if h and (f := match_field(h, "people")[0]) in PERSON_IDENTIFIERS}
    return len(person) >= 2


def _names_people(headers: list[str]) -> bool:
    """Headers that name people (a name or staff number, not only an email): a staff list."""
    naming = set(PERSON_IDENTIFIERS) - {"email"}
    return any(h and match_field(h, "people")[0] in naming for h in headers)


def map_columns(
    header_cells: Sequence[object],
    kind: str | None = None,
    *,
    courses: Sequence[CourseName] | None = None,
    overrides: Mapping[int | str, str | None] | None = None,
) -> ColumnMapping:
    """Map a header row's cells to canonical fields, detecting the kind when not given.

    Detection: a question and a rating or commentary give "assessment" (a self-assessment);
    action fields (a title and a due date, lead organisation or RAG) give "actions"; a
    course column and a completion date give "training"; columns named after courses beside
    a person identifier give "matrix"; an organisation column beside a contact, sector or
    short name, with no column naming people, gives "organisations"; person identifiers
    alone give "people". When nothing fits, the kind is None and no column is mapped, so the
    user chooses the kind.

    Args:
        header_cells: the header row's values.
        kind: one of KINDS, or None to detect it.
        courses: the course catalogue, for matrix columns.
        overrides: the user's corrections, by column index or header text (compared
            ignoring case and punctuation): a field name, ``"course:CODE"`` for a matrix
            column, or None to leave the column out. They take precedence.
    """
    headers = [clean_text(v) or "" for v in header_cells]
    if kind is not None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        return ColumnMapping(kind, _map_for_kind(headers, kind, courses, overrides))
    for candidate in ("assessment", "actions", "training", "matrix", "organisations", "people"):
        try:
            columns = _map_for_kind(headers, candidate, courses, overrides)
        except ValueError:  # an override naming a field this kind does not have
            continue
        course_count = sum(1 for m in columns if m.course)
        if detect_kind(columns, course_count) != candidate:
            continue
        if candidate == "actions" and _looks_like_people(headers, columns):
            continue
        if candidate == "organisations" and _names_people(headers):
            continue
        return ColumnMapping(candidate, columns)
    return ColumnMapping(None, [HeaderMatch(i, h) for i, h in enumerate(headers)])


# ---------------------------------------------------------------- section rows

_SECTION_WORD = re.compile(
    r"^(?:theme|section|strand|priority|workstream|objective|area|part)\s*"
    r"(?:(?P<num>\d+(?:\.\d+)*[a-z]?|[ivx]{1,5}|[a-z])\b)?\s*(?P<sep>[.:)\-–—]+)?\s*(?P<name>.*)$",
    re.IGNORECASE,
)
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,5}[.)]|\d{1,2}\))\s*(?:[:\-–—]\s*)?(?P<name>[^\W\d].*)$",
    re.IGNORECASE,
)
MAX_SECTION_LENGTH = 100


def section_theme(row: Sequence[object]) -> str | None:
    """Return the theme a section row names, or None when the row is not a section row.

    A section row has one non-empty cell, a short heading that is numbered or starts with
    Theme/Section/Strand/Priority/Workstream/Objective/Area/Part: "1. Leadership",
    "Theme 2 - Working in partnership", "Theme 3: Capabilities", "Section 2 – Training".
    The numbering and prefix are stripped. Unnumbered words alone ("Leadership") are not
    taken as sections: an action row with only its title filled would look the same.
    """
    filled = [v for v in row if v is not None and tidy(v) != ""]
    if len(filled) != 1 or not isinstance(filled[0], str):
        return None
    text = tidy(filled[0])
    if len(text) > MAX_SECTION_LENGTH:
        return None
    name = None
    if (m := _SECTION_WORD.match(text)) and (m["num"] or m["sep"]):
        name = m["name"] or (text if m["num"] else None)  # "Theme 2" alone keeps its label
    elif m := _SECTION_NUMBER.match(text):
        name = m["name"]
    if name is None:
        return None
    name = tidy(name).rstrip(":.-–— ")
    return name if any(c.isalpha() for c in name) else None
