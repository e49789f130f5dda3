"""ORG rules for the press: outlets named in their slots, foreign titles, a paper's city.

`outlet_names` reads a newspaper in the places the press names one (a
bracketed signature, after `báo`, `tờ`), `press_titles` a foreign paper by its
English title, `paper_cities` a paper whose name ends in its city. The package
holds no code of its own so that importing one rule module never runs another.
"""
