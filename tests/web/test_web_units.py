"""Small parts of the workbench: passwords, highlighting, charts, CSP, the CLI."""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from faultlines.cli import main
from faultlines.errors import UsageError
from faultlines.store import accounts as auth
from faultlines.store.database import Store
from faultlines.web.charts import fragmentation_chart, month_chart, nice_step
from faultlines.web.highlight import Mark, segments
from faultlines.web.security import content_security_policy


def test_auth_password_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = auth.hash_password("s3cret-pass"), auth.hash_password("s3cret-pass")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert auth.verify_password("s3cret-pass", first) and not auth.verify_password("s3cret-Pass", first)
    assert not auth.verify_password("s3cret-pass", "md5$abc") and not auth.verify_password("x", "garbage")


def test_auth_login_sessions_and_logout(tmp_path: Path) -> None:
    store = Store(tmp_path / "auth.duckdb")
    auth.add_user(store, "ana", "long enough pw")
    with pytest.raises(UsageError, match="exists"):
        auth.add_user(store, "ana", "another password")
    with pytest.raises(UsageError, match="too short"):
        auth.add_user(store, "ben", "short")
    with pytest.raises(auth.AuthError):
        auth.login(store, "ana", "wrong password")
    with pytest.raises(auth.AuthError):
        auth.login(store, "nobody", "long enough pw")
    session = auth.login(store, "ana", "long enough pw")
    found = auth.session_of(store, session.token)
    assert found is not None and found.username == "ana" and found.csrf_token == session.csrf_token
    with store.reader() as con:
        stored = con.execute("SELECT token_hash FROM user_sessions").fetchone()
    assert stored is not None and session.token not in stored[0]  # only a hash is kept
    auth.logout(store, session.token)
    assert auth.session_of(store, session.token) is None


def test_highlight_segments_carry_every_overlapping_mark() -> None:
    text = "ISIS fighters clashed in Hajin."
    marks = [
        Mark(0, 31, "evidence", "event", "ev-0"),
        Mark(0, 4, "entity", "ARMED_GROUP", "ent-0"),
        Mark(25, 30, "place", "Hajin"),
        Mark(40, 50, "claim", "outside the text"),
    ]
    cut = segments(text, marks)
    assert "".join(s.text for s in cut) == text
    assert [(s.text, s.classes) for s in cut] == [
        ("ISIS", "k-entity k-evidence"),
        (" fighters clashed in ", "k-evidence"),
        ("Hajin", "k-evidence k-place"),
        (".", "k-evidence"),
    ]
    assert cut[0].anchors == ("ev-0", "ent-0")


def test_charts_month_chart_shows_empty_months() -> None:
    rows = [
        {"month": datetime.date(2018, 11, 1), "kind": "infighting", "n": 2},
        {"month": datetime.date(2019, 2, 1), "kind": "defection", "n": 1},
    ]
    chart = month_chart(rows)
    assert [label for _, label in chart.labels] == ["2018-11", "2018-12", "2019-01", "2019-02"]
    assert len(chart.bars) == 2 and chart.peak == 2
    assert month_chart([]).bars == ()
    # A count scale 0-2 in steps of 1 over the 116 px plot (160 high, 10 above, 34 below).
    assert chart.axes is not None and [t for _, t in chart.axes.y_ticks] == ["0", "1", "2"]
    assert [y for y, _ in chart.axes.y_ticks] == pytest.approx([126, 68, 10])
    assert (chart.axes.y_title, chart.axes.x_title) == ("events per month", "month")
    tallest = max(chart.bars, key=lambda b: b.height)
    assert (tallest.y, tallest.height) == pytest.approx((10, 116))  # two events reach the top tick, 2


@pytest.mark.parametrize(("peak", "step"), [(1, 1), (4, 1), (7, 2), (23, 10), (130, 50), (999, 500)])
def test_charts_count_scale_steps_are_round(peak: int, step: int) -> None:
    assert nice_step(peak) == step
    assert math.ceil(peak / step) <= 4


def test_charts_pages_draw_axes_with_units(client) -> None:
    html = client.get("/").text
    assert 'class="axis-title y-title"' in html and ">events per month</text>" in html and ">month</text>" in html
    assert '<text x="40" y="13.0" class="tick y">2</text>' in html  # both events fall in one month: top tick 2


def test_charts_fragmentation_chart_plots_the_index_on_a_unit_scale() -> None:
    series = [
        {
            "period": "2019-01",
            "total": 4,
            "intra": 2,
            "exits": 1,
            "index": 0.75,
            "low": 0.3,
            "high": 0.95,
            "effective_factions": 2.0,
            "confidence": "low",
        },
        {
            "period": "undated",
            "total": 1,
            "intra": 0,
            "exits": 0,
            "index": 0.0,
            "low": 0.0,
            "high": 0.8,
            "effective_factions": 1.0,
            "confidence": "low",
        },
    ]
    chart = fragmentation_chart(series, height=120)
    # The plot runs from y=10 to y=120-34=86 (76 px); an index of 0.75 sits a quarter down it.
    assert len(chart.dots) == 1 and chart.dots[0].y == pytest.approx(10 + 76 * 0.25)
    assert chart.axes is not None and chart.axes.right_title == "fragmentation index (0-1)"
    assert [label for _, label in chart.axes.right_ticks] == ["0", "0.5", "1"]
    assert [y for y, _ in chart.axes.right_ticks] == pytest.approx([86, 48, 10])
    assert {b.css for b in chart.bars} == {"t-intra-group", "t-exits", "t-other"}


def test_security_policy_allows_tiles_only_when_configured() -> None:
    assert "img-src 'self' data:;" in content_security_policy()
    policy = content_security_policy("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tile.example.org;" in policy and "unsafe" not in policy


def test_cli_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    added = runner.invoke(main, ["users", "add", "ana", "--db", db, "--password-stdin"], input="long enough pw\n")
    assert added.exit_code == 0, added.output
    again = runner.invoke(main, ["users", "add", "ana", "--db", db, "--password-stdin"], input="long enough pw\n")
    assert again.exit_code == 2 and "--replace" in again.output
    assert "ana\treviewer" in runner.invoke(main, ["users", "list", "--db", db]).output
    assert auth.login(Store(db), "ana", "long enough pw").username == "ana"
