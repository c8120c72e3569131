"""The simulation engine: numpy and the standard library only, never Qt.

    from collabsim.engine import Simulation, run
    results = run(scenario, seed=0, replicates=100)
    results.summary("real_progress").median
"""

from collabsim.engine import codes
from collabsim.engine.constants import DEFAULT_CONSTANTS, ModelConstants
from collabsim.engine.params import derive
from collabsim.engine.results import Results, Summary
from collabsim.engine.simulation import Simulation, run

__all__ = ["DEFAULT_CONSTANTS", "ModelConstants", "Results", "Simulation", "Summary", "codes",
           "derive", "run"]
