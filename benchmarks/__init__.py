"""Benchmarks that measure the program against baselines taken in the same run.

``python -m benchmarks`` (or ``scripts/bench``, which provides the real
keychain) runs one module per measure and prints one table:

- ``startup``: launch to the wizard's first painted page, and peak memory,
  against a bare QWizard with one line edit (``startup_child``);
- ``heartbeat``: the longest stall of the wizard's event loop during a whole
  OAuth connect against the sandbox with 300 ms latency (``heartbeat_child``);
- ``credentials``: ``jira-wizard credentials NAME`` against a bare keyring read;
- ``loopback``: the callback server, from the browser's request to its page
  (``loopback_child``);
- ``bundle``: the frozen Linux bundle's size against the naive build.

Shared machines are noisy, so figures are medians of repeated samples, taken
in turns with their baselines, and compared as ratios.
"""
