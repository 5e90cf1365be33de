#!/usr/bin/env bash
# Starts a single-node Slurm for the batch test (test/distributed/slurm.test.ts): munged,
# slurmctld and slurmd, each in the foreground of a background job so that its pid is known,
# with their key, socket, state, spool and logs in DIR (the machine's own munge and Slurm
# configuration are not touched). One node of `nproc` CPUs, one partition.
#
#   .ci/slurm/start.sh DIR    writes DIR/slurm.conf and DIR/pids (munged slurmctld slurmd),
#                             waits until the node is idle (at most 120 s)
#   SLURM_CONF=DIR/slurm.conf sbatch …; then: kill $(cat DIR/pids)
#
# Needs root (slurmd runs jobs as their user) and Debian's slurm-wlm and munge, which
# .ci/run installs.
set -euo pipefail
dir=$(realpath -m "$1")
mkdir -p "$dir"/state "$dir"/spool "$dir"/munge "$dir"/log
node=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) - 1024 ))

head -c 1024 /dev/urandom > "$dir/munge/munge.key"
chmod 400 "$dir/munge/munge.key"
cat > "$dir/slurm.conf" <<CONF
ClusterName=poolsim-ci
SlurmctldHost=$node
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
NodeName=$node CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"

munged --foreground --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/socket" \
  --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/seed" >> "$dir/log/munged.out" 2>&1 &
munged_pid=$!
for _ in $(seq 50); do [ -S "$dir/munge/socket" ] && break; sleep 0.2; done
slurmctld -D -f "$SLURM_CONF" >> "$dir/log/slurmctld.out" 2>&1 &
ctld_pid=$!
slurmd -D -f "$SLURM_CONF" >> "$dir/log/slurmd.out" 2>&1 &
d_pid=$!
echo "$munged_pid $ctld_pid $d_pid" > "$dir/pids"

for _ in $(seq 120); do
  state=$(sinfo -h -o %T 2>/dev/null || true)
  [ "$state" = idle ] && exit 0
  sleep 1
done
echo "slurm did not come up within 120 s (node state: ${state:-none}); logs in $dir/log" >&2
exit 1
