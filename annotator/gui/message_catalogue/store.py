"""The message templates of annotator.store, for the translation catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP(
        "Another program (an import, another window, or another person's session) kept {file} locked for {seconds} s, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again."
    ),
    QT_TR_NOOP(
        "Another program (an import, another window, or another person's session) kept {file} locked, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again."
    ),
    QT_TR_NOOP(
        "Reading or writing {file} failed at the disk ({exc}). The disk may be full, removed, or the file may have reached a size limit. The last change was not saved and everything saved before it is intact; check the disk and try again."
    ),
    QT_TR_NOOP(
        "SQLite cannot read its structure: the file may have been cut short, or changed by another program"
    ),
    QT_TR_NOOP("SQLite does not recognise it as a database"),
    QT_TR_NOOP("SQLite's check of its pages found 1 problem"),
    QT_TR_NOOP("SQLite's check of its pages found {n} problems"),
    QT_TR_NOOP(
        "The disk holding {name} is full, so SQLite cannot create its working files beside it; the project is open for reading only, as its file says."
    ),
    QT_TR_NOOP(
        "The disk is full, so the last change could not be saved to {file}; it was undone whole and everything saved before it is intact. Free some disk space and do it again."
    ),
    QT_TR_NOOP(
        "The disk is full, so the last change could not be saved; it was undone whole and everything saved before it is intact. Free some disk space and do it again."
    ),
    QT_TR_NOOP(
        "The recovery log {log} beside {project} did not belong to it: {reason}. Applying it would have damaged the project, so it was moved to {moved} and not applied; {project} is exactly as its file says. If you restored this file from a copy on purpose, nothing more is needed."
    ),
    QT_TR_NOOP(
        "The recovery log {log} beside {project} does not belong to it ({reason}); it was ignored, and the project is shown as its file says."
    ),
    QT_TR_NOOP(
        "The recovery log {log} beside {project} would have damaged it: it was written over another state of the file (an older copy put in place of the project while it was open, say). It was moved to {moved} and not applied; {project} is exactly as its file says. Edits made after the copy was put in place are not in it."
    ),
    QT_TR_NOOP(
        "The {label} “{surface}” would cross the {other_label} “{other}”: spans may nest but not cross; accept or reject one of the two by itself first"
    ),
    QT_TR_NOOP("There is no project at {path}."),
    QT_TR_NOOP(
        "These words would cross the {label} span “{surface}”: spans may nest but not cross; select words inside it, or around it whole"
    ),
    QT_TR_NOOP("a curated relation needs both its spans in the curated layer"),
    QT_TR_NOOP("a document appears twice in one merge"),
    QT_TR_NOOP("a document needs a title; type at least one letter"),
    QT_TR_NOOP("a label cannot be relabelled to itself"),
    QT_TR_NOOP("a package merge reads the package file; it cannot be replayed"),
    QT_TR_NOOP("a relation links two different spans"),
    QT_TR_NOOP("a relation links two spans of the same document"),
    QT_TR_NOOP("a relation of document {doc_id} points at no span"),
    QT_TR_NOOP("a span of document {doc_id} ends at {end}, past its text ({length} characters)"),
    QT_TR_NOOP(
        "a {label} span cannot cross a paragraph break (exports would join two sentences); label each paragraph's part, or allow it for this label in the schema"
    ),
    QT_TR_NOOP("a {source_type} cannot be merged into an {target_type}"),
    QT_TR_NOOP("an entity cannot be merged into itself"),
    QT_TR_NOOP("an entity needs a name"),
    QT_TR_NOOP("an identical {label} span is already there, so this one stays rejected"),
    QT_TR_NOOP("any label"),
    QT_TR_NOOP("can no longer be reached ({why})"),
    QT_TR_NOOP("cannot bring document {doc_id} back: its place was taken meanwhile ({exc})"),
    QT_TR_NOOP("cannot redo this step any more: {exc}"),
    QT_TR_NOOP("cannot restore a document: no table {table} with {row}"),
    QT_TR_NOOP("cannot restore {name}: the registry changed ({exc})"),
    QT_TR_NOOP("cannot restore: the annotations changed meanwhile ({exc})"),
    QT_TR_NOOP("cannot undo this step any more: {exc}"),
    QT_TR_NOOP(
        "document {doc_id} cannot be taken out of the search index: its text is damaged and the index holds its words with gaps; restore the project from a backup copy"
    ),
    QT_TR_NOOP("document {doc_id} does not exist in this project"),
    QT_TR_NOOP("document {document} cannot be stored: {exc}"),
    QT_TR_NOOP("document {document}: metadata is not JSON ({exc})"),
    QT_TR_NOOP("document {document}: text is not NFC; normalise it before storing"),
    QT_TR_NOOP("document {document}: {exc}"),
    QT_TR_NOOP("document {missing} does not exist in this project"),
    QT_TR_NOOP("it holds {objects}, which this program never creates"),
    QT_TR_NOOP("it is open only for reading"),
    QT_TR_NOOP("it was opened only to read"),
    QT_TR_NOOP("its folder is read-only (or on a read-only disk)"),
    QT_TR_NOOP("its source tokens do not line up with their ends"),
    QT_TR_NOOP("its source tokens reach past its text of {length} characters"),
    QT_TR_NOOP("origin {origin!r} is not one of {origins}"),
    QT_TR_NOOP("relation {rel_type} does not link {head_label} to {tail_label}"),
    QT_TR_NOOP("relation {rel_type} points to spans {head}, {tail} of {count}"),
    QT_TR_NOOP("relation {relation_id} does not exist (it may have been deleted)"),
    QT_TR_NOOP(
        "some of these rejections are no longer in the project (undone or deleted meanwhile); open the list of held-back suggestions again"
    ),
    QT_TR_NOOP("span {span_id} does not exist (it may have been deleted)"),
    QT_TR_NOOP("the curated layer is made by curating, not by merging"),
    QT_TR_NOOP("the disk is full"),
    QT_TR_NOOP("the file is read-only"),
    QT_TR_NOOP("the folder {parent} does not exist."),
    QT_TR_NOOP("the key {key!r} is already used by label {clash}"),
    QT_TR_NOOP("the layer of {annotator} repeats a span (same place and label twice): {exc}"),
    QT_TR_NOOP("the layer saved for this step is no longer there"),
    QT_TR_NOOP(
        "the package holds a span the project cannot take: {exc} (a value outside the schema, or the same place and label twice in the annotator's layer)"
    ),
    QT_TR_NOOP("the project file"),
    QT_TR_NOOP("the registry already has an entity {uid}"),
    QT_TR_NOOP("the registry has no entity {uid} (it may have been removed)"),
    QT_TR_NOOP("the saved layer links mentions to registry entity {gone}, no longer there"),
    QT_TR_NOOP("the saved layer no longer fits the project ({exc})"),
    QT_TR_NOOP("the saved layer uses label {label!r}, no longer in the schema"),
    QT_TR_NOOP("the saved layer uses relation type {kind!r}, no longer in the schema"),
    QT_TR_NOOP("the store cannot apply a {kind} operation"),
    QT_TR_NOOP("there is already a label named {new}"),
    QT_TR_NOOP("there is no label named {name}"),
    QT_TR_NOOP("there is no relation type named {name}"),
    QT_TR_NOOP("these two spans are already linked by {relation_type}"),
    QT_TR_NOOP("this text is already labelled {label}"),
    QT_TR_NOOP("unknown label {label!r}; the schema has {names}"),
    QT_TR_NOOP("was deleted or moved"),
    QT_TR_NOOP("was moved to {place} (the work saved so far is there)"),
    QT_TR_NOOP("was overwritten by another copy of it (an older or a newer one)"),
    QT_TR_NOOP("was overwritten by another project file"),
    QT_TR_NOOP("was replaced by another file (or moved, and another put in its place)"),
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
        "{path} {problem} while it was open, so no further change will be saved to it. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project."
    ),
    QT_TR_NOOP(
        "{path} {problem} while it was open, so this change was NOT saved and no further change will be. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project."
    ),
    QT_TR_NOOP("{problems}; {more}"),
    QT_TR_NOOP(
        "{project} has recent edits in {log} that cannot be read from a read-only folder; the project is shown without them. Copy both files to a folder you can write to, and open the copy, to get them back."
    ),
    QT_TR_NOOP(
        "{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…)."
    ),
    QT_TR_NOOP("{relation_type} does not link {head} to {tail}; it links {heads} to {tails}"),
    QT_TR_NOOP(
        "{source}: the table {name} was redefined, so its data cannot be trusted to fit; no clean copy can be made. Ask whoever sent the file for another copy."
    ),
    QT_TR_NOOP("{target} already exists; choose a new file name for the copy."),
    QT_TR_NOOP("{target} already exists; choose a new file name for the project."),
    QT_TR_NOOP("{target} already exists; choose a new file name."),
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
    QT_TR_NOOP("{what} {value!r} is not one of {allowed}"),
)
