"""ORG rules for parties: a bloc's party committee, parties abroad by name or in translation.

`party_blocs` reads a party committee of a bloc of bodies, `party_names` a
foreign party by its own name after `đảng`, `translated_parties` a foreign
party translated in sentence case, and `party_mentions` carries a party's
own name from `đảng X` to its bare mentions in the article. The package
holds no code of its own so that importing one rule module never runs
another.
"""
