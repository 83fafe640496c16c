"""The typed-mention features read token attributes from one table per document: it must hold
what spaCy's own Token and Span give, and the batch scoring must give what one-by-one scoring
gives, or the model would see other features than it was fitted on."""

from __future__ import annotations

import pytest

from faultlines.actors.mention_model import MentionModel
from faultlines.actors.mention_types import TokenTable

TEXT = (
    "ISIS fighters attacked Raqqa, Syria on Monday, killing 12 U.S.-backed SDF troops.\n\n"
    "  A local physician said they had fled there; the Iraqi army did not comment."
)


@pytest.mark.slow
def test_mention_types_token_table_matches_spacy_tokens(nlp) -> None:
    doc = nlp(TEXT)
    table = TokenTable.of(doc)
    assert len(table) == len(doc)
    for token in doc:
        i = token.i
        row = (table.text[i], table.lower[i], table.pos[i], table.tag[i], table.dep[i], table.lemma[i])
        assert row == (token.text, token.lower_, token.pos_, token.tag_, token.dep_, token.lemma_)
        assert (table.ent_type[i], table.ent_iob[i], table.head[i], table.idx[i]) == (
            token.ent_type_,
            token.ent_iob_,
            token.head.i,
            token.idx,
        )
        assert (bool(table.is_lower[i]), bool(table.is_alpha[i]), bool(table.like_num[i])) == (
            token.is_lower,
            token.is_alpha,
            token.like_num,
        )
    for span in [*doc.noun_chunks, *doc.ents, doc[0:1], doc[3 : len(doc)]]:
        assert table.span_text(span.start, span.end) == span.text


@pytest.mark.slow
def test_mention_types_token_table_of_an_empty_doc(nlp) -> None:
    assert len(TokenTable.of(nlp(""))) == 0


def test_mention_model_scores_many_is_scores_of_each_row() -> None:
    model = MentionModel(
        classes=("Person", "None"),
        weights={"a": [0.5, -0.25], "b": [0.125, 1.0], "c": [-2.0, 0.3]},
        bias=[0.1, 0.2],
    )
    rows = [["a", "b"], [], ["unknown", "c", "a", "c"], ["b"]]
    assert model.scores_many(rows) == [model.scores(row) for row in rows]
    assert model.scores_many([]) == []
