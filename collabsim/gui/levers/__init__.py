"""The lever panels: every scenario field a user can set, grouped as the article groups them."""

from collabsim.gui.levers.panel import LeversPanel

__all__ = ["LeversPanel"]
