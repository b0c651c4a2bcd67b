"""Topics, rebuttals, stances and the debate graph."""
# PLACEHOLDER until the relate stage lands: the relate owner replaces this file.
import networkx as nx

from debatekit import schema


def relate(analysis, *, propositions=None, topics=None, stance_model=None):
    return {"topics": schema.frame(schema.TOPIC_COLUMNS), "rebuttals": schema.frame(schema.REBUTTAL_COLUMNS),
            "stances": schema.frame(schema.STANCE_COLUMNS), "graph": nx.MultiDiGraph()}
