"""collabsim — 部门间协作模拟器: a simulator of inter-departmental collaboration in government.

The engine (``collabsim.engine``) and scenario files (``collabsim.scenario``) need only numpy
and the standard library; the desktop app lives in ``collabsim.gui``.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("collabsim")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

#: reverse-DNS application id: the .desktop file's name, the AppStream id, the macOS bundle id
APP_ID = "org.collabsim.collabsim"
