import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * TCP connections that process `pid` holds open now (ESTABLISHED) to one of `ports` on
 * 127.0.0.1, from /proc: e.g. the gateway's pooled connections to the subgraphs. NaN off Linux.
 */
export function establishedTo(pid: number | undefined, ports: readonly number[]): number {
  if (pid === undefined) return 0;
  const wanted = new Set(ports);
  let table: string;
  const inodes = new Set<string>();
  try {
    table = readFileSync('/proc/net/tcp', 'utf8');
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return Number.NaN;
  }
  let count = 0;
  for (const line of table.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [remote, state, inode] = [fields[2], fields[3], fields[9]];
    if (!remote || state !== '01' || !inode || !inodes.has(inode)) continue;
    if (wanted.has(Number.parseInt(remote.split(':')[1] ?? '', 16))) count += 1;
  }
  return count;
}
