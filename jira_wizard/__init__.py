"""Jira Connection Wizard: connect this computer to Jira Cloud, safely.

The package is layered so that each part can be read and tested alone:

- ``core``: pure rules and the data model (no Qt, no HTTP, no keychain);
- ``atlassian``: asynchronous calls to Atlassian with httpx (no Qt);
- ``storage``: the OS keychain and the settings file;
- ``sandbox``: an emulator of Atlassian's services on loopback;
- ``service``: the use cases, shared by the wizard and the command line;
- ``cli``: the ``jira-wizard`` command (never imports Qt);
- ``ui``: the wizard's widgets, which reach everything else through ``service``.
"""

__version__ = "0.1.0"
