"""Every message template of core, store, formats, nlp and app, for the catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP("      e.g. {source}: {reason}"),
    QT_TR_NOOP("  ... and {n} more"),
    QT_TR_NOOP("  {document} (same text as {first})"),
    QT_TR_NOOP("  {line}"),
    QT_TR_NOOP("  {source}: {reason}"),
    QT_TR_NOOP("(no extension)"),
    QT_TR_NOOP("--common {common}: there are only {count} documents"),
    QT_TR_NOOP("--common {common}: there is only 1 document"),
    QT_TR_NOOP("--map takes OLD=NEW, not {item!r}"),
    QT_TR_NOOP("--new-labels must be add or refuse, not {new_labels!r}"),
    QT_TR_NOOP("1 document"),
    QT_TR_NOOP("1 entity"),
    QT_TR_NOOP("1 mention"),
    QT_TR_NOOP("1 relation"),
    QT_TR_NOOP("Already in the project, not imported again: {n}"),
    QT_TR_NOOP(
        "Another program (an import, another window, or another person's session) kept {file} locked for {seconds} s, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again."
    ),
    QT_TR_NOOP(
        "Another program (an import, another window, or another person's session) kept {file} locked, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again."
    ),
    QT_TR_NOOP("Cannot read gazetteer file {name}: {exc}"),
    QT_TR_NOOP(
        "Gazetteer file {name} has unknown kind {kind!r}; name the file after one of: {choices}, or add a line '# kind: NAME'."
    ),
    QT_TR_NOOP("JSON nested too deeply (over {levels} levels)"),
    QT_TR_NOOP("JSON nested {levels} levels deep, over the limit of {limit}; it was not read"),
    QT_TR_NOOP("Kept with their own annotations, though another document has the same text: {n}"),
    QT_TR_NOOP("Labels only in the package's schema, unused there: {labels}"),
    QT_TR_NOOP("Labels renamed by the label map: {renamed}"),
    QT_TR_NOOP(
        "Left out {relations} of the package on a span of its curated layer: only the annotator's layer is merged."
    ),
    QT_TR_NOOP("Mapped {old} to {new}."),
    QT_TR_NOOP("New labels added to the schema: {labels}"),
    QT_TR_NOOP("New relation types added to the schema: {types}"),
    QT_TR_NOOP(
        "No document has been marked done by at least two annotators yet ({names}), so there is nothing to compare: give the same documents to two or more annotators (Team ▸ Create work packages, with several annotators per document) and merge their packages once they are done."
    ),
    QT_TR_NOOP(
        "No done or reviewed document has accepted annotations yet: annotate a few documents and mark them done, then train."
    ),
    QT_TR_NOOP("No suggester named {main!r} ran; choose one of: {choices}."),
    QT_TR_NOOP(
        "Of {relations} that linked {annotator}'s earlier layer with another layer, {kept} kept (now on the identical span of the merged layer) and {removed} removed, as their span is gone (undo brings them back)."
    ),
    QT_TR_NOOP(
        "Reading or writing {file} failed at the disk ({exc}). The disk may be full, removed, or the file may have reached a size limit. The last change was not saved and everything saved before it is intact; check the disk and try again."
    ),
    QT_TR_NOOP(
        "Registry: the merged layer links {mentions} to registry entities; new here and now added, made or linked in the package: {entities}."
    ),
    QT_TR_NOOP("Relation types now allowing more labels: {types}"),
    QT_TR_NOOP("Skipped, by reason:"),
    QT_TR_NOOP(
        "The disk holding {name} is full, so SQLite cannot create its working files beside it; the project is open for reading only, as its file says."
    ),
    QT_TR_NOOP(
        "The disk is full (or a file size limit was reached) while writing the export to {target}{where}; nothing was written and any earlier dataset there is unchanged. Free some space and export again."
    ),
    QT_TR_NOOP(
        "The disk is full, so the last change could not be saved to {file}; it was undone whole and everything saved before it is intact. Free some disk space and do it again."
    ),
    QT_TR_NOOP(
        "The disk is full, so the last change could not be saved; it was undone whole and everything saved before it is intact. Free some disk space and do it again."
    ),
    QT_TR_NOOP(
        "The export could not be written to {target}: {value}{where}. Nothing was written and any earlier dataset there is unchanged."
    ),
    QT_TR_NOOP("The key of {owner} must be one visible character, not {key!r}."),
    QT_TR_NOOP("The key {key!r} cannot be given to {owner}: it is reserved ({reason})."),
    QT_TR_NOOP(
        "The recovery log {log} beside {project} did not belong to it: {reason}. Applying it would have damaged the project, so it was moved to {moved} and not applied; {project} is exactly as its file says. If you restored this file from a copy on purpose, nothing more is needed."
    ),
    QT_TR_NOOP(
        "The recovery log {log} beside {project} does not belong to it ({reason}); it was ignored, and the project is shown as its file says."
    ),
    QT_TR_NOOP("The stored model cannot be read ({exc}); train it again."),
    QT_TR_NOOP("The stored model names an unknown combination {name!r}; train it again."),
    QT_TR_NOOP("The suggesters could not start: {payload}"),
    QT_TR_NOOP(
        "The {format} format needs {library} (Python module {module!r}), which is not installed: {install}"
    ),
    QT_TR_NOOP(
        "There are no accepted annotations to learn from: mark annotated documents done first."
    ),
    QT_TR_NOOP("There is no project at {path}."),
    QT_TR_NOOP("Training was cancelled."),
    QT_TR_NOOP("Training was cancelled; the previous model is unchanged."),
    QT_TR_NOOP("UTF-16 position {u16} is outside a text of {utf16_length} units"),
    QT_TR_NOOP("Unknown combination {combination!r}: use one of {choices}."),
    QT_TR_NOOP("Warnings, by reason:"),
    QT_TR_NOOP("a curated relation needs both its spans in the curated layer"),
    QT_TR_NOOP("a document appears twice in one merge"),
    QT_TR_NOOP("a document needs a title; type at least one letter"),
    QT_TR_NOOP("a label cannot be relabelled to itself"),
    QT_TR_NOOP("a package merge reads the package file; it cannot be replayed"),
    QT_TR_NOOP("a relation links two different spans"),
    QT_TR_NOOP("a relation links two spans of the same document"),
    QT_TR_NOOP("a relation of document {doc_id} points at no span"),
    QT_TR_NOOP("a saved filter needs a name"),
    QT_TR_NOOP("a span of document {doc_id} ends at {end}, past its text ({length} characters)"),
    QT_TR_NOOP(
        "a {label} span cannot cross a paragraph break (exports would join two sentences); label each paragraph's part, or allow it for this label in the schema"
    ),
    QT_TR_NOOP("a {source_type} cannot be merged into an {target_type}"),
    QT_TR_NOOP("a {what} name cannot be empty"),
    QT_TR_NOOP("a {what} name cannot start or end with spaces: {name!r}"),
    QT_TR_NOOP("agreement needs at least two annotators' layers in the project"),
    QT_TR_NOOP("already imported"),
    QT_TR_NOOP("an annotator is named twice"),
    QT_TR_NOOP("an annotator needs a name"),
    QT_TR_NOOP("an entity cannot be merged into itself"),
    QT_TR_NOOP("an entity needs a name"),
    QT_TR_NOOP("an identical {label} span is already there, so this one stays rejected"),
    QT_TR_NOOP("annotated must be one of {choices}"),
    QT_TR_NOOP(
        "annotator names cannot start with '@' ({cleaned!r}): those name layers of the tool"
    ),
    QT_TR_NOOP("any label"),
    QT_TR_NOOP(
        "binary file: contains NUL bytes (if this is UTF-16 text, save it as UTF-8 or as UTF-16 with a byte-order mark)"
    ),
    QT_TR_NOOP("binary file: looks like a {kind}, not plain text"),
    QT_TR_NOOP("binary file: {controls} control bytes in {size} bytes"),
    QT_TR_NOOP("byte offset {byte_offset} falls inside a character"),
    QT_TR_NOOP("byte offset {byte_offset} is outside a text of {count} bytes"),
    QT_TR_NOOP("can no longer be reached ({why})"),
    QT_TR_NOOP("cannot bring document {doc_id} back: its place was taken meanwhile ({exc})"),
    QT_TR_NOOP("cannot read the label map {path}: {exc}"),
    QT_TR_NOOP("cannot redo this step any more: {exc}"),
    QT_TR_NOOP("cannot restore a document: no table {table} with {row}"),
    QT_TR_NOOP("cannot restore {name}: the registry changed ({exc})"),
    QT_TR_NOOP("cannot restore: the annotations changed meanwhile ({exc})"),
    QT_TR_NOOP("cannot undo this step any more: {exc}"),
    QT_TR_NOOP(
        "composed {count} accent mark(s) with their letters (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)"
    ),
    QT_TR_NOOP("desktop entries are for Linux and BSD desktops"),
    QT_TR_NOOP(
        "document {doc_id} cannot be taken out of the search index: its text is damaged and the index holds its words with gaps; restore the project from a backup copy"
    ),
    QT_TR_NOOP("document {doc_id} does not exist in this project"),
    QT_TR_NOOP("document {document} cannot be stored: {exc}"),
    QT_TR_NOOP("document {document}: metadata is not JSON ({exc})"),
    QT_TR_NOOP("document {document}: text is not NFC; normalise it before storing"),
    QT_TR_NOOP("document {document}: {exc}"),
    QT_TR_NOOP("document {missing} does not exist in this project"),
    QT_TR_NOOP("dropped {controls} invisible control character(s)"),
    QT_TR_NOOP("empty file: it contains only whitespace"),
    QT_TR_NOOP("empty file: it has metadata header lines but no article text"),
    QT_TR_NOOP("empty file: it has no content"),
    QT_TR_NOOP("empty file: no documents in it"),
    QT_TR_NOOP('expected a JSON object with a "text" field'),
    QT_TR_NOOP(
        "invisible characters dropped (zero-width spaces, word joiners, soft hyphens, stray byte-order marks or joiners outside a word); a zero-width space between two words joins them"
    ),
    QT_TR_NOOP("it holds {objects}, which this program never creates"),
    QT_TR_NOOP("it is open only for reading"),
    QT_TR_NOOP("it was opened only to read"),
    QT_TR_NOOP("its folder is read-only (or on a read-only disk)"),
    QT_TR_NOOP("its source tokens do not line up with their ends"),
    QT_TR_NOOP("its source tokens reach past its text of {length} characters"),
    QT_TR_NOOP("jobs must be 0 (one per CPU), 1 (no workers) or more"),
    QT_TR_NOOP("label"),
    QT_TR_NOOP("level must be source, syllable or word, and blocks sentence or paragraph"),
    QT_TR_NOOP("line {line} (byte {offset})"),
    QT_TR_NOOP("line {line} on: nested too deeply to be read"),
    QT_TR_NOOP("line {line}: </ENAMEX> closes no open tag; left out"),
    QT_TR_NOOP('line {line}: <ENAMEX TYPE="{label}"> is never closed; left out'),
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
    QT_TR_NOOP(
        "looks like HTML ({count} tag(s) such as {sample}); kept as literal text, not rendered"
    ),
    QT_TR_NOOP("name at least one annotator"),
    QT_TR_NOOP('no "text" field holding a string'),
    QT_TR_NOOP("no annotator's layer to export separately"),
    QT_TR_NOOP("no document of these files is in the project, so nothing was attached"),
    QT_TR_NOOP("no document of these files is in the project, so nothing was attached ({first})"),
    QT_TR_NOOP("no document with id {missing} in this project"),
    QT_TR_NOOP("no documents match; nothing to share out"),
    QT_TR_NOOP("no layer of annotator {unknown!r} in this project; layers: {value}"),
    QT_TR_NOOP("no reader accepts this file ({suffix}); use --format to choose one of: {choices}"),
    QT_TR_NOOP("no saved filter called {name!r}; saved filters: {known}"),
    QT_TR_NOOP("no token rows"),
    QT_TR_NOOP("origin {origin!r} is not one of {origins}"),
    QT_TR_NOOP("overlap must be between 1 and the number of annotators ({count})"),
    QT_TR_NOOP("position {cp} is outside a text of {count} characters"),
    QT_TR_NOOP("position {cp} is outside a text of {length} characters"),
    QT_TR_NOOP("read as Windows-1258 (legacy Vietnamese), converted to Unicode NFC"),
    QT_TR_NOOP("region [{start}, {end}) {kind} does not fit the text"),
    QT_TR_NOOP("relation type"),
    QT_TR_NOOP(
        "relation type {kind} between {head} and {tail}; import with --new-labels add to allow it"
    ),
    QT_TR_NOOP("relation type {name} (1 relation)"),
    QT_TR_NOOP("relation type {name} ({n} relations)"),
    QT_TR_NOOP("relation {kind} links span {head} to span {tail}, but there are {count} spans"),
    QT_TR_NOOP("relation {kind} links span {head} to span {tail}, but there is only 1 span"),
    QT_TR_NOOP("relation {name} names unknown labels {unknown}"),
    QT_TR_NOOP("relation {rel_type} does not link {head_label} to {tail_label}"),
    QT_TR_NOOP("relation {rel_type} points to spans {head}, {tail} of {count}"),
    QT_TR_NOOP("relation {relation_id} does not exist (it may have been deleted)"),
    QT_TR_NOOP("same text as {first}, imported just before"),
    QT_TR_NOOP("schema file is malformed: {exc}"),
    QT_TR_NOOP("schema file is not valid JSON: {exc}"),
    QT_TR_NOOP("span [{start}, {end}) does not fit a text of {text_length} characters"),
    QT_TR_NOOP("span [{start}, {end}) {label} does not fit a text of {raw_len} characters"),
    QT_TR_NOOP("span {span_id} does not exist (it may have been deleted)"),
    QT_TR_NOOP("status {unknown!r} is not one of {choices}"),
    QT_TR_NOOP("the curated layer is made by curating, not by merging"),
    QT_TR_NOOP("the demo articles could not be imported: {details}"),
    QT_TR_NOOP("the disk is full"),
    QT_TR_NOOP("the file is read-only"),
    QT_TR_NOOP("the folder {parent} does not exist."),
    QT_TR_NOOP("the key {key!r} is already used by label {clash}"),
    QT_TR_NOOP("the label map {path} is not valid JSON: {exc}"),
    QT_TR_NOOP("the label map {path} must map names to names"),
    QT_TR_NOOP("the label map {path}, line {number}: write OLD = NEW (got {written!r})"),
    QT_TR_NOOP("the layer of {annotator} repeats a span (same place and label twice): {exc}"),
    QT_TR_NOOP("the layer saved for this step is no longer there"),
    QT_TR_NOOP("the layers policy needs at least one layer"),
    QT_TR_NOOP("the numbers of words and tags differ: {words} and {tags}"),
    QT_TR_NOOP("the open project's own file: it is not an article and is not read"),
    QT_TR_NOOP(
        "the package holds a span the project cannot take: {exc} (a value outside the schema, or the same place and label twice in the annotator's layer)"
    ),
    QT_TR_NOOP("the project file"),
    QT_TR_NOOP("the registry already has an entity {uid}"),
    QT_TR_NOOP("the registry has no entity {uid} (it may have been removed)"),
    QT_TR_NOOP("the regular expression {pattern!r} is not valid: {exc}"),
    QT_TR_NOOP("the rows have no tag column (one token per line and its tags)"),
    QT_TR_NOOP("the saved layer links mentions to registry entity {gone}, no longer there"),
    QT_TR_NOOP("the saved layer no longer fits the project ({exc})"),
    QT_TR_NOOP("the saved layer uses label {label!r}, no longer in the schema"),
    QT_TR_NOOP("the saved layer uses relation type {kind!r}, no longer in the schema"),
    QT_TR_NOOP("the store cannot apply a {kind} operation"),
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
    QT_TR_NOOP("there is already a label named {new}"),
    QT_TR_NOOP("there is no label named {name}"),
    QT_TR_NOOP("there is no relation type named {name}"),
    QT_TR_NOOP("these two spans are already linked by {relation_type}"),
    QT_TR_NOOP("this text is already labelled {label}"),
    QT_TR_NOOP(
        "too large: {size} MB is over the {limit} MB limit for a corpus file read whole (raise it with --max-corpus-size)"
    ),
    QT_TR_NOOP(
        "too large: {size} MB is over the {limit} MB limit for one plain-text article (raise it with --max-size if this really is one)"
    ),
    QT_TR_NOOP("two annotators' names give the same file name; rename one"),
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
    QT_TR_NOOP("unknown card language {card_language!r}; choose {choices}"),
    QT_TR_NOOP("unknown format {format!r}; choose one of {choices}"),
    QT_TR_NOOP("unknown format {name!r}; known formats: {known}"),
    QT_TR_NOOP("unknown label {label!r}; the schema has {names}"),
    QT_TR_NOOP(
        "unknown label {missing!r}; add it (annotator labels add) or import with --new-labels add"
    ),
    QT_TR_NOOP("unknown label {name!r}; the schema has {label_names}"),
    QT_TR_NOOP("unknown layer {layer!r}; choose one of {choices}"),
    QT_TR_NOOP("unknown layer {layer!r}; choose {choices}"),
    QT_TR_NOOP("unknown overlap policy {overlap!r}; choose {choices}"),
    QT_TR_NOOP("unknown relation type {kind!r}; import with --new-labels add to allow it"),
    QT_TR_NOOP("unknown relation type {name!r}"),
    QT_TR_NOOP("unknown tag scheme {scheme!r}; choose iob2 or bioes"),
    QT_TR_NOOP("unreadable folder: {why}"),
    QT_TR_NOOP("unreadable from here on: {why}"),
    QT_TR_NOOP("unreadable from line {line}: ({error})"),
    QT_TR_NOOP("unreadable: broken link to {readlink}"),
    QT_TR_NOOP("unreadable: nested too deeply to be read"),
    QT_TR_NOOP("unreadable: no such file or folder"),
    QT_TR_NOOP("unreadable: not a regular file (device, pipe or socket)"),
    QT_TR_NOOP("unreadable: permission denied"),
    QT_TR_NOOP("unreadable: the file could not be parsed ({error})"),
    QT_TR_NOOP("unreadable: this is a folder, not a file"),
    QT_TR_NOOP("unreadable: {value}"),
    QT_TR_NOOP("was deleted or moved"),
    QT_TR_NOOP("was overwritten by another copy of it (an older or a newer one)"),
    QT_TR_NOOP("was overwritten by another project file"),
    QT_TR_NOOP("was replaced by another file (or moved, and another put in its place)"),
    QT_TR_NOOP(
        "{cause} The import stopped after {imported} imported document(s), which are kept; run the same import again to finish it (files already imported are skipped)."
    ),
    QT_TR_NOOP("{count} × {reason}"),
    QT_TR_NOOP(
        "{file} cannot be changed: {reason}. Nothing was changed; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…)."
    ),
    QT_TR_NOOP(
        "{file} cannot be opened: the file or its folder cannot be read, or the folder does not allow the project's working files (-wal, -shm) to be created. Check the permissions, or copy the project to a folder you can write to."
    ),
    QT_TR_NOOP(
        "{file} cannot be written: the file, its folder or its disk is read-only. Nothing was changed. Copy the project to a folder you can write to, or open it only to read and export."
    ),
    QT_TR_NOOP("{file} holds a value too large to read ({exc}); it was not changed."),
    QT_TR_NOOP(
        "{file} is damaged: part of it cannot be read ({detail}). Nothing was changed. Restore it from a backup (for example a .bak file beside it, or a copy), or export what can still be read with `annotator export` after a copy is checked."
    ),
    QT_TR_NOOP(
        "{file} took too long to open and was stopped: a project file of this program opens in well under a second. It may be damaged or built to stall; it was not changed."
    ),
    QT_TR_NOOP(
        "{file} tried to run SQL stored in the file itself, which this program never does; the statement was refused and nothing was changed."
    ),
    QT_TR_NOOP("{label} (1 span)"),
    QT_TR_NOOP("{label} ({count} spans)"),
    QT_TR_NOOP("{line} ({cost})"),
    QT_TR_NOOP(
        "{linked} mention(s) linked by name, {suggested} suggested for confirmation; {persons} new person(s), {organisations} new organisation(s)"
    ),
    QT_TR_NOOP("{name} has no text file {text_file} beside it"),
    QT_TR_NOOP("{name} has no tokens and ner_tags (ClassLabel) columns"),
    QT_TR_NOOP("{name} holds no token rows"),
    QT_TR_NOOP(
        "{name} is a package of another project ({other!r}), not of this one; nothing was merged."
    ),
    QT_TR_NOOP(
        "{name} is a project, not a work package, so it was not merged. To compare annotations made elsewhere, import them with: annotator import PROJECT FILE --annotator NAME"
    ),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start})"),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start}); save it as UTF-8"),
    QT_TR_NOOP("{name} is not UTF-8 (byte {start}); save it as UTF-8 and import again"),
    QT_TR_NOOP("{name} is not a dataset file this tool wrote ({exc})"),
    QT_TR_NOOP("{name} is not a spaCy DocBin ({exc})"),
    QT_TR_NOOP("{name} names no usable annotator: {exc}"),
    QT_TR_NOOP(
        "{name} uses what this project's schema lacks: {missing}. Nothing was merged. Add them to the project's label schema, or map each to one it has, on the command line: annotator package merge PROJECT PACKAGE --map OLD=NEW"
    ),
    QT_TR_NOOP("{name} was not merged: {exc}"),
    QT_TR_NOOP("{name}, document {doc_id}: {exc}"),
    QT_TR_NOOP("{name}, item {number}: {reason}"),
    QT_TR_NOOP("{name}, line {line}: {exc}"),
    QT_TR_NOOP("{name}, line {number}: {exc}"),
    QT_TR_NOOP("{name}, line {number}: {reason}"),
    QT_TR_NOOP("{name}, {failure}"),
    QT_TR_NOOP("{name}.ann, line {number}: not read as brat writes it ({shape}); left out"),
    QT_TR_NOOP(
        "{name}.ann, line {number}: relation {relation} uses an entity that was left out or does not exist; left out"
    ),
    QT_TR_NOOP("{name}: not valid JSON ({exc})"),
    QT_TR_NOOP("{name}: {exc}"),
    QT_TR_NOOP("{name}: {missing}"),
    QT_TR_NOOP("{n} documents"),
    QT_TR_NOOP("{n} entities"),
    QT_TR_NOOP("{n} mentions"),
    QT_TR_NOOP("{n} relations"),
    QT_TR_NOOP("{objects} are missing"),
    QT_TR_NOOP("{objects} differ from what it creates"),
    QT_TR_NOOP("{objects} differs from what it creates"),
    QT_TR_NOOP("{objects} is missing"),
    QT_TR_NOOP("{path} cannot be opened as a project: {exc}."),
    QT_TR_NOOP("{path} cannot be read: {strerror}."),
    QT_TR_NOOP("{path} is a folder, not a project file."),
    QT_TR_NOOP("{path} is an SQLite database of another program, not an annotation project."),
    QT_TR_NOOP("{path} is an empty file, not a project."),
    QT_TR_NOOP("{path} is damaged and cannot be read ({exc})."),
    QT_TR_NOOP("{path} is damaged or not a project: {exc}."),
    QT_TR_NOOP("{path} is damaged: {value}."),
    QT_TR_NOOP("{path} is not a project file (it is not an SQLite database)."),
    QT_TR_NOOP("{path} is not an annotation project (format {name!r})."),
    QT_TR_NOOP("{path} is not an annotation project (it has no format record)."),
    QT_TR_NOOP(
        "{path} needs upgrading to this version's format, but its backup copy {name} could not be written ({exc}); the disk may be full. Nothing was changed: free some disk space and open it again."
    ),
    QT_TR_NOOP(
        "{path} was not opened: {problems}. SQL stored in a project file would run in your session (on open and on every edit), so nothing in it was run or changed. Ask whoever sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db"
    ),
    QT_TR_NOOP(
        "{path} was written by a newer version of the annotator (it has format steps {unknown}); update the program to open it."
    ),
    QT_TR_NOOP(
        "{path} {problem} while it was open, so this change was NOT saved and no further change will be. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project."
    ),
    QT_TR_NOOP(
        '{path}, line {number}: not a gold document ({exc}). Each line needs "text" and "spans": [[start, end, label], ...].'
    ),
    QT_TR_NOOP("{problems}; {more}"),
    QT_TR_NOOP(
        "{project} has recent edits in {log} that cannot be read from a read-only folder; the project is shown without them. Copy both files to a folder you can write to, and open the copy, to get them back."
    ),
    QT_TR_NOOP(
        "{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…)."
    ),
    QT_TR_NOOP("{reason} Check that underthesea is installed, or raise the time limit."),
    QT_TR_NOOP("{relation_type} does not link {head} to {tail}; it links {heads} to {tails}"),
    QT_TR_NOOP(
        "{source}: the table {name} was redefined, so its data cannot be trusted to fit; no clean copy can be made. Ask whoever sent the file for another copy."
    ),
    QT_TR_NOOP("{taken} already exists; choose another --out folder or remove it"),
    QT_TR_NOOP("{target} already exists; choose a new file name for the copy."),
    QT_TR_NOOP("{target} already exists; choose a new file name for the project."),
    QT_TR_NOOP("{target} already exists; choose a new file name."),
    QT_TR_NOOP("{target} already exists; choose another name or allow overwriting it"),
    QT_TR_NOOP("{target} cannot be created: its folder is read-only (or on a read-only disk)."),
    QT_TR_NOOP(
        "{target} cannot be opened for editing: {reason}. Nothing was changed. Copy it to a folder you can write to, or open it only to read and export."
    ),
    QT_TR_NOOP(
        "{target} could not be created: the disk is full (or a file size limit was reached). Nothing was left behind; free some space and create it again."
    ),
    QT_TR_NOOP("{target} is not an annotation project."),
    QT_TR_NOOP(
        "{target} is open in another program, but the recovery log beside it ({log}) does not belong to it: {reason}. Close the other program, then open the project again."
    ),
    QT_TR_NOOP(
        "{target} was made by an older version and must be upgraded before it can be read, which needs write access ({read_only_reason}). Copy it to a folder you can write to and open the copy."
    ),
    QT_TR_NOOP("{value!r} is not a colour; write it as #rrggbb, e.g. #c0392b"),
    QT_TR_NOOP("{what} {value!r} is not one of {allowed}"),
    QT_TR_NOOP("{where}: [{start}, {end}) does not fit a text of {count} characters; left out"),
    QT_TR_NOOP("{where}: a discontinuous entity, read as the whole range it covers"),
    QT_TR_NOOP("{where}: its end ({end}) comes before its start ({start}); left out"),
    QT_TR_NOOP("{where}: its fragments are out of order; left out"),
)
