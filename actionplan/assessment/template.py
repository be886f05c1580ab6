"""Self-assessment templates: sections and questions as data, from the package, a JSON file or a workbook.

A template is plain data, checked here before anything is stored::

    {"format": "actionplan-assessment-template", "version": 1,
     "key": "prevent-la-2024", "name": "...", "description": "...",
     "sections": [{"key": "A", "title": "...", "themes": ["...", "..."],
                   "aggregate_only": false, "note": "...",
                   "questions": [{"key": "A1", "text": "...", "guidance": "...",
                                  "action": "...", "evidence": ["documents", "meetings"],
                                  "suggest": "meeting_frequency"}]}]}

Only ``key``, ``name``, the sections' ``title`` and the questions' ``text`` are required. A
workbook template is one sheet with the columns Section and Question (and optionally Question
ID, Guidance, Evidence, Suggestion and Theme), one question a row. docs/assessment.md
describes both.
"""

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from actionplan.domain.text import match_key, tidy
from actionplan.errors import FileFormatError, ValidationError
from actionplan.i18n import _

FORMAT = "actionplan-assessment-template"
EVIDENCE_KINDS = ("actions", "requirements", "meetings", "documents")
# The templates shipped in actionplan/templates, by key: the file holding each.
BUILT_IN = {"prevent-la-2024": "prevent-assessment.json"}
MAX_QUESTIONS = 500
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    text: str
    guidance: str = ""
    action: str = ""  # the title of the action a gap here becomes ("Agree a venue-hire policy")
    evidence: tuple[str, ...] = ()
    suggest: str = ""  # the rule that suggests a rating from the data ("" for none)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    questions: tuple[QuestionSpec, ...]
    themes: tuple[str, ...] = ()  # the plan themes a gap's action goes into, first found wins
    aggregate_only: bool = False  # Channel: aggregate information only, never case data
    note: str = ""


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    name: str
    sections: tuple[SectionSpec, ...]
    description: str = ""
    source: str = "built-in"

    @property
    def questions(self) -> list[QuestionSpec]:
        return [q for s in self.sections for q in s.questions]


def _text(value: Any, where: str, *, required: bool = True, limit: int = 2000) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(_("{where} must be text.").format(where=where))
    text = tidy(value) if "\n" not in value else value.strip()
    if required and not text:
        raise ValidationError(_("{where} is missing.").format(where=where))
    if len(text) > limit:
        raise ValidationError(
            _("{where} is {n} characters long; at most {limit} fit.").format(
                where=where, n=len(text), limit=limit
            )
        )
    return text


def _key(value: Any, where: str) -> str:
    text = _text(value, where, limit=60)
    if not _KEY.match(text):
        raise ValidationError(
            _("{where} “{key}” may hold only letters, digits, dots, dashes and underscores.").format(
                where=where, key=text
            )
        )
    return text


