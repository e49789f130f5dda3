"""The review loop: going from suggestion to suggestion, deciding, filtering, provenance.

It talks to the editor through its signals and public methods and changes
the project only through operations applied by the window's context.
"""
