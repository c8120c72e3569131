"""The classroom in the window: story player and recorder, debrief card and handout, assignments."""
