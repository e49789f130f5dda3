"""DOC rules: one module per way a document is named (`laws` reads a law in lowercase).

`papers` finds numbered, named and titled documents and asks `tails` what may
follow a name and still belong to it (its year, its version in brackets, the
two states of a joint paper). `numbered` reads a paper known by its kind and
number in lowercase or by its kind's initials (`NQ 388`), `bills` a bill or law named by its subject, `adopted` a
lowercase paper an act adopts, signs or annuls (`acted` one named by its own act), `reports` a report by its title
after a capitalised `Báo cáo`, and `programmes` the assembly's yearly programmes, `national_programmes` a
national programme by its title, `listed_projects` the projects a plan lists by title;
`plurals` drops laws of a kind in the plural, which name no one law;
`short_names` reads a foreign law by its acronym (`luật CPE`) and a document
named in full once and then by its short name (the bare acronym, `Chương
trình quốc gia`). A name's
subject grows in `listed_subjects` (short items past a comma) and
`numbered_subjects` (after a number, to the clause's end); `plan_horizons`
keeps the years a plan runs to inside its name; `regulations` reads a
capitalised `Quy chế` with its subject and an election's rules in lowercase. The package
holds no code of its own so that importing one rule module never runs another.
"""
