"""EVENT rules of elections and votes: what is elected, the country that votes,
the votes, polls and procedural steps of a deliberative body."""
