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
