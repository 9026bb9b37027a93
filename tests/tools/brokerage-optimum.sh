#!/usr/bin/env bash
# `lateral partnership` brokers support at the optimum: on generated partnerships of 3 to 30 schools,
# the areas it serves and the cost of its preferences equal the optimum GLPK's glpsol finds for the
# exact integer program, written by tests/tools/brokerage-optimum.mjs from the generated data (not
# from lateral's code), and its suggestions keep the limits and add up to the objective it reports.
# Needs node and glpsol (glpk-utils).
set -euo pipefail
source "$(dirname "$0")/optimum-harness.bash"
node "$src/tests/tools/brokerage-optimum.mjs" "$lateral" "$work" 1 40
