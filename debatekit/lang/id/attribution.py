"""Indonesian: words that attribute speech and name people.

Everything the extractor needs to know about Indonesian lives here; the algorithms in
``debatekit.extract`` only read these constants.
"""

# Speech verbs that follow (or precede) a direct quote: ``"...," kata Rahmat`` / ``ujarnya``.
# Base forms only; the extractor also accepts the ``-nya`` suffix (a pronoun subject) and the
# pack's PRONOUNS after the verb ("papar dia"). Passive forms name the speaker after them the same way
# (""...," ditambahkan Rahmat").
QUOTE_VERBS = frozenset(
    """
    kata ujar ucap tutur ungkap jelas papar terang sebut tegas imbuh tambah beber lanjut pungkas kilah
    tanya jawab seru aku sambung urai tukas cetus timpal sergah ulas sindir tandas klaim bilang katakan
    paparkan jelaskan tuturkan ungkapkan tegaskan tambahkan simpul pesan harap ajak minta desak pinta
    akui imbau bantah tepis tampik kritik ingatkan sahut balas keluh celetuk kenang tulis cuit kicau tutup
    ditambahkan dijelaskan diungkapkan ditegaskan dikatakan singkat
    """.split()
)

# Reporting verbs that introduce reported (indirect) speech or a quote: ``Rahmat mengatakan (bahwa) ...``.
REPORT_VERBS = frozenset(
    """
    mengatakan menyatakan menyebutkan menyebut menegaskan meminta menilai mengungkapkan menjelaskan
    memaparkan menekankan melihat menyampaikan menuturkan menambahkan mengaku mengimbau berharap
    bercerita menyinggung mencontohkan menyarankan mengklaim membantah menampik menyanggah mengingatkan
    berpesan mengusulkan menjanjikan berjanji menuding menuduh mengkritik menyoroti menerangkan
    mengemukakan mengutarakan memastikan mengharapkan mengajak mendesak menganggap berpendapat
    memperkirakan mengingatkan mengakui menepis mempertanyakan menanggapi menjawab bertanya berkata
    berujar menceritakan membeberkan mengeklaim menduga meyakini mengimbuhkan mengungkap mengusulkan
    menanyakan menandaskan memaparkan menyindir menargetkan berjanji mengatakannya
    membenarkan memprediksi memprediksikan mengonfirmasi menginformasikan mengklarifikasi mengkritisi
    menyayangkan mengeluhkan mengapresiasi
    """.split()
)

# A report verb that takes a quote after a colon or comma ("Rahmat berkata: ...").
PREQUOTE_VERBS = REPORT_VERBS | frozenset("berkata menjawab bertanya menimpali menutup membuka".split())

# "Menurut X, ..." / "Menurutnya, ...": the clause after the comma is X's statement.
ACCORDING_TO = frozenset({"menurut"})

# Words that may stand between a subject and its verb ("Rahmat juga melihat ...").
SUBJECT_VERB_FILLERS = frozenset(
    """
    juga pun kembali lantas kemudian lalu sempat telah sudah pernah bahkan malah justru lebih sekaligus
    turut masih tetap hanya secara terpisah terus memang langsung selanjutnya
    """.split()
)

# Words right after a report verb that are not yet the reported clause.
# "X yang juga petahana ini" / "X, who is the mayor,": a relative clause between subject and verb.
RELATIVE_PRONOUNS = frozenset({"yang"})

# A reported clause ends before ", <one of these>" (what follows is the reporter's gloss).
CLAUSE_BREAKS = frozenset("sekaligus khususnya terutama termasuk seperti yakni yaitu sehingga".split())

# Words in front of a role that do not narrow it ("the mayor" is the article's "Mayor X").
ROLE_DETERMINERS = frozenset("sang si para".split())

# Split "Name-Name" into two names? (a hyphen between two capitalised names joins a ticket: "Hendra Lubis-Yusuf Rahman")
SPLIT_HYPHENATED_PAIRS = True

