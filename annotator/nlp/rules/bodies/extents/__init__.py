"""Where a body's name ends: its core, what attaches to it, and the words that finish it.

`cores` finds a body's core name from its head word or a listed name, `names`
the shape of the name after its head (a field, title-case or English words),
`attachments` what follows a name and belongs to it (a term, a region, a
unit's name), `branches` a branch named after its body (`Ngân hàng Nông nghiệp
chi nhánh Cầu Giấy`) and `counted_numbers` a number after a body that counts
time or things instead of naming it; `bodies.orgs` puts these together in
`org`, which rules all over `rules` import. `committee_names` reads a
committee's own name run on with dashes and lowercase words after its bare
head, `proper_tails` a generic body finished by the foreign name after it
(`Trung tâm Nghiên cứu Lugar`), `verb_run_ons` ends a name before a verb or a
lost sentence start it ran on into, and `dashed_places` keeps a second place
after a spaced dash (`Viện KSND tỉnh Quảng Nam - Đà Nẵng`). All of them decide one thing, the end of a
body's span, from the words after its head. The package holds no code of its
own so that importing one rule module never runs another.
"""
