"""The bundle's entry point: the `labeler` command, as the installed script runs it."""

import multiprocessing
import sys

from labeler.cli import main

if __name__ == "__main__":
    # `labeler serve --workers N` starts processes of this executable (multiprocessing's
    # spawn); they must run the worker, not the command line.
    multiprocessing.freeze_support()
    sys.exit(main())
