"""The window's panels (plots, indicators, playback, explanation, event log, docs, start page)."""
