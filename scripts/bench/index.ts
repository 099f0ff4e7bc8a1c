/**
 * `npm run bench`: figures, not pass/fail. Prints one JSON document with every measurement.
 */
import { cpus } from 'node:os';
import { benchLookup } from './lookup.bench';
import { benchTracking, trackingAccuracy } from './tracking.bench';
import { benchMonitorThroughput, simulateSchedules } from './monitor.bench';
import { simulateCredits } from './credits.bench';
import { benchDeliveryDelay } from './delivery-delay.bench';

async function main() {
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model };
  const round = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
  const tracking = round(benchTracking());
  const trackingAccuracyFigures = trackingAccuracy();
  const lookup = await benchLookup();
  // One monitor run uses one core (Node runs it on one thread): parcels/s here are per core.
  const monitor = await benchMonitorThroughput();
  const schedules = simulateSchedules();
  const credits = await simulateCredits();
  const deliveryDelay = await benchDeliveryDelay();
  console.log(
    JSON.stringify(
      { machine, tracking, trackingAccuracy: trackingAccuracyFigures, lookup, monitor, schedules, credits, deliveryDelay },
      null,
      2,
    ),
  );
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
