"""ORG rules for a state's organs named in lower case or by where they sit: legislatures, spies, missions.

`state_organs` reads a legislature, an intelligence service or a mission
abroad written in lower case with its state (`quốc hội Ukraine`, `các cơ quan
tình báo Belarus`, `sứ quán Việt Nam tại Washington`), `floors` the legislature
whose floor deputies speak from (`tại diễn đàn [Quốc hội]`). Both read the
organs by which a state legislates and is represented, where the other rules
see only the state (a LOC) or a forum (an EVENT). A state's army and government
(`bodies.governments`, `bodies.government_owners`) are read at the top of
`bodies`, as rules outside it import them. The package holds no code of its own
so that importing one rule module never runs another.
"""