# Short forms of roles, expanded before roles are compared ("cawalkot nomor urut 2" = "calon wali kota ...").
ROLE_ABBREVIATIONS = {
    "cawalkot": "calon wali kota",
    "cawawalkot": "calon wakil wali kota",
    "walkot": "wali kota",
    "walikota": "wali kota",
    "wawalkot": "wakil wali kota",
    "cabup": "calon bupati",
    "cawabup": "calon wakil bupati",
    "cagub": "calon gubernur",
    "cawagub": "calon wakil gubernur",
    "capres": "calon presiden",
    "cawapres": "calon wakil presiden",
    "paslon": "pasangan calon",
    "ketum": "ketua umum",
    "sekjen": "sekretaris jenderal",
    "jubir": "juru bicara",
    "mendagri": "menteri dalam negeri",
    "menlu": "menteri luar negeri",
    "menkeu": "menteri keuangan",
    "menhub": "menteri perhubungan",
    "menkes": "menteri kesehatan",
    "menag": "menteri agama",
    "mensos": "menteri sosial",
    "menaker": "menteri ketenagakerjaan",
    "menpora": "menteri pemuda dan olahraga",
    "mendikbud": "menteri pendidikan dan kebudayaan",
    "menkumham": "menteri hukum dan hak asasi manusia",
    "kapolri": "kepala kepolisian negara republik indonesia",
    "wapres": "wakil presiden",
}

# Indonesian pronouns have no gender; forms of address do ("Pak Hendra", "Bu Sri").
HONORIFIC_GENDER = {
    "pak": "m",
    "bapak": "m",
    "bang": "m",
    "mas": "m",
    "bu": "f",
    "ibu": "f",
    "mbak": "f",
    "hj": "f",
}
PRONOUN_GENDER: dict[str, str] = {}
GIVEN_NAMES_FEMALE: frozenset[str] = frozenset()
GIVEN_NAMES_MALE: frozenset[str] = frozenset()
PARTICIPLE_VERBS: frozenset[str] = frozenset()

# Words that join the parts of a long title ("Menteri Pemuda dan Olahraga X", "Secretary of State X").
# English ones too: Indonesian bodies often carry English names ("Network for Democracy and Electoral Integrity").
ROLE_CONNECTORS = frozenset("dan serta for of and".split())

# Words that number a candidate after a role ("cawalkot nomor urut 2"): the number tells two apart.
ROLE_NUMBER_WORDS = frozenset({"nomor", "urut", "no"})
# Lower-case words that may join the parts of a role phrase followed by a name (none in Indonesian).
APPOSITIVE_JOINERS: frozenset[str] = frozenset()

CLAUSE_SKIP = frozenset({"bahwa"})

# Pronouns that refer back to the salient person. The suffix forms attach to verbs ("ujarnya").
PRONOUNS = frozenset({"ia", "dia", "beliau", "dirinya"})
PRONOUN_SUFFIXES = ("nya",)

# Honorifics and forms of address stripped from names ("H. Andi Saputra", "Bang Andi", "Pak Rahmat").
HONORIFICS = frozenset(
    """
    h hj haji hajah dr drs dra ir prof kh ust ustaz ustadz habib gus bang abang pak bapak bu ibu mas mbak
    kak tuan nyonya sdr saudara saudari cak kang teuku tengku raden mr mrs ms
    jenderal jend letjen mayjen brigjen brigjend marsekal laksamana kolonel kol letkol kapten mayor
    irjen komjen kombes akbp kompol akp iptu ipda aiptu bripka pol purn
    """.split()
)

# Academic degrees after a name, with or without final dot: "S.E.", "M.M.", "S.E", "M.Si.", "Ph.D".
DEGREE_PATTERN = r"(?:[SMD]\.?\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?|Ph\.?\s?D\.?|MBA|MPA|MSc|BSc|SH|SE|MM|MH|MSi)"

# Lower-case particles that may sit inside a personal name.
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "da", "al", "el"})

