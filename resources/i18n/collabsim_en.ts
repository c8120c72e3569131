<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Qt's libraries are used unmodified and dynamically linked (shared libraries inside PySide6); the LGPL-3.0 adds permissions to the GPL-3.0, so both texts are included. Qt's source: https://download.qt.io/official_releases/qt/</source>
        <translation>Qt's libraries are used unmodified and dynamically linked (shared libraries inside PySide6); the LGPL-3.0 adds permissions to the GPL-3.0, so both texts are included. Qt's source: https://download.qt.io/official_releases/qt/</translation>
    </message>
    <message>
        <source>PySide6 and shiboken6 (Qt for Python)</source>
        <translation>PySide6 and shiboken6 (Qt for Python)</translation>
    </message>
    <message>
        <source>NumPy (with OpenBLAS, LAPACK and the GCC runtime in its wheels)</source>
        <translation>NumPy (with OpenBLAS, LAPACK and the GCC runtime in its wheels)</translation>
    </message>
    <message>
        <source>Noto Sans SC (subset, resources/fonts/NotoSansSC-Subset.otf)</source>
        <translation>Noto Sans SC (subset, resources/fonts/NotoSansSC-Subset.otf)</translation>
    </message>
    <message>
        <source>Python (in the frozen Windows, macOS and Linux bundles)</source>
        <translation>Python (in the frozen Windows, macOS and Linux bundles)</translation>
    </message>
    <message>
        <source>About collabsim</source>
        <translation>About collabsim</translation>
    </message>
    <message>
        <source>collabsim {0} — 部门间协作模拟器
A simulator of collaboration between government departments (after Wang Zheng 2023).

It includes the software below, each under its own licence:</source>
        <translation>collabsim {0} — 部门间协作模拟器
A simulator of collaboration between government departments (after Wang Zheng 2023).

It includes the software below, each under its own licence:</translation>
    </message>
    <message>
        <source>The licence text, in its original English:</source>
        <translation>The licence text, in its original English:</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Change the levers so that the collaboration becomes tight without collusion, at the lowest control cost you can. Save the file with your name and hand it in.</source>
        <translation>Change the levers so that the collaboration becomes tight without collusion, at the lowest control cost you can. Save the file with your name and hand it in.</translation>
    </message>
    <message>
        <source>Which levers did you change, and why?
Which part of the departments' decision did they change (see the “Explanation” panel)?</source>
        <translation>Which levers did you change, and why?
