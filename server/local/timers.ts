import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';
import type { TimerHandler } from '../functions/timer';
import type { Logger } from '../ports/logger';

const functionConfigSchema = z.object({
  triggers: z
    .array(z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/), type: z.literal('timer'), config: z.string() }))
    .max(1, '云函数只能有一个触发器')
    .optional(),
});

export interface TimerSchedule {
  functionName: string;
  triggerName: string;
  /** 7-field cron as in config.json: second minute hour day month weekday year, China time. */
  cron: string;
}

/** Reads the timer triggers declared in cloudfunctions/<name>/config.json, as the cloud would. */
export function readTimerSchedules(functionsRoot: string): TimerSchedule[] {
  return readdirSync(functionsRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(functionsRoot, d.name, 'config.json')))
    .flatMap((d) => {
      const raw: unknown = JSON.parse(readFileSync(join(functionsRoot, d.name, 'config.json'), 'utf8'));
      const config = functionConfigSchema.parse(raw);
      return (config.triggers ?? []).map((t) => ({ functionName: d.name, triggerName: t.name, cron: t.config }));
    });
}

/**
 * Runs each timer function on its schedule. A run that is still going when the next one is due is
 * skipped (the cloud would start an overlapping instance; the functions' leases cover that case).
 */
export function startTimers(
  schedules: TimerSchedule[],
  timers: Record<string, TimerHandler>,
  nowMs: () => number,
  log: Logger,
): { stop(): void } {
  const jobs = schedules.map((s) => {
    const handler = timers[s.functionName];
    if (!handler) throw new Error(`timer trigger ${s.triggerName} names ${s.functionName}, which has no timer handler`);
    return new Cron(s.cron, { timezone: 'Asia/Shanghai', protect: true, mode: '7-part' }, async () => {
      try {
        await handler({ name: s.triggerName, firedAtMs: nowMs() });
      } catch (err) {
        log.error({ err, timer: s.functionName }, 'timer run failed');
      }
    });
  });
  return { stop: () => jobs.forEach((j) => j.stop()) };
}
