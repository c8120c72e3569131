"""The superiors' side (issue 10): two tiers of attention, rival tasks, emergencies, backfires.

Above the departments sit two tiers (三元差序结构, §四(二)): the government (政府) and the party
committee (党委). Each has an attention budget (shares summing to at most 1) contested, as a
Tullock contest, by the tasks whose leads seek it — this task (at the tier ``attention.tier``,
逐级 or 越级) and the rival tasks (reduced-form lead departments with their own salience,
strategies, noisy delivery, expectations and backfires) — and by standing claims: the central
task, emergencies arriving at random, and the tier's other business. Allocations move by
Jones–Baumgartner friction: pressure (the gap between the contest's target and the allocation,
accumulated and leaking) must reach a threshold before a tier reallocates, and then it jumps.
A backfire implicates the superior that attended to the lead (牵连上级领导): its reputation loses
a share, and it withholds the same share of attention from that lead while the memory fades.

Leads are the rows of (L, R) arrays: row 0 is this task's lead, rows 1..M the rival tasks.
Allocations are (K, 2, R): items (this task, M rivals, central task, emergency, other business)
by tier (government, party) by replicate. Everything is arithmetic on the Params arrays (the
batching contract); the only Python-level facts are the structural ones (M, dt).
See resources/docs/model_en.md §7.2.
"""

from __future__ import annotations

import math

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine import rng as U
from collabsim.engine.ops import Consts32, dsum
from collabsim.engine.strategy import choose

FLOAT = np.float32
EV = C.SLOT


def _rate(rate: float, dt: float) -> float:
    return 1.0 - (1.0 - rate) ** dt


def _f(a) -> np.ndarray:
    return np.asarray(a, dtype=FLOAT)


