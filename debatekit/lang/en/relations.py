"""English: words that tie statements together (see debatekit.lang and debatekit.relate).

Cues are lower-case phrases matched on word boundaries. "Passive" cues name the source *after* the cue
("X's claim was rebutted by Y"), "active" cues name it *before* ("Y rebutted X").
"""

# --- rebuttal, support and answer cues ---
REBUT_PASSIVE = (
    "rebutted by",
    "disputed by",
    "countered by",
    "challenged by",
    "contradicted by",
    "denied by",
)
REBUT_ACTIVE = (
    "rebutted",
    "rebuts",
    "disputed",
    "disputes",
    "pushed back",
    "pushes back",
    "fired back",
    "fires back",
    "hit back",
    "hits back",
    "countered",
    "counters",
    "contradicted",
    "denied",
    "dismissed",
    "slammed",
)
SUPPORT_PASSIVE = ("echoed by", "backed by", "endorsed by", "supported by", "seconded by")
SUPPORT_ACTIVE = (
    "agreed with",
    "agrees with",
    "echoed",
    "echoes",
    "backed",
    "endorsed",
    "seconded",
    "sided with",
)
ANSWER_PASSIVE = ("answered by",)
ANSWER_ACTIVE = ("responded to", "responding to", "replied to", "replying to", "answered", "in response to")

AGENT_MARKERS = frozenset({"by"})
CLAIM_WORDS = frozenset(
    """
    claim claims remark remarks comment comments statement statements criticism attack assertion argument
    view views the a an of by from at against on to this that sharply quickly also s was were is are been
    has have had report reports account accounts characterization figure figures numbers
    """.split()
)
CUE_BLOCKERS = frozenset({"not", "never", "declined", "refused", "to", "will", "would"})

HEADLINE_REBUT_VERBS = frozenset(
    "slams attacks rebuts blasts hits counters disputes challenges criticises criticizes mocks".split()
)
HEADLINE_SUPPORT_VERBS = frozenset("backs praises defends endorses echoes".split())

BACK_REFERENCES = frozenset({"this", "that", "claim", "remarks", "comments"})

# --- polarity ---
# Contractions are single words to debatekit.relate.spans.words ("can't", "doesn’t").
NEGATIONS = frozenset(
    """
    not no never nobody nothing none without cannot can't won't don't doesn't didn't isn't aren't wasn't
    weren't hasn't haven't hadn't shouldn't wouldn't couldn't ain't
    """.split()
)
ALREADY = frozenset({"already"})
CONDITIONALS = frozenset("if unless until when whether once before".split())
POLARITY_FLIPS = (
    ("not yet", "already"),
    ("there is no", "there is"),
    ("there are no", "there are"),
    ("is not", "is"),
    ("are not", "are"),
    ("was not", "was"),
    ("were not", "were"),
    ("has not", "has"),
    ("have not", "have"),
    ("does not", "does"),
    ("do not", "do"),
    ("did not", "did"),
    ("never", "already"),
    ("not", ""),
    ("no", ""),
)

# --- stance lexicon ---
# Also the verdict words of evaluative propositions ("housing has improved under X"): a sentence about the
# same thing votes with them ("housing is a crisis" is against).
STANCE_FOR = frozenset(
    """
    agree agrees support supports right true correct succeeded success successful proven good better
    improve improves improved improving
    """.split()
)
STANCE_AGAINST = frozenset(
    """
    disagree disagrees reject rejects wrong false failed failure failing lie lies impossible deny denies
    bad worse worsen worsened worsening crisis
    """.split()
)

TOPIC_STOPWORDS = frozenset(
    """
    said says say will would also just like get got going make made want need today yesterday year years
    people thing things way well one two three new mr mrs ms sir madam
    """.split()
)

