"""Per-language formats that differ from Django's (settings.FORMAT_MODULE_PATH)."""
