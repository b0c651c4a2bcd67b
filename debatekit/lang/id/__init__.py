"""Indonesian language pack."""
