"""The open scenario as a document: files, undo, autosave and export."""
