"""`python -m annotator.cli`."""

from annotator.cli import main

main()
