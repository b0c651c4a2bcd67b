"""id: cleaning word lists (see debatekit.lang)."""
