"""EVENT rules of appointments, discipline and self-reviews about named people,
and the lowercase decisions (DOC) taken about them."""
