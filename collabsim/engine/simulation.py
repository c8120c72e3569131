"""The simulation: state vectorised across replicates, one ODD process step per method.

``Simulation(scenario, seed, replicates)`` holds the state of every replicate. Internally arrays
are laid out (departments, replicates) so that numpy's inner loops run over the long replicate
axis; everything handed out (``state()``, :class:`Results`) is (replicates, departments).
``step()`` advances every replicate by one step in the process order of the ODD
(resources/docs/model_en.md §3): :meth:`_attention` (the superiors' side, in
:mod:`collabsim.engine.superior`), :meth:`_decide`, :meth:`_operate`, :meth:`_produce`,
:meth:`_assess`, :meth:`_career`, :meth:`_spread`, then the recorder. Rates
are per month and scaled to the step (``dt`` months). The step only does arithmetic on the
:class:`~collabsim.engine.params.Params` arrays (see its batching contract). No wall clock, no
global random state.
"""

from __future__ import annotations

import math

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine import rng as U
from collabsim.engine.constants import DEFAULT_CONSTANTS, ModelConstants
from collabsim.engine.ops import dsum as _dsum
from collabsim.engine.ops import sort_departments
from collabsim.engine.params import STEP_MONTHS, derive, stack
from collabsim.engine.recorder import FinalRecorder, Layout, Recorder
from collabsim.engine.results import Results
from collabsim.engine.superior import Superiors
from collabsim.scenario.model import Scenario

FLOAT = np.float32  # state precision: ample for indicators in [0, 1], half the memory traffic
EPS = np.float32(1e-3)  # floor of a contribution inside the generalised mean
K_CREDIT, K_SANCTION, K_AUTHORITY, K_CAREER, K_POOLING, K_KPI, K_COST, K_REMIT, K_IDENTITY = (
    C.COMPONENT[name] for name in C.COMPONENTS)
EV = C.SLOT
#: up to this many replicates the parameters are held at full width (N, R) / (R,): numpy
#: broadcasting a (N, 1) or (1,) operand costs more per call than the arithmetic at this size
FULL_PARAMS_MAX = 1000
#: from this many columns the ties (N x N x columns) are stepped a row at a time
ROWWISE_MIN = 2000


