"""The message templates of the layers below the window, listed for the translation catalogue.

Why it exists: core, store, formats, nlp and app never import Qt, so the
templates they raise and report (errors, import reasons, report lines) hold
no tr() call for pyside6-lupdate to find. `python -m annotator.gui.message_scan`
(`make translations`) finds them in the source and writes them here with
QT_TR_NOOP, one module per layer, so lupdate puts them into the .ts files
beside the window's own strings, and gui.messages.shown translates them.
The layer modules are written by the scan; only this one is edited by hand.
"""

from annotator.gui.message_catalogue import app, core, formats, nlp, store

# Every template once: one used in several layers is in the lowest one's module.
TEMPLATES = (*core.TEMPLATES, *store.TEMPLATES, *formats.TEMPLATES, *nlp.TEMPLATES, *app.TEMPLATES)