# Heads of role and title phrases (lower-cased). A role phrase starts with one of these and may go on
# with capitalised place/organisation words ("Wali Kota Kotabaru", "Staf Khusus Menteri Pertanian").
ROLE_HEADS = (
    "wakil wali kota",
    "calon wakil wali kota",
    "calon wali kota",
    "wali kota",
    "walikota",
    "wakil bupati",
    "calon bupati",
    "bupati",
    "wakil gubernur",
    "calon gubernur",
    "gubernur",
    "wakil presiden",
    "calon presiden",
    "wakil perdana menteri",
    "perdana menteri",
    "presiden",
    "menteri",
    "wakil menteri",
    "staf khusus",
    "juru bicara",
    "jubir",
    "ketua umum",
    "ketua",
    "wakil ketua",
    "sekretaris jenderal",
    "sekretaris",
    "sekjen",
    "kepala",
    "direktur",
    "asisten",
    "anggota",
    "pengamat",
    "peneliti",
    "dosen",
    "rektor",
    "camat",
    "lurah",
    "kapolda",
    "kapolres",
    "kapolri",
    "panglima",
    "cawalkot",
    "cawawalkot",
    "cabup",
    "cawabup",
    "cagub",
    "cawagub",
    "capres",
    "cawapres",
    "paslon",
    "pasangan calon",
    "calon",
    "kandidat",
    "petahana",
    "moderator",
    "koordinator",
    "manajer",
    "pendiri",
    "analis",
    "jaksa penuntut umum",
    "jaksa agung",
    "jaksa",
    "hakim",
    "plt",
    "plh",
    "ketum",
    "waketum",
    "dirut",
    "direktur utama",
    "kadis",
    "kabid",
    "kajati",
    "kajari",
    "kasad",
    "kasal",
    "kasau",
    "menhub",
    "menkeu",
    "mendagri",
    "menlu",
    "menkes",
    "menko",
    "menkopolhukam",
    "menkomarves",
    "menag",
    "mensos",
    "menaker",
    "menpora",
    "mendikbud",
    "menkumham",
    "kapolsek",
    "humas",
    "kabag",
    "kabiro",
    "karo",
    "kapuspen",
    "pimpinan",
    "pengasuh",
    "ulama",
    "tokoh",
    "aktivis",
    "uskup agung",
    "uskup",
    "pendeta",
    "kiai",
    "wapres",
    "pelaku umkm",
    "kuasa hukum",
    "pengacara",
    "saksi",
    "politikus",
    "politisi",
    "pelaku usaha",
    "warga",
    "director",
    "head",
    "chief",
    # Titles that open a long title before a name ("kata Pelaksana Tugas Direktur Jenderal ... X"): without
    # a head the title's words are read as the name. English titles are common in company news ("CEO X").
    "pelaksana tugas",
    "direktur jenderal",
    "direktur eksekutif",
    "deputi",
    "guru besar",
    "kepala urusan",
    "subkoordinator",
    "komandan",
    "sejarawan",
    "pengajar",
    "ekonom",
    "psikolog",
    "dekan",
    "wakil dekan",
    "wakil kepala",
    "ceo",
    "coo",
    "cfo",
    "cto",
    "founder",
    "co-founder",
    "vice president",
    "president",
    "corporate communications",
    "general manager",
    "managing director",
)

# Role words that on their own (lower-case, no name) refer to a person the article has tied them to.
STANDALONE_ROLES = (
    "wakil wali kota",
    "wali kota",
    "walikota",
    "bupati",
    "gubernur",
    "petahana",
    "sang petahana",
    "penantang",
    "cawalkot",
    "calon wali kota",
    "capres",
    "cawapres",
    "menteri",
    "menhub",
    "menkeu",
    "mendagri",
    "menlu",
    "kapolri",
    "kapolda",
    "jaksa",
    "hakim",
    "presiden",
    "wakil presiden",
    "ketua umum",
    "juru bicara",
    "jubir",
    "wapres",
    "panglima",
    "kapolres",
    "kapolsek",
    "dirut",
    "direktur utama",
)

