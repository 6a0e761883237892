// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** CPU seconds used so far by each process of interest, and by the machine. */
export interface CpuSnapshot {
  processes: Map<number, { group: string; seconds: number }>;
  busy: number;
  total: number;
}

/** Linux reports process and machine CPU time in clock ticks, 100 per second on x86-64. */
const TICKS = 100;

/**
 * With two cores shared by the worker, PostgreSQL, Redis and the SMTP sink, a figure is only
 * readable next to who was using the CPU: read from /proc (Linux), so the bench can say
 * whether a phase was CPU-bound and where. `dbPids` are the backends connected to the bench's
 * database (the rest of PostgreSQL is its background processes and other databases); other
 * processes on the machine show as "other". Elsewhere than Linux the snapshot is empty.
 */
export function cpuSnapshot(sinkPid: number | undefined, dbPids: ReadonlySet<number>): CpuSnapshot {
  const processes: CpuSnapshot['processes'] = new Map();
  const own = process.cpuUsage();
  processes.set(process.pid, { group: 'worker (this process)', seconds: (own.user + own.system) / 1e6 }); // prettier-ignore
  let pids: number[] = [];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return { processes, busy: 0, total: 0 };
  }
  for (const pid of pids) {
    if (pid === process.pid) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    const group =
      pid === sinkPid
        ? 'SMTP sink'
        : dbPids.has(pid)
          ? 'PostgreSQL (bench database)'
          : stat.comm === 'postgres'
            ? 'PostgreSQL (other)'
            : stat.comm === 'redis-server'
              ? 'Redis'
              : undefined;
    if (group) processes.set(pid, { group, seconds: stat.seconds });
  }
  const machine = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number); // prettier-ignore
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = machine; // prettier-ignore
  const busy = (user + nice + system + irq + softirq + steal) / TICKS;
  return { processes, busy, total: busy + (idle + iowait) / TICKS };
}

/**
 * What happened between two snapshots: CPU seconds by group and, per message, in ms (the
 * cost that bounds the rate once the machine is busy). A process that started in between
 * counts from its start; one that ended in between (an idle pooled connection) is left out.
 */
export function describeCpu(
  before: CpuSnapshot,
  after: CpuSnapshot,
  wallMs: number,
  messages: number,
): string {
  const byGroup = new Map<string, number>();
  for (const [pid, { group, seconds }] of after.processes) {
    const used = seconds - (before.processes.get(pid)?.seconds ?? 0);
    byGroup.set(group, (byGroup.get(group) ?? 0) + used);
  }
  const busy = after.busy - before.busy;
  const known = [...byGroup.values()].reduce((sum, s) => sum + s, 0);
  const groups = [...byGroup.entries()].map(([group, s]) => `${group} ${s.toFixed(1)}`);
  groups.push(`other ${Math.max(0, busy - known).toFixed(1)}`);
  const perMessage = [...byGroup.entries()]
    .filter(([group]) => group !== 'PostgreSQL (other)')
    .map(([group, s]) => `${group} ${((1000 * s) / messages).toFixed(2)}`);
  const cores = cpus().length;
  const share = after.total > before.total ? busy / (after.total - before.total) : 0;
  return (
    `CPU seconds: ${groups.join(', ')}; machine busy ${busy.toFixed(1)} of ` +
    `${((cores * wallMs) / 1000).toFixed(1)} (${(100 * share).toFixed(0)} % of ${cores} cores)\n` +
    `  CPU ms per message: ${perMessage.join(', ')}`
  );
}

function readStat(pid: number): { comm: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
    return { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return undefined;
  }
}