Which part of the departments' decision did they change (see the “Explanation” panel)?</translation>
    </message>
    <message>
        <source>without collusion</source>
        <translation>without collusion</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Questions (one per line)</source>
        <translation>Questions (one per line)</translation>
    </message>
    <message>
        <source>Collaboration form</source>
        <translation>Collaboration form</translation>
    </message>
    <message>
        <source>Reported − real at most</source>
        <translation>Reported − real at most</translation>
    </message>
    <message>
        <source>Real progress at least</source>
        <translation>Real progress at least</translation>
    </message>
    <message>
        <source>Cooperating effort at least</source>
        <translation>Cooperating effort at least</translation>
    </message>
    <message>
        <source>Control cost at most</source>
        <translation>Control cost at most</translation>
    </message>
    <message>
        <source>The students get the scenario as it is now. Control costs: responsibility to individuals 3, joint assessment 1, supervision 2, coordination team 3, reporting 0.3 (informal) or 1 (formal), meetings 2 and third-party evaluation 2.5 per unit, a central task 6 (cost points; the same as the policy-design search's example).</source>
        <translation>The students get the scenario as it is now. Control costs: responsibility to individuals 3, joint assessment 1, supervision 2, coordination team 3, reporting 0.3 (informal) or 1 (formal), meetings 2 and third-party evaluation 2.5 per unit, a central task 6 (cost points; the same as the policy-design search's example).</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Target: {0}.</source>
        <translation>Target: {0}.</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target met</translation>
    </message>
    <message>
        <source>not yet: {0}</source>
        <translation>not yet: {0}</translation>
    </message>
    <message>
        <source>Now: {0}, control cost {1}, {2} levers changed — {3}.</source>
        <translation>Now: {0}, control cost {1}, {2} levers changed — {3}.</translation>
    </message>
    <message>
        <source>Edit your answers</source>
        <translation>Edit your answers</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes are not being saved automatically ({0}). Save the scenario yourself to keep them. The folder: {1}</source>
        <extracomment>the first autosave after the document becomes modified comes this soon (not at the next tick) corrupt or too-new autosaves are moved here (inside the autosave folder), never deleted unasked</extracomment>
        <translation>Unsaved changes are not being saved automatically ({0}). Save the scenario yourself to keep them. The folder: {1}</translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation>an unsaved scenario</translation>
    </message>
    <message>
        <source>collabsim was not closed normally. Changes to {0} were saved automatically at {1}.

Recover them?</source>
        <translation>collabsim was not closed normally. Changes to {0} were saved automatically at {1}.

Recover them?</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(it could not be moved)</translation>
    </message>
    <message>
        <source>An autosave could not be read</source>
        <translation>An autosave could not be read</translation>
    </message>
    <message>
        <source>An automatic copy of unsaved changes could not be opened: {0}

It was kept, not deleted: {1}</source>
        <translation>An automatic copy of unsaved changes could not be opened: {0}

It was kept, not deleted: {1}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Cannot open the story</source>
        <translation>Cannot open the story</translation>
    </message>
    <message>
        <source>Recording: every change you make becomes a step. Choose “Record a story” again to stop.</source>
        <translation>Recording: every change you make becomes a step. Choose “Record a story” again to stop.</translation>
    </message>
    <message>
        <source>Record a story</source>
        <translation>Record a story</translation>
    </message>
    <message>
        <source>No lever was changed while recording, so there is no story to keep.</source>
        <translation>No lever was changed while recording, so there is no story to keep.</translation>
    </message>
    <message>
        <source>Edit the story</source>
        <translation>Edit the story</translation>
    </message>
    <message>
        <source>The story is part of the scenario now: save the file.</source>
        <translation>The story is part of the scenario now: save the file.</translation>
    </message>
    <message>
        <source>Recording: {0} changes so far.</source>
        <translation>Recording: {0} changes so far.</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Class&amp;room</source>
        <translation>Class&amp;room</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Stories</translation>
    </message>
    <message>
        <source>Each change you make becomes a step; stop to annotate and keep them</source>
        <translation>Each change you make becomes a step; stop to annotate and keep them</translation>
    </message>
    <message>
        <source>Edit the story…</source>
        <translation>Edit the story…</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>Debrief…</translation>
    </message>
    <message>
        <source>New assignment from this scenario…</source>
        <translation>New assignment from this scenario…</translation>
    </message>
    <message>
        <source>Handed-in assignments…</source>
        <translation>Handed-in assignments…</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Department {0}</source>
        <translation>Department {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <source>collaboration form</source>
        <translation>collaboration form</translation>
    </message>
    <message>
        <source>no collusion</source>
        <translation>no collusion</translation>
    </message>
    <message>
        <source>real progress</source>
        <translation>real progress</translation>
    </message>
    <message>
        <source>cooperating effort</source>
        <translation>cooperating effort</translation>
    </message>
    <message>
        <source>control cost</source>
        <translation>control cost</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>any form</translation>
    </message>
    <message>
        <source>without collusion (reported at most {0} points above real)</source>
        <translation>without collusion (reported at most {0} points above real)</translation>
    </message>
    <message>
        <source>real progress at least {0}%</source>
        <translation>real progress at least {0}%</translation>
    </message>
    <message>
        <source>cooperating effort at least {0}%</source>
        <translation>cooperating effort at least {0}%</translation>
    </message>
    <message>
        <source>control cost at most {0}</source>
        <translation>control cost at most {0}</translation>
    </message>
    <message>
        <source>at the lowest control cost you can</source>
        <translation>at the lowest control cost you can</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The comparison failed: {0}</source>
        <translation>The comparison failed: {0}</translation>
    </message>
    <message>
        <source>Scenario (name shown everywhere)</source>
        <translation>Scenario (name shown everywhere)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation>Add preset</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Add a copy of the current scenario</source>
        <translation>Add a copy of the current scenario</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>Make baseline</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Replicates</translation>
    </message>
    <message>
        <source>Seeds from</source>
        <translation>Seeds from</translation>
    </message>
    <message>
        <source>Every scenario runs with the same seeds: differences come from the levers</source>
        <translation>Every scenario runs with the same seeds: differences come from the levers</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Plots and differences</source>
        <translation>Plots and differences</translation>
    </message>
    <message>
        <source>Department networks</source>
        <translation>Department networks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Current scenario</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>this window</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>pinned baseline</source>
        <translation>pinned baseline</translation>
    </message>
    <message>
        <source>At most {0} scenarios can be compared.</source>
        <translation>At most {0} scenarios can be compared.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>{0}, as now</source>
        <translation>{0}, as now</translation>
    </message>
    <message>
        <source>copy of this window</source>
        <translation>copy of this window</translation>
    </message>
    <message>
        <source>Add a scenario file</source>
        <translation>Add a scenario file</translation>
    </message>
    <message>
        <source>collabsim scenarios (*.collabsim)</source>
        <translation>collabsim scenarios (*.collabsim)</translation>
    </message>
    <message>
        <source> — baseline</source>
        <translation> — baseline</translation>
    </message>
    <message>
        <source>Add a second scenario to compare with.</source>
        <translation>Add a second scenario to compare with.</translation>
    </message>
    <message>
        <source>Running {0} scenarios x {1} replicates on the same seeds…</source>
        <translation>Running {0} scenarios x {1} replicates on the same seeds…</translation>
    </message>
    <message>
        <source>{0} scenarios, {1} replicates each, seeds {2}…{3}; baseline: {4}</source>
        <translation>{0} scenarios, {1} replicates each, seeds {2}…{3}; baseline: {4}</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (baseline)</translation>
    </message>
    <message>
        <source>Indicator (final, median)</source>
        <translation>Indicator (final, median)</translation>
    </message>
    <message>
        <source>{0} − {1}</source>
        <translation>{0} − {1}</translation>
    </message>
    <message>
        <source>Median of the paired differences (same seeds), 10–90 % range</source>
        <translation>Median of the paired differences (same seeds), 10–90 % range</translation>
    </message>
</context>
<context>
    <name>ConfigurationsPanel</name>
    <message>
        <source>Click a column header to sort by it; double-click a row to open that configuration in a new window.</source>
        <translation>Click a column header to sort by it; double-click a row to open that configuration in a new window.</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Export for QCA…</source>
        <translation>Export for QCA…</translation>
    </message>
    <message>
        <source>{0} configurations x {1} replicates</source>
        <translation>{0} configurations x {1} replicates</translation>
    </message>
    <message>
        <source>Most frequent form</source>
        <translation>Most frequent form</translation>
    </message>
    <message>
        <source>Share: {0}</source>
        <translation>Share: {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside collabsim. The program keeps running, but to be safe save your scenario under a new name.

The details were written to the log file:
{0}</source>
        <translation>Something went wrong inside collabsim. The program keeps running, but to be safe save your scenario under a new name.

The details were written to the log file:
{0}</translation>
    </message>
</context>
<context>
    <name>DebriefCard</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Export handout as PDF…</source>
        <translation>Export handout as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Computing: each changed lever is set back and run again…</source>
        <translation>Computing: each changed lever is set back and run again…</translation>
    </message>
    <message>
        <source>The debrief could not be computed ({0}).</source>
        <translation>The debrief could not be computed ({0}).</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>debrief</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>Export the handout</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>Cannot write the handout</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
</context>
<context>
    <name>DepartmentDetails</name>
    <message>
        <source>Pushed most by {0} ({1})</source>
        <translation>Pushed most by {0} ({1})</translation>
    </message>
    <message>
        <source>held back most by {0} ({1})</source>
        <translation>held back most by {0} ({1})</translation>
    </message>
    <message>
        <source>No part of its decision weighs anything at this step.</source>
        <translation>No part of its decision weighs anything at this step.</translation>
    </message>
    <message>
        <source>so it tends to take part.</source>
        <translation>so it tends to take part.</translation>
    </message>
    <message>
        <source>so it tends to stay passive.</source>
        <translation>so it tends to stay passive.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>, {0}</source>
        <comment>then the verdict</comment>
        <translation>, {0}</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (lead)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>Accountability exposure</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Own workload</source>
        <translation>Own workload</translation>
    </message>
    <message>
        <source>Extra load assigned</source>
        <translation>Extra load assigned</translation>
    </message>
    <message>
        <source>Click the node for its full explanation.</source>
        <translation>Click the node for its full explanation.</translation>
    </message>
</context>
<context>
    <name>DepartmentsTable</name>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Add a cooperating department (at most 50).</source>
        <translation>Add a cooperating department (at most 50).</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message>
        <source>Remove the selected department (at least 2 remain).</source>
        <translation>Remove the selected department (at least 2 remain).</translation>
    </message>
    <message>
        <source>Exactly one department leads: tick another one instead.</source>
        <translation>Exactly one department leads: tick another one instead.</translation>
    </message>
    <message>
        <source>Select a department to remove.</source>
        <translation>Select a department to remove.</translation>
    </message>
    <message>
        <source>The lead department cannot be removed: make another one lead first.</source>
        <translation>The lead department cannot be removed: make another one lead first.</translation>
    </message>
    <message>
        <source>Edit departments</source>
        <translation>Edit departments</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <source>The documentation was not found: {0}</source>
        <translation>The documentation was not found: {0}</translation>
    </message>
    <message>
        <source>Find in the text (Enter)</source>
        <translation>Find in the text (Enter)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>collabsim scenarios (*{0});;All files (*)</source>
        <translation>collabsim scenarios (*{0});;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <source>The file {0} was not opened.</source>
        <translation>The file {0} was not opened.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <source>The file {0} is read-only. Overwrite it anyway?</source>
        <translation>The file {0} is read-only. Overwrite it anyway?</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Cannot save the scenario</translation>
    </message>
    <message>
        <source>Saved {0}, but its backup {1} could not be written ({2}); the backup holds an older version.</source>
        <translation>Saved {0}, but its backup {1} could not be written ({2}); the backup holds an older version.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>The scenario has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a list of departments</source>
        <translation>a list of departments</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>null (no value)</source>
        <translation>null (no value)</translation>
    </message>
    <message>
        <source>a value that is not a finite number</source>
        <translation>a value that is not a finite number</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <source>a comma “,” was expected</source>
        <translation>a comma “,” was expected</translation>
    </message>
    <message>
        <source>a colon “:” was expected</source>
        <translation>a colon “:” was expected</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected</source>
        <translation>a field name in double quotes was expected</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>a text is not closed with a double quote</translation>
    </message>
    <message>
        <source>a text contains a raw control character</source>
        <translation>a text contains a raw control character</translation>
    </message>
    <message>
        <source>a text contains an invalid backslash escape</source>
        <translation>a text contains an invalid backslash escape</translation>
    </message>
    <message>
        <source>there is more after the end of the data</source>
        <translation>there is more after the end of the data</translation>
    </message>
    <message>
        <source>a comma is followed by the end of an object or list</source>
        <translation>a comma is followed by the end of an object or list</translation>
    </message>
    <message>
        <source>the syntax is invalid</source>
        <translation>the syntax is invalid</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>the file name is invalid</source>
        <translation>the file name is invalid</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>input/output error</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read ({0}).</source>
        <translation>The file cannot be read ({0}).</translation>
    </message>
    <message>
        <source>The file is too large ({0} bytes); the limit is {1} bytes.</source>
        <translation>The file is too large ({0} bytes); the limit is {1} bytes.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (at byte {0}).</source>
        <translation>The file is not UTF-8 text (at byte {0}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {0}.</source>
        <translation>The file is not valid JSON: {0}.</translation>
    </message>
    <message>
        <source>The field appears twice.</source>
        <translation>The field appears twice.</translation>
    </message>
    <message>
        <source>The file is nested too deeply (more than {0} levels).</source>
        <translation>The file is nested too deeply (more than {0} levels).</translation>
    </message>
    <message>
        <source>Expected {0}, but found {1}.</source>
        <translation>Expected {0}, but found {1}.</translation>
    </message>
    <message>
        <source>The value {0} is out of range; allowed: {1}.</source>
        <translation>The value {0} is out of range; allowed: {1}.</translation>
    </message>
    <message>
        <source>The value {0} is not a finite number.</source>
        <translation>The value {0} is not a finite number.</translation>
    </message>
    <message>
        <source>The value {0} is not one of: {1}.</source>
        <translation>The value {0} is not one of: {1}.</translation>
    </message>
    <message>
        <source>Unknown field; allowed fields: {0}.</source>
        <translation>Unknown field; allowed fields: {0}.</translation>
    </message>
    <message>
        <source>A required field is missing.</source>
        <translation>A required field is missing.</translation>
    </message>
    <message>
        <source>The text is too long ({0} characters); the limit is {1}.</source>
        <translation>The text is too long ({0} characters); the limit is {1}.</translation>
    </message>
    <message>
        <source>The text contains a control character ({0}).</source>
        <translation>The text contains a control character ({0}).</translation>
    </message>
    <message>
        <source>The text contains an unpaired surrogate ({0}), which cannot be saved as UTF-8.</source>
        <translation>The text contains an unpaired surrogate ({0}), which cannot be saved as UTF-8.</translation>
    </message>
    <message>
        <source>The name consists only of spaces or invisible characters.</source>
        <translation>The name consists only of spaces or invisible characters.</translation>
    </message>
    <message>
        <source>Too many entries ({0}); the limit is {1}.</source>
        <translation>Too many entries ({0}); the limit is {1}.</translation>
    </message>
    <message>
        <source>Too few entries ({0}); at least {1} are needed.</source>
        <translation>Too few entries ({0}); at least {1} are needed.</translation>
    </message>
    <message>
        <source>No department is marked as the lead department.</source>
        <translation>No department is marked as the lead department.</translation>
    </message>
    <message>
        <source>More than one department is marked as the lead ({0}).</source>
        <translation>More than one department is marked as the lead ({0}).</translation>
    </message>
    <message>
        <source>The department name {0} is used twice.</source>
        <translation>The department name {0} is used twice.</translation>
    </message>
    <message>
        <source>The file's format version {0} is newer than this program understands ({1}).</source>
        <translation>The file's format version {0} is newer than this program understands ({1}).</translation>
    </message>
    <message>
        <source>The format version {0} is not supported ({1}).</source>
        <translation>The format version {0} is not supported ({1}).</translation>
    </message>
    <message>
        <source>Could not save ({0}); the existing file was left unchanged.</source>
        <translation>Could not save ({0}); the existing file was left unchanged.</translation>
    </message>
    <message>
        <source>Could not save ({0}); no file was created.</source>
        <translation>Could not save ({0}); no file was created.</translation>
    </message>
    <message>
        <source>The file is read-only; it was left unchanged.</source>
        <translation>The file is read-only; it was left unchanged.</translation>
    </message>
    <message>
        <source>(line {0}, column {1})</source>
        <translation>(line {0}, column {1})</translation>
    </message>
    <message>
        <source>(line {0})</source>
        <translation>(line {0})</translation>
    </message>
    <message>
        <source>Department {0}, {1}</source>
        <translation>Department {0}, {1}</translation>
    </message>
    <message>
        <source>Field “{0}” ({1}): {2}</source>
        <translation>Field “{0}” ({1}): {2}</translation>
    </message>
    <message>
        <source>Field {0}: {1}</source>
        <translation>Field {0}: {1}</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Rival task {0}</source>
        <translation>Rival task {0}</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>It failed: {0}</source>
        <translation>It failed: {0}</translation>
    </message>
    <message>
        <source>Experiment: {0}</source>
        <translation>Experiment: {0}</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>Open experiment…</translation>
    </message>
    <message>
        <source>Use this window's scenario as the base</source>
        <translation>Use this window's scenario as the base</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This needs the optional package {0}: pip install 'collabsim[experiments]'</source>
        <translation>This needs the optional package {0}: pip install 'collabsim[experiments]'</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>Open an experiment</translation>
    </message>
    <message>
        <source>collabsim experiments (*.collabsim-experiment)</source>
        <translation>collabsim experiments (*.collabsim-experiment)</translation>
    </message>
    <message>
        <source>Cannot use this experiment: {0}</source>
        <translation>Cannot use this experiment: {0}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
</context>
<context>
    <name>ExperimentTools</name>
    <message>
        <source>Compare scenarios side by side…</source>
        <translation>Compare scenarios side by side…</translation>
    </message>
    <message>
        <source>Sweep one or two levers…</source>
        <translation>Sweep one or two levers…</translation>
    </message>
    <message>
        <source>Policy-design search…</source>
        <translation>Policy-design search…</translation>
    </message>
    <message>
        <source>Configurations (truth table)…</source>
        <translation>Configurations (truth table)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Compare — {0}</source>
        <translation>Compare — {0}</translation>
    </message>
    <message>
        <source>Sweep — {0}</source>
        <translation>Sweep — {0}</translation>
    </message>
    <message>
        <source>Policy-design search — {0}</source>
        <translation>Policy-design search — {0}</translation>
    </message>
    <message>
        <source>Configurations — {0}</source>
        <translation>Configurations — {0}</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Real progress</source>
        <translation>Real progress</translation>
    </message>
    <message>
        <source>Reported progress</source>
        <translation>Reported progress</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Joint operation</source>
        <translation>Joint operation</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>Accountability exposure</translation>
    </message>
    <message>
        <source>Exposure spread evenly</source>
        <translation>Exposure spread evenly</translation>
    </message>
    <message>
        <source>Superior's attention</source>
        <translation>Superior's attention</translation>
    </message>
    <message>
        <source>Lead's authority</source>
        <translation>Lead's authority</translation>
    </message>
    <message>
        <source>Publicity (造势)</source>
        <translation>Publicity (造势)</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>Collusion</translation>
    </message>
    <message>
        <source>Lead's reputation</source>
        <translation>Lead's reputation</translation>
    </message>
    <message>
        <source>Extra load</source>
        <translation>Extra load</translation>
    </message>
    <message>
        <source>Superior's reputation</source>
        <translation>Superior's reputation</translation>
    </message>
    <message>
        <source>Shared identity (党建)</source>
        <translation>Shared identity (党建)</translation>
    </message>
    <message>
        <source>顺势 level</source>
        <translation>顺势 level</translation>
    </message>
    <message>
        <source>借势 level</source>
        <translation>借势 level</translation>
    </message>
    <message>
        <source>造势 level</source>
        <translation>造势 level</translation>
    </message>
    <message>
        <source>Reported minus real progress</source>
        <translation>Reported minus real progress</translation>
    </message>
    <message>
        <source>Cooperating effort, second half</source>
        <translation>Cooperating effort, second half</translation>
    </message>
    <message>
        <source>Cooperating contribution, second half</source>
        <translation>Cooperating contribution, second half</translation>
    </message>
    <message>
        <source>Lead's effort, second half</source>
        <translation>Lead's effort, second half</translation>
    </message>
    <message>
        <source>Joint operations, second half</source>
        <translation>Joint operations, second half</translation>
    </message>
    <message>
        <source>Collusion, second half</source>
        <translation>Collusion, second half</translation>
    </message>
    <message>
        <source>Share of runs: {0}</source>
        <translation>Share of runs: {0}</translation>
    </message>
    <message>
        <source>{0} (lead department)</source>
        <translation>{0} (lead department)</translation>
    </message>
    <message>
        <source>{0} (cooperating departments)</source>
        <translation>{0} (cooperating departments)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10th percentile</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>{0}: every department</source>
        <translation>{0}: every department</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (lead)</translation>
    </message>
    <message>
        <source>Step ({0})</source>
        <translation>Step ({0})</translation>
    </message>
    <message>
        <source>Step 0 is the starting state; departments first decide at step 1.</source>
        <translation>Step 0 is the starting state; departments first decide at step 1.</translation>
    </message>
    <message>
        <source>Marginal payoff: — (no decision yet)</source>
        <translation>Marginal payoff: — (no decision yet)</translation>
    </message>
    <message>
        <source>Marginal payoff {0} → effort {1} points a month</source>
        <translation>Marginal payoff {0} → effort {1} points a month</translation>
    </message>
    <message>
        <source>(animated run: {0} → {1})</source>
        <translation>(animated run: {0} → {1})</translation>
    </message>
    <message>
        <source>Largest push: {0} ({1}); largest drag: {2} ({3}).</source>
        <translation>Largest push: {0} ({1}); largest drag: {2} ({3}).</translation>
    </message>
    <message>
        <source>Nothing pushes towards effort; largest drag: {0} ({1}).</source>
        <translation>Nothing pushes towards effort; largest drag: {0} ({1}).</translation>
    </message>
    <message>
        <source>Largest push: {0} ({1}); nothing holds the department back.</source>
        <translation>Largest push: {0} ({1}); nothing holds the department back.</translation>
    </message>
    <message>
        <source>No part of the decision weighs anything at this step.</source>
        <translation>No part of the decision weighs anything at this step.</translation>
    </message>
    <message>
        <source>The drags outweigh the pushes, so this department lowers its effort or stays passive.</source>
        <translation>The drags outweigh the pushes, so this department lowers its effort or stays passive.</translation>
    </message>
    <message>
        <source>The pushes outweigh the drags, so this department raises its effort or stays fully engaged.</source>
        <translation>The pushes outweigh the drags, so this department raises its effort or stays fully engaged.</translation>
    </message>
    <message>
        <source>Parts over time (mean of the runs; colours as the squares above; dashed: their sum)</source>
        <translation>Parts over time (mean of the runs; colours as the squares above; dashed: their sum)</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>two sentences (no space between them in Chinese)</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Pushes and drags nearly balance: its effort stays about where it is.</source>
        <translation>Pushes and drags nearly balance: its effort stays about where it is.</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Bars: mean of the runs (blue pushes towards effort, red holds back); ◆ the animated run.</source>
        <translation>Bars: mean of the runs (blue pushes towards effort, red holds back); ◆ the animated run.</translation>
    </message>
</context>
<context>
    <name>ExplainStrategy</name>
    <message>
        <source>顺势 (ride the central task)</source>
        <translation>顺势 (ride the central task)</translation>
    </message>
    <message>
        <source>借势 (borrow superiors' weight)</source>
        <translation>借势 (borrow superiors' weight)</translation>
    </message>
    <message>
        <source>造势 (build publicity)</source>
        <translation>造势 (build publicity)</translation>
    </message>
    <message>
        <source>The lead chooses its strategies (adaptive). Per unit of each, at this step (mean of the runs):</source>
        <translation>The lead chooses its strategies (adaptive). Per unit of each, at this step (mean of the runs):</translation>
    </message>
    <message>
        <source>worth more: it does more</source>
        <translation>worth more: it does more</translation>
    </message>
    <message>
        <source>not worth it: it does less</source>
        <translation>not worth it: it does less</translation>
    </message>
    <message>
        <source>balanced: it stays</source>
        <translation>balanced: it stays</translation>
    </message>
    <message>
        <source>{0}: level {1:.2f}; benefit {2}, backfire risk {3}, extra problems {4}, cost {5}; net {6}, {7}.</source>
        <translation>{0}: level {1:.2f}; benefit {2}, backfire risk {3}, extra problems {4}, cost {5}; net {6}, {7}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
</context>
<context>
    <name>FormStrip</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Debrief: {0}</source>
        <translation>Debrief: {0}</translation>
    </message>
    <message>
        <source>Collaboration form: &lt;b&gt;{0}&lt;/b&gt; ({1}% of {2} runs).</source>
        <translation>Collaboration form: &lt;b&gt;{0}&lt;/b&gt; ({1}% of {2} runs).</translation>
    </message>
    <message>
        <source>Before: {0}.</source>
        <translation>Before: {0}.</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>Key number</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Medians of the runs at the last step.</source>
        <translation>Medians of the runs at the last step.</translation>
    </message>
    <message>
        <source>What moved them most</source>
        <translation>What moved them most</translation>
    </message>
    <message>
        <source>No lever made a visible difference.</source>
        <translation>No lever made a visible difference.</translation>
    </message>
    <message>
        <source>cooperating effort {0}, real progress {1}</source>
        <translation>cooperating effort {0}, real progress {1}</translation>
    </message>
    <message>
        <source>mainly through “{0}”</source>
        <translation>mainly through “{0}”</translation>
    </message>
    <message>
        <source>{0}: {1}; {2}</source>
        <translation>{0}: {1}; {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Each lever set back alone, the others kept, same runs.</source>
        <translation>Each lever set back alone, the others kept, same runs.</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>collabsim, after Wang Zheng (2023)</source>
        <translation>collabsim, after Wang Zheng (2023)</translation>
    </message>
    <message>
        <source>collabsim debrief</source>
        <translation>collabsim debrief</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Key indicators at the end of the run (median of the runs):</source>
        <extracomment>below this (the most exposed department's exposure, averaged over the runs) there is no accountability risk to spread and "risk spread evenly" means nothing (as debrief.MIN_EXPOSURE)</extracomment>
        <translation>Key indicators at the end of the run (median of the runs):</translation>
    </message>
    <message>
        <source>{0} (baseline {1})</source>
        <translation>{0} (baseline {1})</translation>
    </message>
    <message>
        <source>Provisional: {0}% of the first {1} of {2} runs; the rest are being computed.</source>
        <translation>Provisional: {0}% of the first {1} of {2} runs; the rest are being computed.</translation>
    </message>
    <message>
        <source>{0}% of {1} runs. {2}</source>
        <translation>{0}% of {1} runs. {2}</translation>
    </message>
    <message>
        <source>Baseline: {0}.</source>
        <translation>Baseline: {0}.</translation>
    </message>
    <message>
        <source>Collaboration form</source>
        <translation>Collaboration form</translation>
    </message>
    <message>
        <source>How evenly accountability exposure is spread over the departments (100% = evenly); “no risk” when no department is exposed to accountability: there is nothing to spread</source>
        <translation>How evenly accountability exposure is spread over the departments (100% = evenly); “no risk” when no department is exposed to accountability: there is nothing to spread</translation>
    </message>
    <message>
        <source>Real progress</source>
        <translation>Real progress</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>no risk</translation>
    </message>
    <message>
        <source>Median share of the task really done</source>
        <translation>Median share of the task really done</translation>
    </message>
    <message>
        <source>Reported − real</source>
        <translation>Reported − real</translation>
    </message>
    <message>
        <source>How far reported progress runs ahead of real progress (inflation)</source>
        <translation>How far reported progress runs ahead of real progress (inflation)</translation>
    </message>
    <message>
        <source>Cooperating effort</source>
        <translation>Cooperating effort</translation>
    </message>
    <message>
        <source>Median effort of the cooperating departments, averaged</source>
        <translation>Median effort of the cooperating departments, averaged</translation>
    </message>
    <message>
        <source>Lead effort</source>
        <translation>Lead effort</translation>
    </message>
    <message>
        <source>Median effort of the lead department</source>
        <translation>Median effort of the lead department</translation>
    </message>
    <message>
        <source>Risk spread evenly</source>
        <translation>Risk spread evenly</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>Collusion</translation>
    </message>
    <message>
        <source>Median level of collusion between departments</source>
        <translation>Median level of collusion between departments</translation>
    </message>
    <message>
        <source>The most common collaboration form in the ensemble</source>
        <translation>The most common collaboration form in the ensemble</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Loose</source>
        <translation>Loose</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Irregular</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Tight</translation>
    </message>
    <message>
        <source>Collusive</source>
        <translation>Collusive</translation>
    </message>
    <message>
        <source>Cooperating departments do little; the lead department works alone.</source>
        <translation>Cooperating departments do little; the lead department works alone.</translation>
    </message>
    <message>
        <source>Collaboration comes in bursts: joint operations when pushed, then it fades.</source>
        <translation>Collaboration comes in bursts: joint operations when pushed, then it fades.</translation>
    </message>
    <message>
        <source>Departments work together steadily: a community of shared fate.</source>
        <translation>Departments work together steadily: a community of shared fate.</translation>
    </message>
    <message>
        <source>Departments jointly inflate reported progress instead of doing the work.</source>
        <translation>Departments jointly inflate reported progress instead of doing the work.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Week {0} of {1}</source>
        <translation>Week {0} of {1}</translation>
    </message>
    <message>
        <source>Month {0} of {1}</source>
        <translation>Month {0} of {1}</translation>
    </message>
    <message>
        <source>Announced inspection</source>
        <translation>Announced inspection</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Unannounced visit</translation>
    </message>
    <message>
        <source>Joint operation held</source>
        <translation>Joint operation held</translation>
    </message>
    <message>
        <source>Joint operation incomplete</source>
        <translation>Joint operation incomplete</translation>
    </message>
    <message>
        <source>Superior endorses the lead</source>
        <translation>Superior endorses the lead</translation>
    </message>
    <message>
        <source>Over-claiming backfired</source>
        <translation>Over-claiming backfired</translation>
    </message>
    <message>
        <source>Collusion detected</source>
        <translation>Collusion detected</translation>
    </message>
    <message>
        <source>New problem assigned to the lead</source>
        <translation>New problem assigned to the lead</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Superior's attention shifted</source>
        <translation>Superior's attention shifted</translation>
    </message>
    <message>
        <source>Report to the government (逐级)</source>
        <translation>Report to the government (逐级)</translation>
    </message>
    <message>
        <source>Report to the party committee (越级)</source>
        <translation>Report to the party committee (越级)</translation>
    </message>
    <message>
        <source>Joint party-building meeting</source>
        <translation>Joint party-building meeting</translation>
    </message>
    <message>
        <source>A rival task's over-claiming backfired</source>
        <translation>A rival task's over-claiming backfired</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Sanction avoided</source>
        <translation>Sanction avoided</translation>
    </message>
    <message>
        <source>Leaders' career stake</source>
        <translation>Leaders' career stake</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Pooled resources</translation>
    </message>
    <message>
        <source>Own KPI points</source>
        <translation>Own KPI points</translation>
    </message>
    <message>
        <source>Cost of effort (own workload)</source>
        <translation>Cost of effort (own workload)</translation>
    </message>
    <message>
        <source>Two leads compete for one superior</source>
        <translation>Two leads compete for one superior</translation>
    </message>
    <message>
        <source>Authority pressure</source>
        <translation>Authority pressure</translation>
    </message>
    <message>
        <source>Reluctance outside the remit</source>
        <translation>Reluctance outside the remit</translation>
    </message>
    <message>
        <source>Shared identity (party building)</source>
        <translation>Shared identity (party building)</translation>
    </message>
    <message>
        <source>Default scenario</source>
        <translation>Default scenario</translation>
    </message>
    <message>
        <source>Case A: a joint volunteer-service platform</source>
        <translation>Case A: a joint volunteer-service platform</translation>
    </message>
    <message>
        <source>Case B: joint law enforcement</source>
        <translation>Case B: joint law enforcement</translation>
    </message>
    <message>
        <source>Case C: poverty alleviation</source>
        <translation>Case C: poverty alleviation</translation>
    </message>
</context>
<context>
    <name>LeverRow</name>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
</context>
<context>
    <name>LeverStrip</name>
    <message>
        <source>Change “{0}”</source>
        <translation>Change “{0}”</translation>
    </message>
</context>
<context>
    <name>Levers</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Control mechanisms</source>
        <translation>Control mechanisms</translation>
    </message>
    <message>
        <source>Attention (顺势 / 借势 / 造势)</source>
        <translation>Attention (顺势 / 借势 / 造势)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Kind of task</translation>
    </message>
    <message>
        <source>Routine work, the government's central task (中心任务, a “number-one project”) or an emergency. Central and emergency tasks get the superior's attention.</source>
        <translation>Routine work, the government's central task (中心任务, a “number-one project”) or an emergency. Central and emergency tasks get the superior's attention.</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>How much the result needs every department at once (0: contributions simply add up; 1: the weakest department decides). Wicked problems make collaboration a must.</source>
        <translation>How much the result needs every department at once (0: contributions simply add up; 1: the weakest department decides). Wicked problems make collaboration a must.</translation>
    </message>
    <message>
        <source>Size of the task</source>
        <translation>Size of the task</translation>
    </message>
    <message>
        <source>How many steps the task needs when every department works at full effort: the tension between the task and the departments' resources.</source>
        <translation>How many steps the task needs when every department works at full effort: the tension between the task and the departments' resources.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Steps simulated</source>
        <translation>Steps simulated</translation>
    </message>
    <message>
        <source>How many steps the simulation runs.</source>
        <translation>How many steps the simulation runs.</translation>
    </message>
    <message>
        <source>One step is</source>
        <translation>One step is</translation>
    </message>
    <message>
        <source>What one simulated step stands for: a week or a month.</source>
        <translation>What one simulated step stands for: a week or a month.</translation>
    </message>
    <message>
        <source>Responsibility lies with</source>
        <translation>Responsibility lies with</translation>
    </message>
    <message>
        <source>Who is held accountable: nobody clearly (ambiguous), the lead department alone, or individual leaders of every department (责任到人). Clear, individual responsibility spreads accountability risk and makes departments collaborate.</source>
        <translation>Who is held accountable: nobody clearly (ambiguous), the lead department alone, or individual leaders of every department (责任到人). Clear, individual responsibility spreads accountability risk and makes departments collaborate.</translation>
    </message>
    <message>
        <source>Weight in the assessment</source>
        <translation>Weight in the assessment</translation>
    </message>
    <message>
        <source>What is assessed</source>
        <translation>What is assessed</translation>
    </message>
    <message>
        <source>Each department's own output, or the joint result of the collaboration. The article finds no assessment of the joint effect in the loose cases.</source>
        <translation>Each department's own output, or the joint result of the collaboration. The article finds no assessment of the joint effect in the loose cases.</translation>
    </message>
    <message>
        <source>Frequency of checks</source>
        <translation>Frequency of checks</translation>
    </message>
    <message>
        <source>The probability of a check in a step (e.g. monthly special meetings that inspect progress).</source>
        <translation>The probability of a check in a step (e.g. monthly special meetings that inspect progress).</translation>
    </message>
    <message>
        <source>Unpredictability</source>
        <translation>Unpredictability</translation>
    </message>
    <message>
        <source>The share of checks that are unannounced (暗访) or at random times. Uncertain assessment keeps departments working.</source>
        <translation>The share of checks that are unannounced (暗访) or at random times. Uncertain assessment keeps departments working.</translation>
    </message>
    <message>
        <source>Third-party evaluation</source>
        <translation>Third-party evaluation</translation>
    </message>
    <message>
        <source>How independent the evaluator is. Third-party evaluation makes it hard for departments to collude in inflating reported progress.</source>
        <translation>How independent the evaluator is. Third-party evaluation makes it hard for departments to collude in inflating reported progress.</translation>
    </message>
    <message>
        <source>Severity of accountability</source>
        <translation>Severity of accountability</translation>
    </message>
    <message>
        <source>How severely a shortfall is punished (high-intensity administrative accountability).</source>
        <translation>How severely a shortfall is punished (high-intensity administrative accountability).</translation>
    </message>
    <message>
        <source>Supervision (督导)</source>
        <translation>Supervision (督导)</translation>
    </message>
    <message>
        <source>A dedicated supervision mechanism follows the task.</source>
        <translation>A dedicated supervision mechanism follows the task.</translation>
    </message>
    <message>
        <source>Information reporting</source>
        <translation>Information reporting</translation>
    </message>
    <message>
        <source>Government (逐级)</source>
        <translation>Government (逐级)</translation>
    </message>
    <message>
        <source>Party committee (越级)</source>
        <translation>Party committee (越级)</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>The lead's choice</source>
        <translation>The lead's choice</translation>
    </message>
    <message>
        <source>The step by which the task is due (0: no deadline). In case A no deadline was set.</source>
        <translation>The step by which the task is due (0: no deadline). In case A no deadline was set.</translation>
    </message>
    <message>
        <source>How much the task counts in the departments' performance scores (in case B: 40 points, 40% of the total).</source>
        <translation>How much the task counts in the departments' performance scores (in case B: 40 points, 40% of the total).</translation>
    </message>
    <message>
        <source>None; informal (no fixed frequency, format or scoring, as in case A); or formal reporting with fixed periods and content.</source>
        <translation>None; informal (no fixed frequency, format or scoring, as in case A); or formal reporting with fixed periods and content.</translation>
    </message>
    <message>
        <source>Coordination team</source>
        <translation>Coordination team</translation>
    </message>
    <message>
        <source>A dedicated cross-department coordination team (协调小组 / 专班) with staff seconded from the departments, as in case C.</source>
        <translation>A dedicated cross-department coordination team (协调小组 / 专班) with staff seconded from the departments, as in case C.</translation>
    </message>
    <message>
        <source>Promotion for results</source>
        <translation>Promotion for results</translation>
    </message>
    <message>
        <source>A credible promise to promote cadres for task results (依任务提拔).</source>
        <translation>A credible promise to promote cadres for task results (依任务提拔).</translation>
    </message>
    <message>
        <source>Mobilisation meetings</source>
        <translation>Mobilisation meetings</translation>
    </message>
    <message>
        <source>How intensively the superior holds deployment, progress and summary meetings (部署会、推进会、总结会).</source>
        <translation>How intensively the superior holds deployment, progress and summary meetings (部署会、推进会、总结会).</translation>
    </message>
    <message>
        <source>A central task is active</source>
        <translation>A central task is active</translation>
    </message>
    <message>
        <source>A central task (中心任务) occupies the jurisdiction, e.g. poverty alleviation; the lead can ride on it.</source>
        <translation>A central task (中心任务) occupies the jurisdiction, e.g. poverty alleviation; the lead can ride on it.</translation>
    </message>
    <message>
        <source>Fit with the central task</source>
        <translation>Fit with the central task</translation>
    </message>
    <message>
        <source>How plausibly this task fits the central task; riding on it works only when the fit is credible.</source>
        <translation>How plausibly this task fits the central task; riding on it works only when the fit is credible.</translation>
    </message>
    <message>
        <source>顺势: ride the central task</source>
        <translation>顺势: ride the central task</translation>
    </message>
    <message>
        <source>顺势 (riding the trend): the lead bundles its task with the central task so that superiors' attention carries over.</source>
        <translation>顺势 (riding the trend): the lead bundles its task with the central task so that superiors' attention carries over.</translation>
    </message>
    <message>
        <source>借势: borrow superiors' weight</source>
        <translation>借势: borrow superiors' weight</translation>
    </message>
    <message>
        <source>借势 (borrowing momentum): highlights, meetings with superiors and quick results to win an endorsement (站台). Over-claiming can backfire.</source>
        <translation>借势 (borrowing momentum): highlights, meetings with superiors and quick results to win an endorsement (站台). Over-claiming can backfire.</translation>
    </message>
    <message>
        <source>造势: build publicity</source>
        <translation>造势: build publicity</translation>
    </message>
    <message>
        <source>造势 (building momentum): publications, information bulletins and new media that raise the task's profile.</source>
        <translation>造势 (building momentum): publications, information bulletins and new media that raise the task's profile.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>How much of the superiors' own routine business competes for their scarce attention (rival tasks, the central task and emergencies are simulated besides it).</source>
        <translation>How much of the superiors' own routine business competes for their scarce attention (rival tasks, the central task and emergencies are simulated besides it).</translation>
    </message>
    <message>
        <source>Emergencies arrive at random (expected number per month); each draws the superiors' attention away for a while.</source>
        <translation>Emergencies arrive at random (expected number per month); each draws the superiors' attention away for a while.</translation>
    </message>
    <message>
        <source>Whose attention the lead seeks: the government, step by step (逐级依赖), or the party committee over the government's head (越级依赖). The party committee's attention is scarcer but carries more authority; seeking it costs more, and a backfire there costs more.</source>
        <translation>Whose attention the lead seeks: the government, step by step (逐级依赖), or the party committee over the government's head (越级依赖). The party committee's attention is scarcer but carries more authority; seeking it costs more, and a backfire there costs more.</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <source>Fixed: the three strategy levers above set what the lead does. Adaptive: the lead chooses each step, weighing expected benefit (attention, authority, partners' compliance) against the risk of backfire, extra problems and cost; the levers are then its starting levels.</source>
        <translation>Fixed: the three strategy levers above set what the lead does. Adaptive: the lead chooses each step, weighing expected benefit (attention, authority, partners' compliance) against the risk of backfire, extra problems and cost; the levers are then its starting levels.</translation>
    </message>
    <message>
        <source>Rival tasks</source>
        <translation>Rival tasks</translation>
    </message>
    <message>
        <source>Competing tasks</source>
        <translation>Competing tasks</translation>
    </message>
    <message>
        <source>党建 (extension)</source>
        <translation>党建 (extension)</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Seek attention of</source>
        <translation>Seek attention of</translation>
    </message>
    <message>
        <source>How many other lead departments' tasks compete for the same superiors' attention, simulated alongside.</source>
        <translation>How many other lead departments' tasks compete for the same superiors' attention, simulated alongside.</translation>
    </message>
    <message>
        <source>Rivals' salience</source>
        <translation>Rivals' salience</translation>
    </message>
    <message>
        <source>How prominent the rival tasks are on their own (routine about 0.15, a central task about 0.85).</source>
        <translation>How prominent the rival tasks are on their own (routine about 0.15, a central task about 0.85).</translation>
    </message>
    <message>
        <source>How much the rival tasks differ in salience, spread evenly around the value above.</source>
        <translation>How much the rival tasks differ in salience, spread evenly around the value above.</translation>
    </message>
    <message>
        <source>Rivals' spread</source>
        <translation>Rivals' spread</translation>
    </message>
    <message>
        <source>Rivals' 顺势</source>
        <translation>Rivals' 顺势</translation>
    </message>
    <message>
        <source>How much the rival leads ride the central task (only while one is active).</source>
        <translation>How much the rival leads ride the central task (only while one is active).</translation>
    </message>
    <message>
        <source>Rivals' 借势</source>
        <translation>Rivals' 借势</translation>
    </message>
    <message>
        <source>How much the rival leads stage highlights and meetings with superiors.</source>
        <translation>How much the rival leads stage highlights and meetings with superiors.</translation>
    </message>
    <message>
        <source>Rivals' 造势</source>
        <translation>Rivals' 造势</translation>
    </message>
    <message>
        <source>How much the rival leads build publicity.</source>
        <translation>How much the rival leads build publicity.</translation>
    </message>
    <message>
        <source>Rivals' delivery</source>
        <translation>Rivals' delivery</translation>
    </message>
    <message>
        <source>What the rival tasks reliably deliver. Attention they win beyond it raises expectations they cannot meet, and they backfire.</source>
        <translation>What the rival tasks reliably deliver. Attention they win beyond it raises expectations they cannot meet, and they backfire.</translation>
    </message>
    <message>
        <source>Whose attention the rival leads seek: the government (逐级) or the party committee (越级). Rivals at the other tier do not compete with this task.</source>
        <translation>Whose attention the rival leads seek: the government (逐级) or the party committee (越级). Rivals at the other tier do not compete with this task.</translation>
    </message>
    <message>
        <source>Rivals seek</source>
        <translation>Rivals seek</translation>
    </message>
    <message>
        <source>Joint party-building mechanisms across the departments (joint meetings, cross-department party groups). An EXTENSION of the model, not a finding of the article, which only asks the question: assumed to build a shared identity that makes departments reciprocate each other's effort and lowers the cost of coordinating.</source>
        <translation>Joint party-building mechanisms across the departments (joint meetings, cross-department party groups). An EXTENSION of the model, not a finding of the article, which only asks the question: assumed to build a shared identity that makes departments reciprocate each other's effort and lowers the cost of coordinating.</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Base seed of the ensemble: replicate k uses seed + k. The same seed gives the same runs, so two scenarios are compared on common random numbers.</source>
        <translation>Base seed of the ensemble: replicate k uses seed + k. The same seed gives the same runs, so two scenarios are compared on common random numbers.</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Replicates</translation>
    </message>
    <message>
        <source>How many runs make up the ensemble whose median and 10–90% band are drawn.</source>
        <translation>How many runs make up the ensemble whose median and 10–90% band are drawn.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Strength of random variation in the departments' decisions.</source>
        <translation>Strength of random variation in the departments' decisions.</translation>
    </message>
    <message>
        <source>Initial effort</source>
        <translation>Initial effort</translation>
    </message>
    <message>
        <source>Every department's effort on the joint task at the start (a department's own value in the table overrides it). Where shared fate is a coordination game, the start decides which stable outcome is reached.</source>
        <translation>Every department's effort on the joint task at the start (a department's own value in the table overrides it). Where shared fate is a coordination game, the start decides which stable outcome is reached.</translation>
    </message>
    <message>
        <source>Required standard</source>
        <translation>Required standard</translation>
    </message>
    <message>
        <source>The result the superior requires, as a share of what full joint work produces. A joint result below it is sanctioned; under joint assessment every responsible department shares that risk.</source>
        <translation>The result the superior requires, as a share of what full joint work produces. A joint result below it is sanctioned; under joint assessment every responsible department shares that risk.</translation>
    </message>
    <message>
        <source>Bonus for extra results</source>
        <translation>Bonus for extra results</translation>
    </message>
    <message>
        <source>KPI points that results beyond the quota still earn, relative to the quota (case B: +1 point per extra case, at most 5 of 40 points).</source>
        <translation>KPI points that results beyond the quota still earn, relative to the quota (case B: +1 point per extra case, at most 5 of 40 points).</translation>
    </message>
    <message>
        <source>Participation floor</source>
        <translation>Participation floor</translation>
    </message>
    <message>
        <source>The lead's staff lose points when their participation falls below this share (case B: 70–80%); 0 means no such rule.</source>
        <translation>The lead's staff lose points when their participation falls below this share (case B: 70–80%); 0 means no such rule.</translation>
    </message>
    <message>
        <source>Routine task</source>
        <translation>Routine task</translation>
    </message>
    <message>
        <source>Central task (中心任务)</source>
        <translation>Central task (中心任务)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Ambiguous (nobody clearly)</source>
        <translation>Ambiguous (nobody clearly)</translation>
    </message>
    <message>
        <source>The lead department</source>
        <translation>The lead department</translation>
    </message>
    <message>
        <source>Individual leaders (责任到人)</source>
        <translation>Individual leaders (责任到人)</translation>
    </message>
    <message>
        <source>Own output of each department</source>
        <translation>Own output of each department</translation>
    </message>
    <message>
        <source>Joint result</source>
        <translation>Joint result</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name shown in the interface (Chinese).</source>
        <translation>Name shown in the interface (Chinese).</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Name shown in the English interface.</source>
        <translation>Name shown in the English interface.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>The lead department (主责 / 牵头部门); exactly one department leads.</source>
        <translation>The lead department (主责 / 牵头部门); exactly one department leads.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Institutional and self-raised resources (0 poor, 1 rich); they differ much between departments.</source>
        <translation>Institutional and self-raised resources (0 poor, 1 rich); they differ much between departments.</translation>
    </message>
    <message>
        <source>KPI credit</source>
        <translation>KPI credit</translation>
    </message>
    <message>
        <source>How much the task counts in this department's own KPIs: for a cooperating department often only “icing on the cake” (锦上添花).</source>
        <translation>How much the task counts in this department's own KPIs: for a cooperating department often only “icing on the cake” (锦上添花).</translation>
    </message>
    <message>
        <source>Own workload</source>
        <translation>Own workload</translation>
    </message>
    <message>
        <source>The department's own routine work competing for its effort; attention is allocated around each department's own duties.</source>
        <translation>The department's own routine work competing for its effort; attention is allocated around each department's own duties.</translation>
    </message>
    <message>
        <source>Quota gap</source>
        <translation>Quota gap</translation>
    </message>
    <message>
        <source>Share of its own KPI quota that its routine work leaves unmet, which the joint task can fill (case B: hard for the bureau, easy for the others).</source>
        <translation>Share of its own KPI quota that its routine work leaves unmet, which the joint task can fill (case B: hard for the bureau, easy for the others).</translation>
    </message>
    <message>
        <source>This department's effort at the start; −1 uses the scenario's initial effort.</source>
        <translation>This department's effort at the start; −1 uses the scenario's initial effort.</translation>
    </message>
    <message>
        <source>Article: {0}</source>
        <translation>Article: {0}</translation>
    </message>
</context>
<context>
    <name>LeversPanel</name>
    <message>
        <source>Change “{0}”</source>
        <translation>Change “{0}”</translation>
    </message>
    <message>
        <source>Reset to the preset's values</source>
        <translation>Reset to the preset's values</translation>
    </message>
    <message>
        <source>Set every lever back to the values of the preset or file that was opened.</source>
        <translation>Set every lever back to the values of the preset or file that was opened.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reset to the preset's values</source>
        <translation>Reset to the preset's values</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>The simulation failed ({0}); the details are in the log file.</source>
        <translation>The simulation failed ({0}); the details are in the log file.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Export picture (PNG or SVG)…</source>
        <translation>Export picture (PNG or SVG)…</translation>
    </message>
    <message>
        <source>Title, department key, network with legend and plots; the format follows the file name</source>
        <translation>Title, department key, network with legend and plots; the format follows the file name</translation>
    </message>
    <message>
        <source>Export for slides (1920×1080)…</source>
        <translation>Export for slides (1920×1080)…</translation>
    </message>
    <message>
        <source>Export the network for slides (1920×1080)…</source>
        <translation>Export the network for slides (1920×1080)…</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>Copy picture</translation>
    </message>
    <message>
        <source>Copy the picture for slides to the clipboard</source>
        <translation>Copy the picture for slides to the clipboard</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Export data as CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>Pla&amp;yback</source>
        <translation>Pla&amp;yback</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Pin as baseline</source>
        <translation>Pin as baseline</translation>
    </message>
    <message>
        <source>Draw the current scenario's medians dashed on every plot</source>
        <translation>Draw the current scenario's medians dashed on every plot</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Clear baseline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Model documentation</source>
        <translation>Model documentation</translation>
    </message>
    <message>
        <source>About collabsim and licences</source>
        <translation>About collabsim and licences</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Levers</translation>
    </message>
    <message>
        <source>Department network</source>
        <translation>Department network</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Node size: resources</source>
        <extracomment>ColorBrewer Reds (9 classes), light -&gt; dark the superior's attention bar: this task, rival tasks (alternating), central task, emergency, other business (items in the order of Results.shares)</extracomment>
        <translation>Node size: resources</translation>
    </message>
    <message>
        <source>Blue ring: effort</source>
        <translation>Blue ring: effort</translation>
    </message>
    <message>
        <source>Line width: tie strength</source>
        <translation>Line width: tie strength</translation>
    </message>
    <message>
        <source>Red dots: exposure spreading</source>
        <translation>Red dots: exposure spreading</translation>
    </message>
    <message>
        <source>Star: lead department</source>
        <translation>Star: lead department</translation>
    </message>
    <message>
        <source>Arrow width: superior's attention</source>
        <translation>Arrow width: superior's attention</translation>
    </message>
    <message>
        <source>Gold halo: lead's authority</source>
        <translation>Gold halo: lead's authority</translation>
    </message>
    <message>
        <source>Bar: where a tier's attention goes (this task, rival tasks, central task, emergency, other business)</source>
        <translation>Bar: where a tier's attention goes (this task, rival tasks, central task, emergency, other business)</translation>
    </message>
    <message>
        <source>Pale box: the tier the lead does not seek (政府 or 党委); rival tasks may seek it</source>
        <translation>Pale box: the tier the lead does not seek (政府 or 党委); rival tasks may seek it</translation>
    </message>
    <message>
        <source>逐级 / 越级: the lead seeks the government, or goes over its head to the party committee</source>
        <translation>逐级 / 越级: the lead seeks the government, or goes over its head to the party committee</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>Accountability exposure</translation>
    </message>
    <message>
        <source>Events this step</source>
        <translation>Events this step</translation>
    </message>
    <message>
        <source>Superior (task assigner)</source>
        <translation>Superior (task assigner)</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>Gov't</source>
        <translation>Gov't</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>逐级</source>
        <translation>逐级</translation>
    </message>
    <message>
        <source>越级</source>
        <translation>越级</translation>
    </message>
    <message>
        <source>No results yet: the simulation has not run.</source>
        <translation>No results yet: the simulation has not run.</translation>
    </message>
    <message>
        <source>Month {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Week {0}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Attention {0:.2f}</source>
        <translation>Attention {0:.2f}</translation>
    </message>
    <message>
        <source>Authority {0:.2f}</source>
        <translation>Authority {0:.2f}</translation>
    </message>
    <message>
        <source>Colour: accountability exposure (light 0 – dark 1)</source>
        <translation>Colour: accountability exposure (light 0 – dark 1)</translation>
    </message>
    <message>
        <source>Dashed arc: a joint operation this step (green: every partner came; orange: some stayed away)</source>
        <translation>Dashed arc: a joint operation this step (green: every partner came; orange: some stayed away)</translation>
    </message>
    <message>
        <source>This task's lead seeks its attention ({0}).</source>
        <translation>This task's lead seeks its attention ({0}).</translation>
    </message>
    <message>
        <source>This task's lead does not seek its attention.</source>
        <translation>This task's lead does not seek its attention.</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>this task</translation>
    </message>
    <message>
        <source>rival task {0}</source>
        <translation>rival task {0}</translation>
    </message>
    <message>
        <source>central task</source>
        <translation>central task</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>other business</source>
        <translation>other business</translation>
    </message>
    <message>
        <source>Where its attention goes:</source>
        <translation>Where its attention goes:</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator in a picture's title</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>collabsim, after Wang Zheng (2023)</source>
        <translation>collabsim, after Wang Zheng (2023)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write the picture</source>
        <translation>Cannot write the picture</translation>
    </message>
    <message>
        <source>{0} was not written ({1}).</source>
        <translation>{0} was not written ({1}).</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>slide</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>Export for slides</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause the animation (Space)</source>
        <translation>Play or pause the animation (Space)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>One step back (Left arrow)</source>
        <translation>One step back (Left arrow)</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>One step forward (Right arrow)</source>
        <translation>One step forward (Right arrow)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Back to step 0 (Home)</source>
        <translation>Back to step 0 (Home)</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Go to the end</translation>
    </message>
    <message>
        <source>Jump to the last step (End)</source>
        <translation>Jump to the last step (End)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} steps/s</translation>
    </message>
    <message>
        <source>Playback speed in simulated steps per second</source>
        <translation>Playback speed in simulated steps per second</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Timeline: drag to any step</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Provisional: {0}/{1} runs</source>
        <extracomment>indicators that are 0 or 1 (or a few levels) in each run: drawn as the share of runs (the ensemble mean), without a band</extracomment>
        <translation>Provisional: {0}/{1} runs</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>Collusion</translation>
    </message>
    <message>
        <source>Joint ops</source>
        <translation>Joint ops</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>Accountability exposure</translation>
    </message>
    <message>
        <source>Attention and authority</source>
        <translation>Attention and authority</translation>
    </message>
    <message>
        <source>Joint work (share of runs)</source>
        <translation>Joint work (share of runs)</translation>
    </message>
    <message>
        <source>Step ({0})</source>
        <translation>Step ({0})</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (lead)</translation>
    </message>
    <message>
        <source>Thick: ensemble median · shaded: 10–90% of runs · thin: the animated run · dashed: baseline</source>
        <translation>Thick: ensemble median · shaded: 10–90% of runs · thin: the animated run · dashed: baseline</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>This week: {0}</source>
        <translation>This week: {0}</translation>
    </message>
    <message>
        <source>This month: {0}</source>
        <translation>This month: {0}</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Leave (Esc)</translation>
    </message>
    <message>
        <source>Back to the normal window (Esc or F11)</source>
        <translation>Back to the normal window (Esc or F11)</translation>
    </message>
    <message>
        <source>collabsim</source>
        <translation>collabsim</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the start</source>
        <translation>Put every panel back where it was at the start</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Full screen for the class: the run large, the story's question, a few levers (F11; Esc leaves)</source>
        <translation>Full screen for the class: the run large, the story's question, a few levers (F11; Esc leaves)</translation>
    </message>
    <message>
        <source>Classroom toolbar</source>
        <translation>Classroom toolbar</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>{0} GB</source>
        <extracomment>runs expected to take longer than this (seconds) say so when they start</extracomment>
        <translation>{0} GB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Out of date: these results are for the previous settings.</source>
        <translation>Out of date: these results are for the previous settings.</translation>
    </message>
    <message>
        <source>Not computed: this run would need about {0} of memory, more than the {1} available. Lower the replicates or the steps simulated.</source>
        <translation>Not computed: this run would need about {0} of memory, more than the {1} available. Lower the replicates or the steps simulated.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Computing… (about {0} s)</source>
        <translation>Computing… (about {0} s)</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are for the previous settings.</source>
        <translation>Cancelled. The results shown are for the previous settings.</translation>
    </message>
    <message>
        <source>Keeping medians and bands only: every trajectory would need about {0}, more than the {1} available.</source>
        <translation>Keeping medians and bands only: every trajectory would need about {0}, more than the {1} available.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this run; the plots keep the previous results, marked out of date</source>
        <translation>Stop this run; the plots keep the previous results, marked out of date</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Click a design on the plot, or double-click a row, to open it in a new window. Grey: misses a target; blue: meets every target; red: the frontier (no cheaper design does as well).</source>
        <translation>Click a design on the plot, or double-click a row, to open it in a new window. Grey: misses a target; blue: meets every target; red: the frontier (no cheaper design does as well).</translation>
    </message>
    <message>
        <source>{0} designs evaluated, {1} meet every target: {2}</source>
        <translation>{0} designs evaluated, {1} meet every target: {2}</translation>
    </message>
    <message>
        <source>Cost (points, as set in the experiment file)</source>
        <translation>Cost (points, as set in the experiment file)</translation>
    </message>
    <message>
        <source>Trade-off frontier</source>
        <translation>Trade-off frontier</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>1. Choose one of the article's cases below, or a guided story (Classroom › Stories).
2. Press ▶ Play (or Space) under the collaboration form: the network and the cursor on the plots go through the months; the plots show all the runs from start to end.
3. Change a lever on the left: every run is computed again at once. Hover over a department in the network to see its values; click it for its explanation.
4. In front of a class: F11 for presentation mode, Esc to leave it.</source>
        <translation>1. Choose one of the article's cases below, or a guided story (Classroom › Stories).
2. Press ▶ Play (or Space) under the collaboration form: the network and the cursor on the plots go through the months; the plots show all the runs from start to end.
3. Change a lever on the left: every run is computed again at once. Hover over a department in the network to see its values; click it for its explanation.
4. In front of a class: F11 for presentation mode, Esc to leave it.</translation>
    </message>
    <message>
        <source>Open a scenario file…</source>
        <translation>Open a scenario file…</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Edit the story</source>
        <translation>Edit the story</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>to the end</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>no pause</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Step title</translation>
    </message>
    <message>
        <source>Passage or situation</source>
        <translation>Passage or situation</translation>
    </message>
    <message>
        <source>Question to the class</source>
        <translation>Question to the class</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Teacher notes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Play to step (0: do not play)</source>
        <translation>Play to step (0: do not play)</translation>
    </message>
    <message>
        <source>Pause on the first</source>
        <translation>Pause on the first</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Story title</translation>
    </message>
    <message>
        <source>Discussion questions for the debrief (one per line):</source>
        <translation>Discussion questions for the debrief (one per line):</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>{0}/{1} · {2}</source>
        <translation>{0}/{1} · {2}</translation>
    </message>
    <message>
        <source>This scenario has no guided story. Open one from Classroom › Stories, or record your own: Classroom › Record a story.</source>
        <translation>This scenario has no guided story. Open one from Classroom › Stories, or record your own: Classroom › Record a story.</translation>
    </message>
    <message>
        <source>Guided story</source>
        <translation>Guided story</translation>
    </message>
    <message>
        <source>{0} steps. Press “Next” to begin.</source>
        <translation>{0} steps. Press “Next” to begin.</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Before we start</translation>
    </message>
    <message>
        <source>The levers show the scenario the story starts from. Look at the collaboration form and the network first.</source>
        <translation>The levers show the scenario the story starts from. Look at the collaboration form and the network first.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>This step changes: {0}</source>
        <translation>This step changes: {0}</translation>
    </message>
    <message>
        <source>This step changes no lever.</source>
        <translation>This step changes no lever.</translation>
    </message>
    <message>
        <source>Computing the new runs…</source>
        <translation>Computing the new runs…</translation>
    </message>
    <message>
        <source>Playing to {0}…</source>
        <translation>Playing to {0}…</translation>
    </message>
    <message>
        <source>Paused at {0}: {1}. Press ▶ (Space) to go on.</source>
        <translation>Paused at {0}: {1}. Press ▶ (Space) to go on.</translation>
    </message>
    <message>
        <source>The story is over: open the debrief.</source>
        <translation>The story is over: open the debrief.</translation>
    </message>
    <message>
        <source>Ask the question, then press “Next”.</source>
        <translation>Ask the question, then press “Next”.</translation>
    </message>
    <message>
        <source>No teacher notes.</source>
        <translation>No teacher notes.</translation>
    </message>
    <message>
        <source>Ask the class — predict first:</source>
        <translation>Ask the class — predict first:</translation>
    </message>
    <message>
        <source>⟲ Restart</source>
        <translation>⟲ Restart</translation>
    </message>
    <message>
        <source>Back to the levers the story starts from</source>
        <translation>Back to the levers the story starts from</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Make this step's changes and play the run</source>
        <translation>Make this step's changes and play the run</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>Debrief…</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Teacher notes</translation>
    </message>
</context>
<context>
    <name>StoryPlayer</name>
    <message>
        <source>Story: step {0}</source>
        <extracomment>what the player is doing (status codes; the panels translate them)</extracomment>
        <translation>Story: step {0}</translation>
    </message>
    <message>
        <source>Story: back to the start</source>
        <translation>Story: back to the start</translation>
    </message>
</context>
<context>
    <name>SubmissionsWindow</name>
    <message>
        <source>Handed-in assignments</source>
        <translation>Handed-in assignments</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Levers changed</source>
        <translation>Levers changed</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Real progress</source>
        <translation>Real progress</translation>
    </message>
    <message>
        <source>Cooperating effort</source>
        <translation>Cooperating effort</translation>
    </message>
    <message>
        <source>Reported − real</source>
        <translation>Reported − real</translation>
    </message>
    <message>
        <source>Control cost</source>
        <translation>Control cost</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Target met</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Click a column to sort; double-click a row to open that scenario.</source>
        <translation>Click a column to sort; double-click a row to open that scenario.</translation>
    </message>
    <message>
        <source>Folder of handed-in files</source>
        <translation>Folder of handed-in files</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <source>The folder cannot be read ({0}).</source>
        <translation>The folder cannot be read ({0}).</translation>
    </message>
    <message>
        <source>{0} files, {1} evaluated, {2} could not be read.</source>
        <translation>{0} files, {1} evaluated, {2} could not be read.</translation>
    </message>
    <message>
        <source>Running the students' scenarios…</source>
        <translation>Running the students' scenarios…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the table</source>
        <translation>Cannot write the table</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Lever</source>
        <extracomment>open this scenario (a cell's), with a title naming the lever values</extracomment>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Second lever</source>
        <translation>Second lever</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Replicates</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Run sweep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <source>Click a point or a cell to open that scenario in a new window.</source>
        <translation>Click a point or a cell to open that scenario in a new window.</translation>
    </message>
    <message>
        <source>Runs per scenario; every scenario uses the same seeds, so differences come from the levers</source>
        <translation>Runs per scenario; every scenario uses the same seeds, so differences come from the levers</translation>
    </message>
    <message>
        <source>Cannot run this sweep: {0}</source>
        <translation>Cannot run this sweep: {0}</translation>
    </message>
    <message>
        <source>Running {0} scenarios x {1} replicates…</source>
        <translation>Running {0} scenarios x {1} replicates…</translation>
    </message>
    <message>
        <source>{0} scenarios x {1} replicates, seeds {2}…{3}</source>
        <translation>{0} scenarios x {1} replicates, seeds {2}…{3}</translation>
    </message>
    <message>
        <source>Cancelled; the previous result is still shown.</source>
        <translation>Cancelled; the previous result is still shown.</translation>
    </message>
    <message>
        <source>The sweep failed: {0}</source>
        <translation>The sweep failed: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Export sweep data</source>
        <translation>Export sweep data</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export sweep picture</source>
        <translation>Export sweep picture</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG images (*.png);;SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
</context>
</TS>
