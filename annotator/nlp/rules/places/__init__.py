"""LOC rules: one module per way a place is written or told from its context.

`units` reads a name after a unit noun (`tỉnh Quảng Nam`) and a known place
after `ở`/`tại`, asking `listed` for a gazetteer place at a token and `venues`
for a building by its name; `zones` keeps a zone's noun outside the ward it is
named after, `sites` a market's or temple's lowercase noun. `addresses` reads a
street after a house number, `district_brackets` the district and province in
brackets, `district_numbers` a short numbered district after a body, and
`double_provinces` a province written with a comma. `regions` reads the regions
of Vietnam, `compass` a place after a compass region; `foreign` and `lists` read
foreign places no gazetteer holds by their context and their lists;
`country_words` and `country_compounds` decide when a one-syllable country is
one; `given` tells a person's given name from the city it spells, and
`mentions` carries a place found once to its bare mentions. Some rules turn
another reading into a place or drop one: `bare_ranks` (a bare rank before a
country marks the country), `fronts` (`Mặt trận` + a place marks the place),
`languages` (a state after `tiếng` is its language) and `short_pairs` (a
hyphenated pair of short forms, `Việt - Mỹ`), `honours` (a country inside a
title of honour, `bà mẹ Việt Nam anh hùng`), and `company_words` (a foreign
word the article names a company by). `seas` reads a sea or strait named after
a place (`eo biển Đài Loan`). The package holds no code of its own so that
importing one rule module never runs another.
"""
