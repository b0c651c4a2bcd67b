"""id: attribution word lists (see debatekit.lang)."""
