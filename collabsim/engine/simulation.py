"""The simulation: state vectorised across replicates, one step at a time.

``Simulation(scenario, seed, replicates)`` holds the state of every replicate. Internally arrays
are laid out (departments, replicates) so that numpy's inner loops run over the long replicate
axis; everything handed out (``state()``, :class:`Results`) is (replicates, departments).
``step()`` advances every replicate by one step in the process order documented in the ODD
(resources/docs/model_en.md §3); ``run()`` goes to the horizon and returns
:class:`~collabsim.engine.results.Results`. No wall clock, no global random state.
"""

from __future__ import annotations

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine import rng as U
from collabsim.engine.ops import dsum as _dsum
from collabsim.engine.params import DEFAULT_CONSTANTS, ModelConstants, derive
from collabsim.engine.recorder import Recorder
from collabsim.engine.results import Results
from collabsim.scenario.model import Scenario

FLOAT = np.float32  # state precision: ample for indicators in [0, 1], half the memory traffic
_ONE, _ZERO = np.float32(1.0), np.float32(0.0)

#: (code, department) of each event slot; department -1 = all / none, -2 = the lead
EVENT_SLOTS = (
    (C.ENDORSEMENT, -2), (C.JOINT_OP_HELD, -1), (C.JOINT_OP_INCOMPLETE, -1), (C.INSPECTION, -1),
    (C.UNANNOUNCED_VISIT, -1), (C.COLLUSION_DETECTED, -1), (C.BACKFIRE, -2),
    (C.PROBLEM_ASSIGNED, -2),
)


