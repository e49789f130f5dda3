"""ROLE rules: a post (a title, a rank, a seat) and how far its extent runs.

`roles` finds the candidates, a title with its qualifiers; the other modules
each decide one stretch of a post's extent: its body (`title_complements`,
`post_extents`, `post_bodies`), its remit (`post_remits`, `minister_fields`)
and the duty after `phụ trách` (`duty_remits`), its seat (`envoy_seats`,
`deputy_seats`), several units at once
(`plural_posts`), a bracket after a name (`role_asides`), its short form in
brackets and again bare (`short_forms`), where its holder's
foreign name starts (`foreign_holders`), and what it gives back
(`role_tails`, and `verb_tails` the verb it ran into). Others keep or refuse
a post by what stands beside it: the bare noun of its body (`bare_bodies`), a
member's status (`member_status`), a bare `ủy viên` (`bare_members`), a list of ministries (`ministry_lists`),
the head of a branch (`branch_heads`), the head of a unit named by its
noun (`unit_heads`, `Đội trưởng đội …`), a trade before a name
(`named_trades`), the short `TT` (`short_titles`), a bare rank before a
country (`bare_ranks`) and a bare `chỉ huy` (`command_words`). The package
holds no code of its own so that importing one rule module never runs
another.
"""
