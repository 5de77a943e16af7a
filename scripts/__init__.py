"""Command-line shells over the catalog."""
