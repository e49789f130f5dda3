"""EVENT rules of wars, fighting, attacks, accidents, disasters and affairs:
what befell, named by its classifier, its enemy, its bounds or its name."""