# Epithets: a kinship or description noun, some words, then a demonstrative
# ("Menantu mantan gubernur itu", "Ayah tiga anak ini", "Dewi yang juga petahana ini").
# They refer back to the salient person; names inside them are not mentions of someone else.
EPITHET_HEADS = frozenset(
    """
    menantu suami istri anak putra putri ayah bapak ibu adik kakak mertua keponakan cucu kakek nenek
    mantan eks politikus politisi pria wanita perempuan lelaki sosok tokoh kader jenderal purnawirawan
    pengusaha mantu besan ipar
    """.split()
)
EPITHET_END = frozenset({"itu", "ini", "tersebut"})

# Capitalised words that start sentences but are not names.
NON_NAME_CAPITALS = frozenset(
    """
    namun sementara tak tidak hal ia dia mereka kami kita saya menurut menurutnya selain sedangkan
    padahal bahkan sebelumnya kemudian lalu setelah saat ketika dalam di ke dari pada untuk dengan oleh
    jika kalau karena sebab meski meskipun walau walaupun bila apalagi adapun begitu demikian kini
    sekarang hari ini itu tersebut para sebagai yang atau dan tetapi tapi juga pun secara terkait soal
    sejumlah beberapa banyak semua setiap seluruh sekitar hampir lebih kurang tadi pagi siang sore malam
    foto baca artikel sumber editor reporter penulis bacaan tinggalkan alamat
    lagi-lagi bahwa lantas menjawab akhirnya sayangnya singkatnya intinya selanjutnya sedang sudah
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember
    """.split()
)

# Party-member and demonym words written capitalised that name no one ("kader Demokrat" is Partai
# Demokrat's member; a party's own name stays an organisation through ORG_WORDS).
AFFILIATION_WORDS = frozenset("demokrat republikan".split())

