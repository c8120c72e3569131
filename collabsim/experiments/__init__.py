"""Experiments: sweeps, sensitivity analysis and policy-design search over scenario levers.

    from collabsim.experiments import load_experiment, run_experiment
    exp = load_experiment("resources/experiments/case_c_assessment.collabsim-experiment")
    df = run_experiment(exp, workers=2)          # tidy pandas DataFrame

Built on the engine's public API only (``Simulation``, ``Results``); levers are addressed by the
scenario's dotted field paths and read their ranges from the field metadata. The heavy libraries
(pandas, pyarrow, scipy, SALib, optuna, dask) are optional: ``pip install 'collabsim[experiments]'``.
"""

from .errors import ExperimentError
from .files import FILE_SUFFIX
from .levers import Lever, all_levers, resolve
from .runner import Interrupted, Sweep, run_experiment
from .spec import Experiment, build, load_experiment

__all__ = [
    "FILE_SUFFIX",
    "Experiment",
    "ExperimentError",
    "Interrupted",
    "Lever",
    "Sweep",
    "all_levers",
    "build",
    "load_experiment",
    "resolve",
    "run_experiment",
]
