"""The experiment commands of the command line: sweep, sensitivity, search, configurations.

``collabsim.cli`` finds this module in its ``EXTENSIONS`` and calls :func:`register`; ``collabsim
run`` gets its tidy-table options from :func:`add_run_options` and :func:`run_table`.
Nothing heavy is imported until a command runs, so ``collabsim --help`` stays fast and the
commands say which extra to install when pandas & co. are missing. Every user error is an
:class:`ExperimentError`, printed by the CLI as one line with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("sweep", "sensitivity", "search", "configurations")
EPILOG = "Experiment files are documented in resources/docs/experiment_format.md."


def register(register_command) -> None:
    """Add the experiment commands to the CLI's registry (collabsim.cli.register)."""
    for name, help_text, configure, run in (
        ("sweep", "run an experiment's scenarios x replicates into a tidy table", _sweep, cmd_sweep),
        ("sensitivity", "Morris or Sobol sensitivity of outcomes to the levers (SALib)", _sensitivity,
         cmd_sensitivity),
        ("search", "cheapest control designs reaching the targets: the trade-off frontier", _search,
         cmd_search),
        ("configurations", "truth table of switch and choice levers -> collaboration forms",
         _configurations, cmd_configurations),
    ):
        register_command(name, help_text, configure, _guard(run))


def _sweep(s) -> None:
    s.description = ("Run every scenario of an experiment with its replicates and write one row per "
                     "scenario x replicate (x step) to a Parquet, CSV or JSON file. Ctrl-C stops "
                     "cleanly and keeps what is done; the same command resumes.")
    s.epilog = EPILOG
    _common(s)
    s.add_argument("--out", required=True, help="results.parquet, results.csv or results.json")
    s.add_argument("--fresh", action="store_true", help="discard an interrupted run of another experiment")
    s.add_argument("--force", action="store_true", help="replace an existing output file")


def _sensitivity(m) -> None:
    m.description = ("Global sensitivity analysis over the experiment's levers (their ranges scaled to "
                     "[0, 1]) with SALib: Morris elementary effects or Sobol indices.")
    m.epilog = EPILOG
    _common(m)
    m.add_argument("--method", choices=("morris", "sobol"), help="default: the file's, else morris")
    m.add_argument("--samples", type=_bounded(1, 100_000),
                   help="Morris trajectories or Sobol base samples (default: the file's)")
    m.add_argument("--out", help="write the indices as CSV")


def _search(q) -> None:
    q.description = ("Policy-design search over the experiment's levers: designs that meet the targets "
                     "(the [search] section) at the lowest documented cost, and the frontier of cost "
                     "against the objectives (exhaustive, or NSGA-II via optuna).")
    q.epilog = EPILOG
    _common(q)
    q.add_argument("--trials", type=_bounded(1, 100_000), help="designs to evaluate (NSGA-II)")
    q.add_argument("--method", choices=("auto", "exhaustive", "nsga2"), help="default: the file's, else auto")
    q.add_argument("--out", help="write every evaluated design as CSV")
    q.add_argument("--best", metavar="FILE.collabsim", help="save the cheapest design as a scenario file")


def _configurations(c) -> None:
    c.description = ("Run every combination of the experiment's switch and choice levers and tabulate "
                     "the share of each collaboration form (a truth table); --qca writes the calibrated "
                     "sets as CSV for QCA software.")
    c.epilog = EPILOG
    _common(c)
    c.add_argument("--out", help="write the table as CSV")
    c.add_argument("--qca", metavar="CSV", help="write calibrated sets for QCA software (fsQCA, R QCA)")
    c.add_argument("--sort", default="tight", help="sort by this form's share (default tight)")


