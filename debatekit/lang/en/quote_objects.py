"""English verbs whose quoted object is the subject's own words (``chanted "no justice, no peace"``).

Read by :func:`debatekit.extract.quote_candidates.quote_objects`. A quote inside the reporter's
sentence is only a direct statement when the verb that governs it reports words: ``praised "her
courage and grit"``, ``the crowd sang "We sail tonight"``, ``thanked him for "stepping up"``. After
other verbs a quote is usually a title, a name or a scare-quoted phrase (``watched "Night Shift"``,
``a "historic" vote``), so a blanket rule loses precision; these lists were counted on English news
with exhaustive gold.
"""

# The quote follows the verb right away, or after a word of the attribution pack's CLAUSE_SKIP ("argued
# that "...""). "read" (a sign's text) is left out: on the tuning set it found one quote for two false
# ones. Verbs that name or take an infinitive ("called", "vowed to") are left out: their quotes were
# mostly partly quoted reported speech or single scare-quoted words.
OBJECT_VERBS = frozenset(
    """
    chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling
    scream screams screamed screaming mouth mouthed mouthing
    sing sings sang singing
    praise praises praised praising condemn condemns condemned condemning
    denounce denounces denounced denouncing offer offers offered offering
    claim claims claimed claiming argue argues argued arguing caution cautions cautioned cautioning
    cite cites cited citing list lists listed listing
    support supports supported supporting oppose opposes opposed opposing
    welcome welcomes welcomed welcoming
    """.split()
)

# Nouns that, followed by a word of UTTERANCE_LINKS, introduce what a crowd called out
# ("chants of "Four more years"").
UTTERANCE_NOUNS = frozenset("chant chants call calls cry cries shout shouts chorus roar roars".split())
# The words that join such a noun to the quote right after it ("chants of").
UTTERANCE_LINKS = frozenset("of".split())

# Verbs whose object sits between them and the quote, closed by a preposition: "thanked him for "...""
# (verb, preposition) pairs, with at most OBJECT_GAP_WORDS words between them.
GAP_FRAMES = (("thank", "for"), ("thanks", "for"), ("thanked", "for"), ("thanking", "for"), ("took", "for"))
OBJECT_GAP_WORDS = 3

# A quoted object needs this many words (one word after such a verb is mostly a name or a shout).
MIN_OBJECT_QUOTE_WORDS = 2

# "As Jo Roe put it, "..."": a lead-in opened by AS_OPENERS with one of these verbs followed by
# AS_VERB_OBJECTS ("put it") or by a speech verb of the attribution pack ("as Roe said last week, "..."").
AS_OPENERS = frozenset("as".split())
AS_VERBS = frozenset("put puts putting".split())
AS_VERB_OBJECTS = frozenset("it".split())
