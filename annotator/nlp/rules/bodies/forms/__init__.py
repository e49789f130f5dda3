"""ORG rules for bodies written in a form of their own: spelled out, with a bracketed alias, in sentence case.

`acronyms` reads a name closed by its own abbreviation in brackets (`Cơ quan
phát triển quốc tế Canada (CIDA)`), `bracket_aliases` a bracketed alias that
is no plain acronym (`Đài Truyền hình Trung ương (VTV1)`), `spelled` a name
whose initials spell the abbreviation after it (`Bệnh viện Y học dân tộc
(YHDT)`), `spelled_lowercase` a lowercase body spelled out before a listed
abbreviation (`cơ quan điều tra (CQĐT)`) and `described` a body in sentence
case up to the place or parent body it ends with (`Đại học quốc gia
Singapore`); `post_acronyms` carries an acronym that closes a post
(`Giám đốc trung tâm ITC`) to its bare mentions as a body. Here the way the name is written, not its words, says where it
runs: the brackets after it, or the place that closes it, over words in any
case that the other rules cut short. The lowercase readers they share stay in
`bodies.lowercase`. The package holds no code of its own so that importing one
rule module never runs another.
"""
