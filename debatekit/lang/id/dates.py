"""id: dates word lists (see debatekit.lang)."""
