"""Indonesian: page-debris cues for the cleaner (see debatekit.lang and debatekit.io.clean).

Every pattern is a regular expression applied with ``re.search`` and ``re.IGNORECASE`` to one stripped
line; anchor it yourself (``^...$`` for whole lines, ``^...`` for a prefix; a pattern starting with ``^``
is tried at the line start only, so anchor every alternative in it). The cleaner uses the cues of
every pack at once, because pages mix languages (an Indonesian page with an English "ADVERTISEMENT").
"""

# A line matching one of these is debris, whatever else it holds.
LINE_CUES: tuple[str, ...] = (
    r"^baca( juga| pula)?\s*[:：-]",  # "Baca juga: <linked headline>"
    r"^baca juga$",
    r"^(simak|lihat|tonton)( juga)?\s*[:：]",
    r"^(artikel|berita) (terkait|lainnya|terbaru|populer|pilihan)$",
    r"^bacaan lainnya$",
    r"^iklan$",
    r"^gulir (ke bawah )?untuk (melanjutkan|lanjut)",
    r"^\S*?\d[\d.,]*\s*x\s*dibaca$",  # view counter, sometimes glued to a section name: "Sumut1005 x Dibaca"
    r"^dibaca\s*:?\s*\d[\d.,]*\s*(kali|x)?$",
    r"^(terpopuler|terkini|terbaru|populer|rekomendasi|pilihan redaksi)$",
    r"^periode\s*:",  # popularity panel filter ("PERIODE: 6 JAM 12 JAM 1 HARI")
    r"^maaf, saat ini data tidak tersedia",
    r"^silakan baca konten menarik lainnya",
    r"\bdi google news$",
    r"^(ikuti|follow) (kami|berita|update)\b.*\b(google news|whatsapp|telegram|instagram)\b",
    r"^tinggalkan (balasan|komentar)$",
    r"^alamat email anda tidak akan dipublikasikan",
    r"^ruas yang wajib ditandai",
    r"^simpan nama, email,? dan situs web saya",
    r"^(komentar( \(\d+\))?|nama|email|situs web)\s*\*?$",
    r"^(bagikan|share)( artikel( ini)?)?\s*:?$",
    r"^salin (tautan|link)$",
    r"^perbesar$",
    r"^(editor|penulis|reporter|pewarta|redaktur|sumber)\s*:\s*[^.]{0,60}$",
    r"^(oleh|laporan)\s*:\s*[^.!?]{2,60}$",  # byline
    r"^(beranda|home)\s*[»›>/|]",  # breadcrumb
    r"^(tags?|topik|label)\s*(:.*)?$",
    r"^(halaman|hal\.)\s*\d+\s*(dari|/)\s*\d+$",
    r"^(selanjutnya|sebelumnya|berikutnya)$",
    r"^(kirim|posting) komentar$",
    r"^tulis (komentar|tanggapan)\b.{0,60}$",
    r"^(masuk|login|daftar)\b.{0,50}\b(komentar|berkomentar|diskusi)\b.{0,20}$",
    r"^masukkan (alamat )?(email|e-mail|surel)( anda)?$",
    r"^(berlangganan|langganan)( sekarang)?$",
    r"^(lanjutkan membaca|baca selengkapnya|selengkapnya)\b.{0,60}$",
    r"^copyright\b|^hak cipta\b|^©",
    r"^dapatkan (update|berita|info)\b.{0,200}\b(grup|saluran|channel|telegram|whatsapp|aplikasi)\b",
    r"^simak (breaking news|berita|video)\b.{0,200}$",
    r"^saksikan (juga )?(video|live streaming|siaran)\b.{0,120}$",
    r"^artikel ini telah (tayang|terbit|dimuat) di\b",
    r"^laporan (wartawan|reporter|koresponden)\b[^!?]{0,80}(?<!\.)$",
    r"^\[gambas:",
    r"^(klik|ketuk) (di sini|disini)\b.{0,80}$",
)

# Photo captions and credits: a line holding one of these is a caption, not article text.
CAPTION_CUES: tuple[str, ...] = (
    r"\b(foto|ilustrasi|dok(umentasi)?|sumber foto|kredit foto|gambar)\s*:\s*\S",
    r"\bfoto\s*/\s*\S",  # "AGENSI FOTO/Nama"
    r"^\(?\s*foto\b[^.]{0,80}\)?$",
)

# Headings that open a list of links: the lines after them are debris until a real sentence comes.
PANEL_HEADERS: tuple[str, ...] = (
    r"^(artikel|berita) (terkait|lainnya|terbaru|populer|pilihan)$",
    r"^(terpopuler|terkini|terbaru|rekomendasi|pilihan redaksi|baca juga|bacaan lainnya)$",
    r"^tinggalkan (balasan|komentar)$",
    r"^(tags?|topik|label)\s*:?$",
)

# Words of share widgets (besides the social-network names in debatekit.io.clean).
SHARE_WORDS = frozenset({"bagikan", "salin", "tautan", "komentar", "kirim", "surel"})

# Words that open a photo credit before its ":" ("Foto: Name/outlet"); metadata reads the outlet there.
CREDIT_WORDS: tuple[str, ...] = ("foto", "kredit", "kredit foto", "sumber foto")
# Words joining several names in one credit ("Foto: A/outlet dan B/outlet").
CREDIT_JOINERS: tuple[str, ...] = ("dan",)
# Credit tails that name no outlet: "HO" (handout, "HO-Humas"), "Dok." (archive photo). Case-sensitive.
CREDIT_NOT_OUTLETS: tuple[str, ...] = ("HO", "Dok")
# Words that open a copyright line ("Hak cipta © 2024 ..."); the holder named after them is the outlet.
COPYRIGHT_WORDS: tuple[str, ...] = ("hak cipta",)
# The start of "all rights reserved" read where a copyright holder would be: no outlet.
RIGHTS_RESERVED_WORDS: tuple[str, ...] = ("semua",)
