"""ORG rules for bodies: one module per way the press writes or cuts a body.

`candidates` reads a body from its listed head (and the post beside it),
`cores`, `attachments` and `orgs` decide where its name ends, `names`,
`lowercase` and `committee_names` read the name after the head; the other
modules each handle one kind of body: states' armies and governments
(`governments`, `forces`, `arms`, `state_organs`), parties (the `parties`
subpackage), boards and presidia, investigating and local services, the
press (the `press` subpackage), bodies named by their acronym or their
spelled-out initials, and bodies meant in general, which get none (`general`,
`levels`). `body_phrases` reads the pieces inside a name (a bracketed acronym,
a topic), `central_committee` the Central Committee in lower case, `fronts` a
battle front named after a place, `unit_seats` a seat named like a person,
`party_cells` a party committee joined to the agency or firm it sits in,
`parent_bodies` a police or court division joined to its parent, `named_institutions`
a court or hospital by its capitalised name and a federation's government. The package holds no code of its own so that
importing one rule module never runs another.
"""
