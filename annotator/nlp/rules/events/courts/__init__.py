"""EVENT rules of criminal and civil cases: the case, the trial, the ruling, arrests;
and the court steps that are procedure, quantities or never happened, no EVENT."""
