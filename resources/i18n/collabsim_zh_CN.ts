<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Qt&apos;s libraries are used unmodified and dynamically linked (shared libraries inside PySide6); the LGPL-3.0 adds permissions to the GPL-3.0, so both texts are included. Qt&apos;s source: https://download.qt.io/official_releases/qt/</source>
        <translation>Qt 的库未经修改、以动态链接方式使用（PySide6 内的共享库）；LGPL-3.0 是在 GPL-3.0 之上附加的许可，因此两份文本都已包含。Qt 的源代码：https://download.qt.io/official_releases/qt/</translation>
    </message>
    <message>
        <source>PySide6 and shiboken6 (Qt for Python)</source>
        <translation>PySide6 与 shiboken6（Qt for Python）</translation>
    </message>
    <message>
        <source>NumPy (with OpenBLAS, LAPACK and the GCC runtime in its wheels)</source>
        <translation>NumPy（其 wheel 包内含 OpenBLAS、LAPACK 和 GCC 运行库）</translation>
    </message>
    <message>
        <source>Noto Sans SC (subset, resources/fonts/NotoSansSC-Subset.otf)</source>
        <translation>思源黑体 Noto Sans SC（子集，resources/fonts/NotoSansSC-Subset.otf）</translation>
    </message>
    <message>
        <source>Python (in the frozen Windows, macOS and Linux bundles)</source>
        <translation>Python（包含在 Windows、macOS 和 Linux 的独立打包版本中）</translation>
    </message>
    <message>
        <source>About collabsim</source>
        <translation>关于 collabsim</translation>
    </message>
    <message>
        <source>collabsim {0} — 部门间协作模拟器
A simulator of collaboration between government departments (after Wang Zheng 2023).

It includes the software below, each under its own licence:</source>
        <translation>collabsim {0} — 部门间协作模拟器
模拟政府部门间协作的工具（依据王铮 2023 年的研究）。

本程序包含以下软件，各自遵循其许可证：</translation>
    </message>
    <message>
        <source>The licence text, in its original English:</source>
        <translation>许可证文本（英文原文）：</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>Change the levers so that the collaboration becomes tight without collusion, at the lowest control cost you can. Save the file with your name and hand it in.</source>
        <translation>调整参数，使协作变得紧密且没有共谋，并尽量降低控制成本。以你的名字保存文件并提交。</translation>
    </message>
    <message>
        <source>Which levers did you change, and why?
Which part of the departments&apos; decision did they change (see the “Explanation” panel)?</source>
        <translation>你改了哪些参数？为什么？
它们改变了部门决策中的哪一部分（见「原因解释」面板）？</translation>
    </message>
    <message>
        <source>without collusion</source>
        <translation>没有共谋</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Questions (one per line)</source>
        <translation>问题（每行一个）</translation>
    </message>
    <message>
        <source>Collaboration form</source>
        <translation>协作形态</translation>
    </message>
    <message>
        <source>Reported − real at most</source>
        <translation>上报 − 实际 至多</translation>
    </message>
    <message>
        <source>Real progress at least</source>
        <translation>实际进度 至少</translation>
    </message>
    <message>
        <source>Cooperating effort at least</source>
        <translation>配合部门投入 至少</translation>
    </message>
    <message>
        <source>Control cost at most</source>
        <translation>控制成本 至多</translation>
    </message>
    <message>
        <source>The students get the scenario as it is now. Control costs: responsibility to individuals 3, joint assessment 1, supervision 2, coordination team 3, reporting 0.3 (informal) or 1 (formal), meetings 2 and third-party evaluation 2.5 per unit, a central task 6 (cost points; the same as the policy-design search&apos;s example).</source>
        <translation>学生拿到的是当前的情景。控制成本：责任到人 3，考核整体结果 1，督导 2，协调小组 3，信息上报 0.3（非正式）或 1（正式），动员会议每单位 2，第三方评估每单位 2.5，中心任务 6（成本点数，与政策设计搜索的示例相同）。</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Target: {0}.</source>
        <translation>目标：{0}。</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>已达到目标</translation>
    </message>
    <message>
        <source>not yet: {0}</source>
        <translation>尚未达到：{0}</translation>
    </message>
    <message>
        <source>Now: {0}, control cost {1}, {2} levers changed — {3}.</source>
        <translation>当前：{0}，控制成本 {1}，改了 {2} 个参数——{3}。</translation>
    </message>
    <message>
        <source>Edit your answers</source>
        <translation>编辑答案</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes are not being saved automatically ({0}). Save the scenario yourself to keep them. The folder: {1}</source>
        <extracomment>the first autosave after the document becomes modified comes this soon (not at the next tick) corrupt or too-new autosaves are moved here (inside the autosave folder), never deleted unasked</extracomment>
        <translation>未保存的更改目前无法自动保存（{0}）。请手动保存情景以保留这些更改。自动保存文件夹：{1}</translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation>一个未保存的情景</translation>
    </message>
    <message>
        <source>collabsim was not closed normally. Changes to {0} were saved automatically at {1}.

Recover them?</source>
        <translation>collabsim 上次没有正常关闭。对{0}的修改已于 {1} 自动保存。

要恢复这些修改吗？</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>（无法移动该文件）</translation>
    </message>
    <message>
        <source>An autosave could not be read</source>
        <translation>无法读取自动保存的副本</translation>
    </message>
    <message>
        <source>An automatic copy of unsaved changes could not be opened: {0}

It was kept, not deleted: {1}</source>
        <translation>一份未保存更改的自动副本无法打开：{0}