# --- debates: a transcript on its own (debatekit.debate) ---
# Transcript labels (lower case, whole label) that name a role rather than a person.
DEBATE_MODERATOR_LABELS = frozenset({"moderator", "host", "anchor", "chair", "presenter"})
DEBATE_AUDIENCE_LABELS = frozenset(
    {"question", "questioner", "audience", "audience member", "q", "unidentified", "unknown", "voter"}
)
DEBATE_PANELIST_LABELS = frozenset({"panelist", "panellist", "journalist", "reporter"})
# Titles before a name in a moderator's introduction ("Secretary Clinton", "Vice President Biden").
DEBATE_TITLES = frozenset(
    """
    mr mrs ms miss dr senator sen governor gov president vice secretary congressman congresswoman mayor
    ambassador judge general former speaker leader nominee candidate the republican democratic admiral
    colonel major captain lieutenant sergeant commander professor reverend justice chairman chairwoman
    """.split()
)
# Words that open a moderator's introduction before a name ("Welcome Jane Doe"): never part of it.
DEBATE_INTRO_WORDS = frozenset(
    """
    welcome welcoming introducing introduce meet joining join thank thanks congratulations hello please
    tonight good evening morning afternoon ladies gentlemen
    """.split()
)
# Explicit rejection of what the other side said (phrases, lower case, matched on word boundaries).
DEBATE_REJECT_CUES = (
    "that's not true",
    "that is not true",
    "not true",
    "isn't true",
    "is not true",
    "that's not",
    "that is not",
    "simply not",
    "just not",
    "not correct",
    "not accurate",
    "not the case",
    "is wrong",
    "was wrong",
    "he's wrong",
    "she's wrong",
    "you're wrong",
    "are wrong",
    "wrong on",
    "disagree",
    "false",
    "untrue",
    "nonsense",
    "a lie",
    "lying",
    "misrepresent",
    "misrepresents",
    "misrepresented",
    "distort",
    "distorts",
    "distorted",
    "distortion",
    "hard to believe",
    "hard to recognize",
    "never said",
    "didn't say",
    "did not say",
    "i did not",
    "i didn't",
    "not what",
    "nothing to do with",
    "totally wrong",
    "ridiculous",
    "absurd",
    "not so",
    "that's a",
    "he forgot",
    "he fails",
    "he failed",
    "failed to",
    "can't have it both ways",
)
# The other side named or quoted ("my opponent says", "he talked about", "you said").
DEBATE_OPPONENT_REFS = (
    "my opponent",
    "he says",
    "he said",
    "he talks",
    "he talked",
    "he mentioned",
    "he suggested",
    "he claims",
    "he wants",
    "she says",
    "she said",
    "she talks",
    "she talked",
    "she claims",
    "she wants",
    "you said",
    "you say",
    "you talk",
    "you talked",
    "his record",
    "her record",
    "his plan",
    "her plan",
    "his proposal",
    "her proposal",
    "his position",
    "her position",
    "the other side",
    "what he",
    "what she",
    "he has",
    "she has",
    "he is",
    "she is",
    "he's",
    "she's",
)
# Content words a cue rebuttal must share with its target (tuned on the ElecDeb relation-train debates).
DEBATE_MIN_SHARED = 3
# Debaters name each other by surname or title ("Senator Kennedy"); a given name alone ("Will") is no reference.
DEBATE_GIVEN_NAME_REFERS = False
# Contrast that, next to a reference to the other side, turns it into a rebuttal.
DEBATE_CONTRAST = frozenset({"but", "however", "actually", "fact", "truth", "no", "not", "never", "wrong"})
# Agreement with the other side ("I agree with the senator").
DEBATE_AGREE_CUES = (
    "i agree",
    "we agree",
    "agree with",
    "he's right",
    "she's right",
    "you're right",
    "is right about",
    "i concur",
    "i share",
    "we both",
    "both agree",
    "agree on",
    "no disagreement",
    "in agreement",
)
# Agreement cues that are a rejection when negated ("I don't agree").
DEBATE_AGREE_BLOCKERS = frozenset(
    {"not", "don't", "dont", "never", "can't", "cannot", "doesn't", "doubt", "few", "nobody", "hardly"}
)
# Words said two ways in transcripts and news: the first is compared as the second.
DEBATE_SAME_WORDS: dict[str, str] = {"ok": "okay"}
# Stage directions in lower case that a transcript puts in parentheses ("(applause)"); upper-case and
# bracketed ones are found by their shape alone.
STAGE_DIRECTIONS = frozenset(
    "applause laughter crosstalk cross-talk inaudible booing cheering cheers boos silence pause music "
    "interruption overlapping".split()
)
# Stage directions that mean the turn was cut off by someone else.
INTERRUPTION_DIRECTIONS = frozenset(
    {"crosstalk", "cross-talk", "interruption", "interrupting", "overlapping"}
)
# Spoken fillers left out of word counts and comparisons.
DEBATE_FILLERS = frozenset({"uh", "um", "uhh", "umm", "er", "erm", "ah", "hmm", "mm"})
# Words too common in debate speech to tie a rebuttal to its target (besides text.STOPWORDS).
DEBATE_STOPWORDS: frozenset[str] = frozenset()
# Words by which a debater points at the other side ("you", "his"): a feature of the debate pair model.
DEBATE_OTHER_SIDE_WORDS = frozenset(
    {"you", "your", "you're", "yours", "he", "his", "him", "he's", "she", "her", "she's", "opponent"}
)
# Spelled-out numbers a transcript and a news quote may write either way ("twenty" / "20"); compound
# forms ("twenty five", "three hundred") are summed by debatekit.align.transcript.
DEBATE_NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply the number before them ("three hundred" is 300).
DEBATE_NUMBER_MULTIPLIERS: dict[str, int] = {"hundred": 100}
# A debater's negation, as a word or a suffix ("I don't agree", "that's not true", "never"): it opens a
# straight reply and names the cue of a rebuttal the pair model found.
DEBATE_NEGATION_WORDS = ("not", "no", "never")
DEBATE_NEGATION_SUFFIXES = ("n't",)
