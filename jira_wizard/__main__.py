"""``python -m jira_wizard``: the same as the ``jira-wizard`` command."""

import sys

from jira_wizard.cli.main import main

sys.exit(main())
