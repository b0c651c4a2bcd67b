"""Cross-outlet alignment of statements (and against a transcript)."""
# PLACEHOLDER until the align stage lands: the align owner replaces this file.
from debatekit import schema


def align_statements(statements):
    return schema.frame(schema.MATCH_COLUMNS), schema.frame(schema.STATEMENT_GROUP_COLUMNS), statements


def align_transcript(statements, turns, speakers):
    return statements
