"""Charts on the demo data: the series and labels each shows, images that are not blank, empty plans."""

import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer

from actionplan.charts import CHARTS, ChartInputs, build_chart, save_figure
from actionplan.cli import main
from actionplan.domain.compliance import expiry_for
from actionplan.domain.dates import add_months
from actionplan.domain.enums import ActionStatus, ComplianceState
from actionplan.errors import ValidationError
from actionplan.services import compliance, courses, people, plans, trends
from actionplan.services.dashboard import status_summary

TODAY = date(2026, 11, 28)
STATE_LABELS = ["Compliant", "Expiring", "Due", "Overdue", "Expired"]


def pixels(fig) -> np.ndarray:
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].astype(float)


def all_text(fig) -> str:
    """Every piece of text a figure shows: titles, labels, tick labels, legends, notes."""
    from matplotlib.text import Text

    return "\n".join(t.get_text() for t in fig.findobj(Text) if t.get_visible())


def data_axes(fig):
    """The axes that hold data (not the spare legend panel), across subfigures too."""
    return [ax for ax in fig.findobj(lambda a: hasattr(a, "get_legend_handles_labels")) if ax.axison]


@pytest.fixture
def inputs(demo_db):
    db, plan_id = demo_db
    return ChartInputs(db, plan_id, TODAY)


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_draws_a_titled_dated_non_blank_figure(inputs, name):
    fig = build_chart(name, inputs)
    assert fig.get_suptitle()
    text = all_text(fig)
    assert "As at 28/11/2026" in text
    assert "No data yet" not in text
    image = pixels(fig)
    # Not blank: a good share of the picture is ink, in more than one colour.
    assert (image.min(axis=2) < 200).mean() > 0.04
    assert image.std() > 30
    assert len(np.unique(image.reshape(-1, 3)[::7], axis=0)) > 20
    for ax in data_axes(fig):
        assert ax.get_xlabel() and ax.get_ylabel() is not None
        assert ax.get_legend_handles_labels()[1], "every data panel has labelled series"


def test_organisation_chart_has_one_stacked_bar_per_organisation(inputs):
    rc = inputs.summary.requirements[0]
    fig = build_chart("by-organisation", inputs)
    (ax,) = data_axes(fig)
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert [c.get_label() for c in bars] == STATE_LABELS
    expected = {
        name or "(No organisation)"
        for name, counts in rc.by_organisation.items()
        if counts.audience - counts[ComplianceState.EXEMPT]
    }
    assert len(expected) >= 7
    assert all(len(c) == len(expected) for c in bars)
    assert {t.get_text().replace("\n", " ") for t in ax.get_yticklabels()} == expected
    # The segments of each bar add up to 100% of the people counted there.
    totals = np.sum([[r.get_width() for r in c] for c in bars], axis=0)
    assert np.allclose(totals, 100)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["Target", *STATE_LABELS]
    target = next(line for line in ax.get_lines() if line.get_label() == "Target")
    assert target.get_xdata()[0] == rc.requirement.target_percent
    # Each segment names what a click on it should show.
    gid = dict(parse_qsl(bars[3][0].get_gid()))
    assert gid["state"] == "overdue" and gid["organisation"] in expected


def test_burnup_has_target_today_and_matches_the_status_figures(inputs):
    fig = build_chart("burnup", inputs)
    panels = [ax for ax in data_axes(fig) if ax.get_lines()]
    assert len(panels) == len(inputs.summary.requirements) == 5
    for ax, rc, series in zip(panels, inputs.summary.requirements, inputs.burnup, strict=True):
        labels = ax.get_legend_handles_labels()[1]
        assert {
            "Trained",
            "People required",
            "Target path",
            "Today",
            "Projected if nobody else trains",
        } <= set(labels)
        lines = {line.get_label(): line for line in ax.get_lines()}
        trained = lines["Trained"]
        assert trained.get_xdata()[-1] == TODAY  # the actual line stops today; the projection goes on
        assert trained.get_ydata()[-1] == rc.totals.trained
        assert lines["Today"].get_xdata()[0] == TODAY
        target = lines["Target path"].get_ydata()
        assert target[-1] == pytest.approx(series.counted[-1] * rc.requirement.target_percent / 100)
        assert rc.requirement.course_code in ax.get_title("left")


