"""The JSON API, one blueprint per feature, all under /api."""
