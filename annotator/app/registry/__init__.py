"""The people-and-roles registry: linking mentions, timelines of posts, and its files."""
