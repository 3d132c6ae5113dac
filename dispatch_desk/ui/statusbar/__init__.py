"""The status bar's parts, one per file; the window assembles them."""