class Superiors:
    """The two tiers' attention, the leads' salience and the rival tasks of one ensemble."""

    def __init__(self, p, k, dt: float, replicates: int) -> None:
        self.p, self.k, self.dt = p, k, dt
        R = replicates
        self.m = m = int(p.rival_on.shape[0])
        self.L = L = 1 + m
        self.K = L + len(C.OTHER_CLAIMS)
        rc = k.contest_r
        self.sqrt_dt = math.sqrt(dt)
        row = lambda a: np.asarray(a, dtype=np.float64)[None, ...]  # noqa: E731  (1,) -> (1, C)
        stack = lambda lead, rivals: np.concatenate([row(lead), np.asarray(rivals, float)])  # noqa: E731
        party = stack(p.party, p.rival_party)  # (L, C): 1 where a lead seeks the party committee
        on = stack(np.ones_like(p.party), p.rival_on)
        self.party_items = _f(party)
        self.mask = _f(np.stack([(1.0 - party) * on, party * on], axis=1))  # (L, 2, C)
        self.base = _f(stack(p.salience, p.rival_base))  # (L, C) salience without strategies
        self.rival_ride = _f(p.rival_ride)
        central = (k.salience_central * p.central_claim) ** rc
        other = np.stack([p.rival_salience ** rc, (p.rival_salience + k.party_agenda) ** rc])  # (2, C)
        self.central, self.other = _f(central), _f(other)
        # base shares of each lead at its tier: no strategies, no emergency (expectations: gain)
        w0 = np.maximum(self.base.astype(float), 1e-6) ** rc * np.asarray(self.mask, float).transpose(1, 0, 2)
        den0 = w0.sum(axis=1) + central + other  # (2, C)
        share0 = w0 / den0[:, None, :]
        self.att0 = _f(share0[0] * (1.0 - party) + share0[1] * party)  # (L, C)
        self.m_bf = _f(1.0 + (k.party_backfire - 1.0) * party)  # (L, C) backfire multiplier
        self.m_auth = _f(1.0 + (k.party_authority - 1.0) * p.party)  # (C,)
        self.m_cost = _f(1.0 + k.party_cost * p.party)
        self.fixed = _f(np.stack([p.ride_level, p.borrow, p.build]))  # (3, C) the levers
        self.r = {name: _rate(getattr(k, name), dt) for name in (
            "drift", "endorse_decay", "penalty_decay", "expect_adjust", "auth_adjust", "delivery_adjust",
            "strategy_adjust")}
        self.leak = FLOAT((1.0 - k.attention_leak) ** dt)
        self.p_emergency = _f(1.0 - np.exp(-p.emergencies * dt))
        self.em_keep = FLOAT((1.0 - k.emergency_decay) ** dt)
        self.p_meeting = _f(1.0 - np.exp(-k.pb_meeting_rate * p.party_building * dt))
        self.pub_rate = FLOAT(dt * k.publicity_rate)
        self.pub_decay = FLOAT(dt * k.publicity_decay)
        self.pub_keep = FLOAT(1.0 - dt * k.publicity_decay)
        self.inv_standard = _f(1.0 / p.standard)
        # precomputed pieces of the step (fewer array operations per step)
        self.fit_rows = _f(stack(p.fit_central, np.ones_like(p.rival_on)))  # 顺势 counts x fit
        hb, sb = k.highlight_base, k.salience_borrow
        self.hl_slope = _f(sb * (1.0 - hb) / p.standard)  # salience of 借势 per delivery shown
        self.hl_cap, self.hl_base = FLOAT(sb * (1.0 - hb)), FLOAT(sb * hb)
        self.noise_a = FLOAT(2.0 * k.salience_noise * self.sqrt_dt)
        self.noise_b = FLOAT(k.salience_noise * self.sqrt_dt)
        self.keep_pen = FLOAT(1.0 - self.r["penalty_decay"])
        self.report_c = _f(-(k.report_rate * dt / 3.0))
        self.to_party = p.party > 0.5  # (C,) bool: the lead reports to the party committee
        self.to_gov = ~self.to_party
        self.push = _f(np.stack([k.report_push * (1.0 - p.party), k.report_push * p.party]))  # (2, C)
        self.drift = FLOAT(self.r["drift"])
        self.auth_w = _f(k.auth_attention * self.m_auth), _f(k.auth_endorse * self.m_auth)
        self.endorse_keep = FLOAT(1.0 - self.r["endorse_decay"])
        # shortcuts (the same arithmetic in every column: with no emergency anywhere the claim
        # stays 0; with no adaptive lead the levels stay at the levers and the parts at 0)
        self.any_emergency = bool(np.any(self.p_emergency > 0))
        self.any_adaptive = bool(np.any(p.adaptive > 0))
        self.implicated = False  # set by the first backfire (then reputations and damage move)
        self._ones = np.ones(R, dtype=FLOAT)
        self._fixed_load = None
        # nobody (this lead or a rival task) seeks the party committee and no emergency moves
        # its standing claims: its contest's target stays where its allocation starts, so its
        # gap, pressure and jumps stay 0 and the step computes the government's tier alone
        # (a backfire there cuts 0 from it); decided for every column of a batch at once
        self.static_party = bool(not np.any(party * on > 0) and not self.any_emergency)
        self.all_on = bool(np.all(self.mask[:, 0] == 1.0))
        self._gov_target = np.zeros((self.K, R), dtype=FLOAT)  # the emergency row stays 0
        # constants as float32 0-d arrays (numpy converts a Python float on every call)
        self.c = c = Consts32(k)
        for name, value in {"half": 0.5, "one": 1.0, "zero": 0.0, "dt": dt, "z_floor": 1e-6,
                            "auth_adjust": self.r["auth_adjust"], "expect_adjust": self.r["expect_adjust"],
                            "backfire_dt": -k.backfire_rate * dt}.items():
            setattr(c, name, _f(value))
        c.friction2 = _f(k.friction) * FLOAT(2.0)  # exact: a power of two
        c.half_dt = _f(dt) * FLOAT(0.5)
        # state
        self.level = np.empty((3, L, R), dtype=FLOAT)  # ride (the lever's level), borrow, build
        self.level[:, 0] = self.fixed
        if m:
            self.level[0, 1:] = p.rival_ride
            self.level[1, 1:] = p.rival_borrow
            self.level[2, 1:] = p.rival_build
        self.pub = np.zeros((L, R), dtype=FLOAT)
        self.deliv = np.zeros((L, R), dtype=FLOAT)
        self.deliv[1:] = p.rival_delivery  # rival tasks are under way: a record to judge by
        self.expect = np.zeros((L, R), dtype=FLOAT)
        self.damage = np.zeros((L, R), dtype=FLOAT)  # attention withheld after a backfire
        self.gain = np.zeros((L, R), dtype=FLOAT)
        self.z = np.broadcast_to(np.maximum(self.base, 1e-6), (L, R)).astype(FLOAT)
        self.share = np.broadcast_to(self.att0, (L, R)).astype(FLOAT)  # before the damage, own tier
        self.emergency = np.zeros(R, dtype=FLOAT)
        self.pressure = np.zeros((2, R), dtype=FLOAT)
        self.reputation = np.ones((2, R), dtype=FLOAT)  # of each tier (牵连上级领导)
        self.endorse = np.zeros(R, dtype=FLOAT)
        self.parts = np.zeros((len(C.STRATEGIES), len(C.STRATEGY_PARTS), R), dtype=FLOAT)
        self.alloc = np.empty((self.K, 2, R), dtype=FLOAT)
        self.alloc[:] = self._target(self.z, np.zeros(R, dtype=FLOAT))[0]
        self.attention = self.alloc[0, 0] * (1.0 - p.party) + self.alloc[0, 1] * p.party
        self.attention = self.attention.astype(FLOAT)
        # fixed mode: the levers' products, computed once (the same values as at every step)
        self._fixed = None
        if not self.any_adaptive:
            lvl = self.level
            ride, borrow, build = lvl[0] * self.fit_rows, lvl[1], lvl[2]
            add = self.pub_rate * build
            claim = ride[0] + borrow[0]
            claim += build[0]
            p_report = -np.expm1(self.report_c * claim)
            claim *= FLOAT(1.0 / 3.0)
            self._fixed = {"ride": ride, "pub_add": add, "pub_keep": self.pub_keep - add,
                           "z_ride": k.salience_ride * ride, "claim": claim, "p_report": p_report,
                           "endorse": k.endorse_rate * borrow[0], "auth_ride": k.auth_ride * ride[0]}

    # ------------------------------------------------------------------ pieces
    def _target(self, z: np.ndarray, emergency: np.ndarray):
        """Contest targets (K, 2, R) from the leads' salience z (L, R), and each lead's share at
        its own tier before the damage (L, R)."""
        k, L = self.k, self.L
        w = z ** FLOAT(k.contest_r)
        W = w[:, None, :] * self.mask  # (L, 2, R)
        den = dsum(W) if L > 1 else W[0].copy()
        den += self.central
        den += self.other
        if self.any_emergency:
            em = (k.emergency_salience * emergency) ** FLOAT(k.contest_r)
            den += em
        inv = np.reciprocal(den, out=den)  # (2, R)
        target = np.empty((self.K,) + inv.shape, dtype=FLOAT)
        lead = np.multiply(W, inv, out=target[:L])
        share = None
        if self.any_adaptive:  # the strategy rule's input: each lead's share before the damage
            share = lead[:, 1] - lead[:, 0]
            share *= self.party_items
            share += lead[:, 0]
        withheld = self._withhold(lead, self.damage[:, None, :]) if self.implicated else None
        np.multiply(self.central, inv, out=target[L])
        if self.any_emergency:
            np.multiply(em, inv, out=target[L + 1])
        else:
            target[L + 1] = 0.0
        np.multiply(self.other, inv, out=target[L + 2])
        if withheld is not None:
            target[L + 2] += withheld
        return target, share

    def _target_gov(self, z: np.ndarray):
        """:meth:`_target` of the government's tier alone, when the party committee's stays as it
        started (``static_party``): the same operations on the government's column, (K, R)."""
        L = self.L
        w = z ** FLOAT(self.k.contest_r)
        if not self.all_on:
            w *= self.mask[:, 0]
        den = dsum(w) if L > 1 else w[0] + self.central
        if L > 1:
            den += self.central
        den += self.other[0]
        inv = np.reciprocal(den, out=den)
        target = self._gov_target
        lead = np.multiply(w, inv, out=target[:L])
        share = lead.copy() if self.any_adaptive else None  # party_items 0: the share is its own
        withheld = self._withhold(lead, self.damage) if self.implicated else None
        np.multiply(self.central, inv, out=target[L])
        np.multiply(self.other[0], inv, out=target[L + 2])
        if withheld is not None:
            target[L + 2] += withheld
        return target, share

    def _withhold(self, lead: np.ndarray, damage: np.ndarray) -> np.ndarray:
        """Take what the tiers withhold after backfires (``damage``, shaped to broadcast with
        ``lead``) off the leads' targets ``lead`` in place; returns it summed over the leads, for
        the tiers' other business."""
        withheld = dsum(lead * damage) if self.L > 1 else lead[0] * damage[0]
        lead *= 1.0 - damage
        return withheld

    def own_shares(self) -> np.ndarray:
        """Each lead's share of its own tier's attention (L, R)."""
        a = self.alloc[:self.L]
        if self.static_party:  # nobody seeks the party committee: a0 + (a1 - a0) x 0 = a0
            return a[:, 0].copy()
        return a[:, 0] + (a[:, 1] - a[:, 0]) * self.party_items

    # ------------------------------------------------------------------ step 1
    def step(self, u: np.ndarray, us: np.ndarray, v: dict, weight: np.ndarray,
             ev: np.ndarray) -> None:
        """1. The lead's strategies, emergencies, publicity, the rivals' delivery, salience, the
        tiers' contests with friction, reports, 站台, the lead's authority, expectations."""
        k, p, r, dt, c = self.k, self.p, self.r, self.dt, self.c
        # memories fade: the superiors' reputations recover, the attention withheld returns
        if self.implicated:  # (before any backfire: reputations exactly 1, nothing withheld)
            self.damage *= self.keep_pen
            rep = self.reputation
            rep += r["penalty_decay"] * (1.0 - rep)
        if self.any_adaptive:
            choose(self, v, weight)  # this step's levels and the parts behind them
        lvl = self.level
        fixed = self._fixed  # the levers' products, the same each step (fixed mode)
        if fixed is None:
            ride = lvl[0] * self.fit_rows  # 顺势 counts only with a central task it fits
        else:
            ride = fixed["ride"]
        self.ride_eff = ride
        borrow, build = lvl[1], lvl[2]
        # emergencies arrive at random and fade
        if self.any_emergency:
            arrive = us[U.S_EMERGENCY] < self.p_emergency
            self.emergency = np.where(arrive, FLOAT(1.0), self.emergency * self.em_keep)
            ev[EV[C.EMERGENCY]] = arrive
        # publicity of 造势 accumulates slowly
        pub = self.pub
        if fixed is None:
            add = self.pub_rate * build
            pub *= self.pub_keep - add
            pub += add
        else:
            pub *= fixed["pub_keep"]
            pub += fixed["pub_add"]
        ur = us[U.N_SUPERIOR:]  # the rival tasks' slots
        if self.m:  # the rival tasks' own noisy delivery
            noise = 2.0 * ur[U.R_DELIVERY::U.RIVAL_SLOTS][:self.m] - 1.0
            g = p.rival_delivery * (1.0 + (k.rival_noise * self.sqrt_dt) * noise)
            g = np.minimum(np.maximum(g, 0.0), 1.0)
            self.deliv[1:] += r["delivery_adjust"] * (g - self.deliv[1:])
        # salience: 顺势, 借势 highlights backed by delivery, 造势 publicity (discounted by a
        # superior implicated before), the base salience, noise
        z = np.multiply(self.deliv, self.hl_slope)
        np.minimum(z, self.hl_cap, out=z)
        z += self.hl_base
        z *= borrow
        z += fixed["z_ride"] if fixed is not None else k.salience_ride * ride
        z += c.salience_build * pub
        if self.implicated:
            z *= self.trust()
        z += self.base
        z[0] += self.noise_a * u[U.U_SALIENCE]
        if self.m:
            z[1:] += self.noise_a * ur[U.R_SALIENCE::U.RIVAL_SLOTS][:self.m]
        z -= self.noise_b
        np.maximum(z, c.z_floor, out=z)
        self.z = z
        # reports carry the lead's work to the tier it seeks (汇报, 信息报送)
        if fixed is None:
            claim = ride[0] + borrow[0]
            claim += build[0]
            report = us[U.S_REPORT] < -np.expm1(self.report_c * claim)
            claim *= FLOAT(1.0 / 3.0)
        else:
            claim = fixed["claim"]
            report = us[U.S_REPORT] < fixed["p_report"]
        self.claim = claim
        if self.static_party:  # every lead reports to the government (the 越级 row stays False)
            ev[EV[C.REPORT]] = report
        else:
            ev[EV[C.REPORT]] = report & self.to_gov
            ev[EV[C.ESCALATED_REPORT]] = report & self.to_party
        # friction: pressure accumulates (and leaks) until a tier reallocates, then it jumps
        if self.static_party:  # the government's tier only: the party committee's stays put
            target, self.share = self._target_gov(z)
            A, P = self.alloc[:, 0], self.pressure[0]
        else:
            target, self.share = self._target(z, self.emergency)
            A, P = self.alloc, self.pressure
        gap = target
        gap -= A
        tv = dsum(np.abs(gap))  # twice the gap of each tier (half the sum of its shares' gaps)
        jump = tv > c.friction2  # a large gap: at once (tv / 2 > friction, exactly)
        tv *= c.half_dt  # (tv x 0.5 x dt: the same product, rounded once)
        P *= self.leak
        P += tv
        if self.static_party:  # P + push x report: + 0 where there is no report
            np.add(P, self.push[0], out=P, where=report)
        else:
            P += self.push * report
        jump |= P >= k.pressure_threshold  # smaller gaps and reports: once they have accumulated
        gap *= np.where(jump, c.one, self.drift)
        A += gap
        P[jump] = 0.0
        if self.static_party:
            ev[EV[C.ATTENTION_SHIFTED]] = jump
        else:
            ev[EV[C.ATTENTION_SHIFTED]] = np.where(self.to_party, jump[1], jump[0])
        own = self.own_shares()
        att = self.attention = own[0]
        # 站台 at the tier sought: an endorsement lifts the lead's authority for a while
        p_end = (fixed["endorse"] if fixed is not None else k.endorse_rate * borrow[0]) * att
        np.minimum(p_end, c.one, out=p_end)
        if dt != 1.0:  # structural: the step length
            p_end = 1.0 - np.power(1.0 - p_end, dt)
        endorsed = u[U.U_ENDORSE] < p_end
        self.endorse = np.where(endorsed, c.one, self.endorse * self.endorse_keep)
        ev[EV[C.ENDORSEMENT]] = endorsed
        # the lead's authority: the higher tier's attention and endorsement weigh more
        aim = self.auth_w[0] * att
        aim += self.auth_w[1] * self.endorse
        aim += p.authority
        aim += fixed["auth_ride"] if fixed is not None else k.auth_ride * ride[0]
        aim += c.auth_publicity * pub[0]
        np.minimum(np.maximum(aim, c.zero, out=aim), c.one, out=aim)
        aim -= v["authority"]
        aim *= c.auth_adjust
        v["authority"] += aim
        # attention won by the strategies raises what each superior expects
        gain = own - self.att0  # (own[0] is the attention: not in place)
        gain = self.gain = np.maximum(gain, c.zero, out=gain)
        aim = c.expect_gain * gain
        np.minimum(aim, c.one, out=aim)
        aim -= self.expect
        aim *= c.expect_adjust
        self.expect += aim

    # ------------------------------------------------------------------ step 6
    def backfires(self, u: np.ndarray, us: np.ndarray, ev: np.ndarray,
                  rival_rows: slice) -> np.ndarray:
        """Backfires of the lead (returned, (R,) bool) and of the rival tasks (events set): the
        superior attended to is implicated and withholds attention from that lead."""
        c = self.c
        short = self.expect - self.deliv
        np.maximum(short, c.zero, out=short)
        hazard = short
        hazard *= self.gain
        hazard *= c.backfire_dt
        chance = c.one - np.exp(hazard, out=hazard)  # (L, R)
        lead = u[U.U_BACKFIRE] < chance[0]
        ev[EV[C.BACKFIRE]] = lead
        any_rival = False
        if self.m:
            hit = us[U.N_SUPERIOR + U.R_BACKFIRE::U.RIVAL_SLOTS] < chance[1:]
            hit &= self.p.rival_on > 0
            ev[rival_rows] = hit
            any_rival = bool(hit.any())
        if lead.any() or any_rival:  # only a shortcut: the same arithmetic in every column
            fired = np.empty(chance.shape, dtype=bool)
            fired[0] = lead
            if self.m:
                fired[1:] = hit
            self._implicate(fired)
        return lead

    def _implicate(self, fired: np.ndarray) -> None:
        """A backfire of lead i implicates the tier it sought (牵连上级领导): the tier loses the
        share superior_implication x its attention to that lead of its reputation, and withholds
        the share backfire_attention of that attention (freed for its other business), both
        harder at the party committee; 站台 ends for this lead."""
        k, L = self.k, self.L
        self.implicated = True
        iota = np.minimum(k.backfire_attention * self.m_bf, 1.0) * fired  # (L, R)
        own = self.own_shares()
        hurt = np.minimum(k.superior_implication * self.m_bf * own, 1.0) * fired
        self.damage += (1.0 - self.damage) * iota
        party = self.party_items
        freed = own * iota
        for t, share in ((0, 1.0 - party), (1, party)):
            cut = freed * share
            self.alloc[:L, t] -= cut
            self.alloc[-1, t] += dsum(cut)
            self.reputation[t] *= np.multiply.reduce(1.0 - hurt * share, axis=0)
        self.attention = self.own_shares()[0]
        self.endorse = np.where(fired[0], FLOAT(0.0), self.endorse)

    # ------------------------------------------------------------------ reading
    def trust(self) -> np.ndarray:
        """How much of what each lead stages (strategy salience) its tier takes at face value
        (L, R): the tier's reputation — once implicated, it discounts highlights and publicity."""
        rep = self.reputation
        if self.static_party:  # the party committee's stays 1: rep0 + (1 - rep0) x 0 = rep0
            return rep[0:1].copy()
        return rep[0] + (rep[1] - rep[0]) * self.party_items

    def lead_reputation(self) -> np.ndarray:
        """The reputation of the tier this task's lead seeks (R,)."""
        if not self.implicated:
            return self._ones
        if self.static_party:
            return self.reputation[0].copy()
        return self.reputation[0] + (self.reputation[1] - self.reputation[0]) * self.p.party

    def lead_load(self) -> np.ndarray:
        """Load on the lead of its 借势 and 造势 this step (R,): more when the party committee is sought."""
        if not self.any_adaptive and self._fixed_load is not None:  # the levers: the same each step
            return self._fixed_load
        load = (self.level[1, 0] + self.level[2, 0]) * (0.5 * self.k.strategy_cost * self.m_cost)
        if not self.any_adaptive:
            self._fixed_load = load
        return load
