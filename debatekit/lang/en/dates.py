"""English: month and weekday names, dateline and timezone words (see debatekit.lang)."""

# Weekday name -> number, Monday = 0 (same convention as datetime.date.weekday()).
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

# Month name (full and common abbreviations) -> month number 1..12.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

TIMEZONES: dict[str, int] = {"gmt": 0, "utc": 0, "est": -5, "edt": -4, "pst": -8, "pdt": -7, "bst": 1}

RELATIVE_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "last night"})

# Order of day and month in numeric dates; English press uses both, a date is consistent if either fits.
NUMERIC_DATE_ORDERS: tuple[str, ...] = ("mdy", "dmy")

# Words between a date and its clock time ("November 7, 2020 at 10:30 GMT").
TIME_WORDS: tuple[str, ...] = ("at",)

# Relative weekday mentions ("on Tuesday", "last Tuesday"): the most recent such day on or before the
# article's date. Words just before a weekday that make it the occasion's day; words before or after that
# make it a day to come ("next Friday", "by Monday"); short forms that are common words ("sun", "sat",
# "wed"), read as a day only after a past marker.
WEEKDAY_PAST_MARKERS: tuple[str, ...] = ("on", "last", "since", "this past")
WEEKDAY_FUTURE_BEFORE: tuple[str, ...] = ("next", "coming", "until", "by", "before", "this coming")
WEEKDAY_FUTURE_AFTER: tuple[str, ...] = ()
AMBIGUOUS_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
