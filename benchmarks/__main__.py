"""``python -m benchmarks``: every measure, one table (see ``benchmarks.run``)."""

import sys

from benchmarks.run import main

sys.exit(main())
