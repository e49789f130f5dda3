"""Report dialogs and the texts they show (import, export and training reports)."""
