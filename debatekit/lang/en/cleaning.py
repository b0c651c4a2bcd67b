"""English: page-debris cues for the cleaner (see debatekit.lang and debatekit.io.clean).

Same conventions as the Indonesian pack: regular expressions, ``re.search`` with ``re.IGNORECASE``
on one stripped line, anchored by the author.
"""

LINE_CUES: tuple[str, ...] = (
    r"^advertisement$",
    r"^(sponsored( content)?|ads?)$",
    r"^scroll (down )?to (continue|resume)",
    r"^(read|see) (also|more)\s*[:：-]",
    r"^(read|see) (also|more)$",
    r"^(related|recommended)( (articles?|stories|news|posts|content|coverage|reading))?\s*:?$",
    r"^continue reading( the main story)?$",
    r"^(log in|sign in|register)\b.{0,50}\b(comment|conversation|discussion)\b.{0,20}$",
    r"^enter your (email|e-mail)( address)?$",
    r"^subscribe( now| today)?$",
    r"^(most (popular|read)|trending( now)?|latest( news)?|top stories)$",
    r"^\S*?\d[\d.,]*\s*(views?|reads?)$",
    r"^leave a (reply|comment)$",
    r"^your email address will not be published",
    r"^required fields are marked",
    r"^save my name, email,? and website",
    r"^(comments?( \(\d+\))?|name|email|website)\s*\*?$",
    r"^(share|share this( article| story)?|copy link|print)\s*:?$",
    r"^(sign up|subscribe)\b.{0,60}(newsletter|updates)\b",
    r"^(editing|reporting|writing) by\b.{0,80}$",
    r"^by\s+[^.!?:]{2,60}$",  # byline
    r"^(tags?|topics?)\s*(:.*)?$",
    r"^(write|add|post|leave) (a |your )?comment\b.{0,60}$",
    r"^page \d+ of \d+$",
    r"^(next|previous)( article| story)?$",
    r"^all rights reserved",
    r"^copyright\b|^©",
    r"^(click|tap) here\b.{0,80}$",
    r"^(get|download) (the|our) (app|newsletter)\b.{0,80}$",
)

CAPTION_CUES: tuple[str, ...] = (
    r"\b(photo|image|picture|illustration|credit)\s*:\s*\S",
    r"\((photo|image|picture)s? (by|courtesy)\b[^)]*\)\s*$",
    r"^(photo|image|picture)s? (by|courtesy of)\b",
    r"\b(getty images|ap photo|afp photo|reuters photo)\b",
)

PANEL_HEADERS: tuple[str, ...] = (
    r"^(related|recommended)( (articles?|stories|news|posts|content|coverage|reading))?\s*:?$",
    r"^(most (popular|read)|trending( now)?|latest( news)?|top stories|read more|more stories)$",
    r"^leave a (reply|comment)$",
    r"^(tags?|topics?)\s*:?$",
)

SHARE_WORDS = frozenset({"share", "copy", "link", "print", "email", "comment", "comments", "tweet"})

# Words that open a photo credit before its ":" ("Photo: Name/outlet"); metadata reads the outlet there.
CREDIT_WORDS: tuple[str, ...] = ("photo", "credit")
# Words joining several names in one credit ("Photo: A/outlet and B/outlet").
CREDIT_JOINERS: tuple[str, ...] = ("and",)
# Credit tails that name no outlet (case-sensitive).
CREDIT_NOT_OUTLETS: tuple[str, ...] = ()
# Words that open a copyright line ("Copyright 2024 ..."); the holder named after them is the outlet.
COPYRIGHT_WORDS: tuple[str, ...] = ("copyright",)
# The start of "All Rights Reserved" read where a copyright holder would be: no outlet.
RIGHTS_RESERVED_WORDS: tuple[str, ...] = ("all", "all right", "all rights")