def parse_template(data: Any, *, source: str = "built-in") -> TemplateSpec:
    """Check template data and return it as a TemplateSpec.

    Raises:
        ValidationError: one sentence naming the first problem (which section or question).
    """
    from actionplan.assessment.suggestions import known_rule

    if not isinstance(data, dict):
        raise ValidationError(_("A template must be a JSON object with a key, a name and sections."))
    if data.get("format", FORMAT) != FORMAT:
        raise ValidationError(
            _("This file is not a self-assessment template (its format is “{found}”).").format(
                found=data.get("format")
            )
        )
    key = _key(data.get("key"), _("The template's key"))
    name = _text(data.get("name"), _("The template's name"), limit=200)
    sections_data = data.get("sections")
    if not isinstance(sections_data, list) or not sections_data:
        raise ValidationError(_("The template “{name}” has no sections.").format(name=name))
    sections: list[SectionSpec] = []
    seen_sections: set[str] = set()
    seen_questions: set[str] = set()
    for s_index, section in enumerate(sections_data, start=1):
        if not isinstance(section, dict):
            raise ValidationError(_("Section {n} must be an object.").format(n=s_index))
        s_where = _("Section {n}").format(n=s_index)
        s_key = _key(
            section.get("key") or _section_key(s_index), _("The key of {where}").format(where=s_where)
        )
        if match_key(s_key) in seen_sections:
            raise ValidationError(_("Two sections have the key “{key}”.").format(key=s_key))
        seen_sections.add(match_key(s_key))
        title = _text(section.get("title"), _("The title of {where}").format(where=s_where), limit=200)
        questions_data = section.get("questions")
        if not isinstance(questions_data, list) or not questions_data:
            raise ValidationError(_("The section “{title}” has no questions.").format(title=title))
        questions = []
        for q_index, question in enumerate(questions_data, start=1):
            if not isinstance(question, dict):
                raise ValidationError(
                    _("Question {n} of “{title}” must be an object.").format(n=q_index, title=title)
                )
            q_where = _("question {n} of “{title}”").format(n=q_index, title=title)
            q_key = _key(
                question.get("key") or f"{s_key}{q_index}", _("The key of {where}").format(where=q_where)
            )
            if match_key(q_key) in seen_questions:
                raise ValidationError(_("Two questions have the key “{key}”.").format(key=q_key))
            seen_questions.add(match_key(q_key))
            evidence = question.get("evidence") or []
            if isinstance(evidence, str):
                evidence = [e for e in re.split(r"[,;]", evidence) if e.strip()]
            kinds = []
            for kind in evidence:
                found = _evidence_kind(kind)
                if found is None:
                    raise ValidationError(
                        _("“{kind}” in {where} is not a kind of evidence: use {kinds}.").format(
                            kind=kind, where=q_where, kinds=", ".join(EVIDENCE_KINDS)
                        )
                    )
                kinds.append(found)
            rule = _text(question.get("suggest"), q_where, required=False, limit=60)
            if rule and not known_rule(rule):
                raise ValidationError(
                    _("“{rule}” in {where} is not a suggestion rule (see docs/assessment.md).").format(
                        rule=rule, where=q_where
                    )
                )
            questions.append(
                QuestionSpec(
                    key=q_key,
                    text=_text(question.get("text"), _("The text of {where}").format(where=q_where)),
                    guidance=_text(question.get("guidance"), q_where, required=False),
                    action=_text(question.get("action"), q_where, required=False, limit=500),
                    evidence=tuple(dict.fromkeys(kinds)),
                    suggest=rule,
                )
            )
        themes = section.get("themes") or []
        if isinstance(themes, str):
            themes = [themes]
        sections.append(
            SectionSpec(
                key=s_key,
                title=title,
                questions=tuple(questions),
                themes=tuple(_text(t, s_where, limit=200) for t in themes if str(t).strip()),
                aggregate_only=bool(section.get("aggregate_only", False)),
                note=_text(section.get("note"), s_where, required=False),
            )
        )
    if len(seen_questions) > MAX_QUESTIONS:
        raise ValidationError(
            _("The template has {n} questions; at most {limit} fit.").format(
                n=len(seen_questions), limit=MAX_QUESTIONS
            )
        )
    return TemplateSpec(
        key=key,
        name=name,
        sections=tuple(sections),
        description=_text(data.get("description"), _("The template's description"), required=False),
        source=source,
    )


def _section_key(index: int) -> str:
    """A, B, ... Z, then S27, S28 ..."""
    return chr(ord("A") + index - 1) if index <= 26 else f"S{index}"


def _evidence_kind(text: Any) -> str | None:
    key = match_key(str(text))
    for kind in EVIDENCE_KINDS:
        if key in (kind, kind.rstrip("s"), match_key(_(kind))):
            return kind
    aliases = {
        "training": "requirements",
        "document": "documents",
        "docs": "documents",
        "minutes": "meetings",
    }
    return aliases.get(key)


