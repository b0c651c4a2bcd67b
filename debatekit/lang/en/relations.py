"""en: relations word lists (see debatekit.lang)."""
