"""The frozen program's entry point: the same as the ``jira-wizard`` command.

It lives outside the package on purpose: PyInstaller puts a script's own folder
on the module search path, and the package's folder there would let its modules
be found under bare names.
"""

import sys

from jira_wizard.cli.main import main

sys.exit(main())
