"""en: cleaning word lists (see debatekit.lang)."""
