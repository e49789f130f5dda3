"""DOC rules for laws: the parts of a law's name the document rules read after `Luật`.

`names` reads a lowercase name and an amending law, `owners` the body a law
belongs to (`của Quốc hội`), `years` the enactment year written bare after the
name, `ends` where a lowercase name gives way to the clause after it. The
package holds no code of its own so that importing one rule module never runs
another.
"""
