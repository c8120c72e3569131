"""Running an experiment: tasks (scenario x block of replicates) on this process, local worker
processes or a Dask cluster, with a progress bar, clean interruption and resuming.

A task runs replicates ``first .. first + count - 1`` of one scenario with seeds ``seed + first``
onwards. The engine guarantees that replicate k of an ensemble is bit-identical to the single run
with seed ``seed + k``, so the table does not depend on how replicates are split into tasks, how
many workers run them or in which order they finish (tests/test_experiments_runner.py checks it).
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from collabsim import __version__
from collabsim.engine import Simulation

from . import output
from .errors import BAD_OUTPUT, OUTPUT_EXISTS, TOO_MUCH_WORK, ExperimentError, need
from .spec import Experiment
from .store import PartialStore
from .tidy import simulate_many

CHUNK = 250  # replicates per task: tasks of ~0.05-0.5 s, small enough to interrupt quickly
BATCH_COLUMNS = 5000  # scenario-replicates per batched task (numpy's per-call cost is spread by then)
MAX_ROWS = 20_000_000


@dataclass(frozen=True)
class Task:
    id: int
    scenarios: tuple[int, ...]  # design points run together (one batch of the batched engine)
    first: int
    count: int

    @property
    def runs(self) -> int:
        return len(self.scenarios) * self.count


class Interrupted(Exception):
    """Ctrl-C: ``done`` of ``total`` tasks are kept in ``where``."""

    def __init__(self, done: int, total: int, where: Path | None) -> None:
        super().__init__(f"{done} of {total} tasks done")
        self.done, self.total, self.where = done, total, where


def plan(exp: Experiment, chunk: int = CHUNK, batch: bool = True) -> tuple[list[dict], list[Task]]:
    """The design points and the tasks. Batched: scenarios of the same structure (the engine's
    batch key) go together, up to BATCH_COLUMNS scenario-replicates per task; else one scenario
    and up to ``chunk`` replicates per task. The table is the same either way (bit for bit)."""
    points = exp.points()
    rows = len(points) * exp.replicates
    if exp.level == "steps":
        rows *= horizon(exp.base) // exp.every + 2
    if rows > MAX_ROWS:
        raise ExperimentError(
            TOO_MUCH_WORK,
            "outputs",
            detail=f"about {rows:,} rows",
            allowed=f"{MAX_ROWS:,} rows (fewer replicates, scenarios or a larger 'every')",
        )
    key = batch_key() if batch else None
    tasks: list[Task] = []
    if key is None:
        for i in range(len(points)):
            for first in range(0, exp.replicates, chunk):
                tasks.append(Task(len(tasks), (i,), first, min(chunk, exp.replicates - first)))
        return points, tasks
    groups: dict[tuple, list[int]] = {}
    for i, point in enumerate(points):
        groups.setdefault(key(exp.scenario(point)), []).append(i)
    per_task = min(exp.replicates, BATCH_COLUMNS)
    together = max(1, BATCH_COLUMNS // per_task)
    for members in groups.values():
        for start in range(0, len(members), together):
            ids = tuple(members[start:start + together])
            for first in range(0, exp.replicates, per_task):
                tasks.append(Task(len(tasks), ids, first, min(per_task, exp.replicates - first)))
    return points, tasks


def horizon(scenario) -> int:
    """Steps the engine runs for ``scenario`` (read off a one-replicate simulation: no field name)."""
    sim = Simulation(scenario, seed=0, replicates=1)
    return int(getattr(sim, "horizon", None) or sim.d.horizon)


def batch_key():
    """The engine's batch key function, or None when the engine cannot batch."""
    try:
        from collabsim.engine.batch import batch_key as key
    except ImportError:
        return None
    return key


def run_task(args: tuple) -> tuple[int, list[dict[str, np.ndarray]]]:
    """Worker entry point (module level, so processes and Dask can pickle it): the columns of
    each of the task's scenarios."""
    task_id, scenarios, seed, count, level, every, wanted = args
    return task_id, simulate_many(scenarios, seed, count, level, every, wanted)