def test_burnup_series_equal_the_compliance_rules_on_every_date(demo_db):
    """The vectorised counts agree with ``assess`` person by person, on past and future dates."""
    db, plan_id = demo_db
    series = trends.burnup(db.unit_of_work(), plan_id, TODAY)
    for day in (TODAY, TODAY - timedelta(days=200), TODAY + timedelta(days=40)):
        for s, rc in zip(
            series, compliance.requirement_compliance(db.unit_of_work(), plan_id, day), strict=True
        ):
            if day not in s.dates:
                continue
            trained, counted = s.value_on(day)
            assert trained == rc.totals.trained
            if day >= TODAY:
                assert counted == rc.totals.audience - rc.totals[ComplianceState.EXEMPT]


def test_burnup_counts_people_from_their_start_and_until_they_leave(db, plan):
    u = db.unit_of_work
    awareness = next(c for c in courses.list_courses(u()) if c.code == "HO-AWR")
    common = {"key_personnel": True, "role_group": "Frontline practitioner"}
    stayer = people.create_person(u(), first_name="A", last_name="One", start_date=date(2020, 1, 1), **common)
    joiner = people.create_person(u(), first_name="B", last_name="Two", start_date=date(2026, 9, 1), **common)
    people.create_person(
        u(),
        first_name="C",
        last_name="Three",
        start_date=date(2020, 1, 1),
        leaving_date=date(2026, 6, 1),
        **common,
    )
    from actionplan.services import training

    training.add_record(u(), stayer.id, awareness.id, date(2024, 10, 1), today=TODAY)  # valid to 01/10/2026
    training.add_record(u(), joiner.id, awareness.id, date(2026, 9, 10), today=TODAY)
    s = trends.burnup(u(), plan.id, TODAY)[0]
    assert s.requirement.course_code == "HO-AWR"
    assert expiry_for(date(2024, 10, 1), 24) == date(2026, 10, 1)
    by_day = dict(zip(s.dates, zip(s.trained, s.counted, strict=True), strict=True))
    first = min(d for d in s.dates if d >= date(2026, 1, 5))
    assert by_day[first] == (1, 2)  # the stayer trained; the leaver still here; the joiner not yet
    assert by_day[TODAY] == (1, 2)  # the stayer lapsed, the joiner trained; the leaver gone
    assert s.value_on(TODAY) == (1, 2)


def test_expiries_count_each_persons_best_valid_completion(demo_db):
    db, plan_id = demo_db
    forecast = trends.expiries(db.unit_of_work(), plan_id, TODAY)
    matrix = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY)
    assert forecast.months[0] == date(2026, 11, 1) and forecast.months[-1] == date(2027, 10, 1)
    for col, (req, counts) in enumerate(zip(forecast.requirements, forecast.counts, strict=True)):
        assert req.id == matrix.columns[col].id
        for month, count in zip(forecast.months, counts, strict=True):
            expected = sum(
                1
                for row in matrix.rows
                if row.cells[col].state.counts_as_trained
                and row.cells[col].expires_on is not None
                and row.cells[col].expires_on.replace(day=1) == month
            )
            assert count == expected
    assert forecast.total > 0
    fig = build_chart("expiries", ChartInputs(db, plan_id, TODAY))
    (ax,) = data_axes(fig)
    heights = np.sum([[r.get_height() for r in c] for c in ax.containers], axis=0)
    assert list(heights) == [sum(col) for col in zip(*forecast.counts, strict=True)]
    assert len(ax.containers) == len(forecast.requirements)


def test_themes_chart_counts_every_action_by_rag_and_status(inputs):
    actions = inputs.summary.actions
    fig = build_chart("themes", inputs)
    by_rag, by_status = data_axes(fig)
    rag_total = sum(r.get_width() for c in by_rag.containers for r in c)
    status_total = sum(r.get_width() for c in by_status.containers for r in c)
    assert rag_total == sum(1 for a in actions if a.rag is not None)
    assert status_total == len(actions)
    assert by_status.get_legend_handles_labels()[1] == [s.label for s in ActionStatus]
    assert by_rag.get_legend_handles_labels()[1] == ["Red", "Amber", "Green", "Complete"]
    assert [t.get_text() for t in by_rag.get_yticklabels()] == [
        "Leadership",
        "Working in partnership",
        "Capabilities",
    ]
    gid = dict(parse_qsl(by_rag.containers[0][0].get_gid(), keep_blank_values=True))
    assert set(gid) == {"theme_id", "rag"}


