"""The wizard's widgets. They reach the rest of the program only through the
``WizardBackend`` contract, and import neither httpx nor keyring."""
