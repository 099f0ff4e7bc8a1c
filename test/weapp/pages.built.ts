import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWeapp, WEAPP, type WeappSession } from './weapp-harness';

/**
 * The weapp as built (dist/weapp), rendered by miniprogram-simulate: what a WeChat user sees on
 * the home and result pages, the 查询 tap, and every page of app.json opening without an error.
 */
const NO = 'YT7530129834561'; // sandbox: a normal YTO delivery
let weapp: WeappSession;
let errors: string[];

beforeAll(() => {
  weapp = startWeapp();
});

beforeEach(() => {
  errors = [];
  // Kept short: a stack into the minified build would print whole bundle lines.
  const brief = (x: unknown) => (x instanceof Error ? `${x.name}: ${x.message}` : String(x).slice(0, 300));
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(brief).join(' ')));
});

afterEach(() => {
  jest.restoreAllMocks();
  expect(errors).toEqual([]);
});

/** What the home page asks for each time it shows: the unread count and 我的包裹 at a glance. */
const ON_SHOW = ['listMessages', 'listParcels'];

test('home shows the search card, 我的包裹 at a glance and the ways on', async () => {
  const home = await weapp.open('pages/index/index');
  for (const text of ['查快递', '扫一扫', '查询', '我的包裹', '运输中', '待取件', '异常', '消息']) expect(home.text()).toContain(text);
  expect(home.text()).not.toContain('服务通知'); // the local inbox exists only in H5
});

test('typing a number and tapping 查询 calls lookup as the WeChat user and opens the result page', async () => {
  const home = await weapp.open('pages/index/index');
  home.type(NO);
  await new Promise((done) => setTimeout(done, 20));
  home.tap('查询');
  await home.waitFor(() => weapp.navigations.length > 0, 'the navigation to the result page');
  expect(weapp.calls.filter((c) => !ON_SHOW.includes(c.name))).toEqual([{ name: 'lookup', data: { waybillNo: NO } }]);
  expect(weapp.navigations).toEqual([`/pages/result/index?no=${NO}&carrier=YTO`]);
});

test('a waybill number copied elsewhere is offered when home shows, and looked up only once the user says yes', async () => {
  weapp.clipboard.text = '【圆通速递】您的快递 运单号：YT7530129834562 已发出';
  weapp.modalAnswer.confirm = true;
  const before = weapp.navigations.length;
  const home = await weapp.open('pages/index/index');
  await home.waitFor(() => weapp.navigations.length > before, 'the look-up of the offered number');
  expect(weapp.modals.at(-1)).toEqual({ title: '检测到快递单号', content: 'YT7530129834562，查询？' });
  expect(weapp.navigations.at(-1)).toBe('/pages/result/index?no=YT7530129834562&carrier=YTO');
  weapp.clipboard.text = '';
});

test('the result page shows the parcel: status, carrier, number, timeline, and offers to follow it', async () => {
  const result = await weapp.open('pages/result/index', { no: NO, carrier: 'YTO' });
  await result.waitFor(() => result.text().includes('关注包裹'), 'the follow button');
  const text = result.text();
  for (const part of ['圆通速递', NO, '已下单', '已揽收', '已签收', '关注包裹，有进展提醒我', '分享给朋友']) expect(text).toContain(part);
  expect(text).not.toContain('正在查询');
  // The look-up says whether this WeChat user follows it: no probing with updateParcel (which logged a 404 for every stranger).
  expect(weapp.calls.map((c) => c.name)).toContain('lookup');
  expect(weapp.calls.map((c) => c.name)).not.toContain('updateParcel');
});

const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
};
const allPages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];

test.each(allPages)('%s opens and renders without an error', async (route) => {
  const page = await weapp.open(route, { no: NO, carrier: 'YTO' });
  await new Promise((done) => setTimeout(done, 100)); // let its first calls answer
  expect(page.text().trim()).not.toBe('');
});
