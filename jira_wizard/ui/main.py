"""Opening the wizard: the Qt application, its language, the qasync loop, the window.

The language is chosen and installed when the application is made
(``jira_wizard.ui.i18n``), before any window or message exists.

The wizard's first page is on screen before most of the program is loaded:
``run_started`` paints it from a ``WizardStart`` (the policy and the choices,
from the pure layers), and only then makes the backend (the service, the
keychain and the settings behind it), imports asyncio and qasync, and starts
the event loop. The person reads page 1 meanwhile; a key pressed or a click
made in that moment waits in Qt's queue and is handled once the loop runs,
with the backend in place.

No traceback ever reaches the person: an exception that escapes a slot is
logged by its type only (its text may quote something typed) and shown as a
short message with the diagnostic report at hand.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from jira_wizard.core.errors import WizardError
from jira_wizard.ui import i18n
from jira_wizard.ui.application import WizardApplication
from jira_wizard.ui.context import WizardStart
from jira_wizard.ui.icons import app_icon
from jira_wizard.ui.wizard import ConnectionWizard

if TYPE_CHECKING:
    import asyncio

    from jira_wizard.core.backend import ManagerBackend, WizardBackend
    from jira_wizard.ui.links import WizardSession
    from jira_wizard.ui.manager import ManagerWindow

log = logging.getLogger(__name__)

APPLICATION_NAME = "Jira Connection Wizard"
ORGANIZATION_NAME = "jira-wizard"

#: The longest the first page is waited for before the rest is loaded anyway
#: (a window that starts minimized, or a platform that never paints it).
FIRST_PAINT_PATIENCE_MS = 500


def run(
    backend: WizardBackend,
    argv: list[str] | None = None,
    *,
    language: str | None = None,
    refused_preset: WizardError | None = None,
) -> int:
    """Show the wizard until it closes: 0 when a connection was saved, else 1.

    ``language`` is ``--language``'s code, if given (see ``prepare_application``).
    ``refused_preset`` is why a helpdesk's preset was not used: the window
    says so in a message box once it is up (``jira_wizard.ui.notices``).
    """
    return run_started(
        WizardStart.of(backend),
        lambda: backend,
        argv,
        language=language,
        refused_preset=refused_preset,
    )


def run_started(
    start: WizardStart,
    make_backend: Callable[[], WizardBackend],
    argv: list[str] | None = None,
    *,
    language: str | None = None,
    refused_preset: WizardError | None = None,
) -> int:
    """``run``, with the first page painted from ``start`` before the backend
    is made by ``make_backend``.

    A ``WizardError`` from ``make_backend`` is said in a message box over the
    page, and the wizard closes (1).
    """
    app = prepare_application(argv, language=language)
    wizard = ConnectionWizard(start)
    show_and_paint(wizard)
    try:
        backend = make_backend()
    except WizardError as error:
        log.error("the wizard could not start: %s", type(error).__name__)
        tell_cannot_start(error, wizard)
        wizard.hide()
        wizard.deleteLater()
        # As after a window that ran: the next one chooses its language anew.
        i18n.remove_language(app)
        return 1
    wizard.use_backend(backend)

    from jira_wizard.ui.links import WizardSession

    session = WizardSession(backend, refused_preset, wizard)
    _run_window(
        backend,
        app,
        lambda: session.wizard,
        _session_until_closed(session),
        current_window=lambda: session.wizard,
    )
    return 0 if session.wizard.saved else 1


def show_and_paint(window: QWidget) -> None:
    """Show ``window`` and return once it has been painted on screen.

    Only what draws the window is handled meanwhile: the person's keys and
    clicks wait in Qt's queue until the event loop runs.
    """
    waiting = QEventLoop()
    painted = _FirstPaint(waiting)
    window.installEventFilter(painted)
    window.show()
    if not painted.seen:
        QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, waiting.quit)
        waiting.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    window.removeEventFilter(painted)
    painted.deleteLater()


class _FirstPaint(QObject):
    """Notes the first paint of the window it watches, and ends ``waiting``."""

    def __init__(self, waiting: QEventLoop) -> None:
        super().__init__()
        self.seen = False
        self._waiting = waiting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Takes effect once this paint, and the flush that shows it on
            # screen, are done; nothing, when the loop is not running yet.
            self._waiting.quit()
        return False


def tell_cannot_start(error: WizardError, parent: QWidget | None = None) -> None:
    """Say why the program cannot open its window, and wait for the person.

    Used before any event loop runs (a policy file that cannot be used, a
    practice sandbox that cannot start), where a terminal may not exist: a
    program started from the desktop has none.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APPLICATION_NAME)
    box.setText(error.message)
    box.setInformativeText(error.advice)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def _session_until_closed(
    session: WizardSession,
) -> Callable[[ConnectionWizard, WizardBackend], Awaitable[None]]:
    async def show(wizard: ConnectionWizard, backend: WizardBackend) -> None:
        await session.show_until_closed()
        await _aclose(backend)

    return show


