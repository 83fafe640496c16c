from faultlines.gazetteer.importer import import_table
from faultlines.gazetteer.index import Gazetteer

# allCountries.txt columns: id, name, ascii, alternates, lat, lon, class, code, country, cc2,
# admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified.
ROWS = [
    (
        "163843",
        "Ash Shaddadi",
        "Ash Shaddadi",
        "Shaddadi,Al-Shaddadi",
        "36.056",
        "40.730",
        "P",
        "PPL",
        "SY",
        "",
        "01",
        "",
        "",
        "",
        "15000",
        "",
        "280",
        "Asia/Damascus",
        "2020-01-01",
    ),
    (
        "163270",
        "Al-Hasakah",
        "Al-Hasakah",
        "Hasakah",
        "36.5",
        "40.7",
        "A",
        "ADM1",
        "SY",
        "",
        "01",
        "",
        "",
        "",
        "1500000",
        "",
        "300",
        "Asia/Damascus",
        "2020-01-01",
    ),
    (
        "163843000",
        "Ain Diwar Spring",
        "Ain Diwar Spring",
        "",
        "37.2",
        "42.2",
        "H",
        "SPNG",
        "SY",
        "",
        "01",
        "",
        "",
        "",
        "0",
        "",
        "400",
        "Asia/Damascus",
        "2020-01-01",
    ),
    (
        "163843001",
        "Small Place",
        "Small Place",
        "",
        "36.0",
        "40.0",
        "P",
        "PPL",
        "IQ",
        "",
        "15",
        "",
        "",
        "",
        "0",
        "",
        "400",
        "Asia/Baghdad",
        "2020-01-01",
    ),
]
ALTERNATES = [
    ("1", "163843", "ar", "الشدادي", "", "", "", "", "", ""),
    ("2", "163843", "en", "Shadadi", "", "", "", "", "", ""),
    ("3", "163843", "link", "https://en.wikipedia.org/wiki/Shaddadi", "", "", "", "", "", ""),
]


def _write(path, rows):
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_importer_reads_dump_and_keeps_admin1_names(tmp_path):
    table = import_table(_write(tmp_path / "allCountries.txt", ROWS))
    gazetteer = Gazetteer.from_table(table)
    (row, how) = next((r, h) for r, h in gazetteer.candidates("Shaddadi") if gazetteer.entry(r).geonameid == 163843)
    entry = gazetteer.entry(row)
    assert entry.admin1 == "Al-Hasakah" and entry.population == 15000 and how == "exact"
    assert not gazetteer.candidates("Ain Diwar Spring")  # feature class H is left out


def test_importer_uses_alternate_names_file_and_country_filter(tmp_path):
    table = import_table(
        _write(tmp_path / "allCountries.txt", ROWS),
        _write(tmp_path / "alternateNamesV2.txt", ALTERNATES),
        countries=frozenset({"SY"}),
    )
    gazetteer = Gazetteer.from_table(table)
    assert any(gazetteer.entry(r).geonameid == 163843 for r, _ in gazetteer.candidates("Shadadi"))
    assert not gazetteer.candidates("Small Place")
    assert not any("wikipedia" in n for names in table.names for n in names)
