"""English: words that attribute speech and name people (see the Indonesian pack for the field meanings)."""

QUOTE_VERBS = frozenset(
    """
    said says say added asked explained stated noted argued insisted replied answered continued declared
    warned claimed wrote recalled countered quipped remarked acknowledged admitted conceded responded
    told tells shouted joked pointed observed suggested urged promised vowed pledged concluded charged
    retorted snapped demanded wondered mused cautioned emphasized emphasised stressed contended
    maintained announced predicted boasted complained lamented objected protested interjected fired shot
    tweeted posted writes asks responds adds notes explains recalls reminded reiterated testified
    recounted exhorted scoffed chimed telling adding remarking responding writing tweeting asking
    concludes jokes joking chanted chanting chant chants elaborated proclaimed sang sings stating
    continues yelled yelling shouting shouts screamed exclaimed cried declares reads reading interjecting
    repeated echoing mouthing quipping boasting reported reports fumed fumes barked assured assures
    griped bragged chided sniped mocked
    """.split()
)

REPORT_VERBS = frozenset(
    """
    said says argued claimed insisted noted stressed warned added explained stated maintained contended
    acknowledged promised pledged vowed denied disputed suggested believes believed thinks thought
    told tells announced predicted admitted conceded countered charged alleged accused criticized
    criticised questioned emphasized emphasised pointed urged asked answered replied responded
    saying arguing adding noting insisting warning claiming stressing explaining
    tweeted wrote reiterated testified reminded remarked recalled assured assures
    """.split()
)

PREQUOTE_VERBS = REPORT_VERBS | frozenset(
    """
    says said asked told wrote replied answered asks responds writes tweeted posted telling adding
    remarking responding
    """.split()
)

ACCORDING_TO = frozenset({"according to"})

SUBJECT_VERB_FILLERS = frozenset(
    """
    also later then again further previously has had have earlier once still repeatedly flatly quickly
    firmly
    """.split()
)

# "X yang juga petahana ini" / "X, who is the mayor,": a relative clause between subject and verb.
RELATIVE_PRONOUNS = frozenset({"who"})

# A reported clause ends before ", <one of these>" (what follows is the reporter's gloss).
CLAUSE_BREAKS = frozenset("including especially such which".split())

# Words in front of a role that do not narrow it ("the mayor" is the article's "Mayor X").
ROLE_DETERMINERS = frozenset("the a an this that our their his her".split())

# Split "Name-Name" into two names? (double-barrelled surnames ("Smith-Jones") are one name)
SPLIT_HYPHENATED_PAIRS = False

ROLE_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "rep": "representative",
    "gov.": "governor",
    "gov": "governor",
    "councilmember": "council member",
}

# Grammatical gender, for telling apart people who share a surname ("Mr. Hale" / "Ms. Hale") and for
# "he"/"she". Given names: common English given names; a name in neither list has no known gender.
HONORIFIC_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Gendered pronouns that, after a name in its clause, refer back to it ("Roe allowed her staff"), so they
# tell namesakes of different gender apart; an object ("without naming him") is somebody else.
BACK_REFERRING_PRONOUNS = frozenset("he his she her".split())
# Reporting verbs used in a sense that reports nothing: the verb forms, then one set of words for each word
# that follows it with nothing but a space between ("added to her lead", "claiming 41 percent of the vote",
# "claimed victory", "tell them apart"). "#" in a set stands for any figure ("41", "1,200").
_ADD = frozenset("add adds added adding".split())
_CLAIM = frozenset("claim claims claimed claiming".split())
_TELL = frozenset("tell tells told telling".split())
_DETERMINERS = frozenset("the a an her his their its our my your this that these those".split())
_FIGURES = frozenset("# a an another one two three four five six seven eight nine ten".split())
_SCORE_NOUNS = frozenset("goal goals point points run runs touchdown touchdowns basket baskets".split())
_CLAIM_NOUNS = frozenset(
    "victory victories title titles lives seat seats delegates percent allegiance residency".split()
)
NON_REPORTING_FRAMES: tuple[tuple[frozenset[str], ...], ...] = (
    (_ADD, frozenset({"to"}), _DETERMINERS),  # "adding to her run of victories"
    (_ADD, _FIGURES, _SCORE_NOUNS),  # "added a goal", "added two points"
    (_CLAIM, frozenset({"#"})),  # "claiming 41 percent"
    (_CLAIM, _CLAIM_NOUNS),  # "claimed victory", "claiming allegiance to"
    (_CLAIM, _DETERMINERS, _CLAIM_NOUNS),  # "claimed the title"
    (_TELL, frozenset({"apart"})),
    (_TELL, frozenset("them us you him her it the".split()), frozenset({"apart"})),  # "tell them apart"
)
GIVEN_NAMES_FEMALE = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
    ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
    cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine
    catherine debra rachel carolyn janet virginia maria heather diane julie joyce victoria kelly christina
    lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean
    kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa
    marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte claire rosa priya
    elena sofia lucia carmen ana fatima aisha mei ling yuki anita sunita kamala hillary nikki elise
    """.split()
)
GIVEN_NAMES_MALE = frozenset(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
    frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
    ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
    jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
    ralph eugene russell bobby mason philip louis carlos luis miguel marcus owen tomas omar ahmed muhammad
    raj arjun hiroshi wei barack bernie mitt ted rand chuck mitch bill
    """.split()
)

