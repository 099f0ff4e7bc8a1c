import { loadNumbers, realLines, syntheticLines } from './corpus';
import { detectionRates, measureDetection, measureLines, rates } from './tracking-accuracy';

/** The figures of `cli accuracy` and `npm run bench`: per carrier and overall, held-out apart, synthetic apart. */
export function accuracyReport() {
  const real = measureLines(realLines());
  const synthetic = measureLines(syntheticLines());
  const detection = measureDetection(loadNumbers());
  return {
    corpus: {
      realLines: real.overall.lines,
      carriers: Object.keys(real.byCarrier).length,
      numbers: detection.numbers,
      syntheticLines: synthetic.overall.lines,
    },
    real: {
      overall: rates(real.overall),
      tunedOn: rates(real.tuned),
      heldOut: rates(real.heldOut),
      afterFreeze: rates(real.afterFreeze),
      byCarrier: Object.fromEntries(Object.entries(real.byCarrier).map(([carrier, t]) => [carrier, rates(t)])),
    },
    synthetic: rates(synthetic.overall),
    detection: detectionRates(detection),
    misses: { lines: real.misses, synthetic: synthetic.misses, numbers: detection.misses },
  };
}
