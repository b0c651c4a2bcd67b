"""Cross-outlet alignment of statements, and of statements against a debate transcript.

``align_statements`` pairs statements of different articles that render one utterance (blocked candidates,
rapidfuzz scoring, relation labels, word-level diffs) and groups them; ``align_transcript`` ties each
statement to the transcript turn(s) it comes from.
"""

from debatekit.align.statements import align_statements
from debatekit.align.transcript import align_transcript

__all__ = ["align_statements", "align_transcript"]
