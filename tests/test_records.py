"""The typed records between extraction passes: each row record gives exactly its table's schema columns."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from debatekit import schema
from debatekit.extract import records, tables_from
from debatekit.extract.article import extract_article
from debatekit.lang import get_pack

TEXT = (
    "Harbour plan splits the council\n"
    '"We will open the harbour to every boat by June," Mayor Ellen Brandt said on Monday.\n'
    "Councillor Tom Reyes said the plan would cost the city too much. He called it reckless.\n"
    '"It is a plan without money," Reyes said.'
)

# the records of a row, and the table each becomes, with the columns tables_from adds beside them
ROW_RECORDS = {
    records.StatementRecord: (schema.STATEMENT_COLUMNS, ("outlet", "speaker_id", "speaker")),
    records.MentionRecord: (schema.MENTION_COLUMNS, ("speaker_id",)),
}


def test_every_record_that_is_a_row_is_listed():
    # the others are what passes share (no table row): a new row record must be added above
    rows = {c for c in vars(records).values() if isinstance(c, type) and issubclass(c, records._Row)}
    assert rows - {records._Row} == set(ROW_RECORDS)


@pytest.mark.parametrize("record", list(ROW_RECORDS), ids=lambda c: c.__name__)
def test_columns_are_schema_columns_in_schema_order(record):
    table, added = ROW_RECORDS[record]
    cols = record.columns()
    assert cols == tuple(c for c in table if c in cols)  # schema columns, in the schema's order
    assert not set(cols) & set(added)  # what tables_from adds, the record does not hold
    # the one field that is not a column is the article-local person, which tables_from resolves
    assert {f.name for f in dataclasses.fields(record)} - set(cols) == {"person_key"}


@pytest.fixture(scope="module")
def extracted():
    ex = extract_article("a1", TEXT, get_pack("en"), title="Harbour plan splits the council")
    assert ex.statements and ex.mentions
    people = {k for r in [*ex.statements, *ex.mentions] if (k := r.person_key) is not None}
    who = {("a1", k): (f"person-{k}", f"Person {k}") for k in people}
    articles = pd.DataFrame({"article_id": ["a1"], "outlet": ["Harbour News"], "source": ["a1.txt"]})
    statements, mentions, _ = tables_from([ex], articles, who)
    return ex, statements, mentions


def test_as_row_gives_the_columns_and_tables_from_adds_only_its_own(extracted):
    ex, statements, mentions = extracted
    for recs, frame, key in (
        (ex.statements, statements, "statement_id"),
        (ex.mentions, mentions, "mention_id"),
    ):
        table, added = ROW_RECORDS[type(recs[0])]
        assert tuple(frame.columns) == table
        by_id = frame.set_index(key, drop=False).to_dict("index")
        for rec in recs:
            row = rec.as_row()
            assert tuple(row) == rec.columns()
            assert all(row[c] == rec[c] for c in row)
            out = by_id[row[key]]
            assert {c: out[c] for c in row} == row  # the record's cells reach the table unchanged
            # every other column is one tables_from fills, or left for a later stage (None here)
            later = [c for c in table if c not in row and c not in added]
            assert all(out[c] is None for c in later), {c: out[c] for c in later}
            if rec.person_key is not None:
                assert out["speaker_id"] == f"person-{rec.person_key}"


def test_a_record_refuses_a_column_it_does_not_hold(extracted):
    ex, _, _ = extracted
    with pytest.raises(KeyError):
        ex.statements[0]["person_key"]
    with pytest.raises(KeyError):
        ex.statements[0]["speaker_id"]
