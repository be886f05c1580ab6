"""Rows of an action plan: section rows set the theme; each action row is read, matched and planned."""

from collections.abc import Callable
from typing import Any

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.domain.rag import ActionFacts, compute_rag
from actionplan.domain.text import match_key
from actionplan.exchange.cells import RowReader, SheetInput
from actionplan.exchange.headers import section_theme
from actionplan.exchange.matching import ImportState, is_uuid, ref_key
from actionplan.exchange.plans import ActionPlanned, NamedPlan, OrgPlan, PersonPlan
from actionplan.exchange.preview import FieldChange, Outcome, RowOutcome
from actionplan.exchange.values import parse_bool, parse_rag, parse_status, split_list
from actionplan.i18n import _
from actionplan.storage.models import new_uuid

# The Action columns an import may set, and the defaults of a new action.
ACTION_DEFAULTS: dict[str, Any] = {
    "ref": "",
    "title": "",
    "description": "",
    "theme_id": None,
    "objective_id": None,
    "lead_organisation_id": None,
    "owner_id": None,
    "owner_name": "",
    "start_date": None,
    "due_date": None,
    "completed_on": None,
    "status": ActionStatus.NOT_STARTED.value,
    "progress": 0,
    "statutory": False,
    "evidence": "",
    "notes": "",
    "rag_override": None,
    "rag_override_reason": "",
}
_SHOWN_AS = {
    "theme_id": "theme",
    "objective_id": "objective",
    "lead_organisation_id": "lead_organisation",
    "owner_id": "owner",
    "owner_name": "owner",
    "rag_override": "rag",
}
_STATUTORY_WORDS = {"statutory": True, "statutoryduty": True, "goodpractice": False, "bestpractice": False}