# Capitalised words that mark a run as an organisation, place, event or thing rather than a person.
ORG_WORDS = frozenset(
    """
    dinas kementerian kemenkop badan komisi pemko pemkot pemkab pemprov pemerintah partai dprd dpr mpr
    kpu bawaslu polda polres kodam universitas institut sekolah rumah sakit bank pt cv tbk kantor
    kota kabupaten provinsi desa kelurahan kecamatan jalan jl pasar gedung hotel masjid gereja lapangan
    survei data laporan program debat pilkada pilwalkot pilbup pilgub pilpres pemilu undang peraturan
    perda perpres covid pandemi umkm ukm umk digital online internet asosiasi himpunan ikatan forum
    lembaga yayasan koperasi perindustrian perdagangan direktorat indonesia jakarta fraksi pondok
    pesantren
    pemerintahan pemuda olahraga polhukam pmk marves
    mahkamah biro bagian bidang divisi seksi subdit sekretariat komunikasi informasi layanan kantor
    twitter facebook instagram youtube tiktok whatsapp google
    tim departemen fakultas jurusan studi pusat kajian kadin festival rapat webinar kelompok grup group
    satgas kepolisian markas organisasi talk
    demokrat gerindra golkar pdip nasdem hanura pks pkb ppp perindo psi
    utara selatan timur barat tengah
    jawa sumatera kalimantan sulawesi papua bali banten aceh riau jabar jatim jateng dki ntt ntb
    amerika serikat jepang korea inggris cina china tiongkok rusia iran irak israel perancis prancis
    jerman arab saudi malaysia singapura australia belanda turki mesir suriah palestina india eropa
    afrika asia filipina thailand vietnam qatar yaman
""".split()
) | frozenset(
    # Common nouns of institution names ("Menteri Pekerjaan Umum dan Perumahan Rakyat", "Kepala Dinas
    # Kesehatan", "Direktur Eksekutif Network for ..."): capitalised in a title, never a person's name, so
    # the name after a long title starts after the last of them. English ones, as Indonesian bodies often
    # carry English names. Words that are also given names (Jaya, Putra, Agung, Karya) are left out.
    """
    kesehatan keamanan keuangan perumahan rakyat pekerjaan umum wilayah sungai alat kamar dagang industri
    tanah daya alam pamong praja keselamatan transportasi investasi politik hukum pertahanan pendidikan
    kebudayaan penelitian teknologi riset perencanaan pembangunan nasional daerah negeri luar sosial agama
    pertanian perikanan kelautan kehutanan lingkungan energi sumber mineral perhubungan pariwisata ekonomi
    kreatif perekonomian urusan pelayanan penanganan pencegahan penanggulangan bencana penyakit pengendalian
    pemberantasan korupsi pengawasan pemeriksaan perbendaharaan pajak bea cukai anggaran statistik
    meteorologi klimatologi geofisika pemadam kebakaran penyelamatan pencarian pertolongan perlindungan
    pemberdayaan tertinggal transmigrasi ketenagakerjaan tenaga kerja kesejahteraan dewan cabang harian
    eksekutif puskesmas rsud rsup balai unit pelaksana teknis operasional penerangan penerbangan bandara
    pelabuhan angkatan darat udara armada komando militer kodim korem polsek polresta polrestabes mabes
    bareskrim reserse kriminal khusus narkoba satuan satpol brigade resor sektor pengadilan kejaksaan
    konstitusi kehormatan penyelenggara pemilihan pengawas perwakilan permusyawaratan majelis adat suku
    masyarakat perkumpulan persatuan kesatuan aliansi koalisi buruh perusahaan persero usaha milik
    negara listrik minyak perkebunan pangan obat makanan ketahanan kecil menengah mikro ilmu pengetahuan
    teknik kedokteran bisnis manajemen katolik swasta protokol pers informatika tata ruang bina marga
    cipta manusia aparatur reformasi birokrasi kependudukan sipil berencana bakesbangpol kebangkitan
    keadilan amanat demokrasi perjuangan republik istimewa gugus tugas percepatan vaksinasi pemulihan
    jilid disclaimer kemdagri kemendagri kemenkes kemenkeu kemensos kemenag kemenhub kemenlu kemenko
    kemenkumham kemendikbud kemnaker kemenaker kemenperin kemendag kementan kemenpora kominfo bappenas
    polri tni moneter legislasi kawasan permukiman peleton perumda tol kereta api daop ri rw rt pp kasatpol kepulauan pulau dusun kampung raya seknas sekretariat idul adha natal imlek ramadhan lebaran
    network watch center centre institute foundation research lab laboratory group economist executive
    officer boat investment financial fund capital securities energy international internasional
    corporation company association council committee commission agency authority university school
    college club services management consulting global pacific economic economics development policy
    studies strategic democracy electoral integrity governance transparency rights alliance coalition
    union federation league party project initiative society holdings industries technology media news
    airlines express logistics marketplace corporate communications security labs writers
    """.split()
)

# Words before a place name ("di Bekasi", "Kabupaten Sabu Raijua"): an article that writes a capitalised
# word after one of these uses it as a place, so it is no person's name ("Wali Kota Sukamaju Karta" is Karta).
PLACE_MARKERS = frozenset(
    "di kota kabupaten kab provinsi prov kecamatan kec desa kelurahan kel pulau dusun kampung".split()
)

# Two capital letters inside or at the end of a name are initials, not an organisation: "Bambang PS
# Brodjonegoro", "Mahfud MD", "Saleh P Daulay" (Indonesian names drop the dots).
NAME_INITIALS = True

# Mentions of the user-facing "nobody": a quote attributed to these has no person speaker.
NON_PERSON_SUBJECTS = frozenset({"hal", "data", "survei", "laporan", "keterangan", "informasi", "pihak"})

