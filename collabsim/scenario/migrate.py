"""Migration chain for scenario files: ``migrate_vN_to_vN+1`` functions applied in order.

Version 1 is the first published format, so the chain is empty today; when the format changes,
bump ``FORMAT_VERSION`` in :mod:`model`, add ``migrate_v1_to_v2`` here, register it in
``MIGRATIONS`` and keep a version-1 sample file in ``tests/data/`` that a test loads.
"""

from __future__ import annotations

from collections.abc import Callable

from collabsim.scenario.model import FORMAT_VERSION

Migration = Callable[[dict], dict]

#: MIGRATIONS[n] turns a version-n body into a version-(n+1) body.
MIGRATIONS: dict[int, Migration] = {}


def migrate(body: dict, version: int) -> dict:
    """Bring a file body of ``version`` up to ``FORMAT_VERSION``."""
    while version < FORMAT_VERSION:
        body = MIGRATIONS[version](body)
        version += 1
    return body
