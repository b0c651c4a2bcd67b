"""Indonesian: words that tie statements together (see debatekit.lang and debatekit.relate).

Cues are lower-case phrases matched on word boundaries. "Passive" cues name the source *after* the cue
("anggapan X dibantah oleh Y"), "active" cues name it *before* ("Y membantah X"); a clause-initial
active cue ("Menanggapi pernyataan X, Y mengatakan ...") names the target right after the cue and the
source after the comma.
"""

# --- rebuttal, support and answer cues (statement to statement, speaker to speaker) ---
REBUT_PASSIVE = (
    "dibantah oleh",
    "dibantah",
    "ditampik oleh",
    "ditampik",
    "disanggah oleh",
    "disanggah",
    "dibalas oleh",
    "disindir oleh",
    "dikritik oleh",
    "dikritik",
    "diserang oleh",
    "dipatahkan oleh",
)
REBUT_ACTIVE = (
    "membantah",
    "menampik",
    "menyanggah",
    "membalas",
    "menyindir",
    "mengkritik",
    "menyerang",
    "mematahkan",
    "menepis",
)
SUPPORT_PASSIVE = ("didukung oleh", "dibenarkan oleh", "diamini oleh", "disetujui oleh")
SUPPORT_ACTIVE = (
    "sepakat dengan",
    "sependapat dengan",
    "mendukung",
    "membenarkan",
    "mengamini",
    "menyetujui",
)
# Responses whose polarity the cue does not tell; a contradiction between the two statements makes one a
# rebuttal, otherwise it stays an answer.
ANSWER_PASSIVE = ("ditanggapi oleh", "dijawab oleh", "direspons oleh")
ANSWER_ACTIVE = ("menanggapi", "menjawab", "merespons", "merespon")

# Words between the passive verb and the source that are not part of it.
AGENT_MARKERS = frozenset({"oleh"})
# Words that may stand between a cue and the speaker it names ("membantah *pernyataan* X", "anggapan X
# *tersebut* dibantah"): any other word there means the name belongs to the content, not to a side
# ("membantah *pernah bertemu* X").
CLAIM_WORDS = frozenset(
    """
    pernyataan klaim tudingan tuduhan anggapan kritik kritikan ucapan komentar sindiran serangan argumen
    pendapat pandangan penilaian tersebut itu ini pun juga langsung kemudian lantas segera telah sudah
    balik keras tegas dari sang kabar hal isu
    """.split()
)
# A cue right after one of these is denied or declined ("tak menampik", "enggan menanggapi").
CUE_BLOCKERS = frozenset(
    {"tidak", "tak", "bukan", "belum", "enggan", "menolak", "ogah", "mau", "untuk", "akan"}
)

# Headline verbs between two names: "A Serang B soal ...", "A Sindir B".
HEADLINE_REBUT_VERBS = frozenset(
    "serang sindir bantah kritik balas tepis sanggah semprot sentil skakmat tantang tuding kecam".split()
)
HEADLINE_SUPPORT_VERBS = frozenset("dukung puji bela sepakat".split())

# Words that point back to something said before ("anggapan tersebut", "hal itu"): a cue with no named
# target may then refer to the previous speaker's statement.
BACK_REFERENCES = frozenset({"tersebut", "itu"})

# --- polarity: negation and "already" words used for contradiction and stance ---
NEGATIONS = frozenset({"tidak", "belum", "bukan", "tak", "tiada", "enggak", "nggak", "gak", "ga"})
# Aspect words that assert something has happened ("sudah terjadi", "telah berjalan").
ALREADY = frozenset({"sudah", "telah", "sempat"})
# A polarity word after one of these in its clause states a condition, not a fact ("jika sudah ditetapkan").
CONDITIONALS = frozenset(
    "jika kalau apabila bila selama asalkan andai seandainya sebelum hingga sampai".split()
)
# How a negated claim reads when its polarity is flipped ("tidak ada X" -> "sudah ada X"). Longest first;
# an empty replacement just drops the negation.
POLARITY_FLIPS = (
    ("tidak ada", "sudah ada"),
    ("tak ada", "sudah ada"),
    ("belum ada", "sudah ada"),
    ("tiada", "sudah ada"),
    ("belum", "sudah"),
    ("tidak", ""),
    ("tak", ""),
    ("bukan", ""),
)

# --- stance lexicon: words that take a side on whatever the clause is about ---
STANCE_FOR = frozenset(
    """
    setuju sepakat mendukung dukung benar tepat berhasil sukses terbukti membantu baik bagus positif
    membaik
    """.split()
)
STANCE_AGAINST = frozenset(
    """
    menolak tolak salah keliru gagal bohong hoaks mustahil membantah bantah menyanggah menampik kurang
    buruk negatif diam pajangan mangkrak lamban memburuk krisis
    """.split()
)

