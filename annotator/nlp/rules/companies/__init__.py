"""ORG rules for companies: one module per way the press writes a company.

`legal_forms` reads a lowercase `công ty` with its legal form and name,
`heads` joins a lowercase head to a name found after it, `ends` reads a
foreign company by its English ending alone, `names` carries a company's
name from its full mention to its bare ones, `trades` and `listed` read state
companies named by their trades, and `makes` drops a maker's name that names
a vehicle. The package holds no code of its own so that importing one rule
module never runs another.
"""