def _ignore_sigint() -> None:  # workers leave Ctrl-C to the parent, which stops them cleanly
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Sweep:
    """One run of an experiment into a table (and, with ``out``, a file that can be resumed)."""

    def __init__(
        self,
        exp: Experiment,
        out: Path | None = None,
        workers: int = 1,
        scheduler: str | None = None,
        fresh: bool = False,
        force: bool = False,
        progress: bool | None = None,
        chunk: int = CHUNK,
        on_progress: Callable[[int, int], None] | None = None,
        extra_meta: dict | None = None,
        pool: Workers | None = None,
        cancelled: Callable[[], bool] | None = None,
        batch: bool = True,
    ) -> None:
        self.exp, self.out, self.workers, self.scheduler = exp, out, max(1, workers), scheduler
        self.fresh, self.force, self.progress, self.chunk = fresh, force, progress, chunk
        self.on_progress, self.pool, self.cancelled = on_progress, pool, cancelled
        self.points, self.tasks = plan(exp, chunk, batch)
        self.batched = any(len(t.scenarios) > 1 for t in self.tasks)
        self.fingerprint = exp.fingerprint(__version__, output.constants())
        # the files of an interrupted run are per task: resume only with the same split
        self.split = f"{chunk}:{BATCH_COLUMNS if batch and batch_key() else 0}"
        self.meta = output.metadata(exp, self.fingerprint, extra_meta)
        self.up_to_date = False

    # ------------------------------------------------------------------ public
    def run(self):
        """Run what is not done yet; return the DataFrame (also written to ``out`` if given)."""
        pd = need("pandas")
        if self.out is not None:
            self.out = Path(self.out)
            output.format_of(self.out)
            if self.out.exists() and not self.force:
                held = output.read_metadata(self.out)
                if held and held.get("fingerprint") == self.fingerprint:
                    self.up_to_date = True
                    return _read(pd, self.out)
                raise ExperimentError(OUTPUT_EXISTS, str(self.out))
            if not self.out.parent.is_dir():
                raise ExperimentError("write_failed_new", str(self.out), detail="no such folder")
        store = PartialStore(self.out, f"{self.fingerprint}:{self.split}", self.fresh) if self.out else None
        pieces: dict[int, dict] = {}
        done = store.done() if store else set()
        todo = [t for t in self.tasks if t.id not in done]
        bar = self._bar(sum(t.runs for t in self.tasks if t.id in done))
        try:
            for task_id, cols in self._execute(todo):
                if self.cancelled is not None and self.cancelled():
                    raise KeyboardInterrupt  # the app's cancel button: the same clean stop
                if store:
                    store.save(task_id, cols)
                pieces[task_id] = cols
                done.add(task_id)
                task = self.tasks[task_id]
                if bar is not None:
                    bar.update(task.runs)
                if self.on_progress:
                    self.on_progress(len(done), len(self.tasks))
        except KeyboardInterrupt:
            raise Interrupted(len(done), len(self.tasks), store.dir if store else None) from None
        finally:
            if bar is not None:
                bar.close()
        for task_id in done - set(pieces):
            pieces[task_id] = store.load(task_id)
        df = self.frame(pieces)
        if self.out is not None:
            output.write(df, self.out, self.meta)
            store.discard()
        return df

    def frame(self, pieces: dict[int, dict]):
        from .tidy import frame

        paths = [s.path for s in self.exp.levers]
        items = [
            (sc, self.points[sc], self.tasks[i].first, cols[k])
            for i, cols in pieces.items()
            for k, sc in enumerate(self.tasks[i].scenarios)
        ]
        return frame(items, paths, self.exp.seed)

    # ------------------------------------------------------------------ execution
    def _args(self, t: Task) -> tuple:
        e = self.exp
        return (
            t.id,
            [e.scenario(self.points[i]) for i in t.scenarios],
            e.seed + t.first,
            t.count,
            e.level,
            e.every,
            e.indicators,
        )

    def _execute(self, todo: list[Task]) -> Iterator[tuple[int, dict]]:
        if self.pool is not None:
            yield from self.pool.run(self._args(t) for t in todo)
        elif not self.scheduler and (self.workers == 1 or len(todo) <= 1):
            for t in todo:
                yield run_task(self._args(t))
        else:
            with Workers(min(self.workers, len(todo)), self.scheduler) as pool:
                yield from pool.run(self._args(t) for t in todo)

    def _bar(self, initial: int):
        if self.progress is False:
            return None
        try:
            from tqdm import tqdm
        except ImportError:
            return None
        total = sum(t.runs for t in self.tasks)
        return tqdm(
            total=total,
            initial=initial,
            unit="run",
            file=sys.stderr,
            desc="sweep",
            disable=None if self.progress is None else not self.progress,
            dynamic_ncols=True,
            smoothing=0.1,
        )


