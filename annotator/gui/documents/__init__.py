"""The document list and the document's own panels: its model, its commands, its information."""
