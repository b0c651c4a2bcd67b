"""en: attribution word lists (see debatekit.lang)."""
