"""Cleaning on every core: a process pool that builds the pipeline once per worker.

:class:`Workers` runs a *task* (a picklable function ``task(item, pipeline) -> result``,
such as :func:`seedclean.batch.process`) over many items. The pipeline is pickled once
and unpickled once in each worker; items go out in chunks, the largest first within each
window of items, so a big document does not end a run alone; results come back in the
order of the items, so the output does not depend on the number of workers.

>>> import functools, seedclean
>>> from seedclean.batch import WorkItem, process
>>> items = [WorkItem(f"{i}.txt", data=b"x  " * i) for i in range(4)]
>>> with Workers(seedclean.default_pipeline(), process, jobs=1) as workers:
...     [r.body for r in workers.map(items, size=lambda item: len(item.data or b""))]
['', 'x\\n', 'x  x\\n', 'x  x  x\\n']

With ``jobs=1`` everything runs in this process, one item after the other (no pool,
errors keep their traceback);
with more, in ``jobs`` worker processes started with ``spawn``, which ignore Ctrl-C (the
main process stops them). A task and its items must pickle; so must the pipeline, user
cleaners made with :func:`seedclean.cleaner` included.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Any, Generic, TypeVar

from .pipeline import Pipeline

__all__ = ["Workers", "available_cores"]

T = TypeVar("T")
R = TypeVar("R")

# The pipeline and task of this worker process, set once by ``_start_worker``: the state
# of a worker, not a cache.
_WORKER: tuple[Pipeline, Callable[[Any, Pipeline], Any]] | None = None


def available_cores() -> int:
    """The number of cores this process may run on (at least 1).

    >>> available_cores() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def _largest_first(entry: tuple[int, int, Any]) -> tuple[int, int]:
    return (-entry[0], entry[1])


def _start_worker(payload: bytes) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = pickle.loads(payload)


def _run_chunk(chunk: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    if _WORKER is None:
        raise RuntimeError("worker not started")
    pipeline, task = _WORKER
    return [(index, task(item, pipeline)) for index, item in chunk]


class Workers(Generic[T, R]):
    """A pool of ``jobs`` processes running ``task(item, pipeline)``; use it as a context
    manager (the pool is stopped on leaving it, at once if an error is raised).

    ``window``: how many items are read ahead and ordered largest first; ``chunk_bytes``:
    about how much input (by ``size``) goes to a worker at a time.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        task: Callable[[T, Pipeline], R],
        *,
        jobs: int = 1,
        window: int = 512,
        chunk_bytes: int = 1 << 16,
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        if window < 1 or chunk_bytes < 1:
            raise ValueError("window and chunk_bytes must be at least 1")
        self.pipeline = pipeline
        self.task = task
        self.jobs = jobs
        self.window = window
        self.chunk_bytes = chunk_bytes
        self._pool: Pool | None = None
        if jobs > 1:
            payload = pickle.dumps((pipeline, task))
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(jobs, initializer=_start_worker, initargs=(payload,))

    def __enter__(self) -> Workers[T, R]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(abort=exc_type is not None)

    def close(self, *, abort: bool = False) -> None:
        """Stop the workers: wait for them to finish, or kill them at once (``abort``)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if abort:
            pool.terminate()
        else:
            pool.close()
        pool.join()

    def chunks(
        self, items: Iterable[T], size: Callable[[T], int]
    ) -> Iterator[list[tuple[int, T]]]:
        """The chunks of ``(index, item)`` the workers get, in the order they get them:
        each window of items largest first (ties in input order), cut after
        ``chunk_bytes``.

        >>> import seedclean
        >>> workers = Workers(seedclean.default_pipeline(), print, window=3, chunk_bytes=10)
        >>> list(workers.chunks(["a", "b" * 30, "c" * 5, "d" * 6], size=len))
        [[(1, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')], [(2, 'ccccc'), (0, 'a')], [(3, 'dddddd')]]
        """
        window: list[tuple[int, T]] = []
        for pair in enumerate(items):
            window.append(pair)
            if len(window) >= self.window:
                yield from self._cut(window, size)
                window = []
        if window:
            yield from self._cut(window, size)

    def _cut(
        self, window: list[tuple[int, T]], size: Callable[[T], int]
    ) -> Iterator[list[tuple[int, T]]]:
        sized = sorted(((size(item), index, item) for index, item in window), key=_largest_first)
        chunk: list[tuple[int, T]] = []
        total = 0
        for n, index, item in sized:
            chunk.append((index, item))
            total += n
            if total >= self.chunk_bytes:
                yield chunk
                chunk, total = [], 0
        if chunk:
            yield chunk

    def map(self, items: Iterable[T], *, size: Callable[[T], int]) -> Iterator[R]:
        """The result of each item, in the order of ``items`` (read lazily, a window ahead).

        ``size(item)`` is its cost (bytes, say), for the largest-first order and the chunks.
        """
        if self._pool is None:  # one process: in order, one at a time
            for item in items:
                yield self.task(item, self.pipeline)
            return
        done: dict[int, R] = {}
        expected = 0
        for chunk in self._results(self.chunks(items, size)):
            done.update(chunk)
            while expected in done:
                yield done.pop(expected)
                expected += 1
        if done:  # cannot happen: every index is yielded once all chunks are in
            raise RuntimeError(f"results missing before {min(done)}")

    def _results(self, chunks: Iterator[list[tuple[int, T]]]) -> Iterator[list[tuple[int, R]]]:
        pool = self._pool
        assert pool is not None
        in_flight: deque[AsyncResult[list[tuple[int, R]]]] = deque()
        limit = 4 * self.jobs
        for chunk in chunks:
            in_flight.append(pool.apply_async(_run_chunk, (chunk,)))
            while len(in_flight) >= limit:
                yield in_flight.popleft().get()
        while in_flight:
            yield in_flight.popleft().get()
