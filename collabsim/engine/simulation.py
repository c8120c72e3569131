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
from collabsim.engine.ops import Consts32, sort_departments
from collabsim.engine.ops import dsum as _dsum
from collabsim.engine.params import STEP_MONTHS, derive, full_width
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
FULL_PARAMS_MAX = 500
#: from this many columns the ties (N x N x columns) are stepped a row at a time
ROWWISE_MIN = 2000


# constants as float32 0-d arrays: numpy converts a Python float operand on every call, which
# costs more than the arithmetic on small ensembles (the same float32 value either way)
_ZERO, _HALF, _ONE, _TWO = (np.asarray(x, dtype=FLOAT) for x in (0.0, 0.5, 1.0, 2.0))
_EPS = np.asarray(EPS, dtype=FLOAT)


def _unit(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Clip to [0, 1] with two ufunc calls (np.clip's Python wrapper costs more than the work)."""
    return np.minimum(np.maximum(x, _ZERO, out=out), _ONE, out=out)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic function. Every argument in the rules stays within about ±80 for constants in
    their ranges (the steepest is (tie - collusion_tie) / collusion_tie_width <= 1 / 0.01), so
    exp cannot overflow in float32 (its limit is exp(88))."""
    x = np.exp(np.negative(x))
    x += _ONE
    return np.reciprocal(x, out=x)


def _sigmoid_neg(x: np.ndarray) -> np.ndarray:
    """Logistic function of -x, one array operation less than ``_sigmoid(-x)`` and the same
    bits: the callers negate exactly (b - a for a - b, a factor -c for c; IEEE rounding is
    symmetric). The same bound on the argument as for _sigmoid."""
    x = np.exp(x)
    x += _ONE
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
            self.p = full_width(self.p, int(replicates))  # as a batch holds them: no broadcasting
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
        self._sup_uniforms = U.Counter(seeds, U.N_SUPERIOR + U.RIVAL_SLOTS * self.m, copies=layout.S,
                                       horizon=self.horizon)
        self.sup = Superiors(self.p, self.k, self.dt, self.replicates)
        self._init_rates()
        self._init_state()
        self._recorder = (FinalRecorder if final else Recorder)(layout, self.n, full, rivals=self.m,
                                                                constant=self._constant_indicators())
        self._flows = np.zeros((self.n, self.n, layout.S * layout.D), dtype=FLOAT)
        self._record()

    def _constant_indicators(self) -> dict:
        """Indicators (name -> None: all rows, or the departments' rows) that are the same in
        every replicate of a scenario (structural, for every column of a batch): the strategies
        and their publicity in fixed mode (the levers, and publicity built from them without
        chance), shared identity without party building (0), the extra load of every department
        but the lead (only the lead is assigned problems; 0) when the lead's row is the same in
        every column."""
        out = {}
        if not self.sup.any_adaptive:
            out.update(ride=None, borrow=None, build=None, publicity=None)
        if not self._party_building:
            out["identity"] = None
        if self._lead_row is not None and self.n > 1:
            out["extra_load"] = tuple(i for i in range(self.n) if i != self._lead_row)
        return out

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
        st = self._s
        st["own_x"] = st["own"] * st["inv_standard"]
        st["load_rate_dt"] = st["load_rate"] * -dt
        # the constants and step rates as float32 0-d arrays (see _ONE), and products of them
        self.c = c = Consts32(k)
        self.r32 = {name: f32(rate) for name, rate in self.r.items()}
        n = self.n
        inv_coop = 1.0 / max(n - 1, 1)
        for name, value in {
            "inv_n": 1.0 / n, "inv_coop": inv_coop, "inv_tau": 1.0 / tau,
            "inv_floor_width": 1.0 / k.floor_width, "neg_a_load": -k.a_load,
            "neg_decision_gain": -k.decision_gain, "turnout_per_coop": k.turnout_weight * inv_coop,
            "one_minus_turnout": 1.0 - k.turnout_weight, "neg_op_value": -(k.op_value * k.decision_gain),
            "neg_collusion_waste": -k.collusion_waste, "neg_inv_tie_width": -1.0 / k.collusion_tie_width,
            "collusion_bar": k.collusion_gain * k.collusion_threshold,
            "load_keep": 1.0 - self.r["load_decay"], "exposure_keep": 1.0 - self.r["exposure_decay"],
            "tie_rate": self.r["tie_rate"], "tie_keep": 1.0 - FLOAT(self.r["tie_rate"]),
            "n": n, "n_less": max(n - 1, 1), "tiny": 1e-12,
        }.items():
            setattr(c, name, f32(value))
        # the share of the task due by each step (capped at 1)
        # (t * dt in double precision, then single as numpy takes a Python float: the same values)
        elapsed = (np.arange(self.horizon + 1) * dt).astype(FLOAT)[:, None]
        self._due = np.minimum(elapsed * st["due"], _ONE)  # (T + 1, columns)
        # structural facts, the same in every column (a batch decides them for all its columns)
        self._cascade = bool(np.any(st["cascade"] != 0))  # individual responsibility somewhere
        self._floor = bool(np.any(st["floor"] != 0))  # a participation floor somewhere
        leads = np.flatnonzero(np.all(p.is_lead > 0, axis=-1))  # the lead's row in every column
        self._lead_row = int(leads[0]) if leads.size == 1 else None
        self._coop_rows = ({0: slice(1, None), n - 1: slice(0, n - 1)}.get(self._lead_row)
                           if n > 1 else None)
        self._fixed_lead_cost = None
        R = self.replicates
        self._gini_w = _gini_weights(n)
        if 1 < R <= FULL_PARAMS_MAX:  # at full width (see FULL_PARAMS_MAX)
            self._gini_w = np.ascontiguousarray(np.broadcast_to(self._gini_w, (n, R)))

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
        sup.step(u, us, v, self._assessed_weight(), self._ev)
        v["attention"] = sup.attention
        self._gain = sup.gain[0]
        v["ride"], v["borrow"], v["build"] = sup.ride_eff[0], sup.level[1, 0], sup.level[2, 0]

    def _assessed_weight(self) -> np.ndarray:
        """The task's weight in the assessment, raised by the attention that individual
        responsibility signals (层层分解); without it in any column, the weight itself (the same
        value: weight + 0 x attention)."""
        if self._cascade:
            return self.p.weight + self._s["cascade"] * self.v["attention"]
        return self.p.weight

    def _production(self, e: np.ndarray, capx: np.ndarray | None = None, marginal: bool = True):
        """Capacities with pooled resources, contributions y, the generalised-mean product g and
        each department's relative marginal product m (1 at an even profile, more for laggards;
        None unless ``marginal``). The pool is formed from the efforts the departments commit (at
        the decision); production reuses it (``capx``)."""
        k, p, c, st = self.k, self.p, self.c, self._s
        if capx is None:
            cap = p.capacity
            total_e = self._total_e = _dsum(e)
            self._total_floor = np.maximum(total_e, _EPS)
            pooled = _dsum(e * cap) / self._total_floor
            capx = np.maximum(pooled - cap, _ZERO)
            capx *= st["pool_cap"]
            capx += cap
            self._capx = capx
        y = e * capx
        y += _EPS
        sigma = k.softmin_exponent  # (a Python float: numpy's fast paths for powers stay as they were)
        ys = y**sigma
        M = (_dsum(ys) * c.inv_n) ** (1.0 / sigma)
        g = _dsum(y)
        g *= c.inv_n
        g = st["one_minus_cx"] * g
        g += p.complexity * M
        if not marginal:  # production (step 4) uses the product only
            return capx, y, g, None
        # (M / y)^(1 - sigma) = M^(1 - sigma) * y^sigma / y: one power of an (R,) vector
        ratio = ys
        ratio *= M ** (1.0 - sigma)
        ratio /= y
        np.minimum(ratio, c.marginal_cap, out=ratio)
        ratio *= p.complexity
        ratio += st["one_minus_cx"]  # m
        return capx, y, g, ratio

    def _decide(self, u: np.ndarray) -> None:
        """2. Effort: a smoothed best response to the marginal payoff of effort, split into
        the parts of codes.COMPONENTS."""
        p, v, n, st, c = self.p, self.v, self.n, self._s, self.c
        e, comps = v["effort"], self._comps
        capx, y, g, m = self._production(e)
        miss = g - p.standard
        miss *= c.inv_tau
        miss = _sigmoid_neg(miss)
        dens_joint = _ONE - miss  # x 1/tau, folded into c_joint
        dens_joint *= miss
        below_i = y - p.standard
        below_i *= c.inv_tau
        below_i = _sigmoid_neg(below_i)  # own output below the standard
        # 层层分解: the superior's attention signalled by individual responsibility raises the
        # task's weight in every department's assessment
        w = self._weight = self._assessed_weight()
        att = v["attention"]
        mc = m * capx
        credit = comps[K_CREDIT]
        np.multiply(st["share_j"], mc, out=credit)
        credit += st["own"] * capx
        credit *= c.a_credit * w
        # 批示: what reporting shows of a department's joint work earns the superior's notice, as
        # far as the superior attends to the task and the assessment does not already count it
        notice = st["notice"] * capx
        notice *= att * (_ONE - w)
        credit += notice
        sanction = comps[K_SANCTION]
        np.multiply(st["c_joint"] * dens_joint, mc, out=sanction)
        below_i *= st["c_blame"]
        below_i *= capx
        sanction += below_i
        scale = c.exposure_weight * v["exposure"]
        scale += _ONE
        sanction *= scale
        sanction *= self._fear[self.t]  # sanction x deterrence x (1 + urgency at this step)
        np.multiply(np.where(self._lead, att, v["authority"]), c.a_authority, out=comps[K_AUTHORITY])
        career = comps[K_CAREER]
        np.multiply(st["career"] * w, mc, out=career)
        career += st["promo_own"] * capx  # cadres promoted for the part of their work that is seen
        total_e = self._total_e
        pooled_r = _dsum(e * p.resources) / self._total_floor
        pool = comps[K_POOLING]
        np.subtract(pooled_r, p.resources, out=pool)
        np.maximum(pool, _ZERO, out=pool)
        pool *= st["pool"]
        others = total_e - e
        others *= st["inv_others"]  # the others' mean effort
        pool *= others
        # party building (extension): shared identity makes the others' effort worth matching
        if self._party_building:  # a shortcut: without it identity stays 0 and so does this part
            np.multiply(others, c.a_reciprocity * v["identity"], out=comps[K_IDENTITY])
        np.multiply(st["kpi"], capx, out=comps[K_KPI])
        if self._floor:  # (without a participation floor anywhere the points lost are 0 x ...)
            below = e - p.floor
            below *= c.inv_floor_width
            below = _sigmoid_neg(below)  # points lost below the floor
            below *= st["floor"]  # the lead only
            comps[K_KPI] += below
        # C'(e) = (c + a·load)·e: zero at e = 0 (Holmström 1982's v'(0) = 0, so any positive
        # incentive buys some effort), steeper with own workload and extra load (multitask, C_em)
        cost = comps[K_COST]
        np.multiply(v["extra_load"], c.neg_a_load, out=cost)
        cost -= st["curv"]
        cost += self._lead_cost()  # 借势 / 造势 load the lead's effort
        cost *= e
        pos = self._pos = comps[K_CREDIT] + comps[K_SANCTION]
        pos += comps[K_CAREER]
        pos += comps[K_KPI]
        pos += comps[K_POOLING]
        total = pos + comps[K_AUTHORITY]  # the components in a fixed order, for any ensemble size
        total += comps[K_COST]
        np.multiply(st["remit"], e, out=comps[K_REMIT])
        total += comps[K_REMIT]
        if self._party_building:  # (without it the part is 0: adding it changes nothing)
            total += comps[K_IDENTITY]
        total *= c.gain
        step = np.tanh(total, out=total)
        step *= self.r32["adjust"]
        noise = _TWO * u[U.N_GLOBAL:U.N_GLOBAL + n]
        noise -= _ONE
        noise *= st["noise"]
        step += noise
        e += step
        _unit(e, out=e)

    def _lead_cost(self) -> np.ndarray:
        """The lead's extra cost of effort from its 借势 / 造势 (the same each step in fixed mode)."""
        if self._fixed_lead_cost is not None:
            return self._fixed_lead_cost
        cost = self._s["lead_load"] * self.sup.lead_load()
        if not self.sup.any_adaptive:
            self._fixed_lead_cost = cost
        return cost

    def _coop_sum(self, a: np.ndarray) -> np.ndarray:
        """Sum over the cooperating departments of ``a`` (N, columns), in row order: the same
        value as the sum of a x coop (the lead's row adds an exact 0 to values >= 0) without the
        product, when the lead is the first or last row of every column (structural)."""
        rows = self._coop_rows
        return _dsum(a[rows]) if rows is not None else _dsum(a * self.p.coop)

    def _operate(self, u: np.ndarray, us: np.ndarray) -> None:
        """3. Joint operations: the lead proposes when an operation pays; each partner attends
        when its payoff covers the coordination cost; contributions depend on effort. Joint
        party-building meetings (an extension) build a shared identity."""
        p, v, n, st, c = self.p, self.v, self.n, self._s, self.c
        e = v["effort"]
        pay = self._pos * e
        pay *= c.attend_value
        pay += c.a_authority * v["authority"]
        pay += st["attend"]
        if self._party_building:  # (extension) shared identity: cheaper coordination
            pay += st["identity_cut"] * v["identity"]
        pay *= c.neg_decision_gain
        attend_p = _sigmoid_neg(pay)
        turnout = self._coop_sum(attend_p)
        turnout *= c.turnout_per_coop
        turnout += c.one_minus_turnout
        L = self._lead_row
        if L is not None:  # the lead's positive marginal payoff x its effort (the same values)
            value = self._pos[L] * e[L]
        else:
            value = _dsum(self._pos * p.is_lead)
            value *= _dsum(e * p.is_lead)
        value *= turnout
        value *= c.neg_op_value
        value += st["org"]
        rate = _sigmoid_neg(value)
        rate *= st["op_dt"]
        op = u[U.U_OP] < _ONE - np.exp(rate, out=rate)
        attend = u[U.N_GLOBAL + n:] < attend_p
        attend |= self._lead
        attend &= op
        # partners present: all present less the lead, who is present at every operation (whole
        # numbers: exact in any order)
        part = np.add.reduce(attend, axis=0, dtype=FLOAT)
        part -= op
        part *= c.inv_coop
        v["participation"] = part
        v["joint_op"] = op.astype(FLOAT)
        v["contribution"] = e * np.where(attend, _ONE, st["bg_coop"])
        complete = op & (part >= _ONE)
        self._ev[EV[C.JOINT_OP_HELD]] = complete
        np.greater(op, complete, out=self._ev[EV[C.JOINT_OP_INCOMPLETE]])
        if self._party_building:
            # party building (extension): joint meetings build a shared identity, which fades
            meeting = us[U.S_MEETING] < self.sup.p_meeting
            self._ev[EV[C.PARTY_BUILDING_MEETING]] = meeting
            ident = v["identity"]
            ident *= 1.0 - self.r["identity_decay"]
            ident += (self.k.identity_step * meeting) * (1.0 - ident)

    def _produce(self) -> None:
        """4. Production (generalised mean with pooled resources), collusion of a coalition of
        strongly tied departments, real and reported progress."""
        v, r, st, c = self.v, self.r32, self._s, self.c
        capx, y, g, _ = self._production(v["contribution"], self._capx, marginal=False)
        self._y, self._g = y, g
        col = v["collusion"]
        real = col * c.neg_collusion_waste
        real += _ONE
        real *= g
        real *= st["per_size"]  # dt / size
        deliv = g - self._deliv
        deliv *= r["delivery_adjust"]
        self._deliv += deliv
        P = v["real_progress"]
        P += real
        np.minimum(P, _ONE, out=P)
        lag = self._due[self.t] - P  # the share due by now, less real progress
        np.maximum(lag, _ZERO, out=lag)
        lag += c.pressure_floor
        ties = self._rows * st["inv_others"]
        ties -= c.collusion_tie
        ties *= c.neg_inv_tie_width
        self._member = _sigmoid_neg(ties)
        pressure = lag * self._weight
        pressure *= st["pressure"]  # collusion_gain x the stakes that do not change
        np.subtract(c.collusion_bar, pressure, out=pressure)
        aim = _sigmoid_neg(pressure)
        share = _dsum(self._member)
        share *= c.inv_n
        aim *= share  # the coalition's share
        aim -= col
        aim *= r["collusion_adjust"]
        col += aim
        Q = v["reported_progress"]
        Q += real
        inflated = c.inflation * col
        inflated *= st["per_size"]
        Q += inflated
        np.minimum(np.maximum(Q, P, out=Q), _ONE, out=Q)

    def _assess(self, u: np.ndarray) -> None:
        """5. Checks find shortfalls of the joint result and, as far as reporting makes them
        visible, of each department; exposure by the liability rule; detection of collusion."""
        k, p, v, st = self.k, self.p, self.v, self._s
        ev, c = self._ev, v["collusion"]
        inspected = u[U.U_INSPECT] < self._check_step
        unannounced = inspected & (u[U.U_UNANNOUNCED] < p.unannounced)
        np.greater(inspected, unannounced, out=ev[EV[C.INSPECTION]])
        ev[EV[C.UNANNOUNCED_VISIT]] = unannounced
        seen = np.where(unannounced, _ONE, self.c.window_dressing)
        seen *= inspected
        hidden = c * st["hidden"]
        np.subtract(_ONE, hidden, out=hidden)
        seen *= hidden  # collusion hides shortfalls from a dependent evaluator
        seen *= st["seen"]
        x_star = st["inv_standard"]
        joint_sf = p.standard - self._g
        np.maximum(joint_sf, _ZERO, out=joint_sf)
        joint_sf *= x_star
        own_sf = p.standard - self._y
        np.maximum(own_sf, _ZERO, out=own_sf)
        own_sf *= st["own_x"]
        # the joint shortfall by the liability rule, each one's own as far as it is visible
        own_sf += st["joint_blame"] * joint_sf
        own_sf *= seen
        dh = self._dh = own_sf
        p_detect = st["detect"] * c
        np.minimum(p_detect, _ONE, out=p_detect)
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
        k, p, v, sup, c = self.k, self.p, self.v, self.sup, self.c
        rep = v["reputation"]
        aim = _HALF + self._deliv
        aim -= sup.expect[0]
        aim = _unit(aim, out=aim)
        aim -= rep
        aim *= self.r32["rep_rate"]
        rep += aim
        backfire = sup.backfires(u, us, self._ev, self._rival_rows)
        if backfire.any():  # only a shortcut: the same arithmetic as np.where in every column
            m_bf = sup.m_bf[0]  # the party committee punishes harder (越级)
            self._dh += (k.backfire_exposure * m_bf * backfire) * p.is_lead
            v["reputation"] = np.where(backfire, np.maximum(rep - k.backfire_reputation * m_bf, 0.0), rep)
        v["attention"] = sup.attention
        v["superior_reputation"] = sup.lead_reputation()
        hazard = self._deliv * self._s["inv_standard"]
        np.minimum(hazard, _ONE, out=hazard)  # results the superior saw
        hazard *= v["attention"]
        hazard *= sup.claim
        burden = v["reputation"] - _HALF
        burden *= c.load_beta
        hazard *= np.exp(burden, out=burden)
        hazard *= self._s["load_rate_dt"]
        assigned = u[U.U_PROBLEM] < _ONE - np.exp(hazard, out=hazard)
        self._ev[EV[C.PROBLEM_ASSIGNED]] = assigned
        load = v["extra_load"]
        load *= self.c.load_keep
        if assigned.any():
            load += (k.load_step * assigned) * p.is_lead
            np.minimum(load, 1.0, out=load)

    def _spread(self) -> None:
        """7. New exposure spreads one hop along the ties joint work built; ties follow joint work."""
        k, v, r = self.k, self.v, self.r
        W, dh = self._W, self._dh
        rows = np.maximum(self._rows, _ONE)
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
        c = self.c
        spread *= c.spread
        spread /= rows
        h = v["exposure"]
        room = _ONE - h  # new exposure saturates: h stays below 1 and keeps its order
        h *= c.exposure_keep
        spread += dh  # (dh + spread: the same sum)
        spread *= room
        h += spread
        _unit(h, out=h)
        v["exposure_evenness"] = self._evenness(h)
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
        self._rows *= c.tie_keep
        others = _dsum(x) - x
        tx = c.tie_rate * x
        tx *= others
        self._rows += tx

    def _evenness(self, h: np.ndarray) -> np.ndarray:
        return _evenness(h, self._gini_w, self.c)

    def _record(self) -> None:
        """8. Hand what is recorded to the recorder."""
        v, c = self.v, self.c
        e, x = v["effort"], v["contribution"]
        coop_e, coop_x = self._coop_sum(e), self._coop_sum(x)
        coop_e *= c.inv_coop
        coop_x *= c.inv_coop
        L = self._lead_row
        half = {
            "coop_effort": coop_e, "coop_contribution": coop_x,
            "lead_effort": e[L] if L is not None else _dsum(e * self.p.is_lead),
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


def _evenness(h: np.ndarray, weights: np.ndarray | None = None, c=None) -> np.ndarray:
    """1 - Gini coefficient of exposure across departments (axis 0); 1 = perfectly even or all zero.
    ``weights`` (the Gini weights, any width that broadcasts) and ``c`` (with ``n``, ``n_less``
    and ``tiny`` as float32 0-d arrays) save numpy's conversions; the same values either way."""
    n = h.shape[0]
    s = sort_departments(h)
    total = _dsum(s)
    s *= _gini_weights(n) if weights is None else weights
    weighted = _dsum(s)
    if c is None:
        gini = weighted / np.maximum(n * total, 1e-12)
        return _unit(1.0 - gini * n / max(n - 1, 1))
    total *= c.n
    gini = weighted / np.maximum(total, c.tiny, out=total)
    gini *= c.n
    gini /= c.n_less
    return _unit(np.subtract(_ONE, gini, out=gini), out=gini)


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
