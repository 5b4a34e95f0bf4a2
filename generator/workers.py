"""Workers: how many processes a large batch of independent work is split over.

A story of a thousand articles has two batches whose items do not depend on each other: reading,
cleaning and segmenting the files (`pipeline.load_story`) and parsing the distinct sentences
(`language.parse`). Each is split over one forked worker process per available core when the
batch is large; the results are the same, in the same order, as in one process.

Workers are only forked: a forked worker shares the parent's loaded model and code instead of
importing them again, and runs nothing from the current folder. A process that runs other
threads (the file watcher of `mkdocs serve`) is never forked, since a lock held by another
thread at the moment of the fork would never be released in the child; there, and where the
start method is not fork, the work stays in this process. A process that is itself a worker
(a reader of this package, or one of a caller's pool, as in `benchmarks/bench_pages.py`) starts
no workers of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import threading

# A many-core machine does not hold a model copy per core for a modest story.
MAX_PROCESSES = 4


def processes(count: int, minimum: int) -> int:
    """Worker processes for `count` independent items: 1 below `minimum` items (starting
    workers and shipping results back would cost more than they save) or when the machine is
    already busy (its load average as high as its cores: a worker would only wait for a core),
    else one per available core and at most one per `minimum // 2` items. The result of the
    work never depends on it, only its time. A process that is itself a worker (of this
    package's readers or of a caller's pool) starts none: its parent has already spread the work
    over the cores."""
    if count < minimum or not can_fork() or busy() or is_worker():
        return 1
    return max(1, min(cores(), MAX_PROCESSES, count // max(minimum // 2, 1)))


def cores() -> int:
    """The cores this process may run on."""
    found = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return found or 1


def is_worker() -> bool:
    """Whether this process was started by another one through `multiprocessing` (a pool's
    worker). Its own workers would only fight its siblings for the cores, and the parse's
    workers cost their parent time of their own: each parse sent back is decoded there."""
    return multiprocessing.parent_process() is not None


def busy() -> bool:
    """Whether the machine already runs as many processes as it has cores (1-minute load)."""
    return hasattr(os, "getloadavg") and os.getloadavg()[0] >= cores()


def can_fork() -> bool:
    """Whether workers can be forked safely from this process now."""
    return multiprocessing.get_start_method() == "fork" and threading.active_count() == 1
