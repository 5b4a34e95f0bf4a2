"""The yardstick: seconds a pure-Python loop of 10**7 additions takes on this machine now.

Speed targets are given in yardsticks (the loop takes about 0.7 s on the reference machine), so
that a figure measured on a slower or busier machine can be compared: every benchmark times the
yardstick in the same run, before and after its work, and keeps the smaller. The same loop as
`../shared/tools/yardstick`, inlined so that a user's clone can run the benchmarks.
"""

from __future__ import annotations

import time

REFERENCE_SECONDS = 0.7  # the loop on the machine the issues' seconds are written for


def yardstick() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(10**7):
        total += i
    return time.perf_counter() - start


def on_reference(seconds: float, unit: float) -> float:
    """`seconds` measured where the yardstick took `unit`, scaled to the reference machine."""
    return seconds / unit * REFERENCE_SECONDS
