"""Rows of an action plan: section rows set the theme; each action row is read, matched and planned."""

from collections.abc import Callable
from datetime import date
from typing import Any

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.domain.rag import ActionFacts, compute_rag
from actionplan.domain.text import match_key
from actionplan.exchange.cells import RowReader, SheetInput
from actionplan.exchange.conflicts import Verdict, judge
from actionplan.exchange.headers import section_theme
from actionplan.exchange.matching import ImportState, is_uuid, ref_key
from actionplan.exchange.plans import ActionPlanned, NamedPlan, OrgPlan, PersonPlan
from actionplan.exchange.preview import Conflict, FieldChange, Outcome, RowOutcome, shown_value
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
_LINKS = ("theme_id", "objective_id", "lead_organisation_id", "owner_id", "owner_name")
_OWNER = ("owner_id", "owner_name")
_RAG = ("rag_override", "rag_override_reason")
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
        gone = None
        if candidate is None and record_id:
            gone = self.state.local.deleted("action", record_id)
        file_keys = set(given) | {k for k in _LINKS if target[k] != current[k]}
        before_sync = dict(target)
        conflicts: list[Conflict] = []
        if not plan.is_new:
            self._settle_local(plan, target, number, conflicts)
        self._sync_completion(r, target, given, current, quiet="status" in plan.conflicts)
        if target["start_date"] and target["due_date"] and target["due_date"] < target["start_date"]:
            r.error("due_date", _("The due date is before the start date."))
        self._set_rag(r, plan, target, current)
        if not plan.is_new:
            self._settle_rag(plan, target, number, conflicts)
        partners = self._partners(r)
        if r.errors:
            return RowOutcome(number, Outcome.REJECTED, label, errors=r.errors, cells=cells)
        update = r.text("update")
        if gone is not None:
            return self._deleted_row(
                plan, gone, before_sync, file_keys, partners, update, number, label, cells
            )

        changes = self._diff(current, target) if not plan.is_new else []
        plan.values = target
        outcome = RowOutcome(number, Outcome.NEW if plan.is_new else Outcome.UNCHANGED, label, cells=cells)
        outcome.plans.append(plan)
        if partners is not None and not plan.is_new:
            partners = self._settle_partners(plan, partners, number, conflicts)
        if partners is not None:
            names = self._partner_names(partners)
            before = plan.partners if plan.partners is not None else plan.partners_base
            if not plan.is_new and set(partners) != set(before):
                old = self._partner_names(before)
                changes.append(FieldChange("partners", old, names))
            plan.partners = partners
        latest = plan.update_text or (
            self.data.latest_update.get(plan.existing_id, "") if plan.existing_id else ""
        )
        if update and update != latest and not self._update_as_exported(plan, update):
            if not plan.is_new:
                changes.append(FieldChange("update", latest or None, update))
            plan.update_text = update
        self._link_plans(outcome, target, partners, number)
        if conflicts:
            outcome.outcome = Outcome.CONFLICT
        elif changes and not plan.is_new:
            outcome.outcome = Outcome.UPDATED
        outcome.changes = changes
        outcome.conflicts = conflicts
        self._index(plan)
        return outcome

    def _link_plans(
        self, outcome: RowOutcome, target: dict[str, Any], partners: list | None, row: int
    ) -> None:
        """New organisations, themes, objectives and owners the row names: planned with it, and noted."""
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
                self._warn_new(value, row, column)
        if isinstance(target["owner_id"], PersonPlan):
            outcome.plans.append(target["owner_id"])

    # ------------------------------------------------------------ changed here since the export

    def _settle_local(
        self, plan: ActionPlanned, target: dict[str, Any], row: int, conflicts: list[Conflict]
    ) -> None:
        """Fields changed here since the export: ours kept when the file holds the exported value.

        A field the file changes to a third value is a conflict: the target keeps ours, and
        taking theirs puts the file's value in (with the completion rules for a status).
        """
        exported = self.state.local.exported("action", plan.uuid)
        if not exported:
            return
        assert plan.base is not None
        base = plan.base
        theirs_values = dict(target)
        fields: list[tuple[str, tuple[str, ...]]] = [
            (name, (name,)) for name in ACTION_DEFAULTS if name not in _OWNER and name not in _RAG
        ]
        fields.append(("owner", _OWNER))
        for name, keys in fields:
            if not any(k in exported for k in keys):
                continue
            at_export = tuple(exported.get(k, base[k]) for k in keys)
            ours = tuple(base[k] for k in keys)
            theirs = tuple(target[k] for k in keys)
            verdict = judge(theirs, ours, at_export)
            if verdict is Verdict.TAKE:
                continue
            for k in keys:
                target[k] = plan.values[k]
            if verdict is Verdict.CONFLICT and name not in plan.conflicts:
                conflicts.append(
                    self._conflict(
                        plan, name, keys, dict(zip(keys, at_export, strict=True)), theirs_values, row
                    )
                )

    def _settle_rag(
        self, plan: ActionPlanned, target: dict[str, Any], row: int, conflicts: list[Conflict]
    ) -> None:
        """A RAG override set or cleared here since the export, and another RAG in the file."""
        exported = self.state.local.exported("action", plan.uuid)
        if "rag_override" not in exported:
            return
        assert plan.base is not None
        verdict = judge(target["rag_override"], plan.base["rag_override"], exported["rag_override"])
        if verdict is Verdict.TAKE:
            return
        theirs_values = dict(target)
        for k in _RAG:
            target[k] = plan.values[k]
        if verdict is Verdict.CONFLICT and "rag" not in plan.conflicts:
            at_export = {k: exported.get(k, plan.base[k]) for k in _RAG}
            conflicts.append(self._conflict(plan, "rag", _RAG, at_export, theirs_values, row))

    def _conflict(
        self,
        plan: ActionPlanned,
        name: str,
        keys: tuple[str, ...],
        at_export: dict[str, Any],
        theirs: dict[str, Any],
        row: int,
    ) -> Conflict:
        assert plan.base is not None
        base = plan.base
        today = self.state.today

        def take() -> None:
            values = plan.values
            for k in keys:
                values[k] = theirs[k]
            if name == "status":
                values["completed_on"] = theirs["completed_on"]
                values["progress"] = theirs["progress"]
                settle_completion(values, today)
            elif name == "progress" and values["status"] == ActionStatus.COMPLETE.value:
                values["progress"] = 100

        if name == "owner":
            shown = (
                self._owner_display(at_export) or None,
                self._owner_display(base) or None,
                self._owner_display(theirs) or None,
            )
            column = self.sheet.field_header("owner")
        else:
            column_key = keys[0]
            shown = tuple(self._shown(column_key, v[column_key]) for v in (at_export, base, theirs))
            column = self.sheet.field_header(_SHOWN_AS.get(name, name) if name != "rag" else "rag")
        message = _(
            "Changed here since the export (from “{exported}” to “{ours}”) and in the file (to "
            "“{theirs}”): choose which to keep."
        ).format(exported=shown_value(shown[0]), ours=shown_value(shown[1]), theirs=shown_value(shown[2]))
        shown_name = _SHOWN_AS.get(name, name)
        conflict = Conflict(
            self.sheet.preview.name, row, shown_name, column, shown[0], shown[1], shown[2], message, take=take
        )
        plan.conflicts[name] = (conflict, tuple(theirs[k] for k in keys))
        return conflict

    def _settle_partners(
        self, plan: ActionPlanned, partners: list, row: int, conflicts: list[Conflict]
    ) -> list | None:
        """Partners changed here since the export: kept unless the file names a third set."""
        assert plan.existing_id is not None
        at_export = self.state.local.partners_at_export(plan.existing_id, plan.partners_base)
        if at_export == plan.partners_base:
            return partners
        theirs = set(partners)
        if theirs in (set(at_export), set(plan.partners_base)) or "partners" in plan.conflicts:
            return None  # left as the export had them, or as we have them: ours stay

        def take() -> None:
            plan.partners = partners

        shown = [self._partner_names(p) for p in (at_export, plan.partners_base, partners)]
        message = _(
            "Changed here since the export (from “{exported}” to “{ours}”) and in the file (to "
            "“{theirs}”): choose which to keep."
        ).format(exported=shown[0], ours=shown[1], theirs=shown[2])
        conflict = Conflict(
            self.sheet.preview.name,
            row,
            "partners",
            self.sheet.field_header("partners"),
            shown[0],
            shown[1],
            shown[2],
            message,
            take=take,
        )
        plan.conflicts["partners"] = (conflict, partners)
        conflicts.append(conflict)
        return None

    def _update_as_exported(self, plan: ActionPlanned, update: str) -> bool:
        """The file's latest update is the one the export showed, and ours have been added since."""
        local = self.state.local
        if not local.active or plan.existing_id is None or not local.new_update_ids:
            return False
        log = self.data.updates.get(plan.existing_id, ())
        if not any(update_id in local.new_update_ids for update_id, _text in log):
            return False
        before = [text for update_id, text in log if update_id not in local.new_update_ids]
        return bool(before) and before[-1] == update

    def _deleted_row(
        self,
        plan: ActionPlanned,
        gone: dict[str, Any],
        target: dict[str, Any],
        file_keys: set[str],
        partners: list | None,
        update: str | None,
        row: int,
        label: str,
        cells: list[object],
    ) -> RowOutcome:
        """A row whose Record ID names an action deleted here since the export.

        Left out when the partner changed nothing in it; a conflict when they did, which adds
        the action again only if the user takes theirs.
        """
        edits = [
            FieldChange(_SHOWN_AS.get(k, k), self._shown(k, gone.get(k)), self._shown(k, target[k]))
            for k in sorted(file_keys)
            if k in ACTION_DEFAULTS and k not in _RAG and target[k] != gone.get(k)
        ]
        local = self.state.local
        gone_id = gone.get("id")
        if partners is not None and isinstance(gone_id, int):
            was = local.partners_at_export(gone_id, frozenset())
            if set(partners) != set(was):
                edits.append(FieldChange("partners", self._partner_names(was), self._partner_names(partners)))
        if update and update not in local.deleted_updates.get(gone_id, ()):
            edits.append(FieldChange("update", None, update))
        title = label or target.get("title") or ""
        if not edits:
            self.sheet.warn(
                row,
                self.sheet.field_header("record_id"),
                _(
                    "The action “{title}” was deleted here since the export, and the file does not "
                    "change it: the row is left out."
                ).format(title=title),
            )
            return RowOutcome(row, Outcome.UNCHANGED, label, cells=cells)
        plan.values = dict(target)
        settle_completion(plan.values, self.state.today)
        plan.partners = partners
        plan.update_text = update or None
        outcome = RowOutcome(row, Outcome.CONFLICT, label, cells=cells, held=True)
        outcome.plans.append(plan)
        self._link_plans(outcome, plan.values, partners, row)
        outcome.changes = edits

        def take() -> None:
            outcome.held = False

        outcome.conflicts = [
            Conflict(
                self.sheet.preview.name,
                row,
                "record",
                self.sheet.field_header("record_id"),
                None,
                _("(deleted)"),
                _("(changed)"),
                _(
                    "The action “{title}” was deleted here since the export, and the file changes it: "
                    "take theirs to add it again, or keep ours to leave it deleted."
                ).format(title=title),
                take=take,
            )
        ]
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
        self,
        r: RowReader,
        target: dict[str, Any],
        given: dict[str, Any],
        current: dict[str, Any],
        *,
        quiet: bool = False,
    ) -> None:
        """As on screen: a complete action has a completion date and 100%; reopening clears the date.

        ``quiet``: the status is in conflict, so a completion date left out is no news.
        """
        if "completed_on" in given and "status" not in given:
            target["status"] = ActionStatus.COMPLETE.value
        if target["status"] == ActionStatus.COMPLETE.value:
            target["completed_on"] = target["completed_on"] or self.state.today
            target["progress"] = 100
        elif target["completed_on"] is not None:
            if "completed_on" in given and not quiet:
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
        if not plan.is_new and (rag is self._rag_of(plan, current) or rag is self._rag_at_export(plan)):
            return
        computed = self._rag_of(plan, {**target, "rag_override": None})
        if rag is computed:
            target["rag_override"], target["rag_override_reason"] = None, ""
        elif current["rag_override"] != rag.value:
            target["rag_override"] = rag.value
            target["rag_override_reason"] = _("RAG given as {rag} in {file}").format(
                rag=rag.label, file=self.state.file_name
            )

    def _rag_at_export(self, plan: ActionPlanned) -> Rag | None:
        """The RAG a returned export showed for the action: its values then, on the export's day.

        A RAG cell the partner left alone is not a choice even when time or our edits since
        have moved the rule's RAG on.
        """
        local = self.state.local
        if not local.active or plan.base is None:
            return None
        exported = local.exported("action", plan.uuid)
        values = {**plan.base, **{k: v for k, v in exported.items() if k in plan.base}}
        assert local.origin is not None
        return self._rag_of(plan, values, on=local.origin.figures_as_at)

    def _rag_of(self, plan: ActionPlanned, values: dict[str, Any], on: date | None = None) -> Rag | None:
        """The RAG an action with these values shows today, or ``on`` (its override, else the rule's)."""
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
        return compute_rag(facts, on or self.state.today, self.state.rag_settings).rag

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


def settle_completion(values: dict[str, Any], today: date) -> None:
    """The completion rules on planned values: complete means 100% and a date; open means no date."""
    if values["status"] == ActionStatus.COMPLETE.value:
        values["completed_on"] = values["completed_on"] or today
        values["progress"] = 100
    elif values["completed_on"] is not None:
        values["completed_on"] = None
