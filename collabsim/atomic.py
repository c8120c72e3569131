"""The one way collabsim writes a file: atomically, never leaving a half-written or lost file.

:func:`atomic_write` writes the bytes to a temporary file beside the target (same folder, so the
final rename cannot cross file systems), flushes and fsyncs it, gives it the target's
permissions and renames it over the target (``os.replace``: readers see the old or the new
file, never a mix), then fsyncs the folder. A kill, a crash or a full disk at any moment leaves
the previous file intact. Used for scenario files (``scenario/io.py``), their ``.bak`` copies
and the autosave (``gui/document/autosave.py``); it needs no Qt.

- A symbolic link is followed: the file it points to is replaced, the link stays a link.
- A read-only file (no write permission bits) is not overwritten unless the caller says so
  (``overwrite_readonly=True``, after asking the user): :class:`ReadOnlyError`.
- With ``backup=True`` the file being replaced is first copied to ``<name>.bak``, but only when
  its content differs from the new one, so ``.bak`` always holds the last *different* version.
  A backup that cannot be written does not stop the save; the report says why.
- Temporary files of earlier saves that were killed mid-way (``.NAME.XXXXXXXX.tmp``, older than
  a minute) are removed from the folder on the next save into it.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

#: our temporary files are ``.<target name>.<8 random characters>.tmp`` (tempfile.mkstemp)
_TMP_RE = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
#: only temporary files for targets with these endings are ours to clean up
OWN_SUFFIXES = (".collabsim", ".collabsim.bak", "info.json")
#: a temporary file older than this (seconds) belongs to no save still running
STALE_AFTER_S = 60.0
MAX_PREFIX = 100  # a very long file name must not make the temporary name too long


class ReadOnlyError(PermissionError):
    """The target is read-only and the caller did not allow overwriting it."""


@dataclass
class WriteReport:
    """What :func:`atomic_write` did."""

    path: Path  # the file written (the link's target when a symbolic link was given)
    existed: bool = False  # a file was there before (it was replaced)
    unchanged: bool = False  # it already held exactly these bytes: nothing was written
    backup: Path | None = None  # the backup written
    backup_error: str | None = None  # why the backup could not be written
    cleaned: list[Path] = field(default_factory=list)  # stale temporary files removed

    def warnings(self) -> list[str]:
        """Plain English notes for logs and the command line (the GUI words its own)."""
        if self.backup_error:
            return [f"saved, but the backup {self.path.name}.bak could not be written "
                    f"({self.backup_error}); it still holds an older version, if any"]
        return []


def resolve(path: str | os.PathLike) -> Path:
    """The file a save to ``path`` writes: a symbolic link (even a chain) is followed."""
    p = Path(path)
    try:
        if p.is_symlink():
            return Path(os.path.realpath(p))
    except (OSError, ValueError):
        pass
    return p


def is_read_only(path: Path) -> bool:
    """True when ``path`` exists and has no write permission bit (also for root, who could
    write it anyway: the owner marked it read-only on purpose)."""
    try:
        return path.stat().st_mode & 0o222 == 0
    except (OSError, ValueError):
        return False


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False,
                 overwrite_readonly: bool = False, clean: bool = True) -> WriteReport:
    """Write ``data`` to ``path`` atomically; raises OSError (or ValueError for a NUL in the
    name) with the target untouched when it cannot."""
    target = resolve(path)
    report = WriteReport(path=target)
    try:
        st = target.stat()
        report.existed = True
    except FileNotFoundError:
        st = None
    if st is not None and st.st_mode & 0o222 == 0 and not overwrite_readonly:
        raise ReadOnlyError(errno.EACCES, "the file is read-only", str(target))
    if st is not None and st.st_size == len(data) and _same_content(target, data):
        report.unchanged = True
    else:
        if backup and st is not None:
            bak = target.with_name(target.name + ".bak")
            try:
                _replace_with(bak, lambda out: _copy_into(target, out), mode_from=target)
                report.backup = bak
            except (OSError, ValueError) as exc:
                report.backup_error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        _replace_with(target, lambda out: out.write(data), mode_from=target)
    if clean:
        report.cleaned = clean_stale(target.parent)
    return report


def write_via(path: str | os.PathLike, write, *, durable: bool = True) -> Path:
    """Atomically write a file that a library writes by name (a parquet or CSV writer, numpy's
    savez): ``write(tmp_name)`` fills a temporary file beside ``path``, which is then fsynced and
    renamed over it (the link's target when ``path`` is a symlink). ``durable=False`` skips the
    fsyncs (a cache that can be recomputed: still never half-written, but may be lost in a power
    cut). Raises OSError with the target untouched when it cannot; the temporary file never
    stays behind."""
    target = resolve(path)
    _replace(target, _by_name(write), mode_from=target, durable=durable)
    return target


def _same_content(target: Path, data: bytes) -> bool:
    try:
        with target.open("rb") as fh:
            return fh.read(len(data) + 1) == data
    except OSError:
        return False


def _copy_into(src: Path, out) -> None:
    with src.open("rb") as fh:
        shutil.copyfileobj(fh, out)


def _replace_with(target: Path, fill, mode_from: Path) -> None:
    """Temporary file beside ``target``, filled by ``fill(fh)``, fsynced, renamed over it."""
    def write(fd: int, _name: str) -> None:
        try:
            fh = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with fh:
            fill(fh)  # (fsynced by _replace)

    _replace(target, write, mode_from, durable=True)


def _by_name(write):
    """A ``write(fd, name)`` for a library that writes a file by its name."""
    def by_name(fd: int, name: str) -> None:
        os.close(fd)
        write(name)

    return by_name


def _replace(target: Path, write, mode_from: Path, durable: bool) -> None:
    """The one write-and-rename: ``write(fd, tmp_name)`` fills a temporary file beside ``target``
    (it owns ``fd``); then (when ``durable``) the file is fsynced, it gets ``mode_from``'s mode,
    is renamed over ``target`` and the folder fsynced; the temporary file is removed on any
    failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:MAX_PREFIX]}.", suffix=".tmp",
                               dir=target.parent)
    try:
        write(fd, tmp)
        if durable:
            fd = os.open(tmp, os.O_RDWR)  # (Windows: _commit needs a handle open for writing)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _copy_mode(mode_from, tmp)
        os.replace(tmp, target)
        tmp = None
        if durable:
            _fsync_dir(target.parent)
    finally:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def clean_stale(folder: Path, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Remove our temporary files in ``folder`` left by saves that never finished."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m or not m.group("name").endswith(OWN_SUFFIXES):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or now - entry.stat().st_mtime < older_than:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _copy_mode(source: Path, tmp_name: str) -> None:
    """Give the temporary file the mode of ``source`` (or 0666 minus the umask if it is new)."""
    try:
        mode = source.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    try:  # a read-only file the user allowed us to replace stays read-only
        os.chmod(tmp_name, mode)
    except OSError:
        pass


def _umask() -> int:
    try:  # Linux: read it without changing it (os.umask would race with other threads)
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; NTFS journals the rename
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
