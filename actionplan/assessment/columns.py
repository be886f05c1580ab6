"""The headers an assessment workbook's columns go by, for the importer (plain data, no imports).

The first spelling of each field is the one ``actionplan assessment export`` writes.
"""

ASSESSMENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_id": ("Record ID", "Record UUID", "UUID", "Answer record ID"),
    "question_id": (
        "Question ID", "Question no", "Question number", "Question ref", "Question reference",
        "Benchmark ID", "Benchmark no",
    ),
    "question": (
        "Question", "Questions", "Prompt question", "Prompt", "Benchmark question", "Criterion",
        "Criteria", "Assessment question",
    ),
    "section": ("Section", "Benchmark", "Toolkit section", "Area of assessment"),
    "rating": (
        "Rating", "Self-assessment rating", "Assessment rating", "Judgement", "Our rating",
        "RAG rating", "RAG", "Score",
    ),
    "commentary": (
        "Commentary", "Comments", "Comment", "Narrative", "Assessor comments", "Commentary and evidence",
        "Notes",
    ),
    "evidence": ("Evidence", "Evidence links", "Supporting evidence"),
    "suggested": ("Suggested rating", "Suggestion"),
    "reasons": ("Why suggested", "Suggestion reasons", "Reasons"),
    "last_year": ("Last year", "Last year's rating", "Previous rating", "Previous year"),
    "assessor": ("Assessor", "Assessed by", "Rated by"),
    "answered_on": ("Date", "Date assessed", "Assessed on", "Date rated"),
}  # fmt: skip

# Columns shown for reading only: mapped (so they are not reported as unknown) but never applied.
READ_ONLY = frozenset({"question", "section", "evidence", "suggested", "reasons", "last_year", "answered_on"})
