"""The desktop app (PySide6 + pyqtgraph). Qt is imported only inside this package.

Import PySide6 before pyqtgraph: ``collabsim.gui.app`` sets ``PYQTGRAPH_QT_LIB=PySide6`` first.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
