"""Team work in the main window: the layer switch, packages, agreement and curation."""
