"""English: general text facts (stopwords, abbreviations, number format)."""

THOUSANDS_SEPARATOR = ","
DECIMAL_SEPARATOR = "."

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov lt col gen capt sgt st jr sr inc ltd co corp vs etc no jan feb mar
    apr jun jul aug sep sept oct nov dec u.s a.m p.m
    """.split()
)

STOPWORDS = frozenset(
    """
    the a an and or but of to in on at for with by from as is are was were be been being it its this
    that these those he she they we you i his her their our your my not no yes do does did has have
    had will would can could should may might must there here what which who whom whose when where why
    how than then so if because about into over after before under again further once all any both
    each few more most other some such only own same too very just also
    """.split()
)

# --- numbers (used by debatekit.check) ---
NUMBER_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
PERCENT_WORDS = frozenset({"percent", "per cent", "%"})
CURRENCY_WORDS = frozenset(
    {"$", "us$", "usd", "dollar", "dollars", "rp", "rupiah", "£", "€", "euro", "euros"}
)
TOTAL_CUES = (
    "consisting of",
    "made up of",
    "comprising",
    "broken down into",
    "split into",
    "divided into",
    ":",
)
# Words before a figure that make it a name or an identifier, not a quantity ("Nomor 2", "Route 9").
IDENTIFIER_WORDS = frozenset("no number route article section chapter page room highway interstate".split())

# Contractions and their full forms, keys with a straight apostrophe (a curly one is read as straight).
# One outlet prints "I've", another "I have": both normalise to the same words. Each full form has as many
# words as the contraction has word pieces ("i've" -> "i" + "ve"), so word positions stay aligned.
# Possessive "'s" is ambiguous ("the city's budget") and is only expanded after pronouns and "that".
CONTRACTIONS: dict[str, str] = {
    "i'm": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "you're": "you are",
    "you've": "you have",
    "you'll": "you will",
    "you'd": "you would",
    "he's": "he is",
    "he'll": "he will",
    "he'd": "he would",
    "she's": "she is",
    "she'll": "she will",
    "she'd": "she would",
    "it's": "it is",
    "it'll": "it will",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "they're": "they are",
    "they've": "they have",
    "they'll": "they will",
    "they'd": "they would",
    "that's": "that is",
    "there's": "there is",
    "here's": "here is",
    "what's": "what is",
    "who's": "who is",
    "let's": "let us",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "haven't": "have not",
    "hasn't": "has not",
    "hadn't": "had not",
    "can't": "can not",
    "couldn't": "could not",
    "won't": "will not",
    "wouldn't": "would not",
    "shouldn't": "should not",
    "mustn't": "must not",
}
