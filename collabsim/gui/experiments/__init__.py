"""The experiment windows (issue 11): Compare, Sweep, policy-design search, configurations.

Composite windows above the panels' layer: they combine plots with department networks
(:mod:`collabsim.gui.network`) and run :mod:`collabsim.experiments` off the GUI thread. The main
window adds them to its Compare menu through :class:`~collabsim.gui.experiments.tools.ExperimentTools`.
"""
