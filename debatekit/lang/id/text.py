"""Indonesian: general text facts (stopwords, abbreviations, number format)."""

# Thousands separator "." and decimal ",": "12.450" is twelve thousand four hundred and fifty, "9,4" is nine point four.
THOUSANDS_SEPARATOR = "."
DECIMAL_SEPARATOR = ","

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    h hj dr drs dra ir prof st sh se mm mh msi mt mba mpd spd skom sos ssos dll dsb dst tsb yth no
    jl jln kab kec kel prov rp tbk pt cv kh ust bpk ibu sdr kol brigjen mayjen letjen jend kapt
    ipda iptu akp kompol akbp kombes irjen komjen
    """.split()
)

STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga sudah telah belum
    atau karena oleh sebagai bisa ada saya kita kami mereka dia ia anda kamu para sebuah seorang
    bahwa agar supaya jika kalau namun tetapi tapi sehingga maka lebih sangat hanya masih saat
    setelah sebelum ketika hingga sampai antara tersebut pun lagi harus dapat bagi serta secara
    banyak semua setiap tak kan nya hal apa siapa bagaimana mengapa kapan mana begitu demikian
    """.split()
)

# --- numbers (used by debatekit.check) ---
# Scale words after a figure: "Rp 8 triliun", "1,2 juta".
NUMBER_SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}
PERCENT_WORDS = frozenset({"persen", "%", "prosen"})
CURRENCY_WORDS = frozenset({"rp", "rupiah", "us$", "usd", "dolar", "dollar"})
# Cues that a stated total is followed by all of its parts: "1.200 personel terdiri atas ...", "14.620 KK: ...".
TOTAL_CUES = (
    "terdiri atas",
    "terdiri dari",
    "dengan rincian",
    "rinciannya",
    "yang terbagi atas",
    "terbagi atas",
    ":",
)
# Words before a figure that make it a name or an identifier, not a quantity ("Nomor 2", "Route 9").
IDENTIFIER_WORDS = frozenset("nomor no nomer pasal ayat urut jalur koridor rute halaman bab".split())

# Contractions expanded before matching ("I've" -> "i have" in English); Indonesian prints none.
CONTRACTIONS: dict[str, str] = {}
