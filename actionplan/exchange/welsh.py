"""Workbook headers and values in Welsh: what an export writes in Welsh, and what the importer reads.

An export made in Welsh (``--lang cy`` or the Welsh window) writes the Welsh headers below and
the Welsh words for statuses, RAG ratings, sectors and Yes/No; the importer reads Welsh headers
and words as well as English ones, whatever the language in use, so a Welsh partner's return
imports anywhere. The Welsh follows docs/welsh-glossary.md.
"""

from actionplan import i18n

# English export header -> Welsh header. Every header of a sheet the importer reads is here.
WELSH_HEADERS: dict[str, str] = {
    "Ref": "Cyf",
    "Action": "Cam gweithredu",
    "Theme": "Thema",
    "Lead organisation": "Sefydliad arweiniol",
    "Owner": "Perchennog",
    "Partners": "Partneriaid",
    "Due date": "Dyddiad erbyn",
    "Status": "Statws",
    "Progress": "Cynnydd",
    "RAG": "RAG",
    "Latest update": "Diweddariad diweddaraf",
    "Start date": "Dyddiad dechrau",
    "Completed": "Cwblhawyd",
    "Objective": "Amcan",
    "Description": "Disgrifiad",
    "Statutory": "Statudol",
    "Evidence": "Tystiolaeth",
    "Notes": "Nodiadau",
    "Record ID": "ID Cofnod",
    "Staff No": "Rhif staff",
    "Forename": "Enw cyntaf",
    "Surname": "Cyfenw",
    "Email": "E-bost",
    "Job title": "Teitl swydd",
    "Role group": "Grŵp rôl",
    "Organisation": "Sefydliad",
    "Team": "Tîm",
    "Key personnel": "Personél allweddol",
    "Leaving date": "Dyddiad gadael",
    "Course": "Cwrs",
    "Completion date": "Dyddiad cwblhau",
    "Expiry date": "Dyddiad dod i ben",
    "Person record ID": "ID cofnod y person",
    "Requirement": "Gofyniad",
    "Audience": "Cynulleidfa",
    "Deadline": "Terfyn amser",
    "Target %": "Targed %",
    "In audience": "Yn y gynulleidfa",
    "Compliant": "Yn cydymffurfio",
    "Expiring": "Ar fin dod i ben",
    "Expired": "Wedi dod i ben",
    "Due": "Yn ddyledus",
    "Overdue": "Yn hwyr",
    "Exempt": "Wedi'i eithrio",
    "% trained": "% wedi'u hyfforddi",
    "Requirement ID": "ID y gofyniad",
    "Short name": "Enw byr",
    "Sector": "Sector",
    "Specified authority": "Awdurdod penodedig",
    "Prevent contact": "Cyswllt Prevent",
    "Prevent contact email": "E-bost cyswllt Prevent",
    "Organisation record ID": "ID cofnod y sefydliad",
    "Section": "Adran",
    "Question ID": "ID Cwestiwn",
    "Question": "Cwestiwn",
    "Rating": "Sgôr",
    "Commentary": "Sylwebaeth",
    "Suggested rating": "Sgôr a awgrymir",
    "Why suggested": "Pam ei awgrymu",
    "Last year": "Y llynedd",
    "Assessor": "Aseswr",
    "Date": "Dyddiad",
}
# Welsh headers partners write that are not an export header: field -> words.
EXTRA_WELSH: dict[str, tuple[str, ...]] = {
    "full_name": ("Enw", "Enw llawn"),
    "first_name": ("Enw cyntaf",),
    "last_name": ("Cyfenw",),
    "organisation": ("Sefydliad", "Enw'r sefydliad"),
    "completed_on": ("Dyddiad cwblhau", "Cwblhawyd ar"),
    "title": ("Teitl", "Teitl y cam gweithredu"),
}
YES_WORDS = frozenset({"ie", "ydy", "ydi", "oes", "do"})
NO_WORDS = frozenset({"na", "nac ydy", "nac ydi", "nac oes", "naddo"})


def header(english: str) -> str:
    """The header to write for ``english``: itself, or its Welsh in a Welsh session."""
    if i18n.current_language() == "cy":
        return WELSH_HEADERS.get(english, english)
    return english


def yes_no(flag: bool) -> str:
    """Yes or No in the session's language ("Ie"/"Na" in Welsh)."""
    if i18n.current_language() == "cy":
        return "Ie" if flag else "Na"
    return "Yes" if flag else "No"


def with_welsh(synonyms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``synonyms`` (field -> English headers) with the Welsh of each header added after them."""
    result = {}
    for field_name, words in synonyms.items():
        welsh = tuple(WELSH_HEADERS[w] for w in words if w in WELSH_HEADERS)
        extra = EXTRA_WELSH.get(field_name, ())
        added = tuple(dict.fromkeys(w for w in (*welsh, *extra) if w not in words))
        result[field_name] = words + added
    return result
