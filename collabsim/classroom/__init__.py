"""The classroom kit without Qt: guided stories, debriefs, assignments and their marking.

    from collabsim.classroom import stories, debrief, assignments
    s = stories.load_story("case_a")              # the preset with its guided story
    s1 = stories.scenario_at(s, s.story, 2)      # the levers after the story's third step
    card = debrief.compute(s1, baseline=s)      # form, key numbers, what moved them
    rows = assignments.scan_folder("handed_in/") # one row per student's file
"""
