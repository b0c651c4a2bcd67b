"""Discrepancies between and within outlets."""
# PLACEHOLDER until the check stage lands: the check owner replaces this file.
from debatekit import schema


def find_discrepancies(analysis):
    return schema.frame(schema.DISCREPANCY_COLUMNS)
