"""Keeping what an interrupted sweep has done, so that running the same command again resumes.

Finished tasks are saved one file each (numpy ``.npz``, no pickling) in ``OUT.partial/`` beside
the output, with a manifest holding the experiment's fingerprint; a rerun of the same experiment
skips them, a different experiment is refused (or the folder discarded with ``--fresh``). When
every task is done the table is written and the folder removed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from collabsim import atomic

from .errors import OTHER_RUN, ExperimentError


class PartialStore:
    def __init__(self, out: Path, fingerprint: str, fresh: bool = False) -> None:
        self.dir = out.with_name(out.name + ".partial")
        self.fingerprint = fingerprint
        manifest = self.dir / "manifest.json"
        if self.dir.exists():
            try:
                held = json.loads(manifest.read_text(encoding="utf-8")).get("fingerprint")
            except (OSError, ValueError, AttributeError):
                held = None
            if held != fingerprint:
                if not fresh:
                    raise ExperimentError(OTHER_RUN, str(out), detail=str(self.dir))
                self.discard()
        if not self.dir.exists():
            try:
                self.dir.mkdir(parents=False)
                data = json.dumps({"fingerprint": fingerprint}).encode()
                atomic.atomic_write(manifest, data, clean=False)
            except OSError as exc:
                raise ExperimentError(
                    "write_failed_new", str(self.dir), detail=exc.strerror or type(exc).__name__
                ) from None

    def done(self) -> set[int]:
        return {int(p.stem[1:]) for p in self.dir.glob("t*.npz") if p.stem[1:].isdigit()}

    def save(self, task_id: int, pieces: list[dict[str, np.ndarray]]) -> None:
        """The columns of each of a task's scenarios, in one file (keys 'k/name')."""
        flat = {f"{k}/{name}": v for k, cols in enumerate(pieces) for name, v in cols.items()}
        # the resume store is a cache (a lost task is run again): no fsync per task
        atomic.write_via(self.dir / f"t{task_id:07d}.npz", lambda tmp: _savez(tmp, flat), durable=False)

    def load(self, task_id: int) -> list[dict[str, np.ndarray]]:
        with np.load(self.dir / f"t{task_id:07d}.npz", allow_pickle=False) as z:
            pieces: dict[int, dict[str, np.ndarray]] = {}
            for key in z.files:
                k, _, name = key.partition("/")
                pieces.setdefault(int(k), {})[name] = z[key]
        return [pieces[k] for k in sorted(pieces)]

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _savez(name: str, arrays: dict[str, np.ndarray]) -> None:
    with open(name, "wb") as fh:  # a file object: savez would add ".npz" to a name
        np.savez(fh, **arrays)


