import { loadSubscribeTemplates } from '../../../config/subscribe-templates';
import { SqliteDocStore } from '../../adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../adapters/system/system-clock';
import { NotifierError, type SubscriptionMessage } from '../../ports/notifier';
import { createConsentLedger } from './consent-ledger';
import { MESSAGES, OUTBOX, notifyFollowers, type MessageRecord, type OutboxRecord } from './notify-followers';
import { MAX_ATTEMPTS, RETRY_BACKOFF, createOutboxSender } from './send-notifications';

const T0 = Date.parse('2026-11-22T10:00:00+08:00');
const parcel = { id: 'YTO:YT7530129834561', carrier: 'YTO', waybillNo: 'YT7530129834561', previousStatus: 'OUT_FOR_DELIVERY' as const };
const follower = { openid: 'alice', parcelId: parcel.id, remark: '', archived: false, followedAtMs: T0, seenAtMs: T0 };
const hit = { milestone: 'AWAITING_PICKUP' as const, atMs: T0, event: null };

async function setup(outcomes: (Error | 'ok')[]) {
  const store = new SqliteDocStore(':memory:');
  const clock = new ManualClock(T0);
  const ledger = createConsentLedger(store);
  await ledger.grant('alice', 'progress');
  await store.transaction((tx) => notifyFollowers(tx, parcel, [{ binding: follower, othersAwaiting: 0 }], [hit], T0));
  const sent: SubscriptionMessage[] = [];
  const errors: object[] = [];
  const notifier = {
    send: async (m: SubscriptionMessage) => {
      const next = outcomes.shift() ?? 'ok';
      if (next !== 'ok') throw next;
      sent.push(m);
    },
  };
  const log = { info() {}, warn() {}, error: (o: object) => void errors.push(o) };
  const send = createOutboxSender({ store, clock, log, notifier, templates: loadSubscribeTemplates('local', {}) });
  const id = `alice:${parcel.id}:AWAITING_PICKUP`;
  const state = async () => ({
    outbox: (await store.get<OutboxRecord>(OUTBOX, id))!,
    message: (await store.get<MessageRecord>(MESSAGES, id))!,
    credits: (await ledger.credits('alice')).progress,
  });
  return { store, clock, send, sent, errors, state };
}

test('a queued notification is sent once, opens the parcel, and the message shows it was pushed', async () => {
  const s = await setup(['ok']);
  expect((await s.state()).credits).toBe(0); // spent when queued
  await Promise.all([s.send(), s.send()]);
  expect(s.sent).toHaveLength(1);
  expect(s.sent[0]).toMatchObject({
    openid: 'alice',
    templateId: 'local-progress',
    page: 'pages/result/index?no=YT7530129834561&carrier=YTO&from=notify',
  });
  expect(s.sent[0].data).toMatchObject({
    character_string1: { value: 'YT7530129834561' },
    phrase3: { value: '待取件' },
    time4: { value: '2026年11月22日 10:00' },
  });
  expect(await s.state()).toMatchObject({ outbox: { state: 'SENT' }, message: { pushed: true, push: 'SENT' } });
});

test('43101: the credit was not there — the ledger is corrected and nothing is retried', async () => {
  const s = await setup([new NotifierError(43101, 'user refuse to accept the msg')]);
  await s.send();
  s.clock.advance(RETRY_BACKOFF.maxMs);
  await s.send();
  expect(await s.state()).toMatchObject({
    outbox: { state: 'NO_CREDIT', attempts: 1 },
    message: { pushed: false, push: 'NO_CREDIT' },
    credits: 0,
  });
});

test.each([40003, 40037, 41030, 47003])('%i is permanent: recorded, alerted, the unused credit refunded, never retried', async (code) => {
  const s = await setup([new NotifierError(code, 'invalid')]);
  await s.send();
  s.clock.advance(RETRY_BACKOFF.maxMs);
  await s.send();
  expect(await s.state()).toMatchObject({
    outbox: { state: 'FAILED', attempts: 1 },
    message: { pushed: false, push: 'FAILED' },
    credits: 1,
  });
  expect(s.errors).toHaveLength(1);
});

test('a transient failure is retried with backoff until it goes through', async () => {
  const s = await setup([new NotifierError(-1, 'system busy'), new NotifierError(-1, 'system busy'), 'ok']);
  await s.send();
  expect((await s.state()).outbox).toMatchObject({ state: 'PENDING', nextAttemptAtMs: T0 + RETRY_BACKOFF.baseMs });
  await s.send(); // not due yet
  expect(s.sent).toHaveLength(0);
  s.clock.advance(RETRY_BACKOFF.baseMs);
  await s.send();
  expect((await s.state()).outbox).toMatchObject({ state: 'PENDING', nextAttemptAtMs: s.clock.now() + 2 * RETRY_BACKOFF.baseMs });
  s.clock.advance(2 * RETRY_BACKOFF.baseMs);
  await s.send();
  expect(s.sent).toHaveLength(1);
  expect((await s.state()).message.pushed).toBe(true);
});

test(`after ${MAX_ATTEMPTS} transient failures it gives up and refunds`, async () => {
  const s = await setup(Array.from({ length: MAX_ATTEMPTS }, () => new NotifierError(-1, 'timeout')));
  for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
    await s.send();
    s.clock.advance(RETRY_BACKOFF.maxMs);
  }
  expect(await s.state()).toMatchObject({ outbox: { state: 'FAILED', attempts: MAX_ATTEMPTS }, credits: 1 });
});
