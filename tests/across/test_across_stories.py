from faultlines.across import minhash
from faultlines.across.corpus import DocumentView
from faultlines.across.stories import build_stories, divided_actors
from faultlines.across.text import sentences, words

BASE = (
    "Militia fighters and army units exchanged artillery fire across the river crossing near the dam "
    "for a third straight night, forcing farmers in nearby hamlets to leave their fields and herds behind."
)


def _doc(doc_id: str, text: str, **fields) -> DocumentView:
    return DocumentView(doc_id, None, "Wire", "2020-01-02", text, **fields)


def test_stories_minhash_finds_an_edited_copy() -> None:
    edited = BASE.replace("third", "fourth").replace("herds", "cattle")
    other = "Protesters marched to the governor's office demanding water and power."
    texts = {"a": BASE, "b": edited, "c": other}
    signatures = {k: minhash.signature(minhash.shingles(words(t))) for k, t in texts.items()}
    found = {(a, b) for a, b, _ in minhash.near_duplicates(signatures, 0.3)}
    assert found == {("a", "b")}


def test_stories_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = 'Gen. Ali said the road was cut. "We will hold," he said.\nResidents fled.'
    spans = list(sentences(text))
    assert [text[s:e] for s, e in spans] == [
        "Gen. Ali said the road was cut.",
        '"We will hold," he said.',
        "Residents fled.",
    ]


def test_stories_group_shared_incidents_and_leave_unrelated_apart() -> None:
    docs = {
        "a": _doc("a", BASE),
        "b": _doc("b", "Farmers near the dam say the shelling has not stopped. " + BASE[:60]),
        "c": _doc("c", "A teachers' strike closed every school in the capital on Monday, union leaders said."),
    }
    stories = build_stories(docs, {"ce-1": ["a", "b"]})
    assert sorted(s.doc_ids for s in stories) == [("a", "b"), ("c",)]
    joined = next(s for s in stories if len(s.doc_ids) == 2)
    assert joined.canonical_ids == ("ce-1",)
    assert any("same incident" in link["reason"] for link in joined.links)


def test_stories_thread_of_one_actor_divisions_links_documents() -> None:
    docs = {
        "a": _doc(
            "a", "Report one about the movement's rift over pay and command.", factions={"grp": ["foreign", "local"]}
        ),
        "b": _doc("b", "A different text on executions of members who tried to flee.", intra_group={"grp"}),
    }
    assert divided_actors(docs["a"]) == {"grp"}
    assert [s.doc_ids for s in build_stories(docs, {})] == [("a", "b")]
