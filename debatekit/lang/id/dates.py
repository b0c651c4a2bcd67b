"""Indonesian: month and weekday names, dateline and timezone words (see debatekit.lang)."""

# Weekday name -> number, Monday = 0 (same convention as datetime.date.weekday()).
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jumaat": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

# Month name (full and common abbreviations) -> month number 1..12.
MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "agust": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
}

# Timezone abbreviations that follow a clock time in datelines ("15:21 WIB").
TIMEZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9}

# Words for "today"/"yesterday" etc. that datelines may carry; relative dates are never parsed.
RELATIVE_WORDS = frozenset({"hari ini", "kemarin", "besok", "lusa", "tadi"})

# Order of day and month in numeric dates: "Sabtu (7/11)" is 7 November. Several orders: any may hold.
NUMERIC_DATE_ORDERS: tuple[str, ...] = ("dmy",)

# Words between a date and its clock time ("Sabtu, 7 November 2020 pukul 10.30 WIB").
TIME_WORDS: tuple[str, ...] = ("pukul", "jam")

# Relative weekday mentions ("pada Selasa", "Selasa lalu"): the most recent such day on or before the
# article's date. Words just before a weekday that make it the occasion's day ("pada Selasa", "hari Rabu");
# words before or after that make it a day to come ("hingga Jumat", "Senin depan"); weekday names that
# are also common words ("minggu": a week), read as a day only after a past marker ("hari Minggu").
WEEKDAY_PAST_MARKERS: tuple[str, ...] = ("pada", "hari", "sejak", "pada hari")
WEEKDAY_FUTURE_BEFORE: tuple[str, ...] = ("hingga", "sampai", "sebelum", "jelang", "menjelang")
WEEKDAY_FUTURE_AFTER: tuple[str, ...] = ("depan", "mendatang", "nanti", "besok")
AMBIGUOUS_WEEKDAYS = frozenset({"minggu"})