def _unit(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Clip to [0, 1] with two ufunc calls (np.clip's Python wrapper costs more than the work)."""
    return np.minimum(np.maximum(x, 0.0, out=out), 1.0, out=out)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic function; arguments here are bounded (|x| < 100), so exp cannot overflow."""
    x = np.exp(-x)
    x += 1.0
    return np.reciprocal(x, out=x)


class Simulation:
    """An ensemble of ``replicates`` runs of one scenario; replicate k uses seed ``seed + k``.

    ``record`` is 'full' (every trajectory of every replicate), 'summary' (per-step median,
    10-90% band and mean, plus the full detail of the first ``detail`` replicates; memory does
    not grow with the ensemble) or 'auto' (full up to 2,000 replicates).
    """

    def __init__(self, scenario: Scenario, seed: int = 0, replicates: int = 1,
                 record: str = "auto", detail: int = 1,
                 constants: ModelConstants = DEFAULT_CONSTANTS) -> None:
        if not 0 <= int(seed) < 2**63:
            raise ValueError("seed must be a non-negative integer below 2**63")
        if replicates < 1:
            raise ValueError("replicates must be at least 1")
        if record not in ("auto", "full", "summary"):
            raise ValueError("record must be 'auto', 'full' or 'summary'")
        self.scenario = scenario
        self.k = constants
        self.d = derive(scenario, constants)
        self.seed = int(seed)
        self.replicates = int(replicates)
        self.t = 0
        seeds = self.seed + np.arange(self.replicates, dtype=np.int64)
        self._streams = U.Streams(seeds, self.d.n, self.d.horizon)
        full = record == "full" or (record == "auto" and replicates <= 2000)
        self._init_state()
        self._recorder = Recorder(self, full=full, detail=min(detail, self.replicates))
        self._recorder.record(self._snapshot(), self._comps, self._flows, None)

    # ------------------------------------------------------------------ state
    def _init_state(self) -> None:
        R, N, d = self.replicates, self.d.n, self.d
        f = FLOAT
        col = {name: getattr(d, name)[:, None].astype(f) for name in (
            "is_lead", "resources", "workload", "capacity", "liability", "joint_liability",
            "credit", "jointness", "own_weight", "baseline")}
        self._col = col
        self._e = np.full((N, R), 0.2, dtype=f)
        self._x = np.zeros((N, R), dtype=f)
        self._h = np.zeros((N, R), dtype=f)
        self._load = np.zeros((N, R), dtype=f)
        # tie strengths in single precision: the largest arrays (N x N x R), only ever smoothed
        self._W = np.broadcast_to((0.1 * (1.0 - np.eye(N, dtype=np.float32)))[:, :, None],
                                  (N, N, R)).copy()
        self._rows = _dsum(self._W.swapaxes(0, 1))  # sum over j of W_ij
        self._P = np.zeros(R, dtype=f)
        self._Q = np.zeros(R, dtype=f)
        self._pub = np.zeros(R, dtype=f)
        self._c = np.zeros(R, dtype=f)
        self._rep = np.full(R, 0.5, dtype=f)
        self._endorse = np.zeros(R, dtype=f)
        self._op = np.zeros(R, dtype=f)
        self._part = np.zeros(R, dtype=f)
        self._deliv = np.zeros(R, dtype=f)
        z = d.base_salience
        self._att = np.full(R, z**self.k.contest_r / (z**self.k.contest_r + d.rival**self.k.contest_r),
                            dtype=f)
        self._auth = _unit(d.base_authority + self.k.auth_attention * self._att)
        self._comps = np.zeros((len(C.COMPONENTS), N, R), dtype=f)  # (K, N, R): cheap sums
        self._flows = np.zeros((N, N, 1), dtype=f)
        self._tmp = np.empty((N, N, R), dtype=np.float32)
        self._diag = np.arange(N)
        self._ev = np.zeros((len(EVENT_SLOTS), R), dtype=bool)
        self._static = self.k.a_resource * (1.0 - col["resources"])  # resource need never changes

    def _snapshot(self) -> dict[str, np.ndarray]:
        """Current indicators; per-department ones laid out (departments, replicates)."""
        return {
            "real_progress": self._P, "reported_progress": self._Q, "effort": self._e,
            "contribution": self._x, "participation": self._part, "joint_op": self._op,
            "exposure": self._h, "exposure_evenness": _evenness(self._h),
            "attention": self._att, "authority": self._auth, "publicity": self._pub,
            "collusion": self._c, "reputation": self._rep, "extra_load": self._load,
        }

    def state(self, name: str) -> np.ndarray:
        """Current value of indicator ``name``, shaped (replicates[, departments]), read-only."""
        view = self._snapshot()[name]
        view = (view.T if view.ndim == 2 else view).view()
        view.flags.writeable = False
        return view

    @property
    def done(self) -> bool:
        return self.t >= self.d.horizon

    # ------------------------------------------------------------------ dynamics
    def step(self) -> None:
        """Advance every replicate by one step."""
        if self.done:
            raise RuntimeError("the simulation has reached its horizon")
        k, d, col = self.k, self.d, self._col
        u = self._streams.next()  # (width, replicates)
        self.t += 1
        t = self.t
        ev = self._ev  # (event slot, replicate) masks; slots in EVENT_SLOTS order
        lead, n = d.lead, d.n

        # 1. superior attention (punctuated, Tullock share) and the lead's authority
        self._pub += k.publicity_rate * d.build * (1.0 - self._pub) - k.publicity_decay * self._pub
        highlight = d.borrow * (0.3 + 0.7 * self._deliv)
        z = (d.base_salience + k.salience_ride * d.ride + k.salience_borrow * highlight
             + k.salience_build * self._pub + k.salience_noise * (2 * u[U.U_SALIENCE] - 1))
        z = np.maximum(z, 1e-6) ** k.contest_r
        target = z / (z + d.rival**k.contest_r)
        gap = target - self._att
        self._att += np.where(np.abs(gap) > k.friction, gap, k.drift * gap)
        endorsed = u[U.U_ENDORSE] < k.endorse_rate * d.borrow * self._att
        self._endorse = np.where(endorsed, 1.0, self._endorse * k.endorse_decay)
        ev[0] = endorsed
        auth_target = (d.base_authority + k.auth_attention * self._att + k.auth_endorse * self._endorse
                       + k.auth_ride * d.ride + k.auth_publicity * self._pub)
        self._auth += k.auth_adjust * (_unit(auth_target) - self._auth)

        # 2. effort decisions: smoothed best response to the parts of the incentive
        comps = self._comps
        urgency = d.urgency
        if d.deadline:
            urgency += min(1.0, t / d.deadline) ** 2
        comps[0] = col["credit"]
        np.multiply((k.a_sanction * d.sanction * d.deterrence * (1 + 0.5 * urgency))
                    * col["joint_liability"], 1.0 + self._h, out=comps[1])
        comps[2] = k.a_authority * self._auth
        comps[2, lead] = k.a_authority * self._att
        comps[3] = self._static
        e = self._e
        others = (_dsum(e) - e) / max(n - 1, 1)
        comps[4] = (2.0 * k.a_fate * d.fate) * (others - 0.5)
        strategy = col["is_lead"] * k.a_strategy_cost * 0.5 * (d.borrow + d.build)
        comps[5] = -(k.a_cost * (col["workload"] + self._load) + strategy)
        comps[6] = -col["baseline"]
        total = comps[0] + comps[1]
        for part in comps[2:]:
            total += part
        want = _sigmoid(k.gain * total)
        noise = (2.0 * k.noise_scale * d.noise) * u[U.N_GLOBAL:U.N_GLOBAL + n] - k.noise_scale * d.noise
        e += k.adjust * (want - e) + noise
        _unit(e, out=e)

        # 3. joint operations, attendance and contributions
        p_op = d.op_rate * (0.4 + 0.6 * e[lead])  # compared with a uniform: no clip needed
        op = u[U.U_OP] < p_op
        mobilised = e + (k.mobilisation * d.meetings) * self._auth
        attend = (u[U.N_GLOBAL + n:] < mobilised) & op
        attend[lead] = op
        n_coop = max(n - 1, 1)
        self._part = np.where(op, (attend.sum(axis=0) - 1).astype(FLOAT) / n_coop, _ZERO)
        self._op = op.astype(FLOAT)
        share = np.where(op, np.where(attend, _ONE, np.float32(k.missed_share)),
                         np.float32(d.background))
        share[lead] = 1.0
        x = self._x = e * share
        complete = op & (self._part >= 1.0)
        ev[1] = complete
        np.greater(op, complete, out=ev[2])  # held but incomplete

        # 4. production (weakest-link mix), collusion and reported progress
        eff = x * col["capacity"]
        g = d.complexity * eff.min(axis=0) + ((1 - d.complexity) / n) * _dsum(eff)
        self._deliv = k.delivery_memory * self._deliv + (1 - k.delivery_memory) * g
        real = g * (1.0 - k.collusion_waste * self._c) / d.size
        self._P = np.minimum(1.0, self._P + real)
        expected = min(1.0, t / (d.deadline or d.size))
        lag = np.maximum(0.0, expected - self._P)
        pressure_c = (d.sanction * (0.5 + 0.5 * d.unpredictability) * d.weight
                      * (0.5 + 0.5 * d.fate / max(d.sanction, 1e-9)) * (0.5 + lag)
                      * (1.0 - d.third_party))
        want_c = _sigmoid(k.collusion_gain * (pressure_c - k.collusion_threshold))
        self._c += k.collusion_adjust * (want_c - self._c)
        self._Q = np.minimum(1.0, np.maximum(self._Q + real + k.inflation * self._c / d.size, self._P))

        # 5. assessment: checks find shortfalls, exposure is attributed by the liability rule
        inspected = u[U.U_INSPECT] < d.checks
        unannounced = inspected & (u[U.U_UNANNOUNCED] < d.unpredictability)
        np.greater(inspected, unannounced, out=ev[3])  # announced check
        ev[4] = unannounced
        seen = np.where(unannounced, 1.0, k.announced_found) * inspected
        seen *= 1.0 - self._c * (1.0 - d.third_party)
        found = (1.0 - x) * seen
        dh = (k.exposure_gain * d.sanction) * col["liability"] * (
            col["jointness"] * (_dsum(found) / n) + (1 - col["jointness"]) * col["own_weight"] * found)
        detected = u[U.U_DETECT] < k.detection * d.third_party * d.checks * self._c
        ev[5] = detected
        if detected.any():
            dh += (k.detected_exposure * detected) * (col["liability"] / d.liability.max())
            self._Q = np.where(detected, self._P, self._Q)
            self._c = np.where(detected, 0.3 * self._c, self._c)
            self._rep = np.where(detected, np.maximum(self._rep - 0.1, 0.0), self._rep)

        # 6. reputation, backfire of over-claiming, burden of competence
        promise = 0.2 + 0.6 * d.claim * self._att
        delivered = self._deliv / d.capacity_mean
        rep_target = _unit(0.5 + delivered - promise)
        self._rep += k.rep_rate * (rep_target - self._rep)
        short = np.maximum(0.0, promise - delivered - k.backfire_margin)
        backfire = u[U.U_BACKFIRE] < k.backfire_rate * d.claim * self._att * short
        ev[6] = backfire
        if backfire.any():
            dh[lead] += k.backfire_exposure * backfire
            self._rep = np.where(backfire, np.maximum(self._rep - 0.15, 0), self._rep)
            self._att = np.where(backfire, 0.6 * self._att, self._att)
            self._endorse = np.where(backfire, 0.0, self._endorse)
        assigned = u[U.U_PROBLEM] < (k.load_rate * d.claim * self._att
                                     * np.exp(k.load_beta * (self._rep - 0.5)))
        ev[7] = assigned
        self._load *= k.load_decay
        self._load[lead] = np.minimum(1.0, self._load[lead] + k.load_step * assigned)

        # 7. exposure spreads along the collaboration network (DebtRank-like), then fades
        W = self._W
        rows = np.maximum(self._rows, 1.0)
        spread = W[:, 0] * dh[0]  # sum_j W_ij dh_j, as exact elementwise ops (einsum's
        for j in range(1, n):     # kernels may round differently for different ensemble sizes)
            spread += W[:, j] * dh[j]
        spread *= k.spread
        spread /= rows
        h = self._h
        h *= 1 - k.exposure_decay
        h += dh
        h += spread
        _unit(h, out=h)
        D = self._recorder.detail
        flows = k.spread * W[:, :, :D] * (dh[None, :, :D] / rows[:, None, :D])
        W *= 1 - k.tie_rate
        x32 = x.astype(np.float32)
        outer = np.multiply(x32[:, None, :], x32[None, :, :], out=self._tmp)
        outer[self._diag, self._diag] = 0.0
        outer *= k.tie_rate
        W += outer
        self._rows *= 1 - k.tie_rate
        self._rows += k.tie_rate * x * (_dsum(x) - x)

        self._recorder.record(self._snapshot(), comps, flows, ev)

    def run(self) -> Results:
        """Step to the horizon and return the results."""
        while not self.done:
            self.step()
        return self.results()

    def results(self) -> Results:
        return self._recorder.results()


def _evenness(h: np.ndarray) -> np.ndarray:
    """1 - Gini coefficient of exposure across departments (axis 0); 1 = perfectly even or all zero."""
    n = h.shape[0]
    s = np.sort(h, axis=0)
    total = _dsum(s)
    # Gini = sum_i (2i - n - 1) s_(i) / (n * total), i = 1..n over the sorted values
    weighted = _dsum(s * _gini_weights(n))
    gini = weighted / np.maximum(n * total, 1e-12)
    return _unit(1.0 - gini * n / max(n - 1, 1))


_GINI: dict[int, np.ndarray] = {}


def _gini_weights(n: int) -> np.ndarray:
    if n not in _GINI:
        _GINI[n] = (2.0 * np.arange(1, n + 1) - n - 1)[:, None]
    return _GINI[n]


def run(scenario: Scenario, seed: int = 0, replicates: int = 1, **kwargs) -> Results:
    """Run ``replicates`` replicates of ``scenario`` with seeds seed, seed+1, ... to the horizon."""
    return Simulation(scenario, seed=seed, replicates=replicates, **kwargs).run()
