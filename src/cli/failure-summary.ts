/**
 * The failure-board lines under the comparison table: for each setup with a board and any
 * failure, the failures by type and the share from late pushes (docs/cli.md).
 */
import type { Results } from '../results/types.js';

const n = (x: number | null, digits = 0) => (x === null ? '–' : x.toFixed(digits));

/**
 * @example failureSummary(results) // "failures merged-lagging: 101.5 a replication — 39.0 lock failures (…)"
 */
export function failureSummary(r: Results): string {
  const lines: string[] = [];
  for (const [name, s] of Object.entries(r.setups)) {
    const f = s.failures?.summary;
    if (f === undefined || !f.failures.mean) continue;
    const causes = (
      [
        ['sync lag', f.lockFailuresSyncLag.mean],
        ['token expired', f.lockFailuresTokenExpired.mean],
        ['rate limit', f.lockFailuresRateLimit.mean],
        ['outage', f.lockFailuresOutage.mean],
      ] as const
    )
      .filter(([, x]) => x !== null && x > 0)
      .map(([label, x]) => `${label} ${n(x, 1)}`);
    // a setup without WMS sync (unmerged, or a pool in sync) has no late pushes to speak of
    const synced = (f.callsAccepted.mean ?? 0) > 0 || (f.lockFailures.mean ?? 0) > 0;
    const share = !synced || f.latePushShare.mean === null ? '' : `; ${n(f.latePushShare.mean * 100, 1)}% from late pushes (programme: 92.7%)`;
    lines.push(
      `failures ${name}: ${n(f.failures.mean, 1)} a replication — ${n(f.lockFailures.mean, 1)} lock failures` +
        `${causes.length > 0 ? ` (${causes.join(', ')})` : ''}, ${n(f.qcRejections.mean, 1)} QC rejections, ` +
        `${n(f.splitTimeouts.mean, 1)} split timeouts${share}`,
    );
  }
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}
