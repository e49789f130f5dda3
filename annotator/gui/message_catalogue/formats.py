"""The message templates of annotator.formats, for the translation catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP('"{key}" holds no list of spans'),
    QT_TR_NOOP("(no extension)"),
    QT_TR_NOOP("JSON nested too deeply (over {levels} levels)"),
    QT_TR_NOOP("JSON nested {levels} levels deep, over the limit of {limit}; it was not read"),
    QT_TR_NOOP(
        "The {format} format needs {library} (Python module {module!r}), which is not installed: {install}"
    ),
    QT_TR_NOOP("a relation in user_data does not join two spans of the document: {relation}"),
    QT_TR_NOOP("a span is written [start, end, label]; this one is {item}"),
    QT_TR_NOOP("attribute"),
    QT_TR_NOOP("empty file: it has metadata header lines but no article text"),
    QT_TR_NOOP("equivalence"),
    QT_TR_NOOP("event"),
    QT_TR_NOOP('expected a JSON object with a "text" field'),
    QT_TR_NOOP("line {line}: </ENAMEX> closes no open tag; left out"),
    QT_TR_NOOP('line {line}: <ENAMEX TYPE="{label}"> is never closed; left out'),
    QT_TR_NOOP(
        'line {line}: <ENAMEX TYPE="{label}"> is not closed on its line (an entity does not run across lines); left out'
    ),
    QT_TR_NOOP("line {line}: <ENAMEX> has no TYPE; its text is kept, without a span"),
    QT_TR_NOOP(
        "line {line}: a record of {size} MB is over the {limit} MB limit per record; it was skipped unread (raise the limit with --max-corpus-size)"
    ),
    QT_TR_NOOP('line {line}: an empty <ENAMEX TYPE="{label}"> holds no text; left out'),
    QT_TR_NOOP(
        'line {line}: spaces just inside <ENAMEX TYPE="{label}"> are left out of its span (an export writes them outside the tag)'
    ),
    QT_TR_NOOP("line {number} has {count} columns where the file has {width}; it was left out"),
    QT_TR_NOOP("line {number}: the {label} entity is on an empty token; it was left out"),
    QT_TR_NOOP("line {number}: {cell!r} is not a tag; read as O"),
    QT_TR_NOOP("line {number}: {rest!r} after the marker left out"),
    QT_TR_NOOP("malformed annotation ({kind}: {exc})"),
    QT_TR_NOOP("malformed record ({kind}: {exc})"),
    QT_TR_NOOP('no "text" field holding a string'),
    QT_TR_NOOP('no "{field}" field'),
    QT_TR_NOOP("no reader accepts this file ({suffix}); use --format to choose one of: {choices}"),
    QT_TR_NOOP("no token rows"),
    QT_TR_NOOP("normalization"),
    QT_TR_NOOP("not valid JSON (broken at column {column})"),
    QT_TR_NOOP("not valid JSON (broken at line {line}, column {column})"),
    QT_TR_NOOP("note"),
    QT_TR_NOOP("region [{start}, {end}) {kind} does not fit the text"),
    QT_TR_NOOP("relation {kind} links span {head} to span {tail}, but there are {count} spans"),
    QT_TR_NOOP("relation {kind} links span {head} to span {tail}, but there is only 1 span"),
    QT_TR_NOOP("span [{start}, {end}) {label} does not fit a text of {raw_len} characters"),
    QT_TR_NOOP("the label {value} is not a string"),
    QT_TR_NOOP("the numbers of words and tags differ: {words} and {tags}"),
    QT_TR_NOOP("the offset {value} is not a whole number"),
    QT_TR_NOOP("the rows have no tag column (one token per line and its tags)"),
    QT_TR_NOOP("unknown"),
    QT_TR_NOOP("unknown format {name!r}; known formats: {known}"),
    QT_TR_NOOP("{name} has no text file {text_file} beside it"),
    QT_TR_NOOP("{name} has no tokens and ner_tags (ClassLabel) columns"),
    QT_TR_NOOP("{name} holds no token rows"),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start})"),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start}); save it as UTF-8"),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start}); save it as UTF-8 and import again"),
    QT_TR_NOOP("{name} is not a dataset file this tool wrote ({exc})"),
    QT_TR_NOOP("{name} is not a spaCy DocBin ({exc})"),
    QT_TR_NOOP("{name}, document {doc_id}: {count} relations name no span of the tags; left out"),
    QT_TR_NOOP("{name}, document {doc_id}: {exc}"),
    QT_TR_NOOP("{name}, item {number}: {reason}"),
    QT_TR_NOOP("{name}, line {line}: {exc}"),
    QT_TR_NOOP("{name}, line {number}: {exc}"),
    QT_TR_NOOP("{name}, line {number}: {reason}"),
    QT_TR_NOOP("{name}.ann, line {number} ({entity})"),
    QT_TR_NOOP("{name}.ann, line {number}: not read as brat writes it ({shape}); left out"),
    QT_TR_NOOP(
        "{name}.ann, line {number}: relation {relation} uses an entity that was left out or does not exist; left out"
    ),
    QT_TR_NOOP("{name}: not valid JSON ({exc})"),
    QT_TR_NOOP("{name}: {exc}"),
    QT_TR_NOOP("{name}: {missing}"),
    QT_TR_NOOP("{where}: [{start}, {end}) does not fit a text of {count} characters; left out"),
    QT_TR_NOOP("{where}: a discontinuous entity, read as the whole range it covers"),
    QT_TR_NOOP("{where}: its end ({end}) comes before its start ({start}); left out"),
    QT_TR_NOOP("{where}: its fragments are out of order; left out"),
    QT_TR_NOOP(
        "{where}: its text {quoted!r} is not the text at its offsets {found!r}; read by its offsets"
    ),
    QT_TR_NOOP(
        "{where}: {kind} lines left out ({count}): only entities (T) and relations (R) are read"
    ),
)
