import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTimerSchedules } from './timers';

function functionsRoot(configs: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'fns-'));
  for (const [name, config] of Object.entries(configs)) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'config.json'), JSON.stringify(config));
  }
  return root;
}

describe('timer schedules from config.json', () => {
  it('reads the one timer trigger of each function, as the cloud would', () => {
    const root = functionsRoot({
      monitor: { triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }] },
      lookup: { permissions: { openapi: [] } },
    });
    expect(readTimerSchedules(root)).toEqual([{ functionName: 'monitor', triggerName: 'everyMinute', cron: '0 * * * * * *' }]);
  });

  it('refuses a function with two triggers, which WeChat cloud does not allow', () => {
    const root = functionsRoot({
      monitor: {
        triggers: [
          { name: 'a', type: 'timer', config: '0 * * * * * *' },
          { name: 'b', type: 'timer', config: '0 * * * * * *' },
        ],
      },
    });
    expect(() => readTimerSchedules(root)).toThrow(/一个触发器/);
  });

  it('reads the real cloudfunctions folder without error', () => {
    expect(() => readTimerSchedules(join(__dirname, '..', '..', 'cloudfunctions'))).not.toThrow();
  });
});
