import { detectCarrier } from '../../server/domain/tracking/detect-carrier';
import { classifyTraceLine } from '../../server/domain/tracking/classify-trace';
import { normalizeTrace } from '../../server/domain/tracking/normalize-trace';
import { planJourney } from '../../server/adapters/carriers/sandbox';
import type { CarrierTrace } from '../../server/ports/carrier-gateway';
import { accuracyReport } from '../lib/accuracy-report';

/** Reader and detection accuracy on test/corpus, the same figures as `cli accuracy`. */
export function trackingAccuracy() {
  const { corpus, real, synthetic, detection } = accuracyReport();
  return { corpus, real, synthetic, detection };
}

/** Runs `work` repeatedly for about `ms` and returns operations per second. */
function throughput(work: (i: number) => number, ms = 1500): number {
  let ops = 0;
  const start = performance.now();
  let i = 0;
  while (performance.now() - start < ms) ops += work(i++);
  return ops / ((performance.now() - start) / 1000);
}

const NUMBERS = [
  '73190553102532',
  'SF1234567890123',
  'YT7530129834567',
  'JT0001234567890',
  'JDVA12345678901',
  'DPK123456789012',
  '773123456789012',
  '312345678901234',
  'EA123456789CN',
  '432012345678901',
  '123456789012',
  '9876543210123',
  'ABC123',
];

export function benchTracking(): Record<string, number> {
  const lines = Array.from({ length: 200 }, (_, i) =>
    planJourney(`YT75301298${String(10000 + i)}`, 'YTO').events.map((e) => e.text),
  ).flat();
  const traces: CarrierTrace[] = Array.from({ length: 200 }, (_, i) => {
    const no = `YT75301298${String(20000 + i)}`;
    return {
      carrier: 'YTO',
      waybillNo: no,
      source: 'bench',
      events: planJourney(no, 'YTO').events.map((e) => ({
        time: new Date(Date.parse('2026-11-20T00:00:00Z') + e.h * 3600_000).toISOString().replace('Z', '+00:00'),
        text: e.text,
      })),
    };
  });
  return {
    detectNumbersPerSec: throughput((i) => (detectCarrier(NUMBERS[i % NUMBERS.length]), 1)),
    classifyLinesPerSec: throughput((i) => (classifyTraceLine(lines[i % lines.length]), 1)),
    normalizeEventsPerSec: throughput((i) => normalizeTrace(traces[i % traces.length]).events.length),
  };
}
