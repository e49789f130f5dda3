"""ORG rules for armed forces and units: an arm of service, a force by its kind, a unit by its code.

`arms` reads an arm of service with its state (`Hải quân Ukraine`, `pháo binh
Nga`), `forces` a state's force described by its kind, a state's guard and a
unit by its number (`lực lượng đặc biệt Nga`, `đặc nhiệm Chechnya`),
`unit_codes` a police or army unit by its code after a word for its staff
(`cán bộ C14`, `đơn vị Z756`). War and security reports name a force with its
state, and these rules share one line: the force with its state is one ORG,
the soldiers of a state leave the state a LOC (`binh sĩ thủy quân lục chiến
[Ukraine]`). A state's army named as such (`quân đội Nga`) is read by
`bodies.governments`. The package holds no code of its own so that importing
one rule module never runs another.
"""
