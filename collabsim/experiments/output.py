"""Writing tidy tables: Parquet (metadata inside) or CSV / JSON (metadata in ``OUT.meta.json``).

The metadata records what is needed to reproduce and interpret the table: the collabsim version,
the model constants, the base scenario, the levers and design, the seed rule and a fingerprint of
the experiment. Files are written to a temporary file in the same folder and then moved into
place, so an existing file is never left half-written.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from collabsim import __version__, atomic
from collabsim.engine import DEFAULT_CONSTANTS
from collabsim.scenario import errors as E

from .errors import BAD_OUTPUT, ExperimentError, need

FORMATS = {".parquet": "parquet", ".csv": "csv", ".json": "json"}
META_KEY = b"collabsim"


def constants() -> dict:
    return asdict(DEFAULT_CONSTANTS)


def format_of(path: Path, given: str | None = None) -> str:
    if given:
        return given
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExperimentError(
            BAD_OUTPUT, str(path), detail="the output must end in .parquet, .csv or .json"
        )
    return fmt


def metadata(exp, fingerprint: str, extra: dict | None = None) -> dict:
    """Everything a reader of the table needs to know about where it came from."""
    return {
        "format": "collabsim-tidy",
        "format_version": 1,
        "collabsim_version": __version__,
        "level": exp.level,
        "source": exp.source,
        "title": exp.title,
        "base": exp.base_label,
        "base_scenario": exp.base.to_dict(),
        "fixed": exp.fixed,
        "levers": [
            {
                "field": s.path,
                "kind": s.lever.kind,
                "values": list(s.grid()) if exp.design in ("factorial", "zip") else None,
                "range": list(s.bounds()) if not s.lever.discrete else None,
            }
            for s in exp.levers
        ],
        "design": {"method": exp.design, "samples": exp.samples, "seed": exp.design_seed},
        "replicates": exp.replicates,
        "base_seed": exp.seed,
        "seed_rule": "seed = base_seed + replicate; the same seeds in every scenario "
        "(common random numbers)",
        "model_constants": constants(),
        "fingerprint": fingerprint,
        **(extra or {}),
    }


def write(df, path: Path, meta: dict, fmt: str | None = None) -> None:
    """Write ``df`` with ``meta`` to ``path`` atomically (parquet, csv or json records)."""
    fmt = format_of(path, fmt)
    text = json.dumps(meta, ensure_ascii=False, default=_plain)
    if fmt == "parquet":
        pa = need("pyarrow")
        pq = need("pyarrow.parquet")
        table = pa.Table.from_pandas(df, preserve_index=False)
        table = table.replace_schema_metadata(
            {**(table.schema.metadata or {}), META_KEY: text.encode("utf-8")}
        )
        _atomic(path, lambda tmp: pq.write_table(table, tmp))
        return
    if fmt == "csv":
        _atomic(path, lambda tmp: write_csv(df, tmp))
    else:
        _atomic(path, lambda tmp: df.to_json(tmp, orient="records", force_ascii=False, indent=None))
    side = meta_path(path)
    _atomic(
        side,
        lambda tmp: Path(tmp).write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, default=_plain) + "\n", encoding="utf-8"
        ),
    )


def write_csv(df, target) -> None:
    """CSV through pyarrow's writer (5-10x faster than pandas' for large float tables; the
    shortest text that reads back as the same number); pandas' writer without pyarrow. Switches
    are written TRUE / FALSE, the spelling both R's read.csv and pandas read as logical."""
    bools = [c for c in df.columns if df[c].dtype == bool]
    if bools:
        df = df.assign(**{c: df[c].map({True: "TRUE", False: "FALSE"}) for c in bools})
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:
        df.to_csv(target, index=False, lineterminator="\n")
        return
    pacsv.write_csv(pa.Table.from_pandas(df, preserve_index=False), str(target),
                    pacsv.WriteOptions(quoting_style="needed"))


def meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def read_metadata(path: str | os.PathLike) -> dict | None:
    """The metadata of a table written by collabsim (None if there is none or it is not ours)."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".parquet":
            pq = need("pyarrow.parquet")
            raw = (pq.read_schema(p).metadata or {}).get(META_KEY)
            return json.loads(raw) if raw else None
        side = meta_path(p)
        return json.loads(side.read_text(encoding="utf-8")) if side.exists() and p.exists() else None
    except (OSError, ValueError, ExperimentError):
        return None
    except Exception:  # noqa: BLE001 - a damaged parquet file: pyarrow raises its own types
        return None


def _plain(obj: Any) -> Any:
    if hasattr(obj, "item"):
        return obj.item()
    if isinstance(obj, tuple):
        return list(obj)
    return str(obj)


def _atomic(path: Path, writer) -> None:
    """``writer(tmp_name)`` through the project's one atomic write (collabsim.atomic)."""
    try:
        atomic.write_via(path, writer)
    except (OSError, ValueError) as exc:
        raise ExperimentError(
            _write_code(path), str(path),
            detail=getattr(exc, "strerror", None) or type(exc).__name__,
        ) from None


def _write_code(path: Path) -> str:
    """WRITE_FAILED when a file was there (and is untouched), WRITE_FAILED_NEW when there was none."""
    return E.WRITE_FAILED if path.exists() else E.WRITE_FAILED_NEW