# Nouns that, before a quoted phrase, mark it as a title rather than a quote.
TITLE_CUES = frozenset(
    """
    program acara talkshow talk show buku film lagu judul berjudul bertajuk bertema tema slogan tagar
    jargon istilah julukan dijuluki disebut sebutan kampanye gerakan aplikasi kolom rubrik
    """.split()
)

# Where a short name refers to a person: Indonesians are usually called by the first given name.
SHORT_NAME_POSITION = "first"

# Words that end the noun phrase naming a speaker after a verb ("said Jo Roe of Acme": the name is Jo Roe).
PREPOSITIONS = frozenset(
    "dari di ke dengan untuk pada oleh tentang kepada dalam saat ketika usai seusai selaku sebagai melalui lewat".split()
)

# Articles before a capitalised word make it a common noun ("a Republican said"), not a name.
ARTICLES = frozenset("".split())

# Words that may open a sentence before its subject ("But Jo Roe, a teacher, said").
CONNECTIVES = frozenset("namun tetapi tapi dan sementara lalu kemudian adapun lantas bahwa".split())

# Lower-case words a speaker's noun phrase may hold after a verb-first cue ("said his campaign manager
# Jo Roe"); Indonesian puts lower-case roles through the role lists instead.
NOUN_PHRASE_LOWERCASE = 0

# Generational suffixes that are part of a name: Indonesian names carry none, but foreign names in the
# news do ("Donald Trump Jr" is not Donald Trump).
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr"})

# Does a lone word that starts one person's name word, in an article, stand for that person?
# Indonesian news shortens a name word to its start ("Risma" for Tri Rismaharini).
NICKNAME_PREFIXES = True

# A quote running over several paragraphs stays one statement (see the English pack).
QUOTE_PER_PARAGRAPH = False

# Words that open a speaker's noun phrase naming nobody in particular (see the English pack).
DESCRIPTION_OPENERS = frozenset("seorang para sejumlah beberapa salah".split())

# Verbs that name what someone said, with an object between them and the quote (see the English pack).
NAMING_VERBS: frozenset[str] = frozenset()

# Occupations written before a name without being part of it (English: "Actor Jo Roe"); none here: roles
# go through ROLE_HEADS.
OCCUPATION_TITLES: frozenset[str] = frozenset()
# Add nameparser's (English) title list to OCCUPATION_TITLES.
OCCUPATION_TITLES_FROM_NAMEPARSER = False

# Endings of verb forms that open a sentence before a name (English "Injecting Roe's ..."); none here.
VERB_FORM_SUFFIXES: tuple[str, ...] = ()

# A short name several people share goes to the one named last (True: the nearby subject, else the
# article's principal, which lost 3 speakers on id_pfsa_dev).
NAMESAKES_BY_SUBJECT = False

# Is a resolved pronoun ("Akan tetapi, ia belum ...") a mention of its person, so that a later "katanya"
# finds that person as the sentence's subject, not someone named in passing before? (+2 on id_pfsa_dev.)
PRONOUN_CARRIES_PERSON = True

# An appositive that gives the name a person goes by ("X, known as Y"): none measured for Indonesian yet.
ALIAS_INTRODUCERS: tuple[str, ...] = ()

# Gendered pronouns that, after a name in its clause, refer back to it and so tell namesakes of different
# gender apart (English "Roe allowed her staff"): Indonesian pronouns carry no gender.
BACK_REFERRING_PRONOUNS: frozenset[str] = frozenset()

# Reporting verbs used in a sense that reports nothing (see the English pack): "menambahkan dua gol".
_ADD = frozenset("menambahkan menambah tambah".split())
_FIGURES = frozenset("# satu dua tiga empat lima sebuah".split())
_SCORE_NOUNS = frozenset("gol poin angka".split())
NON_REPORTING_FRAMES: tuple[tuple[frozenset[str], ...], ...] = (
    (_ADD, _SCORE_NOUNS),  # "menambahkan gol"
    (_ADD, _FIGURES, _SCORE_NOUNS),  # "menambah dua gol"
)