# Extra words ignored when discovering topics (besides text.STOPWORDS): frequent in any statement.
TOPIC_STOPWORDS = frozenset(
    """
    akan kan pak bu bapak ibu hari kini nanti lalu jadi yaitu yakni seperti namun ingin mau perlu
    tadi kemarin besok tahun bulan ada adanya maupun pula saja sendiri masing dua tiga satu bagaimana
    sama lain lainnya menjadi membuat melakukan punya terus sekali paling cukup baru para kita mereka
    kepada terhadap melalui tentang mengenai sejak beberapa sekitar hampir ketidak tersebut
    """.split()
)

# --- debat: transkrip saja (debatekit.debate) ---
DEBATE_MODERATOR_LABELS = frozenset({"moderator", "pembawa acara", "mc", "host", "pemandu"})
DEBATE_AUDIENCE_LABELS = frozenset({"penanya", "penonton", "hadirin", "audiens", "pertanyaan", "warga"})
DEBATE_PANELIST_LABELS = frozenset({"panelis", "wartawan", "jurnalis"})
DEBATE_TITLES = frozenset(
    """
    bapak bpk pak ibu bu saudara saudari sdr calon capres cawapres cagub cawagub paslon presiden wakil
    gubernur bupati wali kota menteri nomor urut
    """.split()
)
# Words that open a moderator's introduction before a name ("Selamat datang Bapak X"): never part of it.
DEBATE_INTRO_WORDS = frozenset(
    "selamat datang terima kasih kepada terhormat hadirin sekalian mari sambut saksikan".split()
)
DEBATE_REJECT_CUES = (
    "tidak benar",
    "tidak betul",
    "itu salah",
    "keliru",
    "tidak sepakat",
    "tidak setuju",
    "bohong",
    "hoaks",
    "fitnah",
    "saya bantah",
    "membantah",
    "tidak tepat",
    "tidak sesuai",
    "justru",
    "faktanya",
    "salah besar",
    "tidak pernah",
    "jangan bilang",
    "itu bukan",
    "bukan karena",
)
# Content words a cue rebuttal must share with its target. Short Indonesian statements and a prefix
# stemmer share few words; 1 is a guess (no Indonesian argument-graph data to tune on), English is tuned.
DEBATE_MIN_SHARED = 1
# Debaters address each other by given name ("Pak Hendra"), so it counts as naming the other side.
DEBATE_GIVEN_NAME_REFERS = True
DEBATE_OPPONENT_REFS = (
    "lawan saya",
    "paslon",
    "bapak tadi",
    "ibu tadi",
    "pak tadi",
    "tadi disampaikan",
    "yang disampaikan",
    "beliau",
    "katanya",
    "bapak bilang",
    "ibu bilang",
)
DEBATE_CONTRAST = frozenset({"tetapi", "tapi", "namun", "justru", "faktanya", "sebenarnya", "tidak", "bukan"})
DEBATE_AGREE_CUES = (
    "saya setuju",
    "kami setuju",
    "sepakat dengan",
    "setuju dengan",
    "benar kata",
    "sependapat",
)
DEBATE_AGREE_BLOCKERS = frozenset({"tidak", "tak", "belum", "bukan"})
DEBATE_FILLERS = frozenset({"eh", "em", "emm", "hmm", "anu", "ee", "eee"})
# Words said two ways, stage directions in lower case, directions that mean a cut-off turn (see the
# English pack); none listed yet for Indonesian transcripts.
DEBATE_SAME_WORDS: dict[str, str] = {}
STAGE_DIRECTIONS: frozenset[str] = frozenset()
INTERRUPTION_DIRECTIONS: frozenset[str] = frozenset()
# Words too common in debate speech to tie a rebuttal to its target (besides text.STOPWORDS).
DEBATE_STOPWORDS = frozenset(
    "bukan tidak pak bu bapak ibu saudara sekalian itu ini kami kita warga terima kasih silakan".split()
)
# Words by which a debater points at the other side ("Anda", "beliau"): a feature of the debate pair model.
DEBATE_OTHER_SIDE_WORDS = frozenset({"anda", "saudara", "beliau", "bapak", "ibu", "lawan", "paslon"})
# Spelled-out numbers a transcript and a news quote may write either way ("tujuh" / "7"); compound forms
# ("dua puluh lima", "tiga ratus") are summed by debatekit.align.transcript.
DEBATE_NUMBER_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
}  # fmt: skip
# Words that multiply the number before them ("dua puluh" is 20, "tiga ratus" is 300).
DEBATE_NUMBER_MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100}
# A debater's negation, as a word or a suffix. Empty until measured on an Indonesian debate transcript
# (candidates: "tidak", "bukan", "tak"); DEBATE_CONTRAST above already holds "tidak" and "bukan".
DEBATE_NEGATION_WORDS: tuple[str, ...] = ()
DEBATE_NEGATION_SUFFIXES: tuple[str, ...] = ()
