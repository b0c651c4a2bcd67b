"""Statement extraction and attribution: quotes, reported speech, speakers across outlets."""
# PLACEHOLDER until extraction lands.
from debatekit import schema


def extract_corpus(articles, language=None):
    return (schema.frame(schema.STATEMENT_COLUMNS), schema.frame(schema.MENTION_COLUMNS),
            schema.frame(schema.SPEAKER_COLUMNS))
