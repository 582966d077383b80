"""Package data: fonts, icons, translations, letterhead."""
