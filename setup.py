"""Build glue pyproject.toml cannot express: the package list.

Every ``collabsim*`` package in ``collabsim/``, plus ``collabsim.resources``, which is the
top-level ``resources/`` folder (``package-dir`` in pyproject.toml) with its data folders.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA = ["collabsim.resources", *(f"collabsim.resources.{p}" for p in find_namespace_packages(
    where="resources", exclude=["*__pycache__*"]))]

setup(packages=[*find_packages(include=["collabsim", "collabsim.*"]), *DATA])
