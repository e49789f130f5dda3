"""Start the annotator GUI: `python main.py [PROJECT]`.

The preflight checks (a display, Qt's system libraries) run before Qt is
imported, so a missing library is named with the command that installs it.
"""

import sys

from annotator.start import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
