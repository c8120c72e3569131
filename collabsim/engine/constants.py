"""The model's behavioural constants: every number the rules use, with its range and grounding.

Each field of :class:`ModelConstants` carries metadata: ``range`` (the interval the sensitivity
analysis samples, ``tools/sensitivity_model.py``), ``en`` / ``zh`` (its role and grounding: the
formal model or the article's passage). The ODD tables (resources/docs/model_*.md) are generated
from here by tools/gen_field_docs.py. Rates are per month; the simulation scales them to the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


def _c(value: float, lo: float, hi: float, en: str, zh: str) -> float:
    return field(default=value, metadata={"range": (lo, hi), "en": en, "zh": zh})


@dataclass(frozen=True)
class ModelConstants:
    # --- effort: smoothed (gradient) best response to marginal payoffs -----------------------
    adjust: float = _c(0.35, 0.15, 0.6, "λ, largest share of effort moved per month toward the "
                       "best response (partial adjustment)", "λ，每月投入向最优反应调整的最大幅度")
    gain: float = _c(2.5, 1.0, 5.0, "κ, steepness of tanh(κ·∂U/∂e): how sharply effort follows "
                     "its marginal payoff (smoothed best response)", "κ，投入对边际收益反应的陡度")
    noise_scale: float = _c(0.12, 0.05, 0.25, "σ, half-width of monthly effort noise at noise = 1 "
                            "(scaled by √dt)", "σ，noise = 1 时每月投入扰动的半宽（按 √dt 缩放）")
    a_credit: float = _c(0.4, 0.3, 0.8, "weight of credit for the assessed result (Holmström 1982: "
                         "share × marginal product)", "考核结果功劳的权重（Holmström 1982）")
    own_scope_share: float = _c(0.3, 0.1, 0.5, "share of a department's joint-task contribution that "
                                "counts as its own output when only own output is assessed "
                                "(Holmström & Milgrom 1991: the joint task is barely measured)",
                                "只考核自身产出时，协作贡献中计入本部门产出的比例（多任务委托代理）")
    a_notice: float = _c(0.3, 0.0, 0.6, "weight of the superior's notice of a department's reported "
                         "joint work, per unit of attention, where the assessment does not already "
                         "count it (§三(一) 根据配合单位上报信息的采用、领导批示情况对其进行激励; "
                         "§二(三) capability signal)",
                         "报送的协作工作被上级采用、批示的收益（每单位上级注意力，考核未计入的部分；"
                         "§三(一)，§二(三)）")
    meeting_roles: float = _c(0.3, 0.0, 0.6, "share of the rest of a department's contribution that "
                              "meetings at intensity 1 make its own, attributable part under own-output "
                              "assessment (§三(二) 明确角色和职责分工，解释各部门…的角色及其职责)",
                              "会议（强度 1）明确角色分工后，协作贡献中额外计入本部门可归属产出的比例"
                              "（§三(二)）")
    cascade: float = _c(0.5, 0.0, 1.0, "share of the remaining weight added to the task in every "
                        "department's assessment when responsibility is assigned to individual "
                        "leaders (§三(三) 被分管领导层层分解…被赋予更高的考核比重)",
                        "责任到人时任务考核权重被层层分解加码的比例（§三(三)）")
    a_sanction: float = _c(6.0, 3.0, 10.0, "weight of the expected group sanction avoided when the "
                           "joint result falls below the standard (Holmström 1982 group penalty; "
                           "Chen, Sasaki & Perc 2015 implicated punishment; inspection game)",
                           "整体结果低于标准时预期可避免的连带问责的权重（Holmström 1982；Chen 等 2015）")
    a_blame: float = _c(3.0, 1.0, 8.0, "weight of the expected sanction avoided for a department's own "
                        "shortfall, as far as reporting makes it visible and the department answers for the "
                        "task (× liability; §三(二) 我们做好做坏影响不大); the penalty grows with the "
                        "shortfall, as exposure does at a check, so its marginal value is the chance of "
                        "being below the standard, not a density at it",
                        "报送使本部门缺口可见时，预期可避免的个人问责的权重（乘以责任份额；问责随缺口"
                        "线性增长，与检查时的风险规则一致）")
    threshold_width: float = _c(0.05, 0.03, 0.15, "τ, width of the smoothed shortfall step around the "
                                "standard x* (uncertainty of the assessor's judgement)",
                                "τ，考核标准附近“是否达标”判断的平滑宽度")
    exposure_weight: float = _c(1.0, 0.0, 2.0, "how much a department's own exposure raises its "
                                "perceived sanction (problems already found draw scrutiny)",
                                "已有问责风险对感知问责的放大")
    window_dressing: float = _c(0.3, 0.1, 0.6, "share of a shortfall an announced check still finds "
                                "(inspection games: announced checks invite window dressing)",
                                "事先通知的检查仍能发现的缺口比例（检查博弈）")
    see_base: float = _c(0.6, 0.3, 0.9, "share of a shortfall a check finds without supervision; "
                         "supervision (督导) raises it to 1", "无督导时检查能发现的缺口比例")
    supervision_checks: float = _c(0.3, 0.1, 0.5, "checks per month added by supervision (督导)",
                                   "督导每月增加的检查次数")
    evaluator_base: float = _c(0.7, 0.4, 1.0, "weight of a finding by a non-independent evaluator "
                               "(third-party evaluation raises it to 1, §三(三))",
                               "非独立评估者发现问题的分量（第三方评估提高到 1）")
    a_authority: float = _c(0.3, 0.3, 1.2, "compliance payoff per unit of effort from the lead's "
                            "authority backed by the superior (借势, 站台, §四(二))",
                            "上级注意力支撑下牵头部门统筹权威带来的服从收益")
    a_career: float = _c(0.2, 0.1, 0.6, "weight of the responsible leader's career stake in the task "
                         "result (Holmström 1999 career concerns)", "分管领导职业前途押在任务结果上的权重")
    promotion_stake: float = _c(1.0, 0.5, 2.0, "extra career stake of responsible leaders under "
                                "promotion for results (依任务提拔)", "依任务提拔给分管领导增加的职业利害")
    a_pool: float = _c(2.0, 0.5, 2.0, "payoff of access to pooled resources for a resource-poor "
                       "department, per unit of others' effort (§二(二) 资源互补)",
                       "资源匮乏部门借协作获得他部门资源的收益（§二(二)）")
    pool_base: float = _c(0.3, 0.0, 0.4, "share of capacity pooled across working departments "
                          "without a coordination team", "无专班时各部门资源共享的比例")
    pool_team: float = _c(0.4, 0.2, 0.6, "extra pooling by a coordination team with seconded staff "
                          "(§三(三) 抽调专人)", "专班抽调人员带来的额外资源共享")
    a_kpi: float = _c(2.5, 0.5, 2.5, "weight of the department's own KPI points earned through the "
                      "task (§三(二) 办案量考核)", "通过协作任务获得的本部门考核分的权重")
    floor_width: float = _c(0.05, 0.02, 0.1, "width of the smoothed step at the participation floor",
                            "参与率下限处平滑台阶的宽度")
    floor_penalty: float = _c(1.0, 0.0, 2.0, "lead only: KPI points lost when its staff's "
                              "participation falls below the floor (§三(二) 参与执法率…扣除对应分值)",
                              "牵头部门人员参与率低于下限时被扣的分值")
    a_cost: float = _c(1.4, 0.8, 2.0, "convexity of the cost of effort on the joint task, C_ee: "
                       "C'(e) = (a_cost + a_load·load)·e, zero at e = 0 (Holmström 1982's v'(0) = 0: "
                       "any positive incentive buys some effort)",
                       "协作投入成本的凸度 C_ee：C'(e) = (a_cost + a_load·负荷)·e，e = 0 处为零")
    a_load: float = _c(0.3, 0.2, 1.0, "rise of the convexity of the cost of joint effort per unit of "
                       "own workload and extra load: C_em = a_load·e (Holmström & Milgrom 1991 "
                       "multitask: own work makes joint work dearer, the more of it is done)",
                       "本部门工作负荷与追加负荷抬高协作成本凸度的幅度，C_em = a_load·e（多任务委托代理）")
    remit_cost: float = _c(0.1, 0.0, 0.5, "cooperating departments' extra convexity of the cost of "
                           "effort outside their remit: marginal cost remit_cost·e (§二(一) "
                           "不会考虑与部门职责无关…的任务)",
                           "配合部门在职责外投入的额外成本凸度：边际成本 remit_cost·e（§二(一)）")
    strategy_cost: float = _c(0.3, 0.1, 0.6, "load on the lead of full 借势 and 造势 activity",
                              "牵头部门全力借势、造势占用的负荷")
    # --- production ---------------------------------------------------------------------------
    capacity_floor: float = _c(0.5, 0.3, 0.7, "capacity of a department without resources "
                               "(capacity = floor + (1 − floor)·resources)", "无资源部门的产能")
    softmin_exponent: float = _c(-4.0, -8.0, -2.0, "σ, exponent of the generalised mean used as the "
                                 "smooth weakest link (σ → −∞ is the minimum)",
                                 "σ，广义平均数的指数（平滑“最短板”；σ → −∞ 即最小值）")
    marginal_cap: float = _c(4.0, 2.0, 8.0, "largest relative marginal product of a laggard",
                             "落后部门相对边际产出的上限")
    # --- joint operations (decisions) -------------------------------------------------------
    op_rate_max: float = _c(4.0, 2.0, 6.0, "most joint operations a lead can organise per month "
                            "(about one a week)", "牵头部门每月最多能组织的联合行动次数")
    turnout_weight: float = _c(0.5, 0.0, 1.0, "share of an operation's value to the lead that depends "
                               "on the partners it expects to turn up", "联合行动价值中取决于预期出勤的比例")
    op_value: float = _c(1.5, 0.5, 3.0, "value to the lead of one operation per unit of its positive "
                         "marginal payoff and expected turnout", "一次联合行动对牵头部门的价值系数")
    org_cost: float = _c(0.8, 0.3, 1.5, "lead's cost of organising an operation: dates, places "
                         "(§三(二) 前期的时间、地点都需要协调成本)", "牵头部门组织一次联合行动的成本")
    coord_cost: float = _c(0.5, 0.4, 1.5, "partner's cost of attending: schedules, waiting "
                           "(§三(二) 每个部门检查进度也不一样…你还要等他们)",
                           "配合部门参加联合行动的协调成本")
    coord_workload: float = _c(0.3, 0.2, 1.0, "extra attendance cost per unit of own workload",
                               "本部门工作负荷带来的额外出勤成本")
    team_cut: float = _c(0.6, 0.3, 0.9, "share of coordination and organising cost a coordination "
                         "team removes (专班)", "专班降低的协调、组织成本比例")
    meeting_cut: float = _c(0.4, 0.2, 0.7, "share of coordination cost removed by meetings at "
                            "intensity 1 (§三(二) 明确角色和职责分工)", "会议（强度 1）降低的协调成本比例")
    attend_value: float = _c(1.0, 0.5, 2.0, "partner's value of attending per unit of its positive "
                             "marginal payoff", "配合部门出勤价值系数")
    rival_credit: float = _c(0.4, 0.3, 2.0, "partner's loss when the lead takes the credit "
                             "(§三(二) 好东西都让你们部门得了; Kitts 2006)", "功劳归牵头部门时配合部门的失落")
    decision_gain: float = _c(2.5, 2.0, 8.0, "steepness of the logit choice to propose / attend",
                              "发起、出席决策的 logit 陡度")
    background_base: float = _c(0.25, 0.1, 0.4, "share of effort reaching the task outside joint "
                                "operations (routine informal channels)", "联合行动之外投入到达任务的比例")
    background_team: float = _c(0.6, 0.3, 0.7, "extra between-operations share with a coordination "
                                "team that works continuously", "专班持续运作带来的额外日常贡献")
    background_reporting: float = _c(0.15, 0.0, 0.3, "extra between-operations share through formal "
                                     "reporting", "正式信息报送带来的额外日常贡献")
    # --- visibility, responsibility -----------------------------------------------------------
    visibility_none: float = _c(0.0, 0.0, 0.3, "how visible each department's contribution is without "
                                "reporting (formal reporting makes it fully visible)",
                                "无信息报送时各部门贡献的可见度")
    coop_liability_lead: float = _c(0.15, 0.05, 0.3, "cooperating departments' liability when "
                                    "responsibility lies with the lead", "责任在牵头部门时配合部门的责任份额")
    # --- attention (Jones & Baumgartner; Tullock) ---------------------------------------------
    salience_ride: float = _c(0.6, 0.3, 0.9, "salience added by 顺势", "顺势增加的显著度")
    salience_borrow: float = _c(0.5, 0.3, 0.8, "salience added by 借势 highlights", "借势亮点增加的显著度")
    salience_build: float = _c(0.6, 0.3, 0.9, "salience added by 造势 publicity", "造势舆论增加的显著度")
    salience_individual: float = _c(0.3, 0.1, 0.5, "salience signalled by assigning responsibility to "
                                    "individual leaders (§三(四) 传递的是上级对该任务的高度重视)",
                                    "责任到人传递的上级重视（§三(四)）")
    salience_noise: float = _c(0.05, 0.0, 0.1, "half-width of monthly salience noise", "显著度扰动的半宽")
    highlight_base: float = _c(0.5, 0.2, 0.8, "share of 借势 salience won before any delivery "
                               "(highlights can be staged)", "尚无交付时借势可赢得的显著度比例")
    contest_r: float = _c(2.0, 1.0, 4.0, "r, Tullock contest exponent", "r，Tullock 竞赛指数")
    friction: float = _c(0.1, 0.03, 0.2, "θ, a superior reallocates its attention at once (a "
                         "jump) when the gap between its allocation and the contest's target (half "
                         "the sum of the shares' gaps) exceeds it (Jones & Baumgartner: friction, "
                         "punctuated attention)",
                         "θ，注意力分配与竞赛目标之差（各份额差距之和的一半）超过此值时上级立即重新分配注意力"
                         "（跳变；Jones & Baumgartner）")
    pressure_threshold: float = _c(0.15, 0.05, 0.4, "θ_P, a superior also reallocates when the "
                                   "pressure, smaller gaps accumulated over months and reports, "
                                   "reaches it",
                                   "θ_P，较小差距逐月累积的压力（及汇报）达到此值时上级也会重新分配注意力")
    attention_leak: float = _c(0.5, 0.2, 0.8, "monthly share of the accumulated pressure that fades "
                               "(a small persistent gap never forces a jump)",
                               "累积压力每月消散的比例（持续的小差距不会引发跳变）")
    drift: float = _c(0.05, 0.0, 0.15, "monthly drift of attention toward the target below the "
                      "friction threshold", "阈值以下注意力每月向目标的缓慢漂移")
    publicity_rate: float = _c(0.05, 0.02, 0.1, "monthly accumulation of 造势 publicity (slow)",
                               "造势每月积累的速度（慢）")
    publicity_decay: float = _c(0.01, 0.0, 0.05, "monthly decay of publicity", "舆论影响每月的衰减")
    endorse_rate: float = _c(0.5, 0.2, 0.8, "monthly probability scale of an endorsement (站台)",
                             "上级站台每月概率的系数")
    endorse_decay: float = _c(0.15, 0.05, 0.3, "monthly fading of an endorsement", "站台效应每月的消退")
    auth_base: float = _c(0.05, 0.0, 0.2, "authority of a lead without backing", "无支撑时牵头部门的权威")
    auth_team: float = _c(0.25, 0.1, 0.4, "authority from a coordination team set up by the superior",
                          "上级设立的专班带来的权威")
    auth_meetings: float = _c(0.1, 0.0, 0.2, "authority from meetings at intensity 1", "会议带来的权威")
    auth_central: float = _c(0.3, 0.1, 0.4, "authority of a central task (一把手工程)", "中心任务带来的权威")
    auth_attention: float = _c(0.45, 0.2, 0.7, "authority from the superior's attention",
                               "上级注意力带来的统筹权威")
    auth_endorse: float = _c(0.25, 0.1, 0.4, "authority from an endorsement (站台)", "站台带来的统筹权威")
    auth_ride: float = _c(0.2, 0.0, 0.4, "authority from 顺势", "顺势带来的统筹权威")
    auth_publicity: float = _c(0.1, 0.0, 0.3, "authority from publicity", "舆论带来的统筹权威")
    auth_adjust: float = _c(0.5, 0.2, 0.8, "monthly share of the gap to the target authority closed",
                            "权威每月向目标靠拢的比例")
    # --- expectations, backfire, burden of competence (Holmström 1999) -----------------------
    expect_gain: float = _c(2.0, 1.0, 3.0, "rise of the superior's expected delivery per unit of "
                            "attention won by the strategies", "策略赢得的注意力抬高的交付预期")
    expect_adjust: float = _c(0.3, 0.1, 0.6, "monthly share of the gap to the expected delivery closed",
                              "交付预期每月的调整比例")
    delivery_adjust: float = _c(0.3, 0.1, 0.6, "monthly weight of the latest production in the "
                                "delivery record", "交付记录中最新产出的每月权重")
    backfire_rate: float = _c(3.0, 1.0, 6.0, "monthly backfire hazard per unit of attention won × "
                              "shortfall against expectations (搬起石头砸自己的脚)",
                              "每单位注意力 × 交付缺口的每月反噬风险")
    backfire_exposure: float = _c(0.3, 0.1, 0.5, "exposure added to the lead by a backfire",
                                  "反噬给牵头部门增加的风险")
    backfire_reputation: float = _c(0.15, 0.05, 0.3, "reputation lost by a backfire", "反噬损失的声誉")
    backfire_attention: float = _c(0.5, 0.2, 0.8, "share of the superior's attention withdrawn after "
                                   "a backfire (牵连上级领导)", "反噬后上级撤回的注意力比例（牵连上级）")
    penalty_decay: float = _c(0.15, 0.05, 0.3, "monthly recovery of the superior's attention after a "
                              "backfire", "反噬后上级注意力每月的恢复")
    rep_rate: float = _c(0.1, 0.05, 0.2, "monthly reputation learning rate", "声誉每月更新速度")
    load_rate: float = _c(0.1, 0.03, 0.3, "monthly hazard of a new assigned problem when the lead "
                          "reports its success with full strategies, full attention and full delivery "
                          "(能者多劳, §四(三))",
                          "牵头部门全力汇报成效、上级全力关注且交付达标时每月被追加新问题的风险")
    load_beta: float = _c(3.0, 1.0, 5.0, "β, sensitivity of assignment to reputation",
                          "β，追加对声誉的敏感度")
    load_step: float = _c(0.15, 0.05, 0.3, "extra load per assigned problem", "每个追加问题增加的负荷")
    load_decay: float = _c(0.02, 0.0, 0.05, "monthly fading of extra load", "追加负荷每月的消退")
    # --- collusion as a coalition (Tirole 1986; Zhou 2010) ----------------------------------
    collusion_threshold: float = _c(0.35, 0.2, 0.5, "pressure above which a coalition starts to "
                                    "misreport", "联盟开始虚报的压力阈值")
    collusion_gain: float = _c(15.0, 8.0, 25.0, "steepness of the collusion response", "共谋反应的陡度")
    collusion_adjust: float = _c(0.3, 0.1, 0.6, "monthly share of the gap to the target collusion "
                                 "closed", "共谋每月向目标靠拢的比例")
    collusion_tie: float = _c(0.25, 0.1, 0.4, "mean tie strength above which a department can join a "
                              "coalition (trust built by joint work)", "可加入共谋联盟的平均关系强度")
    collusion_tie_width: float = _c(0.03, 0.01, 0.08, "width of the smoothed step of coalition "
                                    "membership around collusion_tie", "联盟成员资格在阈值附近的平滑宽度")
    pressure_floor: float = _c(0.5, 0.2, 0.8, "share of the pressure to collude that does not depend on "
                               "unpredictability, joint assessment or lagging behind schedule",
                               "共谋压力中不取决于不确定性、整体考核或进度落后的部分")
    detected_cut: float = _c(0.7, 0.4, 1.0, "share of collusion a detection breaks up",
                             "被发现后瓦解的共谋比例")
    detected_reputation: float = _c(0.1, 0.0, 0.2, "reputation the lead loses when collusion is detected",
                                    "共谋被发现时牵头部门损失的声誉")
    collusion_waste: float = _c(0.6, 0.3, 0.9, "share of the coalition's real effect eaten by collusion",
                                "共谋吞噬的实际效果比例")
    inflation: float = _c(0.8, 0.4, 1.2, "reported extra progress per unit of collusion per month "
                          "(in task sizes)", "单位共谋每月虚报的进度（以任务规模计）")
    detection: float = _c(1.0, 0.5, 2.0, "monthly detection probability scale (third party × checks × "
                          "collusion)", "共谋被发现的每月概率系数")
    detected_exposure: float = _c(0.3, 0.1, 0.5, "exposure added to every coalition member on "
                                  "detection", "共谋被发现时每个成员增加的风险")
    # --- exposure and ties ------------------------------------------------------------------
    exposure_gain: float = _c(0.2, 0.05, 0.5, "exposure added per unit of shortfall found × sanction",
                              "每单位被发现的缺口 × 问责强度带来的风险")
    exposure_decay: float = _c(0.08, 0.02, 0.15, "monthly fading of exposure", "问责风险每月的消退")
    spread: float = _c(0.5, 0.0, 0.9, "φ, share of a tied department's new exposure passed on "
                       "(DebtRank-like implication)", "φ，沿协作关系传递的新增风险比例")
    tie_rate: float = _c(0.15, 0.05, 0.3, "monthly learning rate of tie strengths from joint work",
                         "协作关系强度每月的更新速度")
    tie_initial: float = _c(0.1, 0.0, 0.3, "initial tie strength between departments", "部门间初始关系强度")
    emergency_urgency: float = _c(0.5, 0.0, 1.0, "urgency of an emergency task", "应急任务的紧迫度")
    # --- task kinds and reporting levels --------------------------------------------------------
    salience_routine: float = _c(0.15, 0.05, 0.3, "base salience of a routine task", "常规任务的基础显著度")
    salience_central: float = _c(0.85, 0.6, 1.0, "base salience of a central task (中心任务)",
                                 "中心任务的基础显著度")
    salience_emergency: float = _c(0.75, 0.5, 1.0, "base salience of an emergency", "应急任务的基础显著度")
    auth_emergency: float = _c(0.2, 0.1, 0.4, "authority of an emergency task", "应急任务带来的权威")
    rival_base: float = _c(0.2, 0.1, 0.3, "rival salience with no competing demands",
                           "无其他事务时的竞争显著度")
    rival_span: float = _c(0.6, 0.3, 0.9, "rival salience added by competing demands at 1",
                           "其他事务（强度 1）增加的竞争显著度")
    # --- the superiors: two tiers, rival tasks, emergencies (issue 10) -------------------------
    party_authority: float = _c(2.0, 1.2, 3.0, "authority per unit of the party committee's "
                                "attention and endorsement, relative to the government's "
                                "(三元差序结构: authority strongest at the party committee, §四(二))",
                                "党委注意力与站台带来的统筹权威相对政府的倍数（三元差序结构，§四(二)）")
    party_agenda: float = _c(0.15, 0.05, 0.4, "extra salience of the party committee's other "
                             "business (its agenda spans the whole jurisdiction, so a department's "
                             "task wins a smaller share there)",
                             "党委其他事务的额外显著度（议程覆盖全局，部门任务所得份额更小）")
    party_cost: float = _c(0.6, 0.2, 1.0, "extra cost of 借势 / 造势 when the party committee is "
                           "sought (越级: higher-level reports, bypassing the government), relative",
                           "越级争取党委注意力时借势、造势的额外成本（相对值）")
    party_backfire: float = _c(1.6, 1.2, 2.5, "multiplier of a backfire's losses when the party "
                               "committee was sought (the higher the leader implicated, the harder "
                               "the fall: §四(三) 牵连上级领导)",
                               "越级时反噬损失的倍数（牵连的领导层级越高，代价越大）")
    superior_implication: float = _c(0.5, 0.2, 0.8, "share of its reputation a superior loses when "
                                     "a lead it gave all its attention backfires (牵连上级领导, "
                                     "§四(三); in proportion to the attention it gave); it then takes "
                                     "what leads stage for it (strategy salience) at its reputation's "
                                     "value; recovers at penalty_decay",
                                     "上级全力关注的牵头部门反噬时上级声誉受损的比例（牵连上级领导，"
                                     "按关注程度）；此后按声誉折扣各牵头部门造出的显著度；按 "
                                     "penalty_decay 恢复")
    emergency_salience: float = _c(1.2, 0.6, 2.0, "salience of a fresh emergency (it crowds out "
                                   "routine business)", "新发突发事件的显著度")
    emergency_decay: float = _c(0.3, 0.1, 0.6, "monthly fading of an emergency's claim on attention",
                                "突发事件对注意力的占用每月的消退")
    rival_noise: float = _c(0.3, 0.1, 0.5, "half-width of a rival task's monthly delivery noise "
                            "(relative to its delivery)", "竞争任务每月交付扰动的半宽（相对其交付水平）")
    report_rate: float = _c(1.0, 0.3, 2.0, "reports per month the lead files at full strategy "
                            "activity (汇报, 信息报送; to the tier it seeks, §四(二)(三))",
                            "牵头部门策略全开时每月向所争取的层级汇报、报送信息的次数")
    report_push: float = _c(0.1, 0.03, 0.3, "pressure a report adds toward reallocating the "
                            "addressed superior's attention (new information)",
                            "一次汇报为上级重新分配注意力增加的压力（新信息）")
    # --- the lead's strategy as a decision (adaptive mode) --------------------------------------
    strategy_adjust: float = _c(0.3, 0.1, 0.6, "largest share of each strategy level moved per "
                                "month toward its best response (as `adjust` for effort); also the "
                                "step up whose backfire risk the lead weighs",
                                "各策略水平每月向最优反应调整的最大幅度；也是牵头部门权衡其反噬风险的加码幅度")
    strategy_gain: float = _c(4.0, 1.0, 8.0, "steepness of tanh(κ_s·net marginal value) of a "
                              "strategy", "策略对其净边际价值反应的陡度")
    strategy_value: float = _c(3.0, 1.0, 6.0, "value to the lead of a unit of authority over its "
                               "partners (compliance → credit), per unit of the task's weight in its "
                               "assessment", "统筹权威（配合→功劳）对牵头部门的单位价值（乘以任务考核权重）")
    strategy_loss: float = _c(1.5, 0.5, 3.0, "what the lead fears losing in one backfire at the "
                              "government (reputation, exposure, attention); × party_backfire at the "
                              "party committee (§四(三) 小心翼翼地平衡收益与风险)",
                              "牵头部门预期一次反噬的损失（政府层级；党委层级乘以 party_backfire）")
    burden_cost: float = _c(1.0, 0.3, 2.0, "what one extra assigned problem costs the lead, as it "
                            "sees it (能者多劳, §四(三))", "牵头部门眼中一个追加问题的代价（能者多劳）")
    strategy_horizon: float = _c(12.0, 6.0, 24.0, "months the lead looks ahead when weighing 造势 "
                                 "(publicity pays slowly)", "牵头部门权衡造势时展望的月数（舆论见效慢）")
    delivery_doubt: float = _c(0.05, 0.02, 0.15, "width of the smoothed shortfall the lead fears "
                               "(its uncertainty about its own delivery)",
                               "牵头部门担心交付不足时的平滑宽度（对自身交付的不确定）")
    ride_cost: float = _c(0.1, 0.0, 0.3, "cost per unit of 顺势 (bundling takes little extra work "
                          "but must be argued)", "顺势的单位成本（搭车不费多少力，但要论证契合）")
    # --- party building: an EXTENSION, not a finding of the article (§五) ------------------------
    pb_meeting_rate: float = _c(1.0, 0.5, 2.0, "joint party-building meetings per month at "
                                "intensity 1 (extension)", "党建强度为 1 时每月的联合党建活动次数（扩展）")
    identity_step: float = _c(0.15, 0.05, 0.3, "share of the remaining gap to full shared identity "
                              "a joint meeting closes (extension; Akerlof & Kranton 2000)",
                              "一次联合党建活动缩小的共同身份差距比例（扩展；Akerlof & Kranton 2000）")
    identity_decay: float = _c(0.05, 0.02, 0.15, "monthly fading of shared identity (extension)",
                               "共同身份每月的消退（扩展）")
    a_reciprocity: float = _c(0.6, 0.0, 1.5, "payoff per unit of the others' mean effort at full "
                              "shared identity (reciprocity, conditional cooperation: Fehr & Gächter "
                              "2000; extension)",
                              "共同身份完全时他人平均投入带来的互惠收益（条件合作；扩展）")
    identity_cut: float = _c(0.5, 0.0, 0.8, "share of the coordination cost of attending removed "
                             "at full shared identity (extension)",
                             "共同身份完全时降低的出勤协调成本比例（扩展）")
    reporting_informal: float = _c(0.35, 0.2, 0.5, "level of reporting without fixed frequency, format "
                                   "or scoring (formal = 1, none = 0; §三(一))",
                                   "不定频次、格式、评分的信息报送的水平（正式 = 1，无 = 0）")


DEFAULT_CONSTANTS = ModelConstants()


def constant_ranges() -> dict[str, tuple[float, float]]:
    """name -> (low, high): the interval of each constant (used by the sensitivity analysis)."""
    return {f.name: f.metadata["range"] for f in fields(ModelConstants)}
