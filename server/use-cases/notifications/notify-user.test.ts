import { testDeps } from '../../../test/support/app-deps';
import { createAllFunctions, createAllTimers } from '../../functions';
import { LOCAL_INBOX, type InboxRecord } from '../../adapters/wechat/local-inbox-notifier';
import { notifyUser, type UserNotice } from './notify-user';

const notice: UserNotice = {
  openid: 'o_alice',
  key: 'complaint:c1:reply:1',
  kind: 'COMPLAINT',
  carrier: 'YTO',
  waybillNo: 'YT7530129834561',
  title: '客服回复了你的投诉',
  body: '您好，已联系网点核实，请耐心等待。',
  phrase: '已回复',
  page: 'pages/complaint/detail/index?id=c1',
  atMs: Date.parse('2026-11-23T10:00:00+08:00'),
};

test('a notice lands in the message centre once and is pushed with the service template only with a credit', async () => {
  const deps = testDeps();
  const fns = createAllFunctions(deps);
  const call = async (name: keyof typeof fns, body: unknown) => {
    const reply = await fns[name](body, { openid: 'o_alice' });
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.data as never;
  };
  expect(await deps.store.transaction((tx) => notifyUser(tx, notice, deps.clock.now()))).toBe('NO_CREDIT');
  await call('reportSubscription', { results: { service: 'accept' } });
  const second = { ...notice, key: 'complaint:c1:reply:2' };
  expect(await deps.store.transaction((tx) => notifyUser(tx, second, deps.clock.now()))).toBe('QUEUED');
  expect(await deps.store.transaction((tx) => notifyUser(tx, second, deps.clock.now()))).toBe('ALREADY');
  await createAllTimers(deps).monitor({ name: 'monitor', firedAtMs: deps.clock.now() });

  const inbox = await deps.store.find<InboxRecord>(LOCAL_INBOX, { where: { openid: 'o_alice' } });
  expect(inbox).toHaveLength(1);
  expect(inbox[0]).toMatchObject({ templateId: 'local-service', page: 'pages/complaint/detail/index?id=c1' });
  expect(inbox[0].data).toMatchObject({ phrase2: { value: '已回复' } });
  const messages: { items: { id: string; kind: string; link: string; milestone: null; pushed: boolean }[] } = await call(
    'listMessages',
    {},
  );
  expect(Object.fromEntries(messages.items.map((m) => [m.id, [m.kind, m.link, m.milestone, m.pushed]]))).toEqual({
    'o_alice:complaint:c1:reply:1': ['COMPLAINT', 'pages/complaint/detail/index?id=c1', null, false],
    'o_alice:complaint:c1:reply:2': ['COMPLAINT', 'pages/complaint/detail/index?id=c1', null, true],
  });
});
