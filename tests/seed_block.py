"""The block of seeds the model checks run on (COLLABSIM_VALIDATION_SEED, shared by the test modules)."""

from __future__ import annotations

import os

#: first seed of the block: COLLABSIM_VALIDATION_SEED=1000 re-runs every many-seed check on
#: another block of seeds; a check that holds only for one block is a finding about that block,
#: not about the model
SEED0 = int(os.environ.get("COLLABSIM_VALIDATION_SEED", "0"))
