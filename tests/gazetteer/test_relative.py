import pytest

from faultlines.gazetteer.relative import modifier_at, split_direction


def _modifier(text: str, name: str):
    start = text.index(name)
    return modifier_at(text, start, start + len(name))


def test_relative_offset_reads_distance_and_bearing():
    m = _modifier("A car bomb went off 20 km east of Raqqa on Monday.", "Raqqa")
    assert (m.kind, m.km, m.bearing) == ("offset", 20.0, 90.0)


def test_relative_offset_converts_miles():
    m = _modifier("The convoy stopped 10 miles north-west of the town of Manbij.", "Manbij")
    assert m.kind == "offset" and m.km == pytest.approx(16.09) and m.bearing == 315.0


@pytest.mark.parametrize(
    ("text", "name", "kind", "rural"),
    [
        ("Shelling hit the Aleppo countryside overnight.", "Aleppo", "area", True),
        ("Shelling hit the northern countryside of Aleppo.", "Aleppo", "area", True),
        ("Rebels hold most of Idlib province.", "Idlib", "division", False),
        ("The militia regrouped near Manbij after dark.", "Manbij", "area", False),
        ("Fighting continued in eastern Syria this week.", "Syria", "direction", False),
    ],
)
def test_relative_modifier_kinds(text, name, kind, rural):
    m = _modifier(text, name)
    assert m is not None and m.kind == kind and m.rural is rural


def test_relative_plain_mention_has_no_modifier():
    assert _modifier("Delegates met in Beirut.", "Beirut") is None


def test_relative_split_direction():
    assert split_direction("Northern Syria") == (0.0, "Syria")
    assert split_direction("Syria") == (None, "Syria")
