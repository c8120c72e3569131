"""The simulation: state vectorised across replicates, one step at a time.

``Simulation(scenario, seed, replicates)`` holds arrays shaped (replicates, departments);
``step()`` advances every replicate by one step in the process order documented in the ODD
(resources/docs/model_en.md §3); ``run()`` goes to the horizon and returns
:class:`~collabsim.engine.results.Results`. No wall clock, no global random state.
"""

from __future__ import annotations

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine import rng as U
from collabsim.engine.params import DEFAULT_CONSTANTS, ModelConstants, derive
from collabsim.engine.recorder import Recorder
from collabsim.engine.results import Results
from collabsim.scenario.model import Scenario


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


class Simulation:
    """An ensemble of ``replicates`` runs of one scenario; replicate k uses seed ``seed + k``.

    ``record`` is 'full' (every trajectory of every replicate), 'summary' (per-step median,
    10-90% band and mean, plus the full detail of the first ``detail`` replicates; memory does
    not grow with the ensemble) or 'auto' (full up to 2,000 replicates).
    """

    def __init__(self, scenario: Scenario, seed: int = 0, replicates: int = 1,
                 record: str = "auto", detail: int = 1,
                 constants: ModelConstants = DEFAULT_CONSTANTS) -> None:
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
        self._streams = U.Streams(seeds, self.d.n)
        full = record == "full" or (record == "auto" and replicates <= 2000)
        self._init_state()
        self._recorder = Recorder(self, full=full, detail=min(detail, self.replicates))
        self._recorder.record(self._snapshot(), self._comps, self._flows, [])

    # ------------------------------------------------------------------ state
    def _init_state(self) -> None:
        R, N, d = self.replicates, self.d.n, self.d
        self._e = np.full((R, N), 0.2)
        self._x = np.zeros((R, N))
        self._h = np.zeros((R, N))
        self._load = np.zeros((R, N))
        self._W = np.broadcast_to(0.1 * (1.0 - np.eye(N)), (R, N, N)).copy()
        self._rows = self._W.sum(axis=2)
        self._P = np.zeros(R)
        self._Q = np.zeros(R)
        self._pub = np.zeros(R)
        self._c = np.zeros(R)
        self._rep = np.full(R, 0.5)
        self._endorse = np.zeros(R)
        self._op = np.zeros(R)
        self._part = np.zeros(R)
        self._deliv = np.zeros(R)
        z = d.base_salience
        self._att = np.full(R, z**self.k.contest_r / (z**self.k.contest_r + d.rival**self.k.contest_r))
        self._auth = np.clip(d.base_authority + self.k.auth_attention * self._att, 0, 1)
        self._comps = np.zeros((len(C.COMPONENTS), R, N))  # (K, R, N): cheap sums
        self._flows = np.zeros((1, N, N))
        self._tmp = np.empty((R, N, N))

    def _snapshot(self) -> dict[str, np.ndarray]:
        return {
            "real_progress": self._P, "reported_progress": self._Q, "effort": self._e,
            "contribution": self._x, "participation": self._part, "joint_op": self._op,
            "exposure": self._h, "exposure_evenness": _evenness(self._h),
            "attention": self._att, "authority": self._auth, "publicity": self._pub,
            "collusion": self._c, "reputation": self._rep, "extra_load": self._load,
        }

    def state(self, name: str) -> np.ndarray:
        """Current value of indicator ``name`` (read-only view), e.g. ``state('effort')``."""
        view = self._snapshot()[name].view()
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
        k, d = self.k, self.d
        u = self._streams.next()
        self.t += 1
        t = self.t
        events: list[tuple[int, int, int]] = []  # (replicate array, department, code) batches
        lead = d.lead

        # 1. superior attention (punctuated, Tullock share) and the lead's authority
        self._pub += k.publicity_rate * d.build * (1.0 - self._pub) - k.publicity_decay * self._pub
        highlight = d.borrow * (0.3 + 0.7 * self._deliv)
        z = (d.base_salience + k.salience_ride * d.ride + k.salience_borrow * highlight
             + k.salience_build * self._pub + k.salience_noise * (2 * u[:, U.U_SALIENCE] - 1))
        z = np.maximum(z, 1e-6) ** k.contest_r
        target = z / (z + d.rival**k.contest_r)
        gap = target - self._att
        self._att += np.where(np.abs(gap) > k.friction, gap, k.drift * gap)
        endorsed = u[:, U.U_ENDORSE] < k.endorse_rate * d.borrow * self._att
        self._endorse = np.where(endorsed, 1.0, self._endorse * k.endorse_decay)
        events.append((endorsed, lead, C.ENDORSEMENT))
        auth_target = (d.base_authority + k.auth_attention * self._att + k.auth_endorse * self._endorse
                       + k.auth_ride * d.ride + k.auth_publicity * self._pub)
        self._auth += k.auth_adjust * (np.clip(auth_target, 0, 1) - self._auth)

        # 2. effort decisions: smoothed best response to the parts of the incentive
        comps = self._comps
        urgency = d.urgency
        if d.deadline:
            urgency += min(1.0, t / d.deadline) ** 2
        comps[0] = d.credit
        comps[1] = (k.a_sanction * d.sanction * d.deterrence * (1 + 0.5 * urgency)) * (
            d.joint_liability * (1.0 + self._h))
        pressure = np.where(d.is_lead > 0, self._att[:, None], self._auth[:, None])
        comps[2] = k.a_authority * pressure
        comps[3] = k.a_resource * (1.0 - d.resources)
        e = self._e
        others = (e.sum(axis=1, keepdims=True) - e) / max(d.n - 1, 1)
        comps[4] = k.a_fate * d.fate * 2.0 * (others - 0.5)
        strategy = d.is_lead * k.a_strategy_cost * 0.5 * (d.borrow + d.build)
        comps[5] = -(k.a_cost * (d.workload + self._load) + strategy)
        comps[6] = -d.baseline
        want = _sigmoid(k.gain * comps.sum(axis=0))
        noise = k.noise_scale * d.noise * (2 * u[:, U.N_GLOBAL:U.N_GLOBAL + d.n] - 1)
        np.clip(e + k.adjust * (want - e) + noise, 0.0, 1.0, out=e)

        # 3. joint operations, attendance and contributions
        p_op = np.clip(d.op_rate * (0.4 + 0.6 * e[:, lead]), 0, 1)
        op = u[:, U.U_OP] < p_op
        mobilised = e + k.mobilisation * d.meetings * self._auth[:, None]
        attend = (u[:, U.N_GLOBAL + d.n:] < mobilised) & op[:, None]
        attend[:, lead] = op
        n_coop = max(d.n - 1, 1)
        self._part = np.where(op, (attend.sum(axis=1) - 1) / n_coop, 0.0)
        self._op = op.astype(float)
        share = np.where(op[:, None], np.where(attend, 1.0, k.missed_share), d.background)
        share[:, lead] = 1.0
        x = self._x = e * share
        complete = op & (self._part >= 1.0)
        events.append((complete, -1, C.JOINT_OP_HELD))
        events.append((op & ~complete, -1, C.JOINT_OP_INCOMPLETE))

        # 4. production (weakest-link mix), collusion and reported progress
        eff = x * d.capacity
        g = d.complexity * eff.min(axis=1) + (1 - d.complexity) * eff.mean(axis=1)
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
        inspected = u[:, U.U_INSPECT] < d.checks
        unannounced = inspected & (u[:, U.U_UNANNOUNCED] < d.unpredictability)
        events.append((inspected & ~unannounced, -1, C.INSPECTION))
        events.append((unannounced, -1, C.UNANNOUNCED_VISIT))
        found = (1.0 - x) * np.where(unannounced, 1.0, k.announced_found)[:, None]
        found *= (1.0 - self._c * (1.0 - d.third_party))[:, None] * inspected[:, None]
        dh = k.exposure_gain * d.sanction * d.liability * (
            d.jointness * found.mean(axis=1, keepdims=True)
            + (1 - d.jointness) * d.own_weight * found)
        detected = u[:, U.U_DETECT] < k.detection * d.third_party * d.checks * self._c
        events.append((detected, -1, C.COLLUSION_DETECTED))
        dh += np.where(detected, k.detected_exposure, 0.0)[:, None] * d.liability / d.liability.max()
        self._Q = np.where(detected, self._P, self._Q)
        self._c = np.where(detected, 0.3 * self._c, self._c)
        self._rep = np.where(detected, np.maximum(self._rep - 0.1, 0.0), self._rep)

        # 6. reputation, backfire of over-claiming, burden of competence
        promise = 0.2 + 0.6 * d.claim * self._att
        delivered = self._deliv / d.capacity.mean()
        rep_target = np.clip(0.5 + delivered - promise, 0, 1)
        self._rep += k.rep_rate * (rep_target - self._rep)
        short = np.maximum(0.0, promise - delivered - k.backfire_margin)
        backfire = u[:, U.U_BACKFIRE] < k.backfire_rate * d.claim * self._att * short
        events.append((backfire, lead, C.BACKFIRE))
        dh[:, lead] += np.where(backfire, k.backfire_exposure, 0.0)
        self._rep = np.where(backfire, np.maximum(self._rep - 0.15, 0), self._rep)
        self._att = np.where(backfire, 0.6 * self._att, self._att)
        self._endorse = np.where(backfire, 0.0, self._endorse)
        assigned = u[:, U.U_PROBLEM] < (k.load_rate * d.claim * self._att
                                        * np.exp(k.load_beta * (self._rep - 0.5)))
        events.append((assigned, lead, C.PROBLEM_ASSIGNED))
        self._load *= k.load_decay
        self._load[:, lead] = np.minimum(1.0, self._load[:, lead] + k.load_step * assigned)

        # 7. exposure spreads along the collaboration network (DebtRank-like), then fades
        W = self._W
        rows = np.maximum(self._rows, 1.0)
        spread = k.spread * np.einsum("rij,rj->ri", W, dh) / rows
        self._h = np.clip(self._h * (1 - k.exposure_decay) + dh + spread, 0, 1)
        D = self._recorder.detail
        flows = k.spread * W[:D] * (dh[:D, None, :] / rows[:D, :, None])
        W *= 1 - k.tie_rate
        outer = np.multiply(x[:, :, None], x[:, None, :], out=self._tmp)
        outer.reshape(len(x), -1)[:, :: d.n + 1] = 0.0
        outer *= k.tie_rate
        W += outer
        self._rows *= 1 - k.tie_rate
        self._rows += k.tie_rate * x * (x.sum(axis=1, keepdims=True) - x)

        self._recorder.record(self._snapshot(), comps, flows, events)

    def run(self) -> Results:
        """Step to the horizon and return the results."""
        while not self.done:
            self.step()
        return self.results()

    def results(self) -> Results:
        return self._recorder.results()


def _evenness(h: np.ndarray) -> np.ndarray:
    """1 - Gini coefficient of exposure across departments (1 = perfectly even; 1 if all zero)."""
    n = h.shape[1]
    s = np.sort(h, axis=1)
    total = s.sum(axis=1)
    idx = np.arange(1, n + 1)
    gini = np.where(total > 1e-12,
                    (2.0 * (s * idx).sum(axis=1) / np.maximum(total, 1e-12) - (n + 1)) / n, 0.0)
    return np.clip(1.0 - gini * n / max(n - 1, 1), 0.0, 1.0)


def run(scenario: Scenario, seed: int = 0, replicates: int = 1, **kwargs) -> Results:
    """Run ``replicates`` replicates of ``scenario`` with seeds seed, seed+1, ... to the horizon."""
    return Simulation(scenario, seed=seed, replicates=replicates, **kwargs).run()
