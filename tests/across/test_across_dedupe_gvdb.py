import json

from click.testing import CliRunner

from faultlines.cli import main
from faultlines.eval.dedupe_gvdb import GvdbIncident, gold_pairs, iso_date, oracle_pairs, same_city, score_pairs

HEADER = "Article id\tArticle url\tArticle title\tFull text\tJson\tWorker\n"


def _incident(aid, date, city, victims=(), killed=1):
    return GvdbIncident(aid, "", "", date, city, "OH - Ohio", tuple(victims), killed)


INCIDENTS = [
    _incident("1", "2016-01-17", "Dayton", ["dana quill"]),
    _incident("2", "2016-01-17", "DAYTON", [["officer", "dana quill"][1]]),
    _incident("3", "2016-01-17", "Dayton"),  # another shooting that day, nobody named
    _incident("4", "2016-01-17", "Toledo", ["dana quill"]),
]


def test_dedupe_gvdb_gold_needs_date_city_and_a_shared_victim() -> None:
    assert gold_pairs(INCIDENTS) == {("1", "2")}
    assert same_city("2016Chicago".lstrip("0123456789"), "CHICAGO") and not same_city("Dayton", "")
    assert iso_date("2015-2-8") == "2015-02-08"


def test_dedupe_gvdb_oracle_merges_only_the_gold_pair() -> None:
    scored = score_pairs(gold_pairs(INCIDENTS), oracle_pairs(INCIDENTS))
    assert (scored.precision, scored.recall) == (1.0, 1.0)


def test_dedupe_gvdb_cli_oracle_mode(tmp_path) -> None:
    def annotation(date, city, names):
        victims = [{"name": {"value": n}, "victim-was": ["killed"]} for n in names]
        return json.dumps({"date-and-time": {"date": date, "city": {"value": city}}, "victim-section": victims})

    rows = [("10", "2016-1-5", "Akron", ["Lee Park"]), ("11", "2016-01-05", "Akron", ["Lee Park"]),
            ("12", "2016-01-09", "Akron", ["Ann Roe"])]  # fmt: skip
    path = tmp_path / "dev.tsv"
    path.write_text(HEADER + "".join(f"{a}\turl\ttitle\ttext {a}\t{annotation(d, c, n)}\tw\n" for a, d, c, n in rows))
    result = CliRunner().invoke(main, ["eval", "dedupe-gvdb", str(path), "--mode", "oracle"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)["oracle"]
    assert (report["gold_pairs"], report["correct_pairs"], report["predicted_pairs"]) == (1, 1, 1)
