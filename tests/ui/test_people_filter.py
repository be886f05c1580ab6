"""The people filter proxy works out which rows pass in one pass a change: the same people as
testing each person on its own, by every field a search matches and with every other filter."""

from dataclasses import replace

from PySide6.QtCore import Qt

from actionplan.services import people
from actionplan.services.people import PeopleFilter
from tests.conftest import TODAY
from ui.models.people_model import ACTIVE, COL_NAME, EVERYONE, LEAVERS, PeopleFilterProxy, PeopleModel

FIELDS = (
    "first_name",
    "last_name",
    "staff_number",
    "email",
    "job_title",
    "team",
    "organisation_name",
    "role_group",
)


def expected(everyone, words="", organisation_id=None, role_group=None, key_only=False, status=ACTIVE):
    """The ids a person-by-person test accepts (what the proxy did before it worked in one pass)."""
    ids = set()
    for p in everyone:
        haystack = " ".join(getattr(p, field) for field in FIELDS).casefold()
        if organisation_id is not None and p.organisation_id != organisation_id:
            continue
        if role_group is not None and p.role_group != role_group:
            continue
        if key_only and not p.key_personnel:
            continue
        if status != EVERYONE and p.is_active(TODAY) != (status == ACTIVE):
            continue
        if all(word in haystack for word in words.casefold().split()):
            ids.add(p.id)
    return ids


def shown_ids(proxy: PeopleFilterProxy) -> set[int]:
    source = proxy.sourceModel()
    return {source.person_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())}


def filtered(db, **criteria) -> tuple[list, PeopleModel, PeopleFilterProxy]:
    """Everyone (leavers too), the model holding them, and a proxy over it filtered by ``criteria``."""
    everyone = people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True))
    model = PeopleModel()
    model.set_people(everyone, TODAY)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(today=TODAY, **criteria)
    return everyone, model, proxy


def test_search_finds_people_by_each_field_and_with_every_filter(demo_db, qtbot):
    db, _plan_id = demo_db
    everyone, model, proxy = filtered(db)
    assert shown_ids(proxy) == expected(everyone)

    sample = next(p for p in everyone if p.is_active(TODAY) and all(getattr(p, f) for f in FIELDS))
    for field in FIELDS:
        word = getattr(sample, field).split()[0].upper()  # matched case-insensitively
        proxy.set_filter(text=word)
        assert sample.id in shown_ids(proxy), field
        assert shown_ids(proxy) == expected(everyone, word), field

    two_words = f"{sample.first_name} {sample.organisation_name.split()[0]}"
    proxy.set_filter(text=two_words)
    assert shown_ids(proxy) == expected(everyone, two_words)

    proxy.set_filter(text="a", organisation_id=sample.organisation_id)
    assert shown_ids(proxy) == expected(everyone, "a", organisation_id=sample.organisation_id)
    proxy.set_filter(role_group=sample.role_group, key_personnel_only=True, status=EVERYONE)
    assert shown_ids(proxy) == expected(
        everyone, "a", sample.organisation_id, sample.role_group, key_only=True, status=EVERYONE
    )
    proxy.set_filter(text="", organisation_id=None, role_group=None, key_personnel_only=False, status=LEAVERS)
    assert shown_ids(proxy) == expected(everyone, status=LEAVERS)

    # Sorting reorders the rows and changing a person changes their search text: the rows that pass
    # are worked out again, not taken from before.
    proxy.set_filter(text=sample.last_name, status=ACTIVE)
    proxy.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown_ids(proxy) == expected(everyone, sample.last_name)
    proxy.set_filter(text="zzyzx")
    assert shown_ids(proxy) == set()
    renamed = [replace(p, last_name="Zzyzx") if p.id == sample.id else p for p in model.rows()]
    model.set_people(renamed, TODAY)  # the same people: updated in place, the row signalled
    assert shown_ids(proxy) == {sample.id}


def test_a_persons_search_text_is_made_once_and_again_when_they_change(demo_db, qtbot):
    db, _plan_id = demo_db
    everyone = people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True))
    first, second = PeopleModel(), PeopleModel()
    first.set_people(everyone, TODAY)
    second.set_people(list(everyone), TODAY)
    # The same person objects (the core shares them between pages): the texts made once.
    assert all(a is b for a, b in zip(first.search_texts, second.search_texts, strict=True))
    assert first.search_texts == [
        " ".join(getattr(p, field) for field in FIELDS).casefold() for p in everyone
    ]
    # A changed person is a new object: their text is made again, the others are kept.
    moved = replace(everyone[0], team="Zzyzx Team")
    second.set_people([moved, *everyone[1:]], TODAY)
    assert "zzyzx team" in second.search_texts[0]
    assert second.search_texts[1] is first.search_texts[1]
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(second)
    proxy.set_filter(today=TODAY, status=EVERYONE, text="zzyzx")
    assert shown_ids(proxy) == {moved.id}
    first.set_people(everyone, TODAY)  # the old object again: the text it was made from
    assert "zzyzx" not in first.search_texts[0]


def test_search_texts_are_made_when_words_are_first_typed_and_follow_the_order(demo_db, qtbot):
    db, _plan_id = demo_db
    everyone, model, proxy = filtered(db, status=EVERYONE)
    assert shown_ids(proxy) == expected(everyone, status=EVERYONE)
    proxy.sort(COL_NAME, Qt.SortOrder.DescendingOrder)  # reordered before any text is made
    assert model._texts is None  # filtering without words needs none

    def folded(rows):
        return [" ".join(getattr(p, field) for field in FIELDS).casefold() for p in rows]

    sample = everyone[len(everyone) // 2]
    proxy.set_filter(text=sample.last_name)
    assert shown_ids(proxy) == expected(everyone, sample.last_name, status=EVERYONE)
    assert model.search_texts == folded(model.rows())
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # the texts made follow the rows
    assert model.search_texts == folded(model.rows())
    assert shown_ids(proxy) == expected(everyone, sample.last_name, status=EVERYONE)
    model.set_people(everyone[:5], TODAY)  # other rows: their texts made again when asked
    assert model._texts is None
    assert shown_ids(proxy) == expected(everyone[:5], sample.last_name, status=EVERYONE)
    assert model.search_texts == folded(everyone[:5])


def test_the_pages_make_the_search_texts_as_they_load_so_the_first_letter_only_filters(
    demo_db, qtbot, tmp_path, monkeypatch
):
    """The People page and the matrix make every row's search text in their loads (off the GUI
    thread in the window): typing the first letter then makes none (at county size, 50,000)."""
    from PySide6.QtCore import QSettings

    from ui import models
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import SyncTaskRunner

    db, _plan_id = demo_db
    window = MainWindow(
        AppContext(db, SyncTaskRunner()), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    for page_id in ("people", "matrix"):
        models.people_model._texts.clear()
        page = window.show_page(page_id)
        page.refresh()
        made: list[object] = []
        fold = models.people_model._fold

        def counted(person, made=made, fold=fold):
            made.append(person)
            return fold(person)

        monkeypatch.setattr(models.people_model, "_fold", counted)
        page.search.setText("a")
        page.filters.search_timer.stop()
        page.filters.apply_search()
        assert page.proxy.rowCount() > 0
        assert made == [], page_id
        monkeypatch.undo()