该副本已保留，未被删除：{1}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Cannot open the story</source>
        <translation>无法打开故事</translation>
    </message>
    <message>
        <source>Recording: every change you make becomes a step. Choose “Record a story” again to stop.</source>
        <translation>正在录制：你的每一次改动都成为一步。再次选择“录制故事”即可停止。</translation>
    </message>
    <message>
        <source>Record a story</source>
        <translation>录制故事</translation>
    </message>
    <message>
        <source>No lever was changed while recording, so there is no story to keep.</source>
        <translation>录制期间没有改动任何参数，因此没有可保存的故事。</translation>
    </message>
    <message>
        <source>Edit the story</source>
        <translation>编辑故事</translation>
    </message>
    <message>
        <source>The story is part of the scenario now: save the file.</source>
        <translation>故事已成为情景的一部分：请保存文件。</translation>
    </message>
    <message>
        <source>Recording: {0} changes so far.</source>
        <translation>正在录制：已有 {0} 次改动。</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>Class&amp;room</source>
        <translation>课堂(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>故事(&amp;S)</translation>
    </message>
    <message>
        <source>Each change you make becomes a step; stop to annotate and keep them</source>
        <translation>你的每一次改动都成为一步；停止后可添加说明并保存</translation>
    </message>
    <message>
        <source>Edit the story…</source>
        <translation>编辑故事…</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>课后总结…</translation>
    </message>
    <message>
        <source>New assignment from this scenario…</source>
        <translation>用此情景新建作业…</translation>
    </message>
    <message>
        <source>Handed-in assignments…</source>
        <translation>已提交的作业…</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Department {0}</source>
        <translation>部门 {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <source>collaboration form</source>
        <translation>协作形态</translation>
    </message>
    <message>
        <source>no collusion</source>
        <translation>没有共谋</translation>
    </message>
    <message>
        <source>real progress</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>cooperating effort</source>
        <translation>配合部门投入</translation>
    </message>
    <message>
        <source>control cost</source>
        <translation>控制成本</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>任意形态</translation>
    </message>
    <message>
        <source>without collusion (reported at most {0} points above real)</source>
        <translation>没有共谋（上报进度至多高于实际 {0} 个百分点）</translation>
    </message>
    <message>
        <source>real progress at least {0}%</source>
        <translation>实际进度至少 {0}%</translation>
    </message>
    <message>
        <source>cooperating effort at least {0}%</source>
        <translation>配合部门投入至少 {0}%</translation>
    </message>
    <message>
        <source>control cost at most {0}</source>
        <translation>控制成本至多 {0}</translation>
    </message>
    <message>
        <source>at the lowest control cost you can</source>
        <translation>控制成本尽量低</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The comparison failed: {0}</source>
        <translation>对比失败：{0}</translation>
    </message>
    <message>
        <source>Scenario (name shown everywhere)</source>
        <translation>情景（名称显示在各处）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation>添加预设</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a copy of the current scenario</source>
        <translation>添加当前情景的副本</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>设为基线</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Seeds from</source>
        <translation>随机种子起始值</translation>
    </message>
    <message>
        <source>Every scenario runs with the same seeds: differences come from the levers</source>
        <translation>每个情景使用相同的随机种子：差异只来自参数</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Plots and differences</source>
        <translation>曲线与差异</translation>
    </message>
    <message>
        <source>Department networks</source>
        <translation>部门网络</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>当前情景</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>pinned baseline</source>
        <translation>已固定的基线</translation>
    </message>
    <message>
        <source>At most {0} scenarios can be compared.</source>
        <translation>最多可对比 {0} 个情景。</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>{0}, as now</source>
        <translation>{0}（当前状态）</translation>
    </message>
    <message>
        <source>copy of this window</source>
        <translation>本窗口的副本</translation>
    </message>
    <message>
        <source>Add a scenario file</source>
        <translation>添加情景文件</translation>
    </message>
    <message>
        <source>collabsim scenarios (*.collabsim)</source>
        <translation>collabsim 情景 (*.collabsim)</translation>
    </message>
    <message>
        <source> — baseline</source>
        <translation> — 基线</translation>
    </message>
    <message>
        <source>Add a second scenario to compare with.</source>
        <translation>请再添加一个情景进行对比。</translation>
    </message>
    <message>
        <source>Running {0} scenarios x {1} replicates on the same seeds…</source>
        <translation>正在以相同种子运行 {0} 个情景 × {1} 次…</translation>
    </message>
    <message>
        <source>{0} scenarios, {1} replicates each, seeds {2}…{3}; baseline: {4}</source>
        <translation>{0} 个情景，每个运行 {1} 次，种子 {2}…{3}；基线：{4}</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation>（基线）</translation>
    </message>
    <message>
        <source>Indicator (final, median)</source>
        <translation>指标（期末中位数）</translation>
    </message>
    <message>
        <source>{0} − {1}</source>
        <translation>{0} − {1}</translation>
    </message>
    <message>
        <source>Median of the paired differences (same seeds), 10–90 % range</source>
        <translation>配对差值（相同种子）的中位数及 10–90% 区间</translation>
    </message>
</context>
<context>
    <name>ConfigurationsPanel</name>
    <message>
        <source>Click a column header to sort by it; double-click a row to open that configuration in a new window.</source>
        <translation>点击列标题可按该列排序；双击某一行可在新窗口中打开该组合。</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export for QCA…</source>
        <translation>导出为 QCA 数据…</translation>
    </message>
    <message>
        <source>{0} configurations x {1} replicates</source>
        <translation>{0} 种组合 × {1} 次运行</translation>
    </message>
    <message>
        <source>Most frequent form</source>
        <translation>最常见的协作样态</translation>
    </message>
    <message>
        <source>Share: {0}</source>
        <translation>占比：{0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside collabsim. The program keeps running, but to be safe save your scenario under a new name.

The details were written to the log file:
{0}</source>
        <translation>collabsim 内部出现了错误。程序仍在运行，但为稳妥起见，请把情景另存为一个新文件名。

详细信息已写入日志文件：
{0}</translation>
    </message>
</context>
<context>
    <name>DebriefCard</name>
    <message>
        <source>Debrief</source>
        <translation>课后总结</translation>
    </message>
    <message>
        <source>Export handout as PDF…</source>
        <translation>导出讲义 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Computing: each changed lever is set back and run again…</source>
        <translation>正在计算：把每个改动过的参数单独改回，再运行一次…</translation>
    </message>
    <message>
        <source>The debrief could not be computed ({0}).</source>
        <translation>无法计算课后总结（{0}）。</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>课后总结</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>无法写入讲义</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
</context>
<context>
    <name>DepartmentDetails</name>
    <message>
        <source>Pushed most by {0} ({1})</source>
        <translation>推动最大的是{0}（{1}）</translation>
    </message>
    <message>
        <source>held back most by {0} ({1})</source>
        <translation>阻碍最大的是{0}（{1}）</translation>
    </message>
    <message>
        <source>No part of its decision weighs anything at this step.</source>
        <translation>这一步它的决策中没有任何部分起作用。</translation>
    </message>
    <message>
        <source>so it tends to take part.</source>
        <translation>因此它倾向于参与。</translation>
    </message>
    <message>
        <source>so it tends to stay passive.</source>
        <translation>因此它倾向于消极应付。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, {0}</source>
        <comment>then the verdict</comment>
        <translation>，{0}</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0}（牵头）</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>问责风险</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Own workload</source>
        <translation>本职工作量</translation>
    </message>
    <message>
        <source>Extra load assigned</source>
        <translation>额外分派的任务量</translation>
    </message>
    <message>
        <source>Click the node for its full explanation.</source>
        <translation>点击节点查看完整的原因解释。</translation>
    </message>
</context>
<context>
    <name>DepartmentsTable</name>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Add a cooperating department (at most 50).</source>
        <translation>添加一个配合部门（最多 50 个部门）。</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Remove the selected department (at least 2 remain).</source>
        <translation>删除选中的部门（至少保留 2 个）。</translation>
    </message>
    <message>
        <source>Exactly one department leads: tick another one instead.</source>
        <translation>必须恰好有一个牵头部门：请改为勾选另一个部门。</translation>
    </message>
    <message>
        <source>Select a department to remove.</source>
        <translation>请先选择要删除的部门。</translation>
    </message>
    <message>
        <source>The lead department cannot be removed: make another one lead first.</source>
        <translation>牵头部门不能删除：请先指定另一个部门牵头。</translation>
    </message>
    <message>
        <source>Edit departments</source>
        <translation>编辑部门</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <source>The documentation was not found: {0}</source>
        <translation>找不到模型说明文档：{0}</translation>
    </message>
    <message>
        <source>Find in the text (Enter)</source>
        <translation>在文中查找（回车）</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>collabsim scenarios (*{0});;All files (*)</source>
        <translation>collabsim 情景文件 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>无法打开情景</translation>
    </message>
    <message>
        <source>The file {0} was not opened.</source>
        <translation>未打开文件 {0}。</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>情景另存为</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <source>The file {0} is read-only. Overwrite it anyway?</source>
        <translation>文件 {0} 是只读的。仍要覆盖吗？</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>无法保存情景</translation>
    </message>
    <message>
        <source>Saved {0}, but its backup {1} could not be written ({2}); the backup holds an older version.</source>
        <translation>已保存 {0}，但无法写入其备份 {1}（{2}）；备份中仍是较旧的版本。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>当前情景有未保存的修改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>a list of departments</source>
        <translation>部门列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>null (no value)</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <source>a value that is not a finite number</source>
        <translation>非有限数的值</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>a comma “,” was expected</source>
        <translation>此处应为逗号“,”</translation>
    </message>
    <message>
        <source>a colon “:” was expected</source>
        <translation>此处应为冒号“:”</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected</source>
        <translation>此处应为带双引号的字段名</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>文本缺少结尾的双引号</translation>
    </message>
    <message>
        <source>a text contains a raw control character</source>
        <translation>文本中含有未转义的控制字符</translation>
    </message>
    <message>
        <source>a text contains an invalid backslash escape</source>
        <translation>文本中含有无效的反斜杠转义</translation>
    </message>
    <message>
        <source>there is more after the end of the data</source>
        <translation>数据结束后还有多余内容</translation>
    </message>
    <message>
        <source>a comma is followed by the end of an object or list</source>
        <translation>逗号后紧接着对象或列表的结尾</translation>
    </message>
    <message>
        <source>the syntax is invalid</source>
        <translation>语法无效</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>the file name is invalid</source>
        <translation>文件名无效</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} 至 {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read ({0}).</source>
        <translation>无法读取文件（{0}）。</translation>
    </message>
    <message>
        <source>The file is too large ({0} bytes); the limit is {1} bytes.</source>
        <translation>文件过大（{0} 字节）；上限为 {1} 字节。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (at byte {0}).</source>
        <translation>文件不是 UTF-8 文本（在第 {0} 字节处）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {0}.</source>
        <translation>文件不是有效的 JSON：{0}。</translation>
    </message>
    <message>
        <source>The field appears twice.</source>
        <translation>该字段出现了两次。</translation>
    </message>
    <message>
        <source>The file is nested too deeply (more than {0} levels).</source>
        <translation>文件嵌套层级过深（超过 {0} 层）。</translation>
    </message>
    <message>
        <source>Expected {0}, but found {1}.</source>
        <translation>应为 {0}，实际为 {1}。</translation>
    </message>
    <message>
        <source>The value {0} is out of range; allowed: {1}.</source>
        <translation>数值 {0} 超出范围；允许范围：{1}。</translation>
    </message>
    <message>
        <source>The value {0} is not a finite number.</source>
        <translation>数值 {0} 不是有限数。</translation>
    </message>
    <message>
        <source>The value {0} is not one of: {1}.</source>
        <translation>取值 {0} 不在可选项之内：{1}。</translation>
    </message>
    <message>
        <source>Unknown field; allowed fields: {0}.</source>
        <translation>未知字段；允许的字段：{0}。</translation>
    </message>
    <message>
        <source>A required field is missing.</source>
        <translation>缺少必填字段。</translation>
    </message>
    <message>
        <source>The text is too long ({0} characters); the limit is {1}.</source>
        <translation>文本过长（{0} 个字符）；上限为 {1}。</translation>
    </message>
    <message>
        <source>The text contains a control character ({0}).</source>
        <translation>文本中含有控制字符（{0}）。</translation>
    </message>
    <message>
        <source>The text contains an unpaired surrogate ({0}), which cannot be saved as UTF-8.</source>
        <translation>文本中含有不成对的代理字符（{0}），无法保存为 UTF-8。</translation>
    </message>
    <message>
        <source>The name consists only of spaces or invisible characters.</source>
        <translation>名称仅由空格或不可见字符组成。</translation>
    </message>
    <message>
        <source>Too many entries ({0}); the limit is {1}.</source>
        <translation>条目过多（{0} 个）；上限为 {1}。</translation>
    </message>
    <message>
        <source>Too few entries ({0}); at least {1} are needed.</source>
        <translation>条目过少（{0} 个）；至少需要 {1} 个。</translation>
    </message>
    <message>
        <source>No department is marked as the lead department.</source>
        <translation>没有部门被标为牵头部门。</translation>
    </message>
    <message>
        <source>More than one department is marked as the lead ({0}).</source>
        <translation>有多个部门被标为牵头部门（{0}）。</translation>
    </message>
    <message>
        <source>The department name {0} is used twice.</source>
        <translation>部门名称 {0} 重复出现。</translation>
    </message>
    <message>
        <source>The file&apos;s format version {0} is newer than this program understands ({1}).</source>
        <translation>文件格式版本 {0} 比本程序所能识别的版本（{1}）更新。</translation>
    </message>
    <message>
        <source>The format version {0} is not supported ({1}).</source>
        <translation>不支持格式版本 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Could not save ({0}); the existing file was left unchanged.</source>
        <translation>保存失败（{0}）；原有文件未被改动。</translation>
    </message>
    <message>
        <source>Could not save ({0}); no file was created.</source>
        <translation>无法保存（{0}）；没有创建任何文件。</translation>
    </message>
    <message>
        <source>The file is read-only; it was left unchanged.</source>
        <translation>该文件是只读的，未作任何改动。</translation>
    </message>
    <message>
        <source>(line {0}, column {1})</source>
        <translation>（第 {0} 行，第 {1} 列）</translation>
    </message>
    <message>
        <source>(line {0})</source>
        <translation>（第 {0} 行）</translation>
    </message>
    <message>
        <source>Department {0}, {1}</source>
        <translation>第 {0} 个部门 · {1}</translation>
    </message>
    <message>
        <source>Field “{0}” ({1}): {2}</source>
        <translation>字段“{0}”（{1}）：{2}</translation>
    </message>
    <message>
        <source>Field {0}: {1}</source>
        <translation>字段 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Rival task {0}</source>
        <translation>竞争任务 {0}</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>It failed: {0}</source>
        <translation>运行失败：{0}</translation>
    </message>
    <message>
        <source>Experiment: {0}</source>
        <translation>实验：{0}</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>打开实验…</translation>
    </message>
    <message>
        <source>Use this window&apos;s scenario as the base</source>
        <translation>以本窗口的情景为基础</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This needs the optional package {0}: pip install &apos;collabsim[experiments]&apos;</source>
        <translation>需要可选软件包 {0}：pip install &apos;collabsim[experiments]&apos;</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>collabsim experiments (*.collabsim-experiment)</source>
        <translation>collabsim 实验 (*.collabsim-experiment)</translation>
    </message>
    <message>
        <source>Cannot use this experiment: {0}</source>
        <translation>无法使用此实验：{0}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
</context>
<context>
    <name>ExperimentTools</name>
    <message>
        <source>Compare scenarios side by side…</source>
        <translation>并排对比情景…</translation>
    </message>
    <message>
        <source>Sweep one or two levers…</source>
        <translation>扫描一个或两个参数…</translation>
    </message>
    <message>
        <source>Policy-design search…</source>
        <translation>政策设计搜索…</translation>
    </message>
    <message>
        <source>Configurations (truth table)…</source>
        <translation>要素组合（真值表）…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Compare — {0}</source>
        <translation>对比 — {0}</translation>
    </message>
    <message>
        <source>Sweep — {0}</source>
        <translation>参数扫描 — {0}</translation>
    </message>
    <message>
        <source>Policy-design search — {0}</source>
        <translation>政策设计搜索 — {0}</translation>
    </message>
    <message>
        <source>Configurations — {0}</source>
        <translation>要素组合 — {0}</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Real progress</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>Reported progress</source>
        <translation>上报进度</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
    <message>
        <source>Joint operation</source>
        <translation>联合行动</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>问责风险</translation>
    </message>
    <message>
        <source>Exposure spread evenly</source>
        <translation>风险分布均衡度</translation>
    </message>
    <message>
        <source>Superior&apos;s attention</source>
        <translation>上级注意力</translation>
    </message>
    <message>
        <source>Lead&apos;s authority</source>
        <translation>牵头部门权威</translation>
    </message>
    <message>
        <source>Publicity (造势)</source>
        <translation>宣传声势（造势）</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>共谋</translation>
    </message>
    <message>
        <source>Lead&apos;s reputation</source>
        <translation>牵头部门声誉</translation>
    </message>
    <message>
        <source>Extra load</source>
        <translation>额外负担</translation>
    </message>
    <message>
        <source>Superior&apos;s reputation</source>
        <translation>上级的声誉</translation>
    </message>
    <message>
        <source>Shared identity (党建)</source>
        <translation>共同身份（党建）</translation>
    </message>
    <message>
        <source>顺势 level</source>
        <translation>顺势水平</translation>
    </message>
    <message>
        <source>借势 level</source>
        <translation>借势水平</translation>
    </message>
    <message>
        <source>造势 level</source>
        <translation>造势水平</translation>
    </message>
    <message>
        <source>Reported minus real progress</source>
        <translation>上报进度减实际进度</translation>
    </message>
    <message>
        <source>Cooperating effort, second half</source>
        <translation>配合部门投入（后半程）</translation>
    </message>
    <message>
        <source>Cooperating contribution, second half</source>
        <translation>配合部门贡献（后半程）</translation>
    </message>
    <message>
        <source>Lead&apos;s effort, second half</source>
        <translation>牵头部门投入（后半程）</translation>
    </message>
    <message>
        <source>Joint operations, second half</source>
        <translation>联合行动频率（后半程）</translation>
    </message>
    <message>
        <source>Collusion, second half</source>
        <translation>共谋程度（后半程）</translation>
    </message>
    <message>
        <source>Share of runs: {0}</source>
        <translation>运行占比：{0}</translation>
    </message>
    <message>
        <source>{0} (lead department)</source>
        <translation>{0}（牵头部门）</translation>
    </message>
    <message>
        <source>{0} (cooperating departments)</source>
        <translation>{0}（配合部门）</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>第10百分位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第90百分位数</translation>
    </message>
    <message>
        <source>{0}: every department</source>
        <translation>{0}：所有部门</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>{0} (lead)</source>
        <translation>{0}（牵头）</translation>
    </message>
    <message>
        <source>Step ({0})</source>
        <translation>步（{0}）</translation>
    </message>
    <message>
        <source>Step 0 is the starting state; departments first decide at step 1.</source>
        <translation>第 0 步是初始状态；各部门从第 1 步起才作出决策。</translation>
    </message>
    <message>
        <source>Marginal payoff: — (no decision yet)</source>
        <translation>边际收益：—（尚未决策）</translation>
    </message>
    <message>
        <source>Marginal payoff {0} → effort {1} points a month</source>
        <translation>边际收益 {0} → 投入每月变化 {1} 个百分点</translation>
    </message>
    <message>
        <source>(animated run: {0} → {1})</source>
        <translation>（动画运行：{0} → {1}）</translation>
    </message>
    <message>
        <source>Largest push: {0} ({1}); largest drag: {2} ({3}).</source>
        <translation>最大推力：{0}（{1}）；最大阻力：{2}（{3}）。</translation>
    </message>
    <message>
        <source>Nothing pushes towards effort; largest drag: {0} ({1}).</source>
        <translation>没有任何因素推动投入；最大阻力：{0}（{1}）。</translation>
    </message>
    <message>
        <source>Largest push: {0} ({1}); nothing holds the department back.</source>
        <translation>最大推力：{0}（{1}）；没有因素让该部门退缩。</translation>
    </message>
    <message>
        <source>No part of the decision weighs anything at this step.</source>
        <translation>这一步里，决策的各个组成部分都不起作用。</translation>
    </message>
    <message>
        <source>The drags outweigh the pushes, so this department lowers its effort or stays passive.</source>
        <translation>阻力大于推力，所以该部门减少投入或保持消极。</translation>
    </message>
    <message>
        <source>The pushes outweigh the drags, so this department raises its effort or stays fully engaged.</source>
        <translation>推力大于阻力，所以该部门增加投入或保持全力参与。</translation>
    </message>
    <message>
        <source>Parts over time (mean of the runs; colours as the squares above; dashed: their sum)</source>
        <translation>各部分随时间的变化（各次运行的均值；颜色同上方方块；虚线：合计）</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>two sentences (no space between them in Chinese)</comment>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <source>Pushes and drags nearly balance: its effort stays about where it is.</source>
        <translation>推力与阻力大致平衡：投入基本保持不变。</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Bars: mean of the runs (blue pushes towards effort, red holds back); ◆ the animated run.</source>
        <translation>条形：各次运行的平均值（蓝色推动投入，红色拖后腿）；◆ 动画中的这次运行。</translation>
    </message>
</context>
<context>
    <name>ExplainStrategy</name>
    <message>
        <source>顺势 (ride the central task)</source>
        <translation>顺势（借中心任务之势）</translation>
    </message>
    <message>
        <source>借势 (borrow superiors&apos; weight)</source>
        <translation>借势（借上级之力）</translation>
    </message>
    <message>
        <source>造势 (build publicity)</source>
        <translation>造势（营造声势）</translation>
    </message>
    <message>
        <source>The lead chooses its strategies (adaptive). Per unit of each, at this step (mean of the runs):</source>
        <translation>牵头部门自行选择策略（自适应）。本步每种策略每单位的权衡（各次运行的均值）：</translation>
    </message>
    <message>
        <source>worth more: it does more</source>
        <translation>值得：加码</translation>
    </message>
    <message>
        <source>not worth it: it does less</source>
        <translation>不值得：减少</translation>
    </message>
    <message>
        <source>balanced: it stays</source>
        <translation>持平：维持</translation>
    </message>
    <message>
        <source>{0}: level {1:.2f}; benefit {2}, backfire risk {3}, extra problems {4}, cost {5}; net {6}, {7}.</source>
        <translation>{0}：水平 {1:.2f}；收益 {2}，反噬风险 {3}，追加任务 {4}，成本 {5}；净值 {6}，{7}。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FormStrip</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Debrief: {0}</source>
        <translation>课后总结：{0}</translation>
    </message>
    <message>
        <source>Collaboration form: &lt;b&gt;{0}&lt;/b&gt; ({1}% of {2} runs).</source>
        <translation>协作形态：&lt;b&gt;{0}&lt;/b&gt;（{2} 次运行中占 {1}%）。</translation>
    </message>
    <message>
        <source>Before: {0}.</source>
        <translation>之前：{0}。</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Medians of the runs at the last step.</source>
        <translation>各次运行在最后一步的中位数。</translation>
    </message>
    <message>
        <source>What moved them most</source>
        <translation>哪些改动作用最大</translation>
    </message>
    <message>
        <source>No lever made a visible difference.</source>
        <translation>没有哪个参数带来明显的差别。</translation>
    </message>
    <message>
        <source>cooperating effort {0}, real progress {1}</source>
        <translation>配合部门投入 {0}，实际进度 {1}</translation>
    </message>
    <message>
        <source>mainly through “{0}”</source>
        <translation>主要通过「{0}」</translation>
    </message>
    <message>
        <source>{0}: {1}; {2}</source>
        <translation>{0}：{1}；{2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Each lever set back alone, the others kept, same runs.</source>
        <translation>每次只把一个参数改回，其余不变，使用相同的随机数。</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>讨论问题</translation>
    </message>
    <message>
        <source>collabsim, after Wang Zheng (2023)</source>
        <translation>collabsim，依据王铮（2023）</translation>
    </message>
    <message>
        <source>collabsim debrief</source>
        <translation>collabsim 课后总结</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Key indicators at the end of the run (median of the runs):</source>
        <extracomment>below this (the most exposed department&apos;s exposure, averaged over the runs) there is no accountability risk to spread and &quot;risk spread evenly&quot; means nothing (as debrief.MIN_EXPOSURE)</extracomment>
        <translation>模拟结束时的关键指标（各次运行的中位数）：</translation>
    </message>
    <message>
        <source>{0} (baseline {1})</source>
        <translation>{0}（基线 {1}）</translation>
    </message>
    <message>
        <source>Provisional: {0}% of the first {1} of {2} runs; the rest are being computed.</source>
        <translation>初步结果：前 {1}/{2} 次运行中占 {0}%，其余仍在计算。</translation>
    </message>
    <message>
        <source>{0}% of {1} runs. {2}</source>
        <translation>{1} 次运行中占 {0}%。{2}</translation>
    </message>
    <message>
        <source>Baseline: {0}.</source>
        <translation>基线：{0}。</translation>
    </message>
    <message>
        <source>Collaboration form</source>
        <translation>协作形态</translation>
    </message>
    <message>
        <source>How evenly accountability exposure is spread over the departments (100% = evenly); “no risk” when no department is exposed to accountability: there is nothing to spread</source>
        <translation>问责风险在各部门间分布的均衡程度（100% = 完全均衡）；没有任何部门面临问责风险时显示“无风险”：没有风险可分摊</translation>
    </message>
    <message>
        <source>Real progress</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <source>Median share of the task really done</source>
        <translation>任务实际完成比例的中位数</translation>
    </message>
    <message>
        <source>Reported − real</source>
        <translation>上报 − 实际</translation>
    </message>
    <message>
        <source>How far reported progress runs ahead of real progress (inflation)</source>
        <translation>上报进度超出实际进度的幅度（虚报）</translation>
    </message>
    <message>
        <source>Cooperating effort</source>
        <translation>配合部门投入</translation>
    </message>
    <message>
        <source>Median effort of the cooperating departments, averaged</source>
        <translation>各配合部门投入程度中位数的平均值</translation>
    </message>
    <message>
        <source>Lead effort</source>
        <translation>牵头部门投入</translation>
    </message>
    <message>
        <source>Median effort of the lead department</source>
        <translation>牵头部门投入程度的中位数</translation>
    </message>
    <message>
        <source>Risk spread evenly</source>
        <translation>风险分布均衡度</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>共谋</translation>
    </message>
    <message>
        <source>Median level of collusion between departments</source>
        <translation>部门间共谋程度的中位数</translation>
    </message>
    <message>
        <source>The most common collaboration form in the ensemble</source>
        <translation>全部运行中最常见的协作形态</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Loose</source>
        <translation>松散</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>不规则</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>紧密</translation>
    </message>
    <message>
        <source>Collusive</source>
        <translation>共谋</translation>
    </message>
    <message>
        <source>Cooperating departments do little; the lead department works alone.</source>
        <translation>配合部门投入很少，牵头部门“单打独斗”。</translation>
    </message>
    <message>
        <source>Collaboration comes in bursts: joint operations when pushed, then it fades.</source>
        <translation>协作时紧时松：有压力时联合行动，随后又逐渐松懈。</translation>
    </message>
    <message>
        <source>Departments work together steadily: a community of shared fate.</source>
        <translation>各部门持续协同，形成“一荣俱荣、一损俱损”的命运共同体。</translation>
    </message>
    <message>
        <source>Departments jointly inflate reported progress instead of doing the work.</source>
        <translation>各部门合谋虚报进度，而不是真正推进工作。</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week {0} of {1}</source>
        <translation>第 {0} 周 / 共 {1} 周</translation>
    </message>
    <message>
        <source>Month {0} of {1}</source>
        <translation>第 {0} 月 / 共 {1} 月</translation>
    </message>
    <message>
        <source>Announced inspection</source>
        <translation>例行检查</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>暗访</translation>
    </message>
    <message>
        <source>Joint operation held</source>
        <translation>联合行动（全员到场）</translation>
    </message>
    <message>
        <source>Joint operation incomplete</source>
        <translation>联合行动（有部门缺席）</translation>
    </message>
    <message>
        <source>Superior endorses the lead</source>
        <translation>上级为牵头部门站台</translation>
    </message>
    <message>
        <source>Over-claiming backfired</source>
        <translation>过度邀功适得其反</translation>
    </message>
    <message>
        <source>Collusion detected</source>
        <translation>共谋被发现</translation>
    </message>
    <message>
        <source>New problem assigned to the lead</source>
        <translation>向牵头部门追加新任务</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Superior&apos;s attention shifted</source>
        <translation>上级注意力转移</translation>
    </message>
    <message>
        <source>Report to the government (逐级)</source>
        <translation>向政府汇报（逐级）</translation>
    </message>
    <message>
        <source>Report to the party committee (越级)</source>
        <translation>向党委汇报（越级）</translation>
    </message>
    <message>
        <source>Joint party-building meeting</source>
        <translation>联合党建活动</translation>
    </message>
    <message>
        <source>A rival task&apos;s over-claiming backfired</source>
        <translation>竞争任务邀功过度遭反噬</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>功劳（考核收益）</translation>
    </message>
    <message>
        <source>Sanction avoided</source>
        <translation>可避免的问责</translation>
    </message>
    <message>
        <source>Leaders&apos; career stake</source>
        <translation>分管领导的职业利害</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>共享资源</translation>
    </message>
    <message>
        <source>Own KPI points</source>
        <translation>本部门考核分</translation>
    </message>
    <message>
        <source>Cost of effort (own workload)</source>
        <translation>投入成本（本职负荷）</translation>
    </message>
    <message>
        <source>Two leads compete for one superior</source>
        <translation>两个牵头部门竞争同一上级</translation>
    </message>
    <message>
        <source>Authority pressure</source>
        <translation>权威压力</translation>
    </message>
    <message>
        <source>Reluctance outside the remit</source>
        <translation>职责外的抵触（基础倾向）</translation>
    </message>
    <message>
        <source>Shared identity (party building)</source>
        <translation>共同身份（党建）</translation>
    </message>
    <message>
        <source>Default scenario</source>
        <translation>默认情景</translation>
    </message>
    <message>
        <source>Case A: a joint volunteer-service platform</source>
        <translation>案例A：志愿服务信息平台联合建设</translation>
    </message>
    <message>
        <source>Case B: joint law enforcement</source>
        <translation>案例B：联合执法</translation>
    </message>
    <message>
        <source>Case C: poverty alleviation</source>
        <translation>案例C：脱贫攻坚</translation>
    </message>
</context>
<context>
    <name>LeverRow</name>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>LeverStrip</name>
    <message>
        <source>Change “{0}”</source>
        <translation>修改“{0}”</translation>
    </message>
</context>
<context>
    <name>Levers</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任分配</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Control mechanisms</source>
        <translation>控制机制</translation>
    </message>
    <message>
        <source>Attention (顺势 / 借势 / 造势)</source>
        <translation>注意力（顺势 / 借势 / 造势）</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟设置</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Routine work, the government&apos;s central task (中心任务, a “number-one project”) or an emergency. Central and emergency tasks get the superior&apos;s attention.</source>
        <translation>常规工作、政府的中心任务（“一把手工程”）或应急任务。中心任务和应急任务能获得上级的注意力。</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>复杂程度</translation>
    </message>
    <message>
        <source>How much the result needs every department at once (0: contributions simply add up; 1: the weakest department decides). Wicked problems make collaboration a must.</source>
        <translation>任务结果在多大程度上需要所有部门同时到位（0：各部门贡献简单相加；1：由最弱的部门决定，即“短板效应”）。棘手问题使部门间协作成为必须。</translation>
    </message>
    <message>
        <source>Size of the task</source>
        <translation>任务规模</translation>
    </message>
    <message>
        <source>How many steps the task needs when every department works at full effort: the tension between the task and the departments&apos; resources.</source>
        <translation>所有部门全力投入时完成任务所需的步数：体现任务与部门资源之间的张力。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Steps simulated</source>
        <translation>模拟步数</translation>
    </message>
    <message>
        <source>How many steps the simulation runs.</source>
        <translation>模拟运行的总步数。</translation>
    </message>
    <message>
        <source>One step is</source>
        <translation>每一步代表</translation>
    </message>
    <message>
        <source>What one simulated step stands for: a week or a month.</source>
        <translation>模拟中的一步代表一周还是一个月。</translation>
    </message>
    <message>
        <source>Responsibility lies with</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Who is held accountable: nobody clearly (ambiguous), the lead department alone, or individual leaders of every department (责任到人). Clear, individual responsibility spreads accountability risk and makes departments collaborate.</source>
        <translation>由谁承担责任：责任模糊（无人明确负责）、仅由牵头部门负责，或落实到各部门的具体领导（责任到人）。清晰且到人的责任使问责风险均衡分布，促使部门协作。</translation>
    </message>
    <message>
        <source>Weight in the assessment</source>
        <translation>考核权重</translation>
    </message>
    <message>
        <source>What is assessed</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Each department&apos;s own output, or the joint result of the collaboration. The article finds no assessment of the joint effect in the loose cases.</source>
        <translation>考核各部门自身的产出，还是协作的整体结果。文章发现，在协作松散的案例中缺乏针对整体协作效果的绩效考核。</translation>
    </message>
    <message>
        <source>Frequency of checks</source>
        <translation>检查频率</translation>
    </message>
    <message>
        <source>The probability of a check in a step (e.g. monthly special meetings that inspect progress).</source>
        <translation>每一步发生检查的概率（例如每月召开专题会议督促检查）。</translation>
    </message>
    <message>
        <source>Unpredictability</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>The share of checks that are unannounced (暗访) or at random times. Uncertain assessment keeps departments working.</source>
        <translation>检查中暗访或随机时间检查所占的比例。考评的高度不确定性促使部门持续投入。</translation>
    </message>
    <message>
        <source>Third-party evaluation</source>
        <translation>第三方评估</translation>
    </message>
    <message>
        <source>How independent the evaluator is. Third-party evaluation makes it hard for departments to collude in inflating reported progress.</source>
        <translation>评估者的独立程度。第三方评估使部门难以合谋虚报进度。</translation>
    </message>
    <message>
        <source>Severity of accountability</source>
        <translation>问责强度</translation>
    </message>
    <message>
        <source>How severely a shortfall is punished (high-intensity administrative accountability).</source>
        <translation>对未完成任务的惩处有多严厉（高强度的行政问责）。</translation>
    </message>
    <message>
        <source>Supervision (督导)</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>A dedicated supervision mechanism follows the task.</source>
        <translation>设有专门的督导机制跟进任务。</translation>
    </message>
    <message>
        <source>Information reporting</source>
        <translation>信息上报</translation>
    </message>
    <message>
        <source>Government (逐级)</source>
        <translation>政府（逐级）</translation>
    </message>
    <message>
        <source>Party committee (越级)</source>
        <translation>党委（越级）</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>The lead&apos;s choice</source>
        <translation>牵头部门自选</translation>
    </message>
    <message>
        <source>The step by which the task is due (0: no deadline). In case A no deadline was set.</source>
        <translation>任务应当完成的步数（0 表示没有期限）。案例A并未规定时间期限。</translation>
    </message>
    <message>
        <source>How much the task counts in the departments&apos; performance scores (in case B: 40 points, 40% of the total).</source>
        <translation>任务在部门绩效考核中所占的分量（案例B：40 分，占总考核的 40%）。</translation>
    </message>
    <message>
        <source>None; informal (no fixed frequency, format or scoring, as in case A); or formal reporting with fixed periods and content.</source>
        <translation>无；非正式（未规定上报频次、周期、格式和评分，如案例A）；或有固定周期和内容的正式上报。</translation>
    </message>
    <message>
        <source>Coordination team</source>
        <translation>协调小组</translation>
    </message>
    <message>
        <source>A dedicated cross-department coordination team (协调小组 / 专班) with staff seconded from the departments, as in case C.</source>
        <translation>从各部门抽调人员组成的专门跨部门协调小组（专班），如案例C。</translation>
    </message>
    <message>
        <source>Promotion for results</source>
        <translation>依任务提拔</translation>
    </message>
    <message>
        <source>A credible promise to promote cadres for task results (依任务提拔).</source>
        <translation>依据任务成效提拔干部的可信承诺。</translation>
    </message>
    <message>
        <source>Mobilisation meetings</source>
        <translation>动员会议</translation>
    </message>
    <message>
        <source>How intensively the superior holds deployment, progress and summary meetings (部署会、推进会、总结会).</source>
        <translation>上级召开部署会、推进会、总结会的密集程度。</translation>
    </message>
    <message>
        <source>A central task is active</source>
        <translation>存在中心任务</translation>
    </message>
    <message>
        <source>A central task (中心任务) occupies the jurisdiction, e.g. poverty alleviation; the lead can ride on it.</source>
        <translation>辖区内有中心任务（例如脱贫攻坚），牵头部门可以顺势而为。</translation>
    </message>
    <message>
        <source>Fit with the central task</source>
        <translation>与中心任务的契合度</translation>
    </message>
    <message>
        <source>How plausibly this task fits the central task; riding on it works only when the fit is credible.</source>
        <translation>本任务与中心任务契合的可信程度；只有契合可信，顺势才会奏效。</translation>
    </message>
    <message>
        <source>顺势: ride the central task</source>
        <translation>顺势：借中心任务之势</translation>
    </message>
    <message>
        <source>顺势 (riding the trend): the lead bundles its task with the central task so that superiors&apos; attention carries over.</source>
        <translation>顺势：牵头部门把本任务与中心任务捆绑，使上级的注意力延伸到本任务上。</translation>
    </message>
    <message>
        <source>借势: borrow superiors&apos; weight</source>
        <translation>借势：借上级之力</translation>
    </message>
    <message>
        <source>借势 (borrowing momentum): highlights, meetings with superiors and quick results to win an endorsement (站台). Over-claiming can backfire.</source>
        <translation>借势：通过打造亮点、争取与上级会面和快出成效，赢得上级“站台”。过度邀功可能搬起石头砸自己的脚。</translation>
    </message>
    <message>
        <source>造势: build publicity</source>
        <translation>造势：营造声势</translation>
    </message>
    <message>
        <source>造势 (building momentum): publications, information bulletins and new media that raise the task&apos;s profile.</source>
        <translation>造势：借助刊物、信息简报和新媒体提升任务的关注度。</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>上级的其他事务</translation>
    </message>
    <message>
        <source>How much of the superiors&apos; own routine business competes for their scarce attention (rival tasks, the central task and emergencies are simulated besides it).</source>
        <translation>上级自身的日常事务对其稀缺注意力的争夺程度（竞争任务、中心任务和突发事件另行模拟）。</translation>
    </message>
    <message>
        <source>Emergencies arrive at random (expected number per month); each draws the superiors&apos; attention away for a while.</source>
        <translation>突发事件随机发生（每月期望次数）；每次都会在一段时间内吸走上级的注意力。</translation>
    </message>
    <message>
        <source>Whose attention the lead seeks: the government, step by step (逐级依赖), or the party committee over the government&apos;s head (越级依赖). The party committee&apos;s attention is scarcer but carries more authority; seeking it costs more, and a backfire there costs more.</source>
        <translation>牵头部门争取谁的注意力：逐级争取政府（逐级依赖），或越过政府直接争取党委（越级依赖）。党委的注意力更稀缺，但带来更强的统筹权威；争取它成本更高，在那里反噬的代价也更大。</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Fixed: the three strategy levers above set what the lead does. Adaptive: the lead chooses each step, weighing expected benefit (attention, authority, partners&apos; compliance) against the risk of backfire, extra problems and cost; the levers are then its starting levels.</source>
        <translation>固定：由上面三个策略杠杆决定牵头部门的做法。自适应：牵头部门每步自行选择，权衡预期收益（注意力、权威、配合部门的服从）与反噬风险、追加任务和成本；杠杆值只是起始水平。</translation>
    </message>
    <message>
        <source>Rival tasks</source>
        <translation>竞争任务数</translation>
    </message>
    <message>
        <source>Competing tasks</source>
        <translation>竞争任务</translation>
    </message>
    <message>
        <source>党建 (extension)</source>
        <translation>党建（扩展假设）</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Seek attention of</source>
        <translation>争取谁的注意力</translation>
    </message>
    <message>
        <source>How many other lead departments&apos; tasks compete for the same superiors&apos; attention, simulated alongside.</source>
        <translation>有多少其他牵头部门的任务在争夺同一上级的注意力（同步模拟）。</translation>
    </message>
    <message>
        <source>Rivals&apos; salience</source>
        <translation>竞争任务显著度</translation>
    </message>
    <message>
        <source>How prominent the rival tasks are on their own (routine about 0.15, a central task about 0.85).</source>
        <translation>竞争任务本身的显著程度（常规任务约 0.15，中心任务约 0.85）。</translation>
    </message>
    <message>
        <source>How much the rival tasks differ in salience, spread evenly around the value above.</source>
        <translation>各竞争任务显著度的差异程度，围绕上面的取值均匀分布。</translation>
    </message>
    <message>
        <source>Rivals&apos; spread</source>
        <translation>竞争任务差异</translation>
    </message>
    <message>
        <source>Rivals&apos; 顺势</source>
        <translation>竞争任务的顺势</translation>
    </message>
    <message>
        <source>How much the rival leads ride the central task (only while one is active).</source>
        <translation>竞争任务的牵头部门借中心任务之势的程度（仅在有中心任务时）。</translation>
    </message>
    <message>
        <source>Rivals&apos; 借势</source>
        <translation>竞争任务的借势</translation>
    </message>
    <message>
        <source>How much the rival leads stage highlights and meetings with superiors.</source>
        <translation>竞争任务的牵头部门打造亮点、请上级出席会议的程度。</translation>
    </message>
    <message>
        <source>Rivals&apos; 造势</source>
        <translation>竞争任务的造势</translation>
    </message>
    <message>
        <source>How much the rival leads build publicity.</source>
        <translation>竞争任务的牵头部门营造舆论的程度。</translation>
    </message>
    <message>
        <source>Rivals&apos; delivery</source>
        <translation>竞争任务的交付</translation>
    </message>
    <message>
        <source>What the rival tasks reliably deliver. Attention they win beyond it raises expectations they cannot meet, and they backfire.</source>
        <translation>竞争任务能稳定交付的水平。超出它赢得的注意力会抬高它们无法满足的预期，从而遭到反噬。</translation>
    </message>
    <message>
        <source>Whose attention the rival leads seek: the government (逐级) or the party committee (越级). Rivals at the other tier do not compete with this task.</source>
        <translation>竞争任务的牵头部门争取谁的注意力：政府（逐级）或党委（越级）。处在另一层级的竞争任务不与本任务竞争。</translation>
    </message>
    <message>
        <source>Rivals seek</source>
        <translation>竞争任务争取</translation>
    </message>
    <message>
        <source>Joint party-building mechanisms across the departments (joint meetings, cross-department party groups). An EXTENSION of the model, not a finding of the article, which only asks the question: assumed to build a shared identity that makes departments reciprocate each other&apos;s effort and lowers the cost of coordinating.</source>
        <translation>跨部门党建机制（联合党建活动、跨部门党小组）。这是模型的扩展假设，不是文章的结论（文章只提出了这个问题）：假定它建立共同身份，使各部门回应彼此的投入，并降低协调成本。</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Base seed of the ensemble: replicate k uses seed + k. The same seed gives the same runs, so two scenarios are compared on common random numbers.</source>
        <translation>整组模拟的基础种子：第 k 次运行使用种子 + k。相同的种子得到相同的运行，因此两个情景在相同的随机数上进行比较。</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>How many runs make up the ensemble whose median and 10–90% band are drawn.</source>
        <translation>构成整组模拟的运行次数；图中绘出其中位数和 10%–90% 区间。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>随机扰动</translation>
    </message>
    <message>
        <source>Strength of random variation in the departments&apos; decisions.</source>
        <translation>部门决策中随机波动的强度。</translation>
    </message>
    <message>
        <source>Initial effort</source>
        <translation>初始投入</translation>
    </message>
    <message>
        <source>Every department&apos;s effort on the joint task at the start (a department&apos;s own value in the table overrides it). Where shared fate is a coordination game, the start decides which stable outcome is reached.</source>
        <translation>开始时各部门在协作任务上的投入（表中部门自己的取值优先）。当“一荣俱荣、一损俱损”构成协调博弈时，起点决定到达哪一个稳定结果。</translation>
    </message>
    <message>
        <source>Required standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>The result the superior requires, as a share of what full joint work produces. A joint result below it is sanctioned; under joint assessment every responsible department shares that risk.</source>
        <translation>上级要求的结果，占全力协作产出的比例。整体结果低于它就会被问责；考核整体结果时，每个负责部门共担这一风险。</translation>
    </message>
    <message>
        <source>Bonus for extra results</source>
        <translation>超额成果加分</translation>
    </message>
    <message>
        <source>KPI points that results beyond the quota still earn, relative to the quota (case B: +1 point per extra case, at most 5 of 40 points).</source>
        <translation>完成指标后超额成果还能挣得的考核分（相对指标而言；案例B：超额每案加1分，40分中最多5分）。</translation>
    </message>
    <message>
        <source>Participation floor</source>
        <translation>参与率下限</translation>
    </message>
    <message>
        <source>The lead&apos;s staff lose points when their participation falls below this share (case B: 70–80%); 0 means no such rule.</source>
        <translation>牵头部门人员参与率低于此比例即被扣分（案例B：70%–80%）；0 表示没有这一规定。</translation>
    </message>
    <message>
        <source>Routine task</source>
        <translation>常规任务</translation>
    </message>
    <message>
        <source>Central task (中心任务)</source>
        <translation>中心任务</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>应急任务</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Ambiguous (nobody clearly)</source>
        <translation>责任模糊（无人明确负责）</translation>
    </message>
    <message>
        <source>The lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Individual leaders (责任到人)</source>
        <translation>责任到人</translation>
    </message>
    <message>
        <source>Own output of each department</source>
        <translation>各部门自身产出</translation>
    </message>
    <message>
        <source>Joint result</source>
        <translation>整体协作结果</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>非正式</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name shown in the interface (Chinese).</source>
        <translation>界面中显示的名称（中文）。</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name shown in the English interface.</source>
        <translation>英文界面中显示的名称。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>The lead department (主责 / 牵头部门); exactly one department leads.</source>
        <translation>主责（牵头）部门；必须恰好有一个。</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Institutional and self-raised resources (0 poor, 1 rich); they differ much between departments.</source>
        <translation>制度化资源和自致资源（0 匮乏，1 充足）；各部门之间差异很大。</translation>
    </message>
    <message>
        <source>KPI credit</source>
        <translation>考核收益</translation>
    </message>
    <message>
        <source>How much the task counts in this department&apos;s own KPIs: for a cooperating department often only “icing on the cake” (锦上添花).</source>
        <translation>本任务在该部门自身考核指标中的分量：对配合部门而言往往只是“锦上添花”。</translation>
    </message>
    <message>
        <source>Own workload</source>
        <translation>本职工作量</translation>
    </message>
    <message>
        <source>The department&apos;s own routine work competing for its effort; attention is allocated around each department&apos;s own duties.</source>
        <translation>部门自身的日常工作与本任务争夺投入；部门的注意力分配围绕自身职责展开。</translation>
    </message>
    <message>
        <source>Quota gap</source>
        <translation>指标缺口</translation>
    </message>
    <message>
        <source>Share of its own KPI quota that its routine work leaves unmet, which the joint task can fill (case B: hard for the bureau, easy for the others).</source>
        <translation>本部门日常工作完不成、可由协作任务补上的考核指标份额（案例B：执法局难以完成，其他部门容易完成）。</translation>
    </message>
    <message>
        <source>This department&apos;s effort at the start; −1 uses the scenario&apos;s initial effort.</source>
        <translation>该部门开始时的投入；−1 表示采用情景的初始投入。</translation>
    </message>
    <message>
        <source>Article: {0}</source>
        <translation>原文：{0}</translation>
    </message>
</context>
<context>
    <name>LeversPanel</name>
    <message>
        <source>Change “{0}”</source>
        <translation>修改“{0}”</translation>
    </message>
    <message>
        <source>Reset to the preset&apos;s values</source>
        <translation>恢复为预设值</translation>
    </message>
    <message>
        <source>Set every lever back to the values of the preset or file that was opened.</source>
        <translation>把所有参数恢复为所打开的预设或文件中的数值。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reset to the preset&apos;s values</source>
        <translation>恢复为预设值</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The simulation failed ({0}); the details are in the log file.</source>
        <translation>模拟运行失败（{0}）；详情见日志文件。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export picture (PNG or SVG)…</source>
        <translation>导出图片（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Title, department key, network with legend and plots; the format follows the file name</source>
        <translation>包含标题、部门图例、带图例的部门网络和各图表；格式由文件名决定</translation>
    </message>
    <message>
        <source>Export for slides (1920×1080)…</source>
        <translation>导出为幻灯片（1920×1080）…</translation>
    </message>
    <message>
        <source>Export the network for slides (1920×1080)…</source>
        <translation>导出部门网络为幻灯片（1920×1080）…</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the picture for slides to the clipboard</source>
        <translation>把幻灯片图片复制到剪贴板</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>Pla&amp;yback</source>
        <translation>播放(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Pin as baseline</source>
        <translation>固定为基线</translation>
    </message>
    <message>
        <source>Draw the current scenario&apos;s medians dashed on every plot</source>
        <translation>在每张图上以虚线画出当前情景的中位数</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>清除基线</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Model documentation</source>
        <translation>模型说明</translation>
    </message>
    <message>
        <source>About collabsim and licences</source>
        <translation>关于 collabsim 与许可证</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Department network</source>
        <translation>部门网络</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>原因解释</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Node size: resources</source>
        <extracomment>ColorBrewer Reds (9 classes), light -&gt; dark the superior&apos;s attention bar: this task, rival tasks (alternating), central task, emergency, other business (items in the order of Results.shares)</extracomment>
        <translation>节点大小：资源</translation>
    </message>
    <message>
        <source>Blue ring: effort</source>
        <translation>蓝色圆环：投入</translation>
    </message>
    <message>
        <source>Line width: tie strength</source>
        <translation>连线粗细：联系强度</translation>
    </message>
    <message>
        <source>Red dots: exposure spreading</source>
        <translation>红点：问责风险扩散</translation>
    </message>
    <message>
        <source>Star: lead department</source>
        <translation>星标：牵头部门</translation>
    </message>
    <message>
        <source>Arrow width: superior&apos;s attention</source>
        <translation>箭头粗细：上级注意力</translation>
    </message>
    <message>
        <source>Gold halo: lead&apos;s authority</source>
        <translation>金色光环：牵头部门权威</translation>
    </message>
    <message>
        <source>Bar: where a tier&apos;s attention goes (this task, rival tasks, central task, emergency, other business)</source>
        <translation>条形：该层级注意力的去向（本任务、竞争任务、中心任务、突发事件、其他事务）</translation>
    </message>
    <message>
        <source>Pale box: the tier the lead does not seek (政府 or 党委); rival tasks may seek it</source>
        <translation>浅色框：牵头部门未争取的层级（政府或党委）；竞争任务可能在争取它</translation>
    </message>
    <message>
        <source>逐级 / 越级: the lead seeks the government, or goes over its head to the party committee</source>
        <translation>逐级 / 越级：牵头部门争取政府的注意力，或越过政府争取党委</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>问责风险</translation>
    </message>
    <message>
        <source>Events this step</source>
        <translation>本步事件</translation>
    </message>
    <message>
        <source>Superior (task assigner)</source>
        <translation>上级（任务发包方）</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>Gov&apos;t</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党委</translation>
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
        <translation>尚无结果：模拟还未运行。</translation>
    </message>
    <message>
        <source>Month {0}</source>
        <translation>第 {0} 月</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>第 {0} 周</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Attention {0:.2f}</source>
        <translation>注意力 {0:.2f}</translation>
    </message>
    <message>
        <source>Authority {0:.2f}</source>
        <translation>权威 {0:.2f}</translation>
    </message>
    <message>
        <source>Colour: accountability exposure (light 0 – dark 1)</source>
        <translation>颜色：问责风险（浅色 0 – 深色 1）</translation>
    </message>
    <message>
        <source>Dashed arc: a joint operation this step (green: every partner came; orange: some stayed away)</source>
        <translation>虚线弧：本步有联合行动（绿色：配合部门全部到场；橙色：有部门缺席）</translation>
    </message>
    <message>
        <source>This task&apos;s lead seeks its attention ({0}).</source>
        <translation>本任务的牵头部门争取它的注意力（{0}）。</translation>
    </message>
    <message>
        <source>This task&apos;s lead does not seek its attention.</source>
        <translation>本任务的牵头部门没有争取它的注意力。</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>本任务</translation>
    </message>
    <message>
        <source>rival task {0}</source>
        <translation>竞争任务 {0}</translation>
    </message>
    <message>
        <source>central task</source>
        <translation>中心任务</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>other business</source>
        <translation>其他事务</translation>
    </message>
    <message>
        <source>Where its attention goes:</source>
        <translation>注意力的去向：</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator in a picture&apos;s title</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>collabsim, after Wang Zheng (2023)</source>
        <translation>collabsim，依据王铮（2023）</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write the picture</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>{0} was not written ({1}).</source>
        <translation>未能写入 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>network</source>
        <translation>部门网络</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>导出为幻灯片</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the animation (Space)</source>
        <translation>播放或暂停动画（空格键）</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>One step back (Left arrow)</source>
        <translation>后退一步（左方向键）</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>One step forward (Right arrow)</source>
        <translation>前进一步（右方向键）</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Back to step 0 (Home)</source>
        <translation>回到第 0 步（Home 键）</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Jump to the last step (End)</source>
        <translation>跳到最后一步（End 键）</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>每秒 {0} 步</translation>
    </message>
    <message>
        <source>Playback speed in simulated steps per second</source>
        <translation>播放速度：每秒模拟的步数</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>时间轴：拖动到任意一步</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Provisional: {0}/{1} runs</source>
        <extracomment>indicators that are 0 or 1 (or a few levels) in each run: drawn as the share of runs (the ensemble mean), without a band</extracomment>
        <translation>初步：{0}/{1} 次</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>权威</translation>
    </message>
    <message>
        <source>Collusion</source>
        <translation>共谋</translation>
    </message>
    <message>
        <source>Joint ops</source>
        <translation>联合行动</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与度</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Accountability exposure</source>
        <translation>问责风险</translation>
    </message>
    <message>
        <source>Attention and authority</source>
        <translation>注意力与权威</translation>
    </message>
    <message>
        <source>Joint work (share of runs)</source>
        <translation>联合工作（各次运行中的比例）</translation>
    </message>
    <message>
        <source>Step ({0})</source>
        <translation>步（{0}）</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0}（牵头）</translation>
    </message>
    <message>
        <source>Thick: ensemble median · shaded: 10–90% of runs · thin: the animated run · dashed: baseline</source>
        <translation>粗线：整组中位数 · 阴影：10%–90% 的运行 · 细线：动画中的那次运行 · 虚线：基线</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>This week: {0}</source>
        <translation>本周：{0}</translation>
    </message>
    <message>
        <source>This month: {0}</source>
        <translation>本月：{0}</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>Back to the normal window (Esc or F11)</source>
        <translation>回到普通窗口（Esc 或 F11）</translation>
    </message>
    <message>
        <source>collabsim</source>
        <translation>collabsim 部门间协作模拟器</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the start</source>
        <translation>把所有面板放回初始位置</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen for the class: the run large, the story&apos;s question, a few levers (F11; Esc leaves)</source>
        <translation>面向学生的全屏显示：放大的运行过程、故事的问题和几个参数（F11；Esc 退出）</translation>
    </message>
    <message>
        <source>Classroom toolbar</source>
        <translation>课堂工具栏</translation>
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
        <translation>已过时：这些结果对应的是之前的设置。</translation>
    </message>
    <message>
        <source>Not computed: this run would need about {0} of memory, more than the {1} available. Lower the replicates or the steps simulated.</source>
        <translation>未计算：本次运行约需 {0} 内存，超过了可用的 {1}。请减少重复次数或模拟步数。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computing… (about {0} s)</source>
        <translation>正在计算…（约 {0} 秒）</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are for the previous settings.</source>
        <translation>已取消。显示的结果对应的是之前的设置。</translation>
    </message>
    <message>
        <source>Keeping medians and bands only: every trajectory would need about {0}, more than the {1} available.</source>
        <translation>仅保留中位数和区间：保存每条轨迹约需 {0}，超过了可用的 {1}。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this run; the plots keep the previous results, marked out of date</source>
        <translation>停止本次运行；图表保留之前的结果，并标记为已过时</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Click a design on the plot, or double-click a row, to open it in a new window. Grey: misses a target; blue: meets every target; red: the frontier (no cheaper design does as well).</source>
        <translation>点击图中的方案或双击表格中的一行，可在新窗口中打开。灰色：未达到某个目标；蓝色：达到全部目标；红色：前沿（没有更便宜且同样好的方案）。</translation>
    </message>
    <message>
        <source>{0} designs evaluated, {1} meet every target: {2}</source>
        <translation>已评估 {0} 个方案，其中 {1} 个达到全部目标：{2}</translation>
    </message>
    <message>
        <source>Cost (points, as set in the experiment file)</source>
        <translation>成本（点数，按实验文件中的设定）</translation>
    </message>
    <message>
        <source>Trade-off frontier</source>
        <translation>权衡前沿</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>1. Choose one of the article&apos;s cases below, or a guided story (Classroom › Stories).
2. Press ▶ Play (or Space) under the collaboration form: the network and the cursor on the plots go through the months; the plots show all the runs from start to end.
3. Change a lever on the left: every run is computed again at once. Hover over a department in the network to see its values; click it for its explanation.
4. In front of a class: F11 for presentation mode, Esc to leave it.</source>
        <translation>1. 在下面选择文章中的一个案例，或一个引导故事（课堂 › 故事）。
2. 按协作形态下方的 ▶ 播放（或空格键）：部门网络和图表上的光标逐月推进；图表显示的是所有运行从头到尾的结果。
3. 调整左侧的参数：所有运行都会立即重新计算。把鼠标移到部门网络中的某个部门上可查看它的数值；点击它可查看原因解释。
4. 在课堂上：按 F11 进入演示模式，按 Esc 退出。</translation>
    </message>
    <message>
        <source>Open a scenario file…</source>
        <translation>打开情景文件…</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Edit the story</source>
        <translation>编辑故事</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>播放到结尾</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>不暂停</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>步骤标题</translation>
    </message>
    <message>
        <source>Passage or situation</source>
        <translation>原文或情境</translation>
    </message>
    <message>
        <source>Question to the class</source>
        <translation>向学生提的问题</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>教师备注</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Play to step (0: do not play)</source>
        <translation>播放到第几步（0：不播放）</translation>
    </message>
    <message>
        <source>Pause on the first</source>
        <translation>在第一次出现时暂停</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>故事标题</translation>
    </message>
    <message>
        <source>Discussion questions for the debrief (one per line):</source>
        <translation>课后总结的讨论问题（每行一个）：</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>这个情景没有引导故事。可在“课堂 › 故事”中打开一个，或自己录制：“课堂 › 录制故事”。</translation>
    </message>
    <message>
        <source>Guided story</source>
        <translation>引导故事</translation>
    </message>
    <message>
        <source>{0} steps. Press “Next” to begin.</source>
        <translation>共 {0} 步。按“下一步”开始。</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>The levers show the scenario the story starts from. Look at the collaboration form and the network first.</source>
        <translation>参数显示的是故事的起点情景。先看协作形态和部门网络。</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>This step changes: {0}</source>
        <translation>这一步改动：{0}</translation>
    </message>
    <message>
        <source>This step changes no lever.</source>
        <translation>这一步不改动参数。</translation>
    </message>
    <message>
        <source>Computing the new runs…</source>
        <translation>正在计算新的运行结果…</translation>
    </message>
    <message>
        <source>Playing to {0}…</source>
        <translation>正在播放到{0}…</translation>
    </message>
    <message>
        <source>Paused at {0}: {1}. Press ▶ (Space) to go on.</source>
        <translation>已暂停于{0}：{1}。按 ▶（空格键）继续。</translation>
    </message>
    <message>
        <source>The story is over: open the debrief.</source>
        <translation>故事结束：打开课后总结。</translation>
    </message>
    <message>
        <source>Ask the question, then press “Next”.</source>
        <translation>提出问题，然后按“下一步”。</translation>
    </message>
    <message>
        <source>No teacher notes.</source>
        <translation>没有教师备注。</translation>
    </message>
    <message>
        <source>Ask the class — predict first:</source>
        <translation>问学生——先预测：</translation>
    </message>
    <message>
        <source>⟲ Restart</source>
        <translation>⟲ 从头开始</translation>
    </message>
    <message>
        <source>Back to the levers the story starts from</source>
        <translation>回到故事起点的参数</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Make this step&apos;s changes and play the run</source>
        <translation>做出这一步的改动并播放运行过程</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>再播放一次</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>课后总结…</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>教师备注</translation>
    </message>
</context>
<context>
    <name>StoryPlayer</name>
    <message>
        <source>Story: step {0}</source>
        <extracomment>what the player is doing (status codes; the panels translate them)</extracomment>
        <translation>故事：第 {0} 步</translation>
    </message>
    <message>
        <source>Story: back to the start</source>
        <translation>故事：回到起点</translation>
    </message>
</context>
<context>
    <name>SubmissionsWindow</name>
    <message>
        <source>Handed-in assignments</source>
        <translation>已提交的作业</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Levers changed</source>
        <translation>改动的参数</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>协作形态</translation>
    </message>
    <message>
        <source>Real progress</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>Cooperating effort</source>
        <translation>配合部门投入</translation>
    </message>
    <message>
        <source>Reported − real</source>
        <translation>上报 − 实际</translation>
    </message>
    <message>
        <source>Control cost</source>
        <translation>控制成本</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Click a column to sort; double-click a row to open that scenario.</source>
        <translation>点击列标题排序；双击一行打开该情景。</translation>
    </message>
    <message>
        <source>Folder of handed-in files</source>
        <translation>已提交文件所在的文件夹</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>文件夹：{0}</translation>
    </message>
    <message>
        <source>The folder cannot be read ({0}).</source>
        <translation>无法读取该文件夹（{0}）。</translation>
    </message>
    <message>
        <source>{0} files, {1} evaluated, {2} could not be read.</source>
        <translation>{0} 个文件，已评估 {1} 个，{2} 个无法读取。</translation>
    </message>
    <message>
        <source>Running the students&apos; scenarios…</source>
        <translation>正在运行学生的情景…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the table</source>
        <translation>无法写入表格</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Lever</source>
        <extracomment>open this scenario (a cell&apos;s), with a title naming the lever values</extracomment>
        <translation>参数</translation>
    </message>
    <message>
        <source>Second lever</source>
        <translation>第二个参数</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Click a point or a cell to open that scenario in a new window.</source>
        <translation>点击某个点或格子，可在新窗口中打开该情景。</translation>
    </message>
    <message>
        <source>Runs per scenario; every scenario uses the same seeds, so differences come from the levers</source>
        <translation>每个情景的运行次数；所有情景使用相同的种子，差异只来自参数</translation>
    </message>
    <message>
        <source>Cannot run this sweep: {0}</source>
        <translation>无法运行此扫描：{0}</translation>
    </message>
    <message>
        <source>Running {0} scenarios x {1} replicates…</source>
        <translation>正在运行 {0} 个情景 × {1} 次…</translation>
    </message>
    <message>
        <source>{0} scenarios x {1} replicates, seeds {2}…{3}</source>
        <translation>{0} 个情景 × {1} 次运行，种子 {2}…{3}</translation>
    </message>
    <message>
        <source>Cancelled; the previous result is still shown.</source>
        <translation>已取消；仍显示上一次的结果。</translation>
    </message>
    <message>
        <source>The sweep failed: {0}</source>
        <translation>扫描失败：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Export sweep data</source>
        <translation>导出扫描数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export sweep picture</source>
        <translation>导出扫描图片</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
</TS>