def test_timeline_highlights_overdue_actions(inputs):
    actions = inputs.summary.actions
    fig = build_chart("timeline", inputs)
    (ax,) = data_axes(fig)
    late = [a for a in actions if a.due_date < TODAY and not a.status.is_closed]
    assert len(late) == 2
    overdue_markers = [line for line in ax.get_lines() if line.get_marker() == "X"]
    assert len(overdue_markers) == len(late)
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert sorted(b.split()[0] for b in bold) == sorted(a.ref for a in late)
    shown = [a for a in actions if a.due_date and a.status is not ActionStatus.CANCELLED]
    assert len(ax.get_yticklabels()) == len(shown)
    names = [t.get_text() for t in fig.legends[0].get_texts()]
    assert names[:2] == ["Overdue", "Days overdue"] and "Today" in names


def test_empty_plan_gives_no_data_figures(db):
    plan = plans.create_plan(db.unit_of_work(), "Blank plan", template="blank")
    for name in CHARTS:
        fig = build_chart(name, db, plan.id, TODAY)
        assert "No data yet" in all_text(fig), name
        assert fig.get_suptitle()
        pixels(fig)  # draws without error


def test_a_fresh_plan_with_requirements_but_nobody_yet_still_charts(db, plan):
    texts = {name: all_text(build_chart(name, db, plan.id, TODAY)) for name in CHARTS}
    for name in ("burnup", "by-organisation", "themes", "timeline"):
        assert "No data yet" in texts[name], name
    assert "Nothing expires in the next 12 months" in texts["expiries"]


def test_save_figure_by_extension(inputs, tmp_path):
    fig = build_chart("themes", inputs)
    assert save_figure(fig, tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in save_figure(fig, tmp_path / "c.SVG").read_bytes()[:500]
    assert save_figure(fig, tmp_path / "c.pdf").read_bytes()[:5] == b"%PDF-"
    with pytest.raises(ValidationError, match=r"^Charts can be saved as \.png, \.svg or \.pdf, not '\.jpg'"):
        save_figure(fig, tmp_path / "c.jpg")
    assert not (tmp_path / "c.jpg").exists()


def test_unknown_chart_and_requirement_are_one_sentence_errors(inputs):
    with pytest.raises(
        ValidationError, match="no chart called 'pie'; choose one of: burnup, by-organisation"
    ):
        build_chart("pie", inputs)
    with pytest.raises(ValidationError, match="no training requirement 'XYZ'; choose one of: HO-AWR"):
        build_chart("by-organisation", inputs, requirement="XYZ")
    fig = build_chart("burnup", inputs, requirement="ho-ref")
    assert len([ax for ax in data_axes(fig) if ax.get_lines()]) == 1


def test_chart_inputs_load_once_for_several_charts(inputs, monkeypatch):
    first = inputs.summary
    build_chart("themes", inputs)
    build_chart("timeline", inputs)
    assert inputs.summary is first


def test_chart_command_runs_without_pyplot_or_qt(demo_db, data_dir, tmp_path):
    """The command line draws and saves a chart in a Python where pyplot and Qt cannot be imported."""
    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "burnup.png"
    script = textwrap.dedent(
        f"""
        import importlib.abc, sys

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "ui", "shiboken6") or name == "matplotlib.pyplot":
                    raise ImportError(f"blocked: {{name}}")
                return None

        sys.meta_path.insert(0, Block())
        from actionplan.cli import main
        sys.exit(main(["--data-dir", r"{data_dir}", "chart", "burnup", r"{out}", "--as-of", "2026-11-28"]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_status_summary_and_chart_inputs_agree(demo_db):
    db, plan_id = demo_db
    inputs = ChartInputs(db.unit_of_work, plan_id, TODAY)  # a unit-of-work factory works too
    assert inputs.summary.to_json() == status_summary(db.unit_of_work(), plan_id, TODAY).to_json()
    assert add_months(inputs.expiries.months[0], 11) == inputs.expiries.months[-1]


def test_chart_command_exit_codes(demo_db, data_dir, tmp_path, capsys):
    png = tmp_path / "themes.png"
    assert main(["--data-dir", str(data_dir), "chart", "themes", str(png), "--as-of", "2026-11-28"]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "Saved the themes chart" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "chart", "themes", str(tmp_path / "themes.gif")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["actionplan: Charts can be saved as .png, .svg or .pdf, not '.gif': change the file name."]
    with pytest.raises(SystemExit) as exited:  # argparse's own usage error, also exit 2
        main(["--data-dir", str(data_dir), "chart", "pie", str(png)])
    assert exited.value.code == 2
    assert "invalid choice: 'pie'" in capsys.readouterr().err
    code = main(["--data-dir", str(data_dir), "chart", "by-organisation", str(png), "--requirement", "XYZ"])
    assert code == 2
    assert capsys.readouterr().err.startswith("actionplan: The plan has no training requirement 'XYZ'")
