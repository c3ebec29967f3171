"""The wizard's widgets. They reach the rest of the program only through the
``WizardBackend`` contract, and import neither httpx nor keyring.

Importing the package makes PySide6's look at every later import a light one
(``jira_wizard.ui.pyside_imports``), before any widget module is loaded.
"""

from jira_wizard.ui.pyside_imports import use_light_check

use_light_check()