def built_in_template(key: str) -> TemplateSpec:
    """A template shipped with the application, by key."""
    file_name = BUILT_IN.get(key)
    if file_name is None:
        raise ValidationError(
            _("There is no built-in self-assessment template called “{key}”: choose one of {keys}.").format(
                key=key, keys=", ".join(BUILT_IN)
            )
        )
    text = resources.files("actionplan.templates").joinpath(file_name).read_text(encoding="utf-8")
    return parse_template(json.loads(text))


def read_template_file(path: str | Path) -> TemplateSpec:
    """A template from a JSON file, or from a workbook (.xlsx, .xlsm, .ods, .csv) laid out one question a row.

    Raises:
        FileFormatError: the file cannot be read.
        ValidationError: the file is read but is not a usable template.
    """
    path = Path(path)
    if not path.is_file():
        raise FileFormatError(_("There is no file at {path}.").format(path=path))
    if path.suffix.casefold() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FileFormatError(
                _("{name} is not a JSON file ({reason}).").format(name=path.name, reason=exc)
            ) from exc
        except OSError as exc:
            raise FileFormatError(
                _("Cannot read {name}: {reason}.").format(name=path.name, reason=exc.strerror or exc)
            ) from exc
        return parse_template(data, source=path.name)
    return parse_template(_workbook_data(path), source=path.name)


# Header words of a workbook template, by field.
_WORKBOOK_COLUMNS = {
    "section": ("section", "benchmark", "area", "requirement", "section title"),
    "key": ("question id", "id", "ref", "reference", "no", "number", "question number"),
    "text": ("question", "questions", "prompt", "prompt question", "criterion", "criteria"),
    "guidance": ("guidance", "what good looks like", "notes", "good practice", "example"),
    "action": ("action", "action if not met", "improvement action", "suggested action"),
    "evidence": ("evidence", "evidence kinds", "evidence type"),
    "suggest": ("suggestion", "suggestion rule", "rule"),
    "theme": ("theme", "action theme"),
}


def _workbook_data(path: Path) -> dict[str, Any]:
    from actionplan.exchange.reader import read_file

    sheets = read_file(path)
    wanted = {name: {match_key(w) for w in words} for name, words in _WORKBOOK_COLUMNS.items()}
    for sheet in sheets:
        for index, row in enumerate(sheet.rows[:30]):
            columns: dict[str, int] = {}
            for column, value in enumerate(row):
                key = match_key(str(value)) if isinstance(value, str) else ""
                for field_name, words in wanted.items():
                    if key in words and field_name not in columns:
                        columns[field_name] = column
            if "section" in columns and "text" in columns:
                return _rows_to_data(path, sheet.rows[index + 1 :], columns)
    raise ValidationError(
        _("{name} has no sheet with a Section and a Question column, so it is not a template.").format(
            name=path.name
        )
    )


def _rows_to_data(path: Path, rows: list[list[object]], columns: dict[str, int]) -> dict[str, Any]:
    def cell(row: list[object], name: str) -> str:
        column = columns.get(name)
        value = row[column] if column is not None and column < len(row) else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return tidy(value) if value is not None else ""

    sections: dict[str, dict[str, Any]] = {}
    for row in rows:
        title, text = cell(row, "section"), cell(row, "text")
        if not title and not text:
            continue
        if not title or not text:
            raise ValidationError(
                _("In {name}, every question needs its section and its text: “{value}” lacks one.").format(
                    name=path.name, value=title or text
                )
            )
        section = sections.setdefault(
            match_key(title),
            {"key": _section_key(len(sections) + 1), "title": title, "questions": [], "themes": []},
        )
        theme = cell(row, "theme")
        if theme and theme not in section["themes"]:
            section["themes"].append(theme)
        question: dict[str, Any] = {"text": text}
        for name in ("key", "guidance", "action", "evidence", "suggest"):
            if cell(row, name):
                question[name] = cell(row, name)
        section["questions"].append(question)
    if not sections:
        raise ValidationError(_("{name} has no questions under its headings.").format(name=path.name))
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._") or "template"
    return {
        "key": stem[:60],
        "name": tidy(path.stem.replace("_", " "))[:200],
        "sections": list(sections.values()),
    }
