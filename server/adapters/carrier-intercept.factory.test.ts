import { ManualClock } from './system/system-clock';
import { carrierInterceptFromEnv } from './carrier-intercept.factory';

const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));

describe('the carrier intercept channel from the environment', () => {
  const env = {
    KUAIDI100_KEY: 'key',
    KUAIDI100_INTERCEPT_SECRET: 'secret',
    KUAIDI100_INTERCEPT_PARTNERS: JSON.stringify({ SF: { partnerId: '0123456789' }, ZTO: { partnerId: 'z', partnerSecret: 's' } }),
  };

  test('without its secret and accounts, none: staff execute every intercept', () => {
    expect(carrierInterceptFromEnv({ KUAIDI100_KEY: 'key' }, clock)).toBeNull();
  });

  test('Kuaidi100 for the carriers whose accounts are set; ZTO only once results have a callback to come to', () => {
    const channel = carrierInterceptFromEnv(env, clock)!;
    expect([channel.supports('SF', 'RETURN'), channel.supports('SF', 'HOLD'), channel.supports('YTO', 'RETURN')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(channel.supports('ZTO', 'REDIRECT')).toBe(false);
    const withCallback = carrierInterceptFromEnv({ ...env, KUAIDI100_INTERCEPT_CALLBACK_URL: 'https://x.example.com/cb' }, clock)!;
    expect(withCallback.supports('ZTO', 'REDIRECT')).toBe(true);
  });

  test('half a configuration, or accounts that are not JSON, stop the start', () => {
    expect(() => carrierInterceptFromEnv({ KUAIDI100_INTERCEPT_SECRET: 'secret' }, clock)).toThrow('KUAIDI100_INTERCEPT_PARTNERS');
    expect(() => carrierInterceptFromEnv({ ...env, KUAIDI100_INTERCEPT_PARTNERS: 'SF=1' }, clock)).toThrow('must be JSON');
  });
});
