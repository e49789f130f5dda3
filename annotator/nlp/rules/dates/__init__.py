"""DATE rules: one module per way a date is written (calendar dates, clock times, ranges).

`calendar_dates` finds days, months, years and terms and calls the others for
the pieces around them: the words before a date (`prefixes`), a day named in
words with its date beside it (`asides`), clock times and days relative to the
article (`times`), weekdays in a relative week (`week_days`), both ends of a
range (`range_days`), bare years listed after a dated one (`listed_years`), and
numbers written like days that are not (`shares`).
`month_names` reads a month named in words (`hồi tháng hai`).
`term_ordinals` reads a term named by its order (`nhiệm kỳ hai`), `eras`
centuries and decades placed in time and `budget_years` the year a budget or
a fiscal year is written with.
`forms` reads one token as a date. The package holds no code of its own so that
importing one rule module never runs another.
"""