# Present participles that report speech after a main verb: "The mayor fired back, saying that ...".
PARTICIPLE_VERBS = frozenset(
    """
    saying arguing adding noting insisting warning claiming stressing explaining telling remarking responding
    calling asking tweeting writing describing
    """.split()
)

# Words that join the parts of a long title ("Menteri Pemuda dan Olahraga X", "Secretary of State X").
ROLE_CONNECTORS = frozenset("and of for".split())

ROLE_NUMBER_WORDS = frozenset({"no", "number"})
APPOSITIVE_JOINERS = frozenset({"of"})  # "Secretary of State Jane Doe"

CLAUSE_SKIP = frozenset({"that"})

PRONOUNS = frozenset({"he", "she", "they"})
PRONOUN_SUFFIXES: tuple[str, ...] = ()

HONORIFICS = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev sen senator rep gov gen col capt lt sgt hon judge
    justice
    """.split()
)

DEGREE_PATTERN = r"(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|MPA|Esq\.?)"

# Generational suffixes are part of the name: "Donald Trump Jr." is not Donald Trump.
GENERATIONAL_SUFFIXES = frozenset("jr sr ii iii iv".split())

NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "la", "le", "bin", "al"})

ROLE_HEADS = (
    "deputy mayor",
    "mayor",
    "governor",
    "lieutenant governor",
    "senator",
    "state senator",
    "sen.",
    "representative",
    "rep.",
    "congressman",
    "congresswoman",
    "councilmember",
    "council member",
    "councilwoman",
    "councilman",
    "councillor",
    "councilor",
    "cllr",
    "president",
    "vice president",
    "prime minister",
    "minister",
    "secretary",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commissioner",
    "candidate",
    "challenger",
    "incumbent",
    "moderator",
    "professor",
    "analyst",
    "economist",
    "sheriff",
    "judge",
    "superintendent",
    "treasurer",
    "attorney general",
    "head",
    "chief",
    "founder",
    "ceo",
    # plural roles before a list of names ("Senators Jo Roe and Al Poe", "Reps. Roe and Poe"): the role
    # is no first name of the person after it
    "senators",
    "reps.",
    "representatives",
    "governors",
    "congressmen",
    "congresswomen",
)

STANDALONE_ROLES = (
    "the mayor",
    "the deputy mayor",
    "the governor",
    "the senator",
    "the incumbent",
    "the challenger",
    "the candidate",
    "the councilwoman",
    "the councilman",
    "the councilmember",
    "the president",
    "the minister",
    "the commissioner",
    "the moderator",
    "the sheriff",
)

# Epithets in English are mostly "the former X", "the 54-year-old": a "the" phrase ending in a role word
# is handled by STANDALONE_ROLES; kinship epithets are rare.
EPITHET_HEADS: frozenset[str] = frozenset()
EPITHET_END: frozenset[str] = frozenset()

NON_NAME_CAPITALS = frozenset(
    """
    the a an but and or so yet however meanwhile still he she they we i it this that these those his her
    their our in on at for with by from as after before when while if because although though during
    according monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december photo read related advertisement editor
    reporter more also there here what who why how where then now today yesterday tonight
    despite given since former both some neither either like unlike many several most few every each
    another other all any no not only even just instead perhaps maybe indeed first second third one two
    three four five six seven eight nine ten about across against along amid among around behind between
    beyond inside near outside over past through throughout toward towards under until upon within
    without whether once ahead asked unless
    """.split()
)

# Party, ideology and demonym words: capitalised, yet a person's affiliation, never a name ("Senate
# Republican leaders", "a Democratic senator"). Plurals stay out: "Republicans said" names a group that
# speaks; so do demonyms that are also given or family names ("Christian", "French").
AFFILIATION_WORDS = frozenset(
    """
    republican democrat democratic gop conservative liberal libertarian progressive evangelical
    american mexican chinese russian iranian israeli palestinian syrian muslim hispanic latino
    """.split()
)

ORG_WORDS = frozenset(
    """
    department ministry agency commission council committee party city county state university college
    school hospital bank inc corp company office street avenue road market center centre hall
    association union foundation institute board court police administration government survey poll
    report program debate election campaign act bill covid pandemic news times post herald tribune
    journal gazette daily team tower authority authorities bureau coalition corporation organization organisation
    """.split()
)

NON_PERSON_SUBJECTS = frozenset({"it", "this", "data", "survey", "report", "poll", "statement"})

TITLE_CUES = frozenset(
    """
    program programme show book film movie song titled entitled called dubbed slogan hashtag campaign
    column headline podcast series
    """.split()
)

# English news refers to people by surname after the first mention.
SHORT_NAME_POSITION = "last"

# Words that end the noun phrase naming a speaker after a verb ("said Jo Roe of Acme": the name is Jo Roe).
PREPOSITIONS = frozenset("of from at in with for on by to about".split())

# Articles before a capitalised word make it a common noun ("a Republican said"), not a name.
ARTICLES = frozenset("a an the".split())

# Words that may open a sentence before its subject ("But Jo Roe, a teacher, said").
CONNECTIVES = frozenset("but and so yet meanwhile however still".split())

# Lower-case words a speaker's noun phrase may hold after a verb-first cue ("said his campaign manager
# Jo Roe"); Indonesian puts lower-case roles through the role lists instead.
NOUN_PHRASE_LOWERCASE = 4

# Does a lone word that starts one person's name word, in an article, stand for that person?
# English short forms are not truncations a rule can trust ("Clint" is not Clinton).
NICKNAME_PREFIXES = False

# A quote running over several paragraphs (each reopening with a quotation mark) that is an excerpt, set
# off by a colon ("Transcript as follows:") or with no cue: one statement per paragraph (True) or one
# statement (False). Speech closed by its cue ("...," she said) is always one statement.
QUOTE_PER_PARAGRAPH = True

# Words that open a speaker's noun phrase naming nobody in particular ("a State Department official
# said", "another commenter wrote"): such a speaker gets no person.
DESCRIPTION_OPENERS = frozenset("a an the another one some several many this that these those".split())

# Verbs that name what someone said, with an object between them and the quote: "called the plan "a
# cruel hoax."", "described it as "news to me.""
NAMING_VERBS = frozenset(
    "called calling calls labeled labelled labeling labelling dubbed branded described".split()
)

# Words before a place name that tell a place from a name (none: English names and places are told
# apart by other means).
PLACE_MARKERS: frozenset[str] = frozenset()

# Two capitals without dots are an organisation in English ("UN", "AP"), never a name's initials.
NAME_INITIALS = False

# Occupations written before a name without being part of it ("Actor Jo Roe"): nameparser's title list,
# and no words of our own.
OCCUPATION_TITLES: frozenset[str] = frozenset()
OCCUPATION_TITLES_FROM_NAMEPARSER = True

# Endings of verb forms that open a sentence before a name ("Injecting Roe's troubles into ...").
VERB_FORM_SUFFIXES = ("ing",)

# A surname several people of an article share ("Clinton" for Hillary and Bill): the one named as a
# subject in the last few sentences, else the one the article names most, rather than the last named.
# (Off in Indonesian, where the short name is a given name and the last named fits better on id_pfsa_dev.)
NAMESAKES_BY_SUBJECT = True

# Is a resolved pronoun ("he hopes ...") a mention of its person, so that the cues after it find that person
# as the sentence's subject? Off: English namesakes are told apart by how often each is named, and a "he"
# would count as a naming (it split a person on en_polnear_dev).
PRONOUN_CARRIES_PERSON = False

# An appositive that gives the name a person goes by: "Mr. Roe, known as Jojo, ..." makes "Jojo" one of
# Roe's name words, so "Jojo Roe" elsewhere is the same person (lower-case, after a comma).
ALIAS_INTRODUCERS: tuple[str, ...] = (
    "known as",
    "also known as",
    "better known as",
    "widely known as",
    "nicknamed",
    "aka",
)
