"""id: relations word lists (see debatekit.lang)."""
