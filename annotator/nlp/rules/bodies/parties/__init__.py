"""ORG rules for parties: a bloc's party committee, a party cell, the Central Committee, parties abroad.

`party_blocs` reads a party committee of a bloc of bodies, `party_cells` a
party committee, branch or cell named with the agency or firm it sits in
(`Đảng bộ cơ quan LĐLĐ TPHCM`), `central_committee` the Central Committee in
lower case (`bầu vào trung ương`), `party_names` a foreign party by its own
name after `đảng`, `translated_parties` a foreign party translated in sentence
case, and `party_mentions` carries a party's own name from `đảng X` to its bare
mentions in the article, while `party_references` drops a bare `Đảng` that
refers back to a party named before (`Đảng này`, `Đảng cầm quyền`). The package holds no code of its own so that
importing one rule module never runs another.
"""
