#!/bin/sh
# @@HEADER@@
# Runs the simulation under MPI: ./run_mpi.sh [processes] [threads] [mpirun arguments...]
# NEST_PYTHON names the Python that imports nest (default: python3 on the PATH), MPIRUN
# the launcher (default: mpirun); arguments after the thread count go to mpirun, e.g.
# --oversubscribe, or --allow-run-as-root as root (Open MPI refuses root without it).
# The edge files are grouped by target for @@SHARDS@@ MPI process(es): when the process
# count divides @@SHARDS@@, every process reads only the edges of the neurons it hosts;
# otherwise every process reads every edge. With a folder parts/ holding one project per rank (made by
# 'nngt generate MODEL --shard K/N --out parts/K'), every rank runs its own part; with
# NNGT (the nngt command) and MODEL (the model file) set, the ranks first generate
# their parts themselves, which needs Java on every node.
set -e
cd "$(dirname "$0")"
processes="${1:-@@PROCESSES@@}"
threads="${2:-1}"
if [ $# -gt 2 ]; then shift 2; else set --; fi
python="${NEST_PYTHON:-python3}"
mpirun="${MPIRUN:-mpirun}"
# a process's rank, expanded by the shell of each process (Open MPI, MPICH, srun)
rank='${OMPI_COMM_WORLD_RANK:-${PMI_RANK:-$SLURM_PROCID}}'
if [ -n "$NNGT" ] && [ -n "$MODEL" ]; then
    "$mpirun" -np "$processes" "$@" sh -c \
        "exec \"\$0\" generate \"\$1\" --shard $rank/$processes --out parts/$rank" \
        "$NNGT" "$MODEL"
fi
if [ -d parts ]; then
    exec "$mpirun" -np "$processes" "$@" sh -c \
        "exec \"\$0\" parts/$rank/run.py --threads \"\$1\" --results results" \
        "$python" "$threads"
fi
exec "$mpirun" -np "$processes" "$@" "$python" run.py --threads "$threads"
