"""What the wizard's own buttons do, said to a screen reader.

QWizard makes Back, Next, Save (its commit button), Finish and Cancel itself,
named by their words but with no description, so a screen reader says "Next,
button" and nothing of where it leads. The wizard calls
``describe_wizard_buttons`` once, as it is made.

This module is part of the wizard's start-up, so it leaves PySide6's ``Qt``
namespace alone: loading it costs 15 to 20 ms. ``QWizard.WizardButton`` is
all it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "ConnectionWizard", with the wizard's own texts).
translate = QCoreApplication.translate

_Button = QWizard.WizardButton


def describe_wizard_buttons(wizard: QWizard) -> None:
    """Give each of ``wizard``'s buttons a translated accessible description.

    The descriptions hold whatever words a page gives a button (the save
    page calls its commit button "Save"), so this is done once, not per page.
    """
    for which, description in _descriptions().items():
        wizard.button(which).setAccessibleDescription(description)


def _descriptions() -> dict[QWizard.WizardButton, str]:
    return {
        _Button.BackButton: translate(
            "ConnectionWizard", "Goes back to the previous step"
        ),
        _Button.NextButton: translate("ConnectionWizard", "Goes to the next step"),
        _Button.CommitButton: translate(
            "ConnectionWizard",
            "Saves the connection; the steps before cannot be changed after this",
        ),
        _Button.FinishButton: translate(
            "ConnectionWizard", "Closes the wizard; the connection is saved"
        ),
        _Button.CancelButton: translate(
            "ConnectionWizard", "Closes the wizard without saving anything"
        ),
    }
