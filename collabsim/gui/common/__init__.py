"""Shared GUI helpers: translated labels of engine codes, languages, fonts, small Qt utilities."""
