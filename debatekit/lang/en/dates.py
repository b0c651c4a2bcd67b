"""en: dates word lists (see debatekit.lang)."""
