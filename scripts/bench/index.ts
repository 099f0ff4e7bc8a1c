/**
 * `npm run bench`: figures, not pass/fail. Prints one JSON document with every measurement.
 */
import { cpus } from 'node:os';
import { benchLookup } from './lookup.bench';
import { benchTracking, trackingAccuracy } from './tracking.bench';
import { benchMonitorThroughput, simulateSchedules } from './monitor.bench';
import { simulateCredits } from './credits.bench';

async function main() {
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model };
  const tracking = benchTracking();
  const lookup = await benchLookup();
  const monitor = await benchMonitorThroughput();
  const schedules = simulateSchedules();
  const credits = await simulateCredits();
  const round = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
  const accuracy = trackingAccuracy();
  console.log(
    JSON.stringify({ machine, tracking: round(tracking), trackingAccuracy: accuracy, lookup, monitor, schedules, credits }, null, 2),
  );
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