def _bounded(lo: int, hi: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is out of range; allowed {lo} to {hi:,}")
        return value

    return parse


def _common(p) -> None:
    p.add_argument("experiment", help="experiment file (.collabsim-experiment, JSON or TOML)")
    p.add_argument("--replicates", type=_bounded(1, 100_000), help="override run.replicates")
    p.add_argument(
        "--workers", type=_bounded(1, 256), default=1, help="local worker processes (default 1)"
    )
    p.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on a Dask cluster (pip install 'collabsim[cluster]')",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _load(args):
    from .spec import load_experiment

    exp = load_experiment(args.experiment)
    return exp.with_replicates(args.replicates) if args.replicates else exp


def _runner_kwargs(args) -> dict:
    return {
        "workers": args.workers,
        "scheduler": args.scheduler,
        "progress": False if args.quiet else None,
    }


def _interrupted(exc) -> int:
    where = f"; kept in {exc.where}, run the same command again to resume" if exc.where else ""
    print(f"collabsim: interrupted after {exc.done} of {exc.total} tasks{where}", file=sys.stderr)
    return 130


def cmd_sweep(args: argparse.Namespace) -> int:
    from .runner import Interrupted, Sweep

    exp = _load(args)
    sweep = Sweep(exp, out=Path(args.out), fresh=args.fresh, force=args.force, **_runner_kwargs(args))
    try:
        df = sweep.run()
    except Interrupted as exc:
        return _interrupted(exc)
    if sweep.up_to_date:
        print(f"{args.out}: already complete for this experiment ({len(df)} rows); nothing to do")
    else:
        print(
            f"wrote {args.out}: {len(df)} rows ({len(sweep.points)} scenarios x {exp.replicates} "
            f"replicates{', per step' if exp.level == 'steps' else ''}), {df.shape[1]} columns"
        )
    return 0


def cmd_sensitivity(args: argparse.Namespace) -> int:
    from .runner import Interrupted
    from .sensitivity import analyse, report

    exp = _load(args)
    try:
        table = analyse(exp, method=args.method, samples=args.samples, **_runner_kwargs(args))
    except Interrupted as exc:
        return _interrupted(exc)
    print(report(table))
    if args.out:
        _write_csv(table, args.out)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from .runner import Interrupted
    from .search import report, run_search, save_best

    exp = _load(args)
    try:
        result = run_search(exp, method=args.method, trials=args.trials, **_runner_kwargs(args))
    except Interrupted as exc:
        return _interrupted(exc)
    print(report(result))
    if args.out:
        _write_csv(result.table, args.out)
    if args.best:
        print(save_best(result, exp, args.best))
    return 0


def cmd_configurations(args: argparse.Namespace) -> int:
    from .configurations import qca_sets, report, truth_table
    from .runner import Interrupted

    exp = _load(args)
    try:
        table = truth_table(exp, sort=args.sort, **_runner_kwargs(args))
    except Interrupted as exc:
        return _interrupted(exc)
    print(report(table))
    if args.out:
        _write_csv(table, args.out)
    if args.qca:
        _write_csv(qca_sets(table, exp), args.qca)
    return 0


def _write_csv(df, path: str) -> None:
    from .output import _atomic, write_csv

    _atomic(Path(path), lambda tmp: write_csv(df, tmp))
    print(f"wrote {path}")


def _guard(fn):
    """ExperimentError (and a missing extra) -> the CLI's one-line error, exit status 2."""

    def run(args: argparse.Namespace) -> int:
        from collabsim.cli_text import CliError

        from .errors import ExperimentError

        try:
            return fn(args)
        except ExperimentError as exc:  # an output that could not be written: status 1, as in run
            raise CliError(str(exc), status=1 if exc.code.startswith("write_failed") else 2) from None

    return run




# ---------------------------------------------------------------------- collabsim run
RUN_FORMATS = ("text", "json", "csv", "parquet")


def add_run_options(r) -> None:
    """Options ``collabsim run`` gains for tidy output."""
    g = r.add_mutually_exclusive_group()
    g.add_argument(
        "--per-replicate",
        action="store_true",
        help="tidy table: one row per replicate (final values, form)",
    )
    g.add_argument("--per-step", action="store_true", help="tidy table: one row per replicate x step")
    r.add_argument(
        "--format",
        choices=RUN_FORMATS,
        help="text (the readable summary, default), json, csv or parquet; tables default to csv",
    )
    r.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")


def run_table(args: argparse.Namespace, scenario, seed: int, replicates: int) -> int:
    """``collabsim run --per-replicate|--per-step``: the tidy table of one scenario's replicates."""
    return _guard(lambda a: _run_table(a, scenario, seed, replicates))(args)


def _run_table(args, scenario, seed: int, replicates: int) -> int:
    from collabsim.cli_text import CliError

    from . import output
    from .runner import Sweep
    from .spec import Experiment

    fmt = args.format or (
        output.FORMATS.get(Path(args.out).suffix.lower(), "csv") if args.out else "csv"
    )
    if fmt == "text":
        raise CliError("--per-replicate and --per-step need --format csv, json or parquet")
    if fmt == "parquet" and not args.out:
        raise CliError("--format parquet needs --out FILE")
    exp = Experiment(
        base=scenario,
        base_label=args.file,
        levers=(),
        replicates=replicates,
        seed=seed,
        level="steps" if args.per_step else "final",
        source=args.file,
    )
    sweep = Sweep(exp, progress=False)
    df = sweep.run().drop(columns=["scenario"])
    if args.out:
        output.write(df, Path(args.out), sweep.meta, fmt)
        print(f"wrote {args.out}: {len(df)} rows", file=sys.stderr)
    elif fmt == "csv":
        sys.stdout.write(df.to_csv(index=False, lineterminator="\n"))
    else:
        sys.stdout.write(df.to_json(orient="records", force_ascii=False) + "\n")
    return 0
