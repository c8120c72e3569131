"""Writes the preset scenarios in resources/scenarios/ (run once after changing them here).

The presets are data; this script is their readable source, with the article's figures beside
the values they calibrate.
"""

from __future__ import annotations

from pathlib import Path

from collabsim.scenario import (
    Assessment,
    Attention,
    Controls,
    Department,
    LocalText,
    Meta,
    Responsibility,
    Rivals,
    Scenario,
    SimulationSettings,
    Task,
    save_scenario,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "scenarios"


def dept(name: str, name_en: str, lead: bool = False, *, resources: float, kpi: float,
         workload: float, gap: float) -> Department:
    return Department(name=name, name_en=name_en, lead=lead, resources=resources, kpi_credit=kpi,
                      own_workload=workload, quota_gap=gap)

DEFAULT = Scenario(
    meta=Meta(
        title=LocalText("默认情景：一项普通的跨部门任务", "Default: an ordinary cross-department task"),
        description=LocalText(
            "一个牵头部门和四个配合部门，常规任务，责任在牵头部门，只考核各部门自身产出。"
            "用它作为起点，逐个调整杠杆，观察协作如何变化。",
            "One lead and four cooperating departments; a routine task, responsibility on the "
            "lead, each department assessed on its own output. A neutral starting point: move one "
            "lever at a time and watch how collaboration changes."),
        author="collabsim",
        teacher_notes=LocalText(
            "建议顺序：1) 运行并指出配合部门的低投入；2) 把评估范围改为“整体结果”；"
            "3) 把责任改为“责任到人”；4) 加大不确定性。每一步后请学生预测再观察。",
            "Suggested order: 1) run it and point at the cooperating departments' low effort; "
            "2) switch assessment to the joint result; 3) assign responsibility to individuals; "
            "4) raise unpredictability. Ask students to predict before each change."),
    ),
    task=Task(kind="routine", complexity=0.5, size=10, deadline=0, horizon=36, step_unit="month"),
    departments=(
        dept("牵头部门", "Lead department", True, resources=0.5, kpi=0.6, workload=0.3, gap=0.5),
        dept("配合部门甲", "Partner A", resources=0.3, kpi=0.3, workload=0.5, gap=0.2),
        dept("配合部门乙", "Partner B", resources=0.5, kpi=0.3, workload=0.5, gap=0.2),
        dept("配合部门丙", "Partner C", resources=0.7, kpi=0.3, workload=0.5, gap=0.2),
        dept("配合部门丁", "Partner D", resources=0.5, kpi=0.2, workload=0.6, gap=0.2),
    ),
    responsibility=Responsibility("lead"),
    assessment=Assessment(weight=0.3, scope="own", frequency=0.2, unpredictability=0.2,
                          third_party=0.2, sanction=0.4, standard=0.5),
    controls=Controls(supervision=False, reporting="informal", coordination_team=False,
                      promotion=False, meetings=0.3),
    attention=Attention(central_task=False, task_fit=0.5, ride=0.0, borrow=0.0, build=0.0,
                        competing_demands=0.5),
    simulation=SimulationSettings(seed=1, replicates=100, noise=0.3, initial_effort=0.2),
)

CASE_A = Scenario(
    meta=Meta(
        title=LocalText("案例A：A市志愿服务信息平台联合建设",
                        "Case A: City A's joint volunteer-service platform"),
        description=LocalText(
            "A市流动人口占常住人口74.08%（约24万），已有熟人志愿团队501支、文化志愿者5967人。"
            "2015年《实施方案》规定团市委主责，市数据统筹局、市文明办、市志愿者联合会配合，"
            "但志愿者管理责任实际分散在各部门；任务属常规工作，无期限、无考核细则，信息报送不定频次、"
            "格式和评分。至2020年8月（近5年）仅建成管理系统，便民服务尚未接入。",
            "Migrants are 74.08% of City A's residents (about 240,000); 501 volunteer teams, 5,967 "
            "cultural volunteers. The 2015 plan made the Youth League committee the lead, with the "
            "data bureau, the civilisation office and the volunteer federation cooperating, but "
            "responsibility for volunteers was really spread over departments. Routine work with no "
            "deadline and no assessment rules; information reporting without fixed frequency, "
            "format or scoring. By August 2020, after almost five years, only a management system "
            "existed; the promised services were not connected."),
        author="collabsim, after Wang Zheng (2023) §三(一)",
        teacher_notes=LocalText(
            "要点：责任模糊 + 无整体考核 ⇒ 松散协作（“各干各的”）。提问：只增加会议能改变结果吗？"
            "把评估范围改为整体结果并责任到人又会怎样？",
            "Point: ambiguous responsibility + no assessment of the joint result ⇒ loose "
            "collaboration ('everyone does their own thing'). Ask: do more meetings alone change "
            "the outcome? What if the joint result is assessed and responsibility assigned to "
            "individuals?"),
    ),
    # size: the management system plus the promised services; after five years only the
    # system is built (substantial, far from complete progress)
    task=Task(kind="routine", complexity=0.5, size=8, deadline=0, horizon=60, step_unit="month"),
    departments=(
        dept("团市委", "Youth League committee", True, resources=0.3, kpi=0.6, workload=0.4, gap=0.6),
        dept("市数据统筹局", "Data bureau", resources=0.7, kpi=0.1, workload=0.7, gap=0.1),
        dept("市文明办", "Civilisation office", resources=0.5, kpi=0.2, workload=0.6, gap=0.1),
        dept("市志愿者联合会", "Volunteer federation", resources=0.3, kpi=0.3, workload=0.5, gap=0.2),
    ),
    responsibility=Responsibility("ambiguous"),
    assessment=Assessment(weight=0.05, scope="own", frequency=0.02, unpredictability=0.0,
                          third_party=0.0, sanction=0.1, standard=0.5),
    controls=Controls(supervision=False, reporting="informal", coordination_team=False,
                      promotion=False, meetings=0.05),
    attention=Attention(central_task=False, task_fit=0.3, ride=0.0, borrow=0.0, build=0.1,
                        competing_demands=0.7),
    simulation=SimulationSettings(seed=1, replicates=100, noise=0.3, initial_effort=0.2),
)

CASE_B = Scenario(
    meta=Meta(
        title=LocalText("案例B：B区老年旅游团联合执法",
                        "Case B: District B's joint enforcement on elderly tour groups"),
        description=LocalText(
            "B区文化市场执法局牵头，文旅、交通、公安等部门配合，每年暑期开展专项联合执法。"
            "执法办案量占年度考核40%（2022年指标：检查59937件、人均164.21件；办案1326件、人均3.63件；"
            "处罚561件、人均1.54件；超额每案加1分、上限5分；参与率低于70%–80%扣分）。"
            "执法局的办案指标难以完成，其他部门靠日常工作即可完成指标，联合执法对他们只是“锦上添花”；"
            "公安部门同样有办案率要求。模拟一个暑期（13 周）。",
            "The district's cultural-market enforcement bureau leads; culture-and-tourism, transport "
            "and police cooperate in a summer campaign. Case handling is 40% of the annual score "
            "(2022: 59,937 inspections, 164.21 per person; 1,326 cases, 3.63 per person; 561 "
            "penalties, 1.54 per person; +1 point per extra case up to 5; participation below "
            "70–80% loses points). The lead struggles to meet its quota; the others meet theirs "
            "with routine work, so the joint campaign is only 'icing on the cake' for them; the "
            "police have their own case-rate requirement. One summer (13 weeks) is simulated."),
        author="collabsim, after Wang Zheng (2023) §三(二)",
        teacher_notes=LocalText(
            "要点：责任集中于牵头部门 + 激励不均衡 ⇒ 牵头部门忙、配合部门“忙而不动”，联合行动时有时无、"
            "人员不齐。试试：把责任改为“责任到人”并考核整体结果。",
            "Point: responsibility on the lead + unbalanced incentives ⇒ the lead is busy, the "
            "others are 'busy but not moving'; joint operations happen irregularly and incomplete. "
            "Try: responsibility to individuals and assessment of the joint result."),
    ),
    # a summer campaign (July-September): 13 weekly steps; case handling 40 % of the score
    # (kpi 0.4) for every enforcement department; the bureau's quota is hard to meet (gap 0.8,
    # 疫情 closed its usual venues), the others meet theirs with routine work; the police have
    # their own case-rate requirement (gap 0.3); +1 point per extra case up to 5 of 40 points
    # (extra_case_bonus 5/40); participation below 70-80 % loses points (floor 0.75)
    task=Task(kind="routine", complexity=0.5, size=6, deadline=0, horizon=13, step_unit="week"),
    departments=(
        dept("区文化市场执法局", "Cultural-market enforcement bureau", True, resources=0.5, kpi=0.4,
             workload=0.4, gap=0.8),
        dept("区文旅局", "Culture & tourism bureau", resources=0.5, kpi=0.1, workload=0.6, gap=0.05),
        dept("区交委", "Transport commission", resources=0.6, kpi=0.1, workload=0.7, gap=0.05),
        dept("公安分局", "Police sub-bureau", resources=0.8, kpi=0.4, workload=0.7, gap=0.4),
    ),
    responsibility=Responsibility("lead"),
    assessment=Assessment(weight=0.4, scope="own", frequency=0.5, unpredictability=0.2,
                          third_party=0.0, sanction=0.5, standard=0.5, extra_case_bonus=0.125,
                          participation_floor=0.75),
    controls=Controls(supervision=False, reporting="informal", coordination_team=False,
                      promotion=False, meetings=0.7),
    attention=Attention(central_task=False, task_fit=0.3, ride=0.0, borrow=0.5, build=0.3,
                        competing_demands=0.5),
    simulation=SimulationSettings(seed=1, replicates=100, noise=0.3, initial_effort=0.2),
)

CASE_C = Scenario(
    meta=Meta(
        title=LocalText("案例C：C县脱贫攻坚", "Case C: County C's poverty alleviation"),
        description=LocalText(
            "2012年起精准扶贫成为C县的任务重心，“一把手工程”。县里成立脱贫攻坚执行指挥部，"
            "16个工作专班、四大战区，责任落实到人；督导、考核、简报机制齐备，抽调人员组成跨部门扶贫协调小组；"
            "2018年出台三年行动计划；每月召开专题会议，主要领导带头暗访，引入第三方评估；"
            "2021年考评办法写入“依任务提拔”。模型中：指挥部即上级，专班与战区体现为协调小组和责任到人；"
            "除县扶贫办外，各配合部门的名称是示意性的（文章未列出）。",
            "Since 2012 targeted poverty alleviation has been County C's central task, a 'number-one "
            "project'. A command headquarters with 16 task teams and four zones assigns "
            "responsibility to individual leaders; supervision, assessment and briefings, a "
            "cross-department coordination team; a three-year plan in 2018; monthly special "
            "meetings, unannounced visits led by the county's leaders, third-party evaluation; "
            "promotion for results written into the 2021 evaluation rules. In the model the command "
            "headquarters is the superior; its task teams and zones appear as the coordination team "
            "and responsibility to individuals; the cooperating departments other than the poverty "
            "alleviation office are illustrative (the article does not list them)."),
        author="collabsim, after Wang Zheng (2023) §三(三)",
        teacher_notes=LocalText(
            "要点：责任到人 + 多元控制 + 高不确定考核 ⇒ 问责风险均衡分布，“一荣俱荣、一损俱损”，紧密协作。"
            "试试：把第三方评估降到0并把问责强度调到最高——会出现部门间共谋吗？",
            "Point: responsibility to individuals + many controls + uncertain assessment ⇒ "
            "accountability risk spread evenly, a community of shared fate, tight collaboration. "
            "Try: third-party evaluation to 0 and sanctions to the maximum — does collusion appear?"),
    ),
    # the three-year plan (2018-2020) in months; the command headquarters is the superior, its
    # 16 task teams and four zones are the coordination team and individual responsibility
    task=Task(kind="central", complexity=0.7, size=24, deadline=36, horizon=36, step_unit="month"),
    departments=(
        dept("县扶贫办", "Poverty alleviation office", True, resources=0.6, kpi=0.6, workload=0.4, gap=0.5),
        dept("农业农村局", "Agriculture bureau", resources=0.6, kpi=0.4, workload=0.6, gap=0.2),
        dept("人社局", "Human resources bureau", resources=0.5, kpi=0.3, workload=0.6, gap=0.2),
        dept("教育局", "Education bureau", resources=0.6, kpi=0.3, workload=0.7, gap=0.2),
        dept("卫健局", "Health bureau", resources=0.5, kpi=0.3, workload=0.7, gap=0.2),
        dept("住建局", "Housing bureau", resources=0.7, kpi=0.3, workload=0.6, gap=0.2),
        dept("交通局", "Transport bureau", resources=0.7, kpi=0.2, workload=0.6, gap=0.2),
        dept("财政局", "Finance bureau", resources=0.9, kpi=0.2, workload=0.6, gap=0.1),
    ),
    responsibility=Responsibility("individual"),
    assessment=Assessment(weight=0.9, scope="joint", frequency=0.6, unpredictability=0.8,
                          third_party=0.7, sanction=0.8, standard=0.6),
    controls=Controls(supervision=True, reporting="formal", coordination_team=True,
                      promotion=True, meetings=0.8),
    attention=Attention(central_task=True, task_fit=0.9, ride=0.5, borrow=0.5, build=0.3,
                        competing_demands=0.2),
    simulation=SimulationSettings(seed=1, replicates=100, noise=0.3, initial_effort=0.2),
)

COMPETING_LEADS = Scenario(
    meta=Meta(
        title=LocalText("两个牵头部门竞争同一上级的注意力",
                        "Two lead departments compete for one superior's attention"),
        description=LocalText(
            "区政府的注意力有限。本任务的牵头部门（民政局）以可靠的交付为后盾借势：打造亮点、"
            "请区领导出席推进会；另一个部门的任务（竞争任务）大张旗鼓地借势和造势，却拿不出成果。"
            "对方的邀功很快反噬，牵连区领导；本任务的牵头部门赢得站台和统筹权威。"
            "部门名称是示意性的；竞争任务只保留上级看得到的部分（显著度、策略、交付）。",
            "The district government's attention is scarce. This task's lead (the civil affairs "
            "bureau) borrows momentum backed by reliable delivery: highlights, district leaders at "
            "its progress meetings. Another department's task (the rival task) borrows and builds "
            "loudly but cannot deliver. Its over-claiming soon backfires and implicates the "
            "district leaders; this task's lead wins endorsements and authority over its partners. "
            "Department names are illustrative; the rival task keeps only what the superior sees "
            "(salience, strategies, delivery)."),
        author="collabsim, after Wang Zheng (2023) §四",
        teacher_notes=LocalText(
            "要点：注意力是稀缺的，要以稳定的绩效预期为后盾（§四(三)）。看事件记录中的“竞争任务邀功过度遭反噬”"
            "和“上级站台”，以及网络图上区政府注意力的份额。"
            "试试：1) 把“竞争任务数”改为 0，本任务的注意力和权威如何变化？"
            "2) 把牵头部门的资源降到 0.1、把责任改为“牵头部门”，本任务也会反噬吗？"
            "3) 把“策略”改为“由牵头部门自行选择”，牵头部门会怎样权衡收益与风险？"
            "4) 改为越级争取党委的注意力：权威更大，反噬代价也更大。",
            "Point: attention is scarce and must be backed by a stable expectation of results "
            "(§四(三)). Watch the event log for 'A rival task's over-claiming backfired' and "
            "'Superior endorses the lead', and the district government's shares in the network "
            "view. Try: 1) set the rival tasks to 0: what happens to this task's attention and "
            "authority? 2) lower the lead's resources to 0.1 and put responsibility on the lead: "
            "does this task backfire too? 3) let the lead choose its strategies (adaptive): how "
            "does it weigh benefit against risk? 4) seek the party committee's attention (越级): "
            "more authority, and a harder fall after a backfire."),
    ),
    # a district project of 20 months of full joint work over three years; responsibility to the
    # departments' leaders with joint assessment and formal reporting, so the lead can deliver
    task=Task(kind="routine", complexity=0.5, size=20, deadline=0, horizon=36, step_unit="month"),
    departments=(
        dept("区民政局", "Civil affairs bureau", True, resources=0.8, kpi=0.6, workload=0.3, gap=0.5),
        dept("区卫健委", "Health commission", resources=0.5, kpi=0.3, workload=0.5, gap=0.2),
        dept("区医保局", "Medical insurance bureau", resources=0.5, kpi=0.3, workload=0.5, gap=0.2),
        dept("街道办事处", "Sub-district office", resources=0.3, kpi=0.3, workload=0.6, gap=0.2),
    ),
    responsibility=Responsibility("individual"),
    assessment=Assessment(weight=0.6, scope="joint", frequency=0.2, unpredictability=0.2,
                          third_party=0.2, sanction=0.4, standard=0.5),
    controls=Controls(supervision=False, reporting="formal", coordination_team=False,
                      promotion=False, meetings=0.2),
    attention=Attention(central_task=False, task_fit=0.5, ride=0.0, borrow=0.5, build=0.2,
                        competing_demands=0.5, tier="government", mode="fixed"),
    # the rival lead stages highlights and publicity flat out but delivers little (0.1)
    rivals=Rivals(count=1, salience=0.3, ride=0.0, borrow=1.0, build=0.6, delivery=0.1,
                  tier="government"),
    simulation=SimulationSettings(seed=1, replicates=100, noise=0.3, initial_effort=0.2),
)

PRESETS = {"default": DEFAULT, "case_a": CASE_A, "case_b": CASE_B, "case_c": CASE_C,
           "competing_leads": COMPETING_LEADS}

if __name__ == "__main__":
    import sys

    chosen = sys.argv[1:] or list(PRESETS)  # e.g. `python tools/make_presets.py competing_leads`
    for name, scenario in ((n, PRESETS[n]) for n in chosen):
        save_scenario(scenario, OUT / f"{name}.collabsim", backup=False)
        print("wrote", OUT / f"{name}.collabsim")
