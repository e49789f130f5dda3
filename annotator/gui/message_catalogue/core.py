"""The message templates of annotator.core, for the translation catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP("The key of {owner} must be one visible character, not {key!r}."),
    QT_TR_NOOP("The key {key!r} cannot be given to {owner}: it is reserved ({reason})."),
    QT_TR_NOOP("UTF-16 position {u16} is outside a text of {utf16_length} units"),
    QT_TR_NOOP("a {what} name cannot be empty"),
    QT_TR_NOOP("a {what} name cannot start or end with spaces: {name!r}"),
    QT_TR_NOOP("an annotator needs a name"),
    QT_TR_NOOP("annotated must be one of {choices}"),
    QT_TR_NOOP(
        "annotations crossing another's edge here: {n} (kept as the file has them): {pairs}"
    ),
    QT_TR_NOOP(
        "annotator names cannot start with '@' ({cleaned!r}): those name layers of the tool"
    ),
    QT_TR_NOOP("binary file: 1 control byte in {size} bytes"),
    QT_TR_NOOP(
        "binary file: contains NUL bytes (if this is UTF-16 text, save it as UTF-8 or as UTF-16 with a byte-order mark)"
    ),
    QT_TR_NOOP("binary file: looks like a {kind}, not plain text"),
    QT_TR_NOOP("binary file: {n} control bytes in {size} bytes"),
    QT_TR_NOOP("byte offset {byte_offset} falls inside a character"),
    QT_TR_NOOP("byte offset {byte_offset} is outside a text of {count} bytes"),
    QT_TR_NOOP(
        "composed 1 accent mark with its letter (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)"
    ),
    QT_TR_NOOP(
        "composed {n} accent marks with their letters (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)"
    ),
    QT_TR_NOOP("decoded 1 HTML character reference (such as &#39; for ' or &amp; for &)"),
    QT_TR_NOOP("decoded {n} HTML character references (such as &#39; for ' or &amp; for &)"),
    QT_TR_NOOP("dropped 1 invisible control character"),
    QT_TR_NOOP("dropped {n} invisible control characters"),
    QT_TR_NOOP("empty file: it contains only whitespace"),
    QT_TR_NOOP("empty file: it has no content"),
    QT_TR_NOOP(
        "invisible characters dropped (zero-width spaces, word joiners, soft hyphens, stray byte-order marks or joiners outside a word); a zero-width space between two words joins them"
    ),
    QT_TR_NOOP(
        "kept 1 invisible text-direction control (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): it can reorder how its line is shown"
    ),
    QT_TR_NOOP(
        "kept {n} invisible text-direction controls (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): they can reorder how their lines are shown"
    ),
    QT_TR_NOOP("label"),
    QT_TR_NOOP("line {line} (byte {offset})"),
    QT_TR_NOOP("looks like HTML (1 tag: {sample}); kept as literal text, not rendered"),
    QT_TR_NOOP("looks like HTML ({n} tags such as {sample}); kept as literal text, not rendered"),
    QT_TR_NOOP("position {cp} is outside a text of {count} characters"),
    QT_TR_NOOP("position {cp} is outside a text of {length} characters"),
    QT_TR_NOOP("read as Windows-1258 (legacy Vietnamese), converted to Unicode NFC"),
    QT_TR_NOOP("relation type"),
    QT_TR_NOOP("relation {name} names unknown labels {unknown}"),
    QT_TR_NOOP("schema file is malformed: {exc}"),
    QT_TR_NOOP("schema file is not valid JSON: {exc}"),
    QT_TR_NOOP("span [{start}, {end}) does not fit a text of {text_length} characters"),
    QT_TR_NOOP("status {unknown!r} is not one of {choices}"),
    QT_TR_NOOP("the regular expression {pattern!r} is not valid: {exc}"),
    QT_TR_NOOP(
        "the text cannot be normalised with exact offsets (an unusual sequence of combining characters); nothing of it was stored"
    ),
    QT_TR_NOOP(
        "the text of document {doc_id} is damaged in the project file and cannot be read ({exc}); restore the project from a backup copy, or delete this document"
    ),
    QT_TR_NOOP("the two texts differ in more than whitespace"),
    QT_TR_NOOP(
        "the {what} name {name!r} contains an invisible or control character (U+{code:04X} {character}) at position {position}; names may contain letters, digits, punctuation and spaces"
    ),
    QT_TR_NOOP("two labels share a key"),
    QT_TR_NOOP("two labels share a name"),
    QT_TR_NOOP(
        "undecodable: mostly UTF-8 but byte 0x{byte:02X} at {where} is not valid UTF-8; the file may be damaged or mix two encodings"
    ),
    QT_TR_NOOP(
        "undecodable: not UTF-8 (first bad byte at {where}) and byte 0x{byte:02X} does not exist in Windows-1258; convert the file to UTF-8 and import it again"
    ),
    QT_TR_NOOP(
        "undecodable: not UTF-8 (first bad byte at {where}), and read as Windows-1258 it does not look like Vietnamese ({share:.0%} Vietnamese letters); convert the file to UTF-8 and import it again"
    ),
    QT_TR_NOOP(
        "undecodable: the file starts with a {encoding} byte-order mark but is not valid {encoding} at byte {value}"
    ),
    QT_TR_NOOP("unknown label {name!r}; the schema has {label_names}"),
    QT_TR_NOOP("unknown relation type {name!r}"),
    QT_TR_NOOP("{n} repeated span (same place and label) merged into one"),
    QT_TR_NOOP("{n} repeated spans (same place and label) merged into one"),
    QT_TR_NOOP("{value!r} is not a colour; write it as #rrggbb, e.g. #c0392b"),
)