def _unit(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Clip to [0, 1] with two ufunc calls (np.clip's Python wrapper costs more than the work)."""
    return np.minimum(np.maximum(x, 0.0, out=out), 1.0, out=out)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic function. Every argument in the rules stays within about ±80 for constants in
    their ranges (the steepest is (tie - collusion_tie) / collusion_tie_width <= 1 / 0.01), so
    exp cannot overflow in float32 (its limit is exp(88))."""
    x = np.exp(np.negative(x))
    x += 1.0
    return np.reciprocal(x, out=x)


def _sigmoid_neg(x: np.ndarray) -> np.ndarray:
    """Logistic function of -x, one array operation less than ``_sigmoid(-x)`` and the same
    bits: the callers negate exactly (b - a for a - b, a factor -c for c; IEEE rounding is
    symmetric). The same bound on the argument as for _sigmoid."""
    x = np.exp(x)
    x += 1.0
    return np.reciprocal(x, out=x)


def _rate(rate: float, dt: float) -> float:
    """Share per step of a monthly adjustment rate (1 - (1 - rate)^dt)."""
    return 1.0 - (1.0 - rate) ** dt


class Simulation:
    """An ensemble of ``replicates`` runs of one scenario; replicate k uses seed ``seed + k``.

    ``record`` is 'full' (every trajectory of every replicate), 'summary' (per-step median,
    10-90% band and mean, plus the full detail of the first ``detail`` replicates; memory does
    not grow with the ensemble), 'auto' (full up to 2,000 replicates) or 'final' (only the final
    state and the second-half means, what a sweep's final rows and the forms need: no series,
    summaries, detail or events).
    """

    def __init__(self, scenario: Scenario, seed: int = 0, replicates: int = 1,
                 record: str = "auto", detail: int = 1,
                 constants: ModelConstants = DEFAULT_CONSTANTS) -> None:
        check_run(seed, replicates, record)
        self.scenario = scenario
        self.k = constants
        self.p = derive(scenario, constants)
        if 1 < replicates <= FULL_PARAMS_MAX:  # structural: the size
            self.p = stack([self.p], int(replicates))  # as a batch holds them: no broadcasting
        self.n = scenario.n_departments
        self.horizon = scenario.task.horizon
        self.dt = STEP_MONTHS[scenario.task.step_unit]
        self.seed = int(seed)
        self.replicates = int(replicates)
        full = record == "full" or (record == "auto" and replicates <= 2000)
        self._start(Layout(self.replicates, [self.horizon], [scenario.lead_index], detail), full,
                    record == "final")

    # ------------------------------------------------------------------ set-up
    def _start(self, layout: Layout, full: bool, final: bool = False) -> None:
        """Random streams, rates, state and recorder for the columns of ``layout`` (each part's
        replicate k uses seed ``seed + k``); records step 0."""
        self.t = 0
        seeds = self.seed + np.arange(layout.R, dtype=np.int64)
        self._streams = U.Streams(seeds, self.n, self.horizon, copies=layout.S)
        self.m = int(self.p.rival_on.shape[0])  # rival tasks (structural, like n)
        # the superiors' uniforms (counter-based: the departments' stream is left as it is)
        self._sup_uniforms = U.Counter(seeds, U.N_SUPERIOR + U.RIVAL_SLOTS * self.m, copies=layout.S)
        self.sup = Superiors(self.p, self.k, self.dt, self.replicates)
        self._init_rates()
        self._init_state()
        self._recorder = (FinalRecorder if final else Recorder)(layout, self.n, full, rivals=self.m)
        self._flows = np.zeros((self.n, self.n, layout.S * layout.D), dtype=FLOAT)
        self._record()

    # ------------------------------------------------------------------ set-up
    def _init_rates(self) -> None:
        """Per-step versions of the monthly rates (Python floats: structural, from dt only)."""
        k, dt = self.k, self.dt
        self.sqrt_dt = math.sqrt(dt)
        self.r = {name: _rate(getattr(k, name), dt) for name in (
            "adjust", "auth_adjust", "expect_adjust", "delivery_adjust", "rep_rate", "collusion_adjust",
            "tie_rate", "exposure_decay", "load_decay", "identity_decay")}
        self.sqrt_dt = math.sqrt(dt)
        p = self.p
        self._check_step = (1.0 - np.power(1.0 - p.checks, dt)).astype(FLOAT)
        self._floor_on = (p.is_lead * (p.floor > 0)).astype(FLOAT)
        self._lead = p.is_lead > 0  # (N, 1) or (N, columns) in a batch
        # sanction x deterrence x (1 + urgency) at each step: urgency grows toward a deadline
        months = (np.arange(self.horizon + 1) * dt)[:, None]
        urgency = p.urgency + (p.deadline > 0) * np.minimum(months / np.maximum(p.deadline, 1e-6), 1.0) ** 2
        self._fear = (p.sanction * p.deterrence * (1.0 + urgency)).astype(FLOAT)  # (T + 1, columns)
        J = p.jointness
        own = p.visibility * (J + (1.0 - J) * p.own_share)  # visible own output
        tau = k.threshold_width
        f32 = lambda a: np.asarray(a, dtype=FLOAT)  # noqa: E731
        # products of scenario arrays and constants that never change (shapes (N, 1) or (1,))
        self._s = {
            "share_j": f32(J * p.share), "own": f32(own), "notice": f32(k.a_notice * p.visibility),
            "c_joint": f32((k.a_sanction / self.n / tau) * p.liability * J),
            "c_blame": f32(k.a_blame * p.liability * own / p.standard),
            "career": f32(k.a_career * p.stake),
            "promo_own": f32(k.a_career * k.promotion_stake * p.promotion * own),
            "cascade": f32((k.cascade * p.individual) * (1.0 - p.weight)),
            "pool": f32(k.a_pool * p.pooling), "kpi": f32(k.a_kpi * p.kpi),
            "floor": f32(k.floor_penalty * self._floor_on),
            "curv": f32(k.a_cost + k.a_load * p.workload), "lead_load": f32(-k.a_load * p.is_lead),
            "remit": f32(-p.remit),
            "attend": f32(-(p.coord_cost + k.coord_workload * k.coord_cost * p.workload + p.rival)),
            # party building (extension): meetings, shared identity and its two channels
            "identity_cut": f32(k.identity_cut * p.coord_cost),
            "inv_others": f32(1.0 / max(self.n - 1, 1)),
            "one_minus_cx": f32(1.0 - p.complexity), "pool_cap": f32(p.pooling),
            "noise": f32((k.noise_scale * self.sqrt_dt) * p.noise),
            "inv_standard": f32(1.0 / p.standard),
            # operations, production, assessment
            "op_dt": f32(-k.op_rate_max * dt), "org": f32(k.decision_gain * p.org_cost),
            "bg_coop": f32(np.where(p.is_lead > 0, 1.0, p.background)),
            "per_size": f32(dt / p.size), "due": f32(1.0 / np.where(p.deadline > 0, p.deadline, p.size)),
            "pressure": f32(k.collusion_gain * p.sanction
                            * (k.pressure_floor + (1 - k.pressure_floor) * p.unannounced)
                            * (k.pressure_floor + (1 - k.pressure_floor) * p.joint) * (1.0 - p.third_party)),
            "seen": f32(k.exposure_gain * p.sanction * p.found_scale
                        * (k.evaluator_base + (1.0 - k.evaluator_base) * p.third_party)),
            "hidden": f32(1.0 - p.third_party), "joint_blame": f32(p.liability * J),
            "detect": f32(k.detection * p.third_party * p.checks),
            "load_rate": f32(k.load_rate),
        }

    def _init_state(self) -> None:
        R, N, p, f = self.replicates, self.n, self.p, FLOAT
        v = self.v = {}  # indicators, by the names of codes.INDICATORS
        v["effort"] = np.broadcast_to(p.initial_effort, (N, R)).astype(f)  # (N, 1) or stacked (N, R)
        for name, per_dept in C.INDICATORS.items():
            if name not in v:
                v[name] = np.zeros((N, R) if per_dept else R, dtype=f)
        v["reputation"][:] = 0.5
        sup = self.sup
        v["attention"] = sup.attention
        v["authority"][:] = _unit(p.authority + self.k.auth_attention * sup.m_auth * sup.attention)
        v["publicity"] = sup.pub[0]  # views: the superiors' module updates them in place
        v["superior_reputation"] = sup.lead_reputation()
        v["ride"], v["borrow"], v["build"] = (sup.level[j, 0] * (p.fit_central if j == 0 else 1.0)
                                              for j in range(3))
        v["exposure_evenness"][:] = 1.0
        # tie strengths in single precision: the largest arrays (N x N x R), only ever smoothed
        self._W = np.broadcast_to((self.k.tie_initial * (1.0 - np.eye(N, dtype=f)))[:, :, None],
                                  (N, N, R)).copy()
        self._rows = _dsum(self._W.swapaxes(0, 1))  # sum over j of W_ij
        self._deliv = sup.deliv[0]  # the lead's delivery record (a view)
        self._member = np.zeros((N, R), dtype=f)
        self._comps = np.zeros((len(C.COMPONENTS), N, R), dtype=f)  # (K, N, R): cheap sums
        # the ties' step: whole (N, N, R) operations for small ensembles (fewer calls), a row at
        # a time for large ones (an (N, R) row stays in cache; the same arithmetic, bit for bit)
        self._rowwise = R >= ROWWISE_MIN
        if self._rowwise:
            self._acc, self._row = np.empty((N, R), dtype=f), np.empty((N, R), dtype=f)
        else:
            self._tmp = np.empty((N, N, R), dtype=f)
            self._tmp_diag = self._tmp.reshape(N * N, R)[::N + 1]  # a view of the (i, i) entries
        self._ev = np.zeros((len(C.EVENT_SLOTS) + self.m * len(C.RIVAL_EVENTS), R), dtype=bool)
        self._rival_rows = slice(len(C.EVENT_SLOTS), None)
        self._party_building = bool(np.any(self.sup.p_meeting > 0))  # shortcut (extension off)
        self._dh = np.zeros((N, R), dtype=f)
        self._y = np.zeros((N, R), dtype=f)
        self._g = np.zeros(R, dtype=f)

    def state(self, name: str) -> np.ndarray:
        """Current value of indicator ``name``, shaped (replicates[, departments]), read-only."""
        view = self.v[name]
        view = (view.T if view.ndim == 2 else view).view()
        view.flags.writeable = False
        return view

    @property
    def done(self) -> bool:
        return self.t >= self.horizon

    # ------------------------------------------------------------------ dynamics
    def step(self) -> None:
        """Advance every replicate by one step."""
        if self.done:
            raise RuntimeError("the simulation has reached its horizon")
        u = self._streams.next()  # (width, replicates)
        us = self._sup_uniforms.next()  # (superiors' slots, columns)
        self.t += 1
        self._attention(u, us)
        self._decide(u)
        self._operate(u, us)
        self._produce()
        self._assess(u)
        self._career(u, us)
        self._spread()
        self._record()

    def _attention(self, u: np.ndarray, us: np.ndarray) -> None:
        """1. The superiors' side (:mod:`collabsim.engine.superior`): the lead's strategies,
        emergencies, rival tasks, the tiers' contests with friction, reports, 站台, authority,
        expectations."""
        v, sup = self.v, self.sup
        weight = self.p.weight + self._s["cascade"] * v["attention"]
        sup.step(u, us, v, weight, self._ev)
        v["attention"] = sup.attention
        self._gain = sup.gain[0]
        v["ride"], v["borrow"], v["build"] = sup.ride_eff[0], sup.level[1, 0], sup.level[2, 0]

    def _production(self, e: np.ndarray, capx: np.ndarray | None = None, marginal: bool = True):
        """Capacities with pooled resources, contributions y, the generalised-mean product g and
        each department's relative marginal product m (1 at an even profile, more for laggards;
        None unless ``marginal``). The pool is formed from the efforts the departments commit (at
        the decision); production reuses it (``capx``)."""
        k, p, n, st = self.k, self.p, self.n, self._s
        if capx is None:
            cap = p.capacity
            total_e = self._total_e = _dsum(e)
            pooled = _dsum(e * cap) / np.maximum(total_e, EPS)
            capx = np.maximum(pooled - cap, 0.0)
            capx *= st["pool_cap"]
            capx += cap
            self._capx = capx
        y = e * capx
        y += EPS
        sigma = k.softmin_exponent
        ys = y**sigma
        M = (_dsum(ys) * (1.0 / n)) ** (1.0 / sigma)
        g = st["one_minus_cx"] * (_dsum(y) * (1.0 / n)) + p.complexity * M
        if not marginal:  # production (step 4) uses the product only
            return capx, y, g, None
        # (M / y)^(1 - sigma) = M^(1 - sigma) * y^sigma / y: one power of an (R,) vector
        ratio = ys
        ratio *= M ** (1.0 - sigma)
        ratio /= y
        np.minimum(ratio, k.marginal_cap, out=ratio)
        ratio *= p.complexity
        ratio += st["one_minus_cx"]  # m
        return capx, y, g, ratio

    def _decide(self, u: np.ndarray) -> None:
        """2. Effort: a smoothed best response to the marginal payoff of effort, split into
        the parts of codes.COMPONENTS."""
        k, p, v, n, st = self.k, self.p, self.v, self.n, self._s
        e, comps = v["effort"], self._comps
        capx, y, g, m = self._production(e)
        inv_tau = 1.0 / k.threshold_width
        miss = _sigmoid_neg((g - p.standard) * inv_tau)
        dens_joint = miss * (1.0 - miss)  # x 1/tau, folded into c_joint
        below_i = _sigmoid_neg((y - p.standard) * inv_tau)  # own output below the standard
        # 层层分解: the superior's attention signalled by individual responsibility raises the
        # task's weight in every department's assessment
        w = p.weight + st["cascade"] * v["attention"]
        self._weight = w
        mc = m * capx
        credit = comps[K_CREDIT]
        np.multiply(st["share_j"], mc, out=credit)
        credit += st["own"] * capx
        credit *= k.a_credit * w
        # 批示: what reporting shows of a department's joint work earns the superior's notice, as
        # far as the superior attends to the task and the assessment does not already count it
        notice = st["notice"] * capx
        notice *= v["attention"] * (1.0 - w)
        credit += notice
        sanction = comps[K_SANCTION]
        np.multiply(st["c_joint"] * dens_joint, mc, out=sanction)
        below_i *= st["c_blame"]
        below_i *= capx
        sanction += below_i
        sanction *= k.exposure_weight * v["exposure"] + 1.0
        sanction *= self._fear[self.t]  # sanction x deterrence x (1 + urgency at this step)
        np.copyto(comps[K_AUTHORITY], np.where(self._lead, v["attention"], v["authority"]))
        comps[K_AUTHORITY] *= k.a_authority
        career = comps[K_CAREER]
        np.multiply(st["career"] * w, mc, out=career)
        career += st["promo_own"] * capx  # cadres promoted for the part of their work that is seen
        total_e = self._total_e
        pooled_r = _dsum(e * p.resources) / np.maximum(total_e, EPS)
        pool = comps[K_POOLING]
        np.subtract(pooled_r, p.resources, out=pool)
        np.maximum(pool, 0.0, out=pool)
        pool *= st["pool"]
        others = total_e - e
        others *= st["inv_others"]  # the others' mean effort
        pool *= others
        # party building (extension): shared identity makes the others' effort worth matching
        if self._party_building:  # a shortcut: without it identity stays 0 and so does this part
            np.multiply(others, k.a_reciprocity * v["identity"], out=comps[K_IDENTITY])
        below = _sigmoid_neg((e - p.floor) * (1.0 / k.floor_width))  # points lost below the floor
        below *= st["floor"]  # the lead only
        np.multiply(st["kpi"], capx, out=comps[K_KPI])
        comps[K_KPI] += below
        # C'(e) = (c + a·load)·e: zero at e = 0 (Holmström 1982's v'(0) = 0, so any positive
        # incentive buys some effort), steeper with own workload and extra load (multitask, C_em)
        cost = comps[K_COST]
        np.multiply(v["extra_load"], -k.a_load, out=cost)
        cost -= st["curv"]
        cost += st["lead_load"] * self.sup.lead_load()  # 借势 / 造势 load the lead's effort
        cost *= e
        pos = self._pos = comps[K_CREDIT] + comps[K_SANCTION]
        pos += comps[K_CAREER]
        pos += comps[K_KPI]
        pos += comps[K_POOLING]
        total = pos + comps[K_AUTHORITY]  # the components in a fixed order, for any ensemble size
        total += comps[K_COST]
        np.multiply(st["remit"], e, out=comps[K_REMIT])
        total += comps[K_REMIT]
        total += comps[K_IDENTITY]
        total *= k.gain
        step = np.tanh(total, out=total)
        step *= self.r["adjust"]
        noise = 2.0 * u[U.N_GLOBAL:U.N_GLOBAL + n] - 1.0
        noise *= st["noise"]
        step += noise
        e += step
        _unit(e, out=e)

    def _operate(self, u: np.ndarray, us: np.ndarray) -> None:
        """3. Joint operations: the lead proposes when an operation pays; each partner attends
        when its payoff covers the coordination cost; contributions depend on effort. Joint
        party-building meetings (an extension) build a shared identity."""
        k, p, v, n, st = self.k, self.p, self.v, self.n, self._s
        e = v["effort"]
        pay = self._pos * e
        pay *= k.attend_value
        pay += k.a_authority * v["authority"]
        pay += st["attend"]
        if self._party_building:  # (extension) shared identity: cheaper coordination
            pay += st["identity_cut"] * v["identity"]
        pay *= -k.decision_gain
        attend_p = _sigmoid_neg(pay)
        inv_coop = 1.0 / max(n - 1, 1)
        turnout = _dsum(attend_p * p.coop)
        turnout *= k.turnout_weight * inv_coop
        turnout += 1.0 - k.turnout_weight
        value = _dsum(self._pos * p.is_lead)  # the lead's positive marginal payoff
        value *= _dsum(e * p.is_lead)
        value *= turnout
        value *= -(k.op_value * k.decision_gain)
        value += st["org"]
        rate = _sigmoid_neg(value)
        rate *= st["op_dt"]
        op = u[U.U_OP] < 1.0 - np.exp(rate, out=rate)
        attend = u[U.N_GLOBAL + n:] < attend_p
        attend |= self._lead
        attend &= op
        present = attend.astype(FLOAT)
        present *= p.coop
        part = _dsum(present)
        part *= inv_coop
        v["participation"] = part
        v["joint_op"] = op.astype(FLOAT)
        v["contribution"] = e * np.where(attend, FLOAT(1.0), st["bg_coop"])
        complete = op & (part >= 1.0)
        self._ev[EV[C.JOINT_OP_HELD]] = complete
        np.greater(op, complete, out=self._ev[EV[C.JOINT_OP_INCOMPLETE]])
        if self._party_building:
            # party building (extension): joint meetings build a shared identity, which fades
            meeting = us[U.S_MEETING] < self.sup.p_meeting
            self._ev[EV[C.PARTY_BUILDING_MEETING]] = meeting
            ident = v["identity"]
            ident *= 1.0 - self.r["identity_decay"]
            ident += (k.identity_step * meeting) * (1.0 - ident)

    def _produce(self) -> None:
        """4. Production (generalised mean with pooled resources), collusion of a coalition of
        strongly tied departments, real and reported progress."""
        k, v, r, st = self.k, self.v, self.r, self._s
        capx, y, g, _ = self._production(v["contribution"], self._capx, marginal=False)
        self._y, self._g = y, g
        c = v["collusion"]
        real = c * -k.collusion_waste
        real += 1.0
        real *= g
        real *= st["per_size"]  # dt / size
        self._deliv += r["delivery_adjust"] * (g - self._deliv)
        P = v["real_progress"]
        P += real
        np.minimum(P, 1.0, out=P)
        lag = np.minimum((self.t * self.dt) * st["due"], 1.0) - P
        np.maximum(lag, 0.0, out=lag)
        lag += k.pressure_floor
        ties = self._rows * (1.0 / max(self.n - 1, 1))
        ties -= k.collusion_tie
        ties *= -1.0 / k.collusion_tie_width
        self._member = _sigmoid_neg(ties)
        pressure = lag * self._weight
        pressure *= st["pressure"]  # collusion_gain x the stakes that do not change
        np.subtract(k.collusion_gain * k.collusion_threshold, pressure, out=pressure)
        aim = _sigmoid_neg(pressure)
        aim *= _dsum(self._member) * (1.0 / self.n)  # the coalition's share
        aim -= c
        aim *= r["collusion_adjust"]
        c += aim
        Q = v["reported_progress"]
        Q += real
        Q += (k.inflation * c) * st["per_size"]
        np.minimum(np.maximum(Q, P, out=Q), 1.0, out=Q)

    def _assess(self, u: np.ndarray) -> None:
        """5. Checks find shortfalls of the joint result and, as far as reporting makes them
        visible, of each department; exposure by the liability rule; detection of collusion."""
        k, p, v, st = self.k, self.p, self.v, self._s
        ev, c = self._ev, v["collusion"]
        inspected = u[U.U_INSPECT] < self._check_step
        unannounced = inspected & (u[U.U_UNANNOUNCED] < p.unannounced)
        np.greater(inspected, unannounced, out=ev[EV[C.INSPECTION]])
        ev[EV[C.UNANNOUNCED_VISIT]] = unannounced
        seen = np.where(unannounced, FLOAT(1.0), FLOAT(k.window_dressing))
        seen *= inspected
        seen *= 1.0 - c * st["hidden"]  # collusion hides shortfalls from a dependent evaluator
        seen *= st["seen"]
        x_star = st["inv_standard"]
        joint_sf = np.maximum(p.standard - self._g, 0.0)
        joint_sf *= x_star
        own_sf = np.maximum(p.standard - self._y, 0.0)
        own_sf *= st["own"] * x_star
        # the joint shortfall by the liability rule, each one's own as far as it is visible
        own_sf += st["joint_blame"] * joint_sf
        own_sf *= seen
        dh = self._dh = own_sf
        p_detect = np.minimum(st["detect"] * c, 1.0)
        if self.dt != 1.0:  # structural: the step length
            p_detect = 1.0 - np.power(1.0 - p_detect, self.dt)
        detected = u[U.U_DETECT] < p_detect
        ev[EV[C.COLLUSION_DETECTED]] = detected
        if detected.any():  # only a shortcut: the same arithmetic as np.where in every column
            dh += (k.detected_exposure * detected) * self._member
            v["reported_progress"] = np.where(detected, v["real_progress"], v["reported_progress"])
            v["collusion"] = np.where(detected, FLOAT(1.0 - k.detected_cut) * c, c)
            v["reputation"] = np.where(detected, np.maximum(v["reputation"] - k.detected_reputation, 0.0),
                                       v["reputation"])

    def _career(self, u: np.ndarray, us: np.ndarray) -> None:
        """6. The lead's reputation against expectations; backfires of the lead and of the rival
        tasks (implicating the superiors, :mod:`~collabsim.engine.superior`); the burden of
        competence."""
        k, p, v, r, dt, sup = self.k, self.p, self.v, self.r, self.dt, self.sup
        rep = v["reputation"]
        rep += r["rep_rate"] * (_unit(0.5 + self._deliv - sup.expect[0]) - rep)
        backfire = sup.backfires(u, us, self._ev, self._rival_rows)
        if backfire.any():  # only a shortcut: the same arithmetic as np.where in every column
            m_bf = sup.m_bf[0]  # the party committee punishes harder (越级)
            self._dh += (k.backfire_exposure * m_bf * backfire) * p.is_lead
            v["reputation"] = np.where(backfire, np.maximum(rep - k.backfire_reputation * m_bf, 0.0), rep)
        v["attention"] = sup.attention
        v["superior_reputation"] = sup.lead_reputation()
        hazard = np.minimum(self._deliv * self._s["inv_standard"], 1.0)  # results the superior saw
        hazard *= v["attention"]
        hazard *= sup.claim
        hazard *= np.exp(k.load_beta * (v["reputation"] - 0.5))
        hazard *= self._s["load_rate"] * -dt
        assigned = u[U.U_PROBLEM] < 1.0 - np.exp(hazard, out=hazard)
        self._ev[EV[C.PROBLEM_ASSIGNED]] = assigned
        load = v["extra_load"]
        load *= 1.0 - r["load_decay"]
        if assigned.any():
            load += (k.load_step * assigned) * p.is_lead
            np.minimum(load, 1.0, out=load)

    def _spread(self) -> None:
        """7. New exposure spreads one hop along the ties joint work built; ties follow joint work."""
        k, v, r = self.k, self.v, self.r
        W, dh = self._W, self._dh
        rows = np.maximum(self._rows, 1.0)
        # sum_j W_ij dh_j in sequential j order for any ensemble size (einsum's kernels may round
        # differently for different sizes): reduce over the strided axis 1, or accumulate when
        # there is a single column (a contiguous axis would be summed pairwise)
        if self._rowwise:  # structural (size): the same products and sums, a row j at a time
            spread = np.multiply(W[:, 0], dh[0], out=self._acc)
            t = self._row
            for j in range(1, self.n):
                spread += np.multiply(W[:, j], dh[j], out=t)
        else:
            flow = np.multiply(W, dh[None, :, :], out=self._tmp)
            if self.replicates == 1:  # structural
                spread = np.add.accumulate(flow, axis=1)[:, -1]
            else:
                spread = np.add.reduce(flow, axis=1)
        spread *= k.spread
        spread /= rows
        h = v["exposure"]
        room = 1.0 - h  # new exposure saturates: h stays below 1 and keeps its order
        h *= 1.0 - r["exposure_decay"]
        h += (dh + spread) * room
        _unit(h, out=h)
        v["exposure_evenness"] = _evenness(h)
        d = self._recorder.layout.detail  # the detail columns
        self._flows = k.spread * W[:, :, d] * (dh[None, :, d] * (room[:, None, d] / rows[:, None, d]))
        x = v["contribution"]
        tau = FLOAT(r["tie_rate"])
        if self._rowwise:  # the same arithmetic, row i at a time (it stays in cache)
            keep, tx, t = 1.0 - tau, tau * x, self._row
            for i in range(self.n):
                Wi = W[i]
                Wi *= keep
                np.multiply(x[i], tx, out=t)
                t[i] = 0.0  # no self-ties
                Wi += t
        else:
            W *= 1.0 - tau
            outer = np.multiply(x[:, None, :], (tau * x)[None, :, :], out=self._tmp)
            self._tmp_diag.fill(0.0)  # outer is self._tmp: no self-ties
            W += outer
        self._rows *= 1.0 - tau
        self._rows += tau * x * (_dsum(x) - x)

    def _record(self) -> None:
        """8. Hand what is recorded to the recorder."""
        v, p = self.v, self.p
        e, x = v["effort"], v["contribution"]
        n_coop = max(self.n - 1, 1)
        half = {
            "coop_effort": _dsum(e * p.coop) * (1.0 / n_coop),
            "coop_contribution": _dsum(x * p.coop) * (1.0 / n_coop),
            "lead_effort": _dsum(e * p.is_lead),
            "joint_op": v["joint_op"], "collusion": v["collusion"],
        }
        extras = {"shares": self.sup.alloc}
        if self.sup.any_adaptive:  # otherwise the parts are 0, as the recorder starts them
            extras["strategy"] = self.sup.parts
        self._recorder.record(v, self._comps, self._W, self._flows, self._ev if self.t else None, half,
                              extras)

    def run(self) -> Results:
        """Step to the horizon and return the results."""
        while not self.done:
            self.step()
        return self.results()

    def results(self) -> Results:
        return self._recorder.results(self.scenario, self.seed, self.v)


def check_run(seed: int, replicates: int, record: str) -> None:
    """ValueError unless the seed, the replicate count and the recording mode are valid."""
    if not 0 <= int(seed) < 2**63:
        raise ValueError("seed must be a non-negative integer below 2**63")
    if replicates < 1:
        raise ValueError("replicates must be at least 1")
    if record not in ("auto", "full", "summary", "final"):
        raise ValueError("record must be 'auto', 'full', 'summary' or 'final'")


def _evenness(h: np.ndarray) -> np.ndarray:
    """1 - Gini coefficient of exposure across departments (axis 0); 1 = perfectly even or all zero."""
    n = h.shape[0]
    s = sort_departments(h)
    total = _dsum(s)
    weighted = _dsum(s * _gini_weights(n))
    gini = weighted / np.maximum(n * total, 1e-12)
    return _unit(1.0 - gini * n / max(n - 1, 1))


_GINI: dict[int, np.ndarray] = {}


def _gini_weights(n: int) -> np.ndarray:
    if n not in _GINI:
        _GINI[n] = (2.0 * np.arange(1, n + 1) - n - 1).astype(FLOAT)[:, None]
    return _GINI[n]


def effort_change(total: float, constants: ModelConstants = DEFAULT_CONSTANTS) -> float:
    """Change of effort per month at marginal payoff ``total`` (before noise and the bounds)."""
    return constants.adjust * math.tanh(constants.gain * total)


def run(scenario: Scenario, seed: int = 0, replicates: int = 1, **kwargs) -> Results:
    """Run ``replicates`` replicates of ``scenario`` with seeds seed, seed+1, ... to the horizon."""
    return Simulation(scenario, seed=seed, replicates=replicates, **kwargs).run()