class ActionSheet:
    """Reads an action plan sheet into row outcomes and planned actions."""

    def __init__(self, state: ImportState, sheet: SheetInput):
        self.state = state
        self.sheet = sheet
        self.data = state.actions
        self.seen: dict[tuple, int] = {}
        self.section: tuple[str, int] | None = None  # the theme named by the last section row
        self.needs_people = "owner" in sheet.fields

    def run(self, tick: Callable[[], None]) -> None:
        rows = self.sheet.preview.rows
        for count, (number, cells) in enumerate(self.sheet.data_rows()):
            if count % 1000 == 999:
                tick()
            theme = section_theme(cells)
            if theme is not None:
                self.section = (theme, number)
                continue
            rows.append(self.row(number, cells))

    # ------------------------------------------------------------ one row

    def row(self, number: int, cells: list[object]) -> RowOutcome:
        r = RowReader(self.sheet, number, cells)
        given = self._read(r)
        record_id = given.pop("_record_id", None)
        candidate = self._match(r, record_id, given.get("ref"), given.get("title"))
        self._check_duplicate(r, record_id, given.get("ref"), given.get("title"), candidate)
        if candidate is None and not given.get("title"):
            r.error("title" if r.has("title") else None, _("An action needs a title."))
        label = " ".join(t for t in (given.get("ref"), given.get("title")) if t)
        if r.errors:
            return RowOutcome(number, Outcome.REJECTED, label, errors=r.errors, cells=cells)
        plan = self._plan_for(candidate, record_id)
        current = plan.values
        if plan.requirement_id is not None:
            given.pop("progress", None)  # computed from the requirement's compliance, not stored
        target = dict(current)
        target.update(given)
        self._resolve_links(r, target, given)
        self._sync_completion(r, target, given, current)
        if target["start_date"] and target["due_date"] and target["due_date"] < target["start_date"]:
            r.error("due_date", _("The due date is before the start date."))
        self._set_rag(r, plan, target, current)
        partners = self._partners(r)
        if r.errors:
            return RowOutcome(number, Outcome.REJECTED, label, errors=r.errors, cells=cells)

        changes = self._diff(current, target) if not plan.is_new else []
        plan.values = target
        outcome = RowOutcome(number, Outcome.NEW if plan.is_new else Outcome.UNCHANGED, label, cells=cells)
        outcome.plans.append(plan)
        if partners is not None:
            names = self._partner_names(partners)
            before = plan.partners if plan.partners is not None else plan.partners_base
            if not plan.is_new and set(partners) != set(before):
                old = self._partner_names(before)
                changes.append(FieldChange("partners", old, names))
            plan.partners = partners
        update = r.text("update")
        latest = plan.update_text or (
            self.data.latest_update.get(plan.existing_id, "") if plan.existing_id else ""
        )
        if update and update != latest:
            if not plan.is_new:
                changes.append(FieldChange("update", latest or None, update))
            plan.update_text = update
        header = self.sheet.field_header
        linked = [
            (target["lead_organisation_id"], header("lead_organisation")),
            (target["theme_id"], header("theme")),
            (target["objective_id"], header("objective")),
            *((partner, header("partners")) for partner in partners or ()),
        ]
        for value, column in linked:
            if isinstance(value, OrgPlan | NamedPlan):
                outcome.plans.append(value)
                self._warn_new(value, number, column)
        if isinstance(target["owner_id"], PersonPlan):
            outcome.plans.append(target["owner_id"])
        if changes and not plan.is_new:
            outcome.outcome = Outcome.UPDATED
        outcome.changes = changes
        self._index(plan)
        return outcome

    # ------------------------------------------------------------ reading

    def _read(self, r: RowReader) -> dict[str, Any]:
        given: dict[str, Any] = {}
        record_id = r.text("record_id")
        if record_id:
            if not is_uuid(record_id):
                r.error(
                    "record_id", _("This is not a Record ID written by this application: clear the cell.")
                )
            elif record_id.lower() in self.data.other_plan_uuids:
                r.error(
                    "record_id",
                    _("This Record ID is an action of another plan: clear the cell to add it here."),
                )
            else:
                given["_record_id"] = record_id.lower()
        for name, limit in (("ref", 30), ("title", 500)):
            text = r.text(name, limit)
            if text:
                given[name] = text
        for name in ("description", "evidence", "notes"):
            text = r.text(name)
            if text:
                given[name] = text
        for name in ("start_date", "due_date", "completed_on"):
            value = r.date_value(name)
            if value is not None:
                given[name] = value
        if r.has("status") and not r.blank("status"):
            try:
                given["status"] = parse_status(r.raw("status")).value
            except ValueError as exc:
                r.error("status", str(exc))
        progress = r.percent("progress")
        if progress is not None:
            given["progress"] = progress
        if r.has("statutory") and not r.blank("statutory"):
            key = match_key(str(r.raw("statutory")))
            if key in _STATUTORY_WORDS:
                given["statutory"] = _STATUTORY_WORDS[key]
            else:
                try:
                    given["statutory"] = parse_bool(r.raw("statutory"))
                except ValueError:
                    r.error("statutory", _("Write Statutory or Good practice (or Yes or No)."))
        return given

    def _resolve_links(self, r: RowReader, target: dict[str, Any], given: dict[str, Any]) -> None:
        """Theme, objective, lead organisation and owner: from names to rows (or planned rows)."""
        theme_text = r.text("theme", 200)
        if theme_text:
            target["theme_id"], _new = self.data.themes.find_or_plan(theme_text)
        elif self.section is not None:
            target["theme_id"], _new = self.data.themes.find_or_plan(self.section[0])
        objective = r.text("objective", 200)
        if objective:
            target["objective_id"], _new = self.data.objectives.find_or_plan(objective)
        lead = None if r.blank("lead_organisation") else r.text("lead_organisation", 200)
        if lead:
            target["lead_organisation_id"], _new = self.state.orgs.find_or_plan(lead)
        owner = None if r.blank("owner") else r.text("owner", 200)
        if owner and not self._same_owner(target, owner):
            found = list(dict.fromkeys(self.state.people.by_name.get(match_key(owner), ())))
            if len(found) == 1:
                target["owner_id"], target["owner_name"] = found[0], ""
            else:
                target["owner_id"], target["owner_name"] = None, owner

    def _same_owner(self, target: dict[str, Any], owner: str) -> bool:
        key = match_key(owner)
        if target["owner_id"] is not None:
            return match_key(self._owner_display(target)) == key
        return match_key(target["owner_name"]) == key

    def _owner_display(self, values: dict[str, Any]) -> str:
        owner = values["owner_id"]
        if owner is None:
            return values["owner_name"]
        return self.state.people.display_name(owner)

    def _partners(self, r: RowReader) -> list | None:
        if not r.has("partners") or r.blank("partners"):
            return None
        partners = []
        for name in split_list(r.raw("partners")):
            if len(name) > 200:
                r.error("partners", _("An organisation name is longer than 200 characters."))
                return None
            ref, _new = self.state.orgs.find_or_plan(name)
            if ref not in partners:
                partners.append(ref)
        return partners

    def _sync_completion(
        self, r: RowReader, target: dict[str, Any], given: dict[str, Any], current: dict[str, Any]
    ) -> None:
        """As on screen: a complete action has a completion date and 100%; reopening clears the date."""
        if "completed_on" in given and "status" not in given:
            target["status"] = ActionStatus.COMPLETE.value
        if target["status"] == ActionStatus.COMPLETE.value:
            target["completed_on"] = target["completed_on"] or self.state.today
            target["progress"] = 100
        elif target["completed_on"] is not None:
            if "completed_on" in given:
                self.sheet.warn(
                    r.number,
                    self.sheet.field_header("completed_on"),
                    _("The action is not complete, so its completion date is left out."),
                )
            target["completed_on"] = None

    def _set_rag(
        self, r: RowReader, plan: ActionPlanned, target: dict[str, Any], current: dict[str, Any]
    ) -> None:
        """A RAG that differs from the rule's becomes a manual override, with the file as the reason.

        A RAG left as the action shows it now (as an export wrote it) is not a choice: it stays
        with the rule (or the override already set), even when other fields change.
        """
        if not r.has("rag") or r.blank("rag"):
            return
        try:
            rag = parse_rag(r.raw("rag"))
        except ValueError as exc:
            r.error("rag", str(exc))
            return
        status = ActionStatus(target["status"])
        header = self.sheet.field_header("rag")
        if status.is_closed:
            if rag is not Rag.COMPLETE or status is ActionStatus.CANCELLED:
                self.sheet.warn(
                    r.number,
                    header,
                    _("The action is {status}, so the RAG given is left out.").format(
                        status=status.label.lower()
                    ),
                )
            target["rag_override"], target["rag_override_reason"] = None, ""
            return
        if rag is Rag.COMPLETE:
            self.sheet.warn(
                r.number,
                header,
                _("A RAG of Complete needs the status Complete: the RAG is left to the rule."),
            )
            return
        if not plan.is_new and rag is self._rag_of(plan, current):
            return
        computed = self._rag_of(plan, {**target, "rag_override": None})
        if rag is computed:
            target["rag_override"], target["rag_override_reason"] = None, ""
        elif current["rag_override"] != rag.value:
            target["rag_override"] = rag.value
            target["rag_override_reason"] = _("RAG given as {rag} in {file}").format(
                rag=rag.label, file=self.state.file_name
            )

    def _rag_of(self, plan: ActionPlanned, values: dict[str, Any]) -> Rag | None:
        """The RAG an action with these values shows today (its override, else the rule's)."""
        progress = values["progress"] or 0
        if plan.requirement_id is not None:
            progress = self.state.linked_progress(plan.requirement_id)
        override = values["rag_override"]
        facts = ActionFacts(
            ActionStatus(values["status"]),
            values["due_date"],
            values["start_date"],
            values["completed_on"],
            progress,
            Rag(override) if override else None,
            values["rag_override_reason"] or "-",
        )
        return compute_rag(facts, self.state.today, self.state.rag_settings).rag

    # ------------------------------------------------------------ matching

    def _match(self, r: RowReader, record_id: str | None, ref: str | None, title: str | None):
        """Record ID, then reference within the plan, then title (when the references agree)."""
        data = self.data
        if record_id and (found := data.by_uuid.get(record_id)) is not None:
            return found
        if ref:
            found_refs = list(dict.fromkeys(data.by_ref.get(ref_key(ref), ())))
            if len(found_refs) == 1:
                return found_refs[0]
        if title:
            found_titles = [
                c
                for c in dict.fromkeys(data.by_title.get(match_key(title), ()))
                if not (ref and self._values(c)["ref"] and ref_key(self._values(c)["ref"]) != ref_key(ref))
            ]
            if len(found_titles) == 1:
                return found_titles[0]
        return None

    def _values(self, candidate: int | ActionPlanned) -> dict[str, Any]:
        if isinstance(candidate, ActionPlanned):
            return candidate.values
        plan = self.state.action_plans.get(candidate)
        return plan.values if plan else self.data.rows[candidate]

    def _check_duplicate(self, r: RowReader, record_id, ref, title, candidate) -> None:
        keys: list[tuple[tuple, str]] = []
        if record_id:
            keys.append((("id", record_id), "record_id"))
        if ref:
            keys.append((("ref", ref_key(ref)), "ref"))
        elif title:
            keys.append((("title", match_key(title)), "title"))
        if candidate is not None:
            keys.append((("action", candidate), "ref" if ref else "title"))
        for key, column in keys:
            if key in self.seen:
                r.error(
                    column if r.has(column) else None,
                    _(
                        "Row {row} is the same action: an action can appear only once, "
                        "so this row is left out."
                    ).format(row=self.seen[key]),
                )
                break
        for key, _column in keys:
            self.seen.setdefault(key, r.number)

    # ------------------------------------------------------------ planning

    def _plan_for(self, candidate, record_id: str | None) -> ActionPlanned:
        if isinstance(candidate, ActionPlanned):
            return candidate
        if candidate is None:
            values = dict(ACTION_DEFAULTS, position=self.data.next_position)
            self.data.next_position += 1
            return ActionPlanned(None, record_id or new_uuid(), values)
        plan = self.state.action_plans.get(candidate)
        if plan is None:
            row = self.data.rows[candidate]
            base = {name: row[name] for name in (*ACTION_DEFAULTS, "position")}
            plan = ActionPlanned(
                candidate,
                row["uuid"],
                dict(base),
                base=base,
                partners_base=frozenset(self.data.partners.get(candidate, ())),
                requirement_id=row["requirement_id"],
            )
            self.state.action_plans[candidate] = plan
        return plan

    def _index(self, plan: ActionPlanned) -> None:
        if not plan.is_new:
            return
        data = self.data
        data.by_uuid.setdefault(plan.uuid, plan)
        if plan.values["ref"] and plan not in data.by_ref[ref_key(plan.values["ref"])]:
            data.by_ref[ref_key(plan.values["ref"])].append(plan)
        if plan not in data.by_title[match_key(plan.values["title"])]:
            data.by_title[match_key(plan.values["title"])].append(plan)

    def _diff(self, current: dict[str, Any], target: dict[str, Any]) -> list[FieldChange]:
        changes = []
        owner_done = False
        for name, new in target.items():
            old = current.get(name)
            if old == new or name in ("rag_override_reason", "position"):
                continue
            if name in ("owner_id", "owner_name"):
                if owner_done:
                    continue
                owner_done = True
                old_shown, new_shown = self._owner_display(current), self._owner_display(target)
                if old_shown == new_shown:
                    continue
                changes.append(FieldChange("owner", old_shown or None, new_shown or None))
                continue
            changes.append(
                FieldChange(_SHOWN_AS.get(name, name), self._shown(name, old), self._shown(name, new))
            )
        return changes

    def _shown(self, name: str, value: object) -> object:
        if name == "theme_id":
            return self.data.themes.name(value) or None
        if name == "objective_id":
            return self.data.objectives.name(value) or None
        if name == "lead_organisation_id":
            return self.state.orgs.name(value) or None
        if name == "status":
            return ActionStatus(value).label
        if name == "rag_override":
            return Rag(value).label if value else None
        return value

    def _partner_names(self, partners) -> str:
        return "; ".join(sorted(self.state.orgs.name(p) for p in partners))

    def _warn_new(self, plan: OrgPlan | NamedPlan, row: int, column: str) -> None:
        if isinstance(plan, OrgPlan):
            if plan in self.state.warned_orgs:
                return
            self.state.warned_orgs.add(plan)
            message = _(
                "“{name}” is not an organisation in the database: it will be added "
                "(check its sector afterwards)."
            )
        else:
            if plan in self.state.warned_named:
                return
            self.state.warned_named.add(plan)
            is_theme = plan in self.data.themes.new
            message = (
                _("The plan has no theme “{name}”: it will be added.")
                if is_theme
                else _("The plan has no objective “{name}”: it will be added.")
            )
        self.sheet.warn(row, column, message.format(name=plan.name))
