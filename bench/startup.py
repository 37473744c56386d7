#!/usr/bin/env python3
"""Startup benchmark: rights-companion against a bare Qt Quick "hello" app, measured in the same run.

Both binaries start offscreen, build their UI and exit as soon as their first frame is swapped. For
each run this measures the wall time from spawn to exit and the peak resident set size, and reports
the medians of each binary and the ratios app/hello. The runs alternate (hello, app, hello, app, ...)
after one discarded warm-up run of each, so slow phases of a noisy machine hit both alike.

It is a measurement, not a test: it exits 0 whenever it could measure and never judges the numbers.
It exits non-zero only if a binary is missing, fails, or hangs. Standard library only.
"""

import argparse
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

APP_ARGS = ["--exit-after-first-frame"]
HELLO_ARGS = []  # rc-bench-hello always exits at its first frame


class RunFailed(Exception):
    pass


def describe_status(status):
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"was killed by {name}"
    return f"exited with status {os.WEXITSTATUS(status)}"


def run_once(name, command, timeout, which):
    """Spawns command, waits for it, returns (wall seconds, peak RSS in KiB)."""
    # Output goes to a file, not a pipe: nothing to drain while we wait, and it is there for the
    # error message if the run fails.
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            # wait4 rather than Popen.wait: it also returns the child's rusage.
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            elapsed = time.perf_counter() - start
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here; tell Popen
        if process.returncode != 0:
            output.seek(0)
            text = output.read().decode(errors="replace").strip()
            reason = describe_status(status)
            if elapsed >= timeout and os.WIFSIGNALED(status):
                reason = f"did not exit within {timeout:g} s (no first frame?) and was killed"
            lines = text.splitlines()[-20:]
            shown = "\n".join("    " + line for line in lines) if lines else "    (no output)"
            raise RunFailed(f"{name} {reason} ({which}).\n  command: {' '.join(command)}\n  its output:\n{shown}")
    # On Linux ru_maxrss is in KiB. It is a floor, not only the child's own peak: the child is spawned
    # with vfork/exec, and exec carries the high-water mark of the memory it replaces (this Python's)
    # into the child's ru_maxrss. main() checks that the measured peaks are well above that floor.
    return elapsed, usage.ru_maxrss


def parse_args():
    parser = argparse.ArgumentParser(
        description="Time to first frame and peak RSS of rights-companion, as ratios against a bare "
        "Qt Quick hello app measured in the same run.")
    parser.add_argument("--build-dir", default="build/default", type=Path,
                        help="build tree holding bin/rights-companion and bin/rc-bench-hello (default: %(default)s)")
    parser.add_argument("--app", type=Path, help="the app binary (default: BUILD_DIR/bin/rights-companion)")
    parser.add_argument("--hello", type=Path, help="the baseline binary (default: BUILD_DIR/bin/rc-bench-hello)")
    parser.add_argument("--rounds", type=int, default=7,
                        help="measured runs of each binary, after one discarded warm-up run each (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a single run may take before it counts as hung (default: %(default)s)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    args.app = args.app or args.build_dir / "bin" / "rights-companion"
    args.hello = args.hello or args.build_dir / "bin" / "rc-bench-hello"
    for option, path in (("--app", args.app), ("--hello", args.hello)):
        if not (path.is_file() and os.access(path, os.X_OK)):
            parser.error(f"{option}: no executable at {path} (build it first: "
                         f"cmake --build {args.build_dir} --target rights-companion rc-bench-hello)")
    return args


def main():
    args = parse_args()
    binaries = [
        ("hello", [str(args.hello.resolve())] + HELLO_ARGS),
        ("app", [str(args.app.resolve())] + APP_ARGS),
    ]
    samples = {name: [] for name, _ in binaries}

    platform = os.environ.get("QT_QPA_PLATFORM") or "offscreen (the binaries' default)"
    print(f"startup benchmark: {args.rounds} interleaved round{'s' if args.rounds != 1 else ''} after 1 warm-up run each; "
          f"QT_QPA_PLATFORM: {platform}", flush=True)

    try:
        for name, command in binaries:  # warm-up: page cache, font cache, dynamic loader; discarded
            run_once(name, command, args.timeout, "warm-up run")
        for round_number in range(1, args.rounds + 1):
            for name, command in binaries:
                samples[name].append(run_once(name, command, args.timeout, f"round {round_number}"))
    except RunFailed as failure:
        print(f"startup benchmark: FAILED: {failure}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"startup benchmark: FAILED: could not run a binary: {error}", file=sys.stderr)
        return 1

    medians = {}
    print()
    print(f"{'binary':<24} {'median ms':>10} {'min-max ms':>16} {'median peak RSS MiB':>20}")
    labels = {"hello": f"hello ({args.hello.name})", "app": f"app ({args.app.name})"}
    for name, _ in binaries:
        times_ms = [seconds * 1000.0 for seconds, _ in samples[name]]
        rss_mib = [kib / 1024.0 for _, kib in samples[name]]
        medians[name] = (statistics.median(times_ms), statistics.median(rss_mib))
        spread = f"{min(times_ms):.1f}-{max(times_ms):.1f}"
        print(f"{labels[name]:<24} {medians[name][0]:>10.1f} {spread:>16} {medians[name][1]:>20.1f}")
    floor_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if min(kib for name, _ in binaries for _, kib in samples[name]) < 1.2 * floor_kib:
        print(f"note: a peak RSS is near this script's own ({floor_kib / 1024.0:.1f} MiB), which is its floor "
              "on Linux; the RSS ratio may understate the difference")
    print()
    print(f"start-to-first-frame ratio (app/hello): {medians['app'][0] / medians['hello'][0]:.2f}")
    print(f"peak RSS ratio (app/hello): {medians['app'][1] / medians['hello'][1]:.2f}")
    print(f"absolute medians: app {medians['app'][0]:.1f} ms, {medians['app'][1]:.1f} MiB; "
          f"hello {medians['hello'][0]:.1f} ms, {medians['hello'][1]:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
