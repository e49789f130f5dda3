"""Start the annotator GUI: `python main.py [PROJECT]`."""

import sys

from annotator.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
