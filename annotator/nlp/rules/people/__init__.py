"""PER rules: a person's name, where it starts and ends, and its other mentions.

`persons` finds names after titles and address words, surname-led and
foreign-shaped names; the other modules each read one place a name stands or
one way it is written again: in a list (`people_lists`, `rosters`), after a
post by the family name alone (`family_names`), glued after a body's foreign
name (`given_names`), with a nickname or as a closing author (`nicknames`), with a nickname in
brackets after the full name (`bracket_nicknames`), as a Korean name
(`korean_names`),
in a byline or a credit (`bylines`, `credits`, `signatures`), run on into the
next sentence (`run_on_names`), and carried to its later mentions
(`name_mentions`); and where a capitalised word is no name: the first
syllable of a post's field (`field_words`), a machine's name (`machines`).
Shared pieces of name shape stay in `rules.names`. The
package holds no code of its own so that importing one rule module never runs
another.
"""