def prepare_application(
    argv: list[str] | None = None, *, language: str | None = None
) -> QApplication:
    """The application, made once, speaking its language.

    The language is chosen the first time (``jira_wizard.ui.i18n``), and again
    whenever ``language`` names one. Made before the backend is, the policy's
    and a preset's messages then come out in that language too.
    """
    app = _application(argv)
    if language is not None or i18n.installed_language() is None:
        i18n.start_language(app, language)
    return app


_Window = TypeVar("_Window", bound=QWidget)


def _run_window(
    backend: Any,
    app: QApplication,
    make_window: Callable[[], _Window],
    show_until_closed: Callable[[_Window, Any], Awaitable[None]],
    current_window: Callable[[], QWidget] | None = None,
) -> _Window:
    """Run one window on a qasync loop until it closes; return the window.

    ``current_window`` says which window is on screen, when another may take
    the first one's place; unexpected errors are shown over it.
    """
    # Here, after the first paint: asyncio and qasync take longer to load
    # than the window takes to appear.
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_on_loop_exception)
    window = make_window()
    previous_hook = sys.excepthook
    sys.excepthook = _hook_for(backend, current_window or window)
    try:
        with loop:
            loop.run_until_complete(show_until_closed(window, backend))
    finally:
        sys.excepthook = previous_hook
        asyncio.set_event_loop(None)
        # The next window, in a process that opens another, chooses anew.
        i18n.remove_language(app)
    return window


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = WizardApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setDesktopFileName("jira-wizard")
    app.setWindowIcon(app_icon())
    # The loop ends when the wizard says so, not when its window hides.
    app.setQuitOnLastWindowClosed(False)
    return app


def _on_loop_exception(
    loop: asyncio.AbstractEventLoop, context: dict[str, Any]
) -> None:
    error = context.get("exception")
    log.error(
        "event loop: %s",
        type(error).__name__ if error is not None else "error without exception",
    )


def _hook_for(
    backend: WizardBackend, parent: QWidget | Callable[[], QWidget]
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    showing: list[bool] = []

    def hook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        from jira_wizard.ui.tasks import unexpected_error

        shown = unexpected_error(error, "handling an event")
        if showing:
            return  # one message at a time, even when errors repeat
        showing.append(True)
        # The window on screen now: the wizard may have been started again.
        window = parent() if callable(parent) else parent
        box = _show_unexpected(backend, window, shown)
        box.finished.connect(lambda _result: showing.clear())

    return hook


def _show_unexpected(
    backend: WizardBackend, parent: QWidget, shown: WizardError
) -> QMessageBox:
    # open(), not exec(): a nested event loop would step asyncio tasks inside
    # the one that raised, which asyncio refuses.
    box = QMessageBox(
        QMessageBox.Icon.Warning, parent.windowTitle(), shown.message, parent=parent
    )
    box.setInformativeText(shown.advice)
    from PySide6.QtCore import Qt

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    copy = box.addButton(
        QCoreApplication.translate("Wizard", "Copy diagnostic report"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)

    def on_clicked(button: QAbstractButton) -> None:
        if button is copy:
            report = backend.diagnostic_report(error=shown)
            QGuiApplication.clipboard().setText(report)

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box


# The manager window ---------------------------------------------------------------


def run_manager(
    backend: ManagerBackend,
    argv: list[str] | None = None,
    *,
    language: str | None = None,
    refused_preset: WizardError | None = None,
) -> int:
    """Show the manager window until it closes; always 0, as closing is no failure."""
    # Imported here: the wizard, which most people open, does not pay for it.
    from jira_wizard.ui.manager import ManagerWindow
    from jira_wizard.ui.notices import tell_once_shown

    _run_window(
        backend,
        prepare_application(argv, language=language),
        lambda: tell_once_shown(ManagerWindow(backend), refused_preset),
        _show_manager_until_closed,
    )
    return 0


async def _show_manager_until_closed(
    window: ManagerWindow, backend: ManagerBackend
) -> None:
    import asyncio

    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(on_closed)
    window.show()
    await closed
    await _aclose(backend)


async def _aclose(backend: WizardBackend) -> None:
    close: Callable[[], Awaitable[Any]] | None = getattr(backend, "aclose", None)
    if callable(close):
        await close()
