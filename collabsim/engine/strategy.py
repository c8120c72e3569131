"""The lead's choice of 顺势 / 借势 / 造势 (adaptive mode): a smoothed best response, like effort.

Each step the lead weighs, per unit of each strategy, what it expects from it against what it
risks (§四(三) 小心翼翼地平衡收益与风险):

- **benefit**: attention → authority → partner compliance → credit. The extra attention a unit
  buys is the Tullock derivative r·s·(1 − s)/z of its share s times the salience the unit adds
  (顺势: only with a central task it fits; 借势: highlights, worth more with delivery behind
  them, plus the chance of an endorsement 站台; 造势: the publicity it would build over the
  lead's horizon, slowly); authority per unit of attention is stronger at the party committee;
  the value of authority grows with the task's weight in the lead's assessment.
- **risk**: the backfire hazard it adds — attention won raises the superior's expectations, and
  a backfire is likely when they exceed the delivery the lead can count on (its record, with
  its own uncertainty); a backfire at the party committee costs more.
- **burden**: extra problems assigned after reported success (能者多劳).
- **cost**: the strategy's own cost (more when the party committee is sought).

The level of each strategy moves by ``strategy_adjust``·tanh(``strategy_gain``·net) per month
(net = benefit − risk − burden − cost). In fixed mode the levels stay at the levers and the
parts are 0: the superiors' step skips this rule when no column is adaptive, and in a batch that
mixes modes the same arithmetic gives the levers and 0 in the fixed columns (the batching
contract). The explanation panel shows the parts of an adaptive lead. See
resources/docs/model_en.md §7.2.
"""

from __future__ import annotations

import numpy as np

FLOAT = np.float32


def choose(sup, v: dict, weight: np.ndarray) -> None:
    """Set ``sup.level[:, 0]`` (ride, borrow, build) and ``sup.parts`` (3 strategies x 4 parts)."""
    k, p = sup.k, sup.p
    lvl = sup.level[:, 0]  # (3, R) view
    att, s, z = sup.attention, sup.share[0], sup.z[0]
    deliv, pub, endorse = sup.deliv[0], sup.pub[0], sup.endorse
    fit = p.fit_central
    # d attention / d salience of a Tullock share, less what the superior withholds
    ds = (k.contest_r * s) * (1.0 - s) / z * (1.0 - sup.damage[0])
    ds *= sup.trust()[0]  # an implicated superior discounts what is staged for it
    shown = np.minimum(deliv * sup.inv_standard, 1.0)  # delivery seen in highlights
    horizon = k.publicity_rate * k.strategy_horizon
    dpub = (0.5 * horizon) * (1.0 - pub) * np.exp(-horizon * lvl[2])  # publicity over the horizon
    dz = np.empty_like(lvl)
    dz[0] = k.salience_ride * fit
    dz[1] = k.salience_borrow * (k.highlight_base + (1.0 - k.highlight_base) * shown)
    dz[2] = k.salience_build * dpub
    datt = dz * ds  # (3, R) attention per unit of each strategy
    parts = sup.parts
    value = (k.strategy_value * weight) * sup.m_auth  # value of authority; stronger higher up
    benefit = parts[:, 0]
    np.multiply(datt, k.auth_attention, out=benefit)
    benefit[1] += (k.auth_endorse * k.endorse_rate) * att * (1.0 - endorse)
    benefit *= value
    benefit[0] += (k.strategy_value * k.auth_ride) * weight * fit
    benefit[2] += (k.strategy_value * k.auth_publicity) * weight * dpub
    # backfire: the extra hazard of the step up the lead considers (strategy_adjust of a unit):
    # the expectations the attention it wins would raise, on top of the attention won already,
    # against the delivery the lead can count on (its record, smoothed by its doubt about it),
    # per unit of the strategy, times what a backfire costs (more at the party committee)
    gain = np.maximum(att - sup.att0[0], 0.0)
    tau, step_up = k.delivery_doubt, k.strategy_adjust
    now = _hazard(k, gain, deliv, tau)
    risk = parts[:, 1]
    np.multiply(datt, step_up, out=risk)
    risk += gain
    risk[...] = _hazard(k, risk, deliv, tau)
    risk -= now
    risk *= (k.strategy_loss / step_up) * sup.m_bf[0]
    # burden of competence: reported success brings new problems
    claim = (lvl[0] * fit + lvl[1] + lvl[2]) * FLOAT(1.0 / 3.0)
    per = (k.burden_cost * k.load_step * k.load_rate) * shown * np.exp(k.load_beta * (v["reputation"] - 0.5))
    burden = parts[:, 2]
    np.multiply(datt, claim, out=burden)
    burden += att * FLOAT(1.0 / 3.0)
    burden[0] -= att * FLOAT(1.0 / 3.0) * (1.0 - fit)
    burden *= per
    parts[0, 3] = k.ride_cost
    parts[1:, 3] = (0.5 * k.strategy_cost) * sup.m_cost
    net = parts[:, 0] - parts[:, 1]
    net -= parts[:, 2]
    net -= parts[:, 3]
    net *= k.strategy_gain
    step = np.tanh(net, out=net)
    step *= sup.r["strategy_adjust"]
    step += lvl
    np.minimum(np.maximum(step, 0.0, out=step), 1.0, out=step)
    # fixed mode: the levers (the same arithmetic either way)
    step -= sup.fixed
    step *= p.adaptive
    step += sup.fixed
    lvl[...] = step
    parts *= p.adaptive  # fixed mode: no decision, no parts (as when the rule is skipped)


def _hazard(k, gain: np.ndarray, deliv: np.ndarray, tau: float) -> np.ndarray:
    """Monthly backfire hazard the lead expects with ``gain`` attention won: rate x smoothed
    shortfall of its delivery below the expectations raised x the attention won."""
    q = (np.minimum(k.expect_gain * gain, 1.0) - deliv) * (1.0 / tau)
    short = tau * np.logaddexp(0.0, q)
    return (k.backfire_rate * short) * gain