class Workers:
    """Local worker processes or a Dask client, kept open across several sweeps (search, GUI).

    ``run(args)`` yields ``run_task`` results as they finish. Workers ignore Ctrl-C: the parent
    stops them cleanly (pending tasks are cancelled, running ones finish).
    """

    def __init__(self, workers: int = 1, scheduler: str | None = None) -> None:
        self.workers, self.scheduler = max(1, workers), scheduler
        self._pool = self._client = None

    def __enter__(self) -> Workers:
        if self.scheduler:
            distributed = need("distributed", "cluster")
            try:  # the connect timeout is Dask's own setting (distributed.comm.timeouts.connect)
                self._client = distributed.Client(self.scheduler)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ExperimentError(
                    "unreadable",
                    "--scheduler",
                    detail=f"cannot reach the Dask scheduler at {self.scheduler}: {exc}",
                ) from None
        elif self.workers > 1:
            import multiprocessing as mp

            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=mp.get_context("spawn"), initializer=_ignore_sigint
            )
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._client is not None:
            self._client.close()

    def run(self, args: Iterator[tuple]) -> Iterator[tuple[int, dict]]:
        if self._client is not None:
            yield from self._dask(list(args))
        elif self._pool is not None:
            yield from self._local(iter(args))
        else:
            for a in args:
                yield run_task(a)

    def _local(self, queue: Iterator[tuple]) -> Iterator[tuple[int, dict]]:
        pool, window = self._pool, 4 * self.workers  # submit ahead, but not 100,000 futures at once
        running = {pool.submit(run_task, a) for a in _take(queue, window)}
        try:
            while running:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    try:
                        result = fut.result()
                    except BrokenProcessPool:
                        raise ExperimentError(
                            BAD_OUTPUT,
                            "--workers",
                            detail="a worker process died (out of memory?); finished tasks are kept",
                        ) from None
                    yield result
                running |= {pool.submit(run_task, a) for a in _take(queue, len(finished))}
        finally:
            for fut in running:
                fut.cancel()

    def _dask(self, args: list[tuple]) -> Iterator[tuple[int, dict]]:
        distributed = need("distributed", "cluster")
        futures = [self._client.submit(run_task, a, pure=False) for a in args]
        try:
            for fut in distributed.as_completed(futures):
                try:
                    result = fut.result()
                except Exception as exc:  # noqa: BLE001 - a worker's failure, reported in one line
                    raise ExperimentError(
                        BAD_OUTPUT,
                        "--scheduler",
                        detail=f"a task failed on the cluster: {type(exc).__name__}: {str(exc)[:200]} "
                        "(is the same collabsim installed on the workers?)",
                    ) from None
                yield result
        finally:
            self._client.cancel(futures)


def _take(it: Iterator, n: int) -> list:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def _read(pd, path: Path):
    fmt = output.format_of(path)
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "csv":
        return pd.read_csv(path)
    return pd.read_json(path, orient="records")


def run_experiment(exp: Experiment, **kwargs: Any):
    """Run ``exp`` and return its tidy DataFrame (``out=`` also writes and resumes a file)."""
    return Sweep(exp, **kwargs).run()
