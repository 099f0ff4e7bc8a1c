import { act, fireEvent, render, screen } from '@testing-library/react';
import { calls, device, navigations, resetTaroMock } from '../../../test/taro-mock/taro';
import type { Glance } from '../../services/follow';
import type { LookupInput, RecentSearch } from '../../services/tracking';
import Home from './index';

const lookupParcel = jest.fn();
const scanWaybill = jest.fn();
const unreadCount = jest.fn();
const glance = jest.fn();
const requestReminders = jest.fn();
let recent: RecentSearch[] = [];
jest.mock('../../services/tracking', () => ({
  ...jest.requireActual('../../services/tracking'),
  lookupParcel: (input: LookupInput) => lookupParcel(input),
  recentSearches: () => recent,
}));
jest.mock('../../services/scan', () => ({ scanWaybill: () => scanWaybill() }));
jest.mock('../../services/follow', () => ({ unreadCount: () => unreadCount(), glance: () => glance() }));
jest.mock('../../services/subscribe', () => ({ MODAL_COLOURS: {}, requestReminders: () => requestReminders() }));

const parcel = { waybillNo: 'YT2468135790211', carrier: 'YTO' };
const found = (p: { waybillNo: string; carrier: string }) => ({
  ok: true,
  data: { parcel: p, candidates: [], notice: null, following: false, needsPhoneTail: null },
});
const box = () => screen.getByPlaceholderText('输入或粘贴快递单号') as HTMLInputElement;

/** Rendered, with what the page asks for on show (the unread count) settled. */
async function renderHome() {
  await act(async () => void render(<Home />));
}

async function search(no: string) {
  fireEvent.change(box(), { target: { value: no } });
  await act(async () => fireEvent.click(screen.getByText('查询')));
}

beforeEach(() => {
  resetTaroMock();
  lookupParcel.mockReset();
  scanWaybill.mockReset();
  unreadCount.mockReset().mockResolvedValue(0);
  glance.mockReset().mockResolvedValue(null);
  requestReminders.mockReset().mockResolvedValue(null);
  recent = [];
});

test('a found parcel opens its result page', async () => {
  lookupParcel.mockResolvedValue(found(parcel));
  await renderHome();
  await search('YT2468135790211');
  expect(lookupParcel).toHaveBeenCalledWith({ waybillNo: 'YT2468135790211' });
  expect(navigations).toEqual(['/pages/result/index?no=YT2468135790211&carrier=YTO']);
});

test('bad input is explained under the box by the shared rule, without asking the server', async () => {
  await renderHome();
  await search('YT#1');
  expect(screen.getByTestId('lookup-error').textContent).toBe('单号只能包含字母和数字');
  expect(lookupParcel).not.toHaveBeenCalled();
  expect(navigations).toEqual([]);
});

test('regression (issue 9): a pasted full-width number, or one inside a message, lands in the box as the number and is found', async () => {
  lookupParcel.mockResolvedValue(found({ waybillNo: 'YT7530129834561', carrier: 'YTO' }));
  await renderHome();
  fireEvent.change(box(), { target: { value: 'ＹＴ７５３０１２９８３４５６１' } });
  expect(box().value).toBe('YT7530129834561');
  fireEvent.change(box(), { target: { value: '' } });
  fireEvent.change(box(), { target: { value: '圆通速递 运单号：YT7530129834561' } });
  expect(box().value).toBe('YT7530129834561');
  await act(async () => fireEvent.click(screen.getByText('查询')));
  expect(lookupParcel).toHaveBeenCalledWith({ waybillNo: 'YT7530129834561' });
});

test('regression (issue 9): the input has no length limit of its own; past 32 the validator’s message shows at once', async () => {
  await renderHome();
  expect(box().getAttribute('maxlength')).toBe('-1');
  fireEvent.change(box(), { target: { value: 'Y'.repeat(33) } });
  expect(screen.getByTestId('lookup-error').textContent).toBe('单号最长 32 位，请检查是否输错');
});

test('regression (issue 9): 查询 and 扫一扫 carry no disabled attribute unless busy (Taro H5 fades disabled="false")', async () => {
  await renderHome();
  expect(screen.getByText('查询').hasAttribute('disabled')).toBe(false);
  expect(screen.getByText('扫一扫').hasAttribute('disabled')).toBe(false);
});

test('an ambiguous number asks for the carrier and searches again with it', async () => {
  const candidates = [
    { carrier: 'STO', name: '申通快递', confidence: 0.5 },
    { carrier: 'YD', name: '韵达快递', confidence: 0.5 },
  ];
  lookupParcel
    .mockResolvedValueOnce({ ok: true, data: { parcel: null, candidates, notice: null, following: false, needsPhoneTail: null } })
    .mockResolvedValueOnce(found({ waybillNo: '432000000000001', carrier: 'YD' }));
  await renderHome();
  await search('432000000000001');
  await act(async () => fireEvent.click(screen.getByText('韵达快递')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: '432000000000001', carrier: 'YD' });
  expect(navigations).toEqual(['/pages/result/index?no=432000000000001&carrier=YD']);
});

test('SF asks for the phone tail as the next step, names the carrier, and sends the digits with the number', async () => {
  lookupParcel
    .mockResolvedValueOnce({ ok: true, data: { parcel: null, candidates: [], notice: null, following: false, needsPhoneTail: 'SF' } })
    .mockResolvedValueOnce(found({ waybillNo: 'SF1234567890123', carrier: 'SF' }));
  await renderHome();
  await search('SF1234567890123');
  expect(screen.getByText('顺丰速运需要验证收件人或寄件人手机号后四位')).toBeTruthy();
  expect(screen.getByText('验证并查询').hasAttribute('disabled')).toBe(true);
  fireEvent.change(screen.getByPlaceholderText('手机号后四位'), { target: { value: '5678' } });
  expect(screen.getByText('验证并查询').hasAttribute('disabled')).toBe(false);
  await act(async () => fireEvent.click(screen.getByText('验证并查询')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: 'SF1234567890123', carrier: 'SF', phoneTail: '5678' });
  expect(navigations).toEqual(['/pages/result/index?no=SF1234567890123&carrier=SF']);
});

test('regression (issue 9): closing the photo picker is not an error; an unreadable photo is', async () => {
  await renderHome();
  scanWaybill.mockResolvedValueOnce({ kind: 'cancelled' });
  await act(async () => fireEvent.click(screen.getByText('扫一扫')));
  expect(screen.queryByTestId('lookup-error')).toBeNull();
  scanWaybill.mockResolvedValueOnce({ kind: 'unreadable' });
  await act(async () => fireEvent.click(screen.getByText('扫一扫')));
  expect(screen.getByTestId('lookup-error').textContent).toContain('没有识别到条码');
});

test('unread messages show as a badge on 消息', async () => {
  unreadCount.mockResolvedValue(3);
  await renderHome();
  expect(screen.getByTestId('unread-badge').textContent).toBe('3');
});

const mine = (over: Partial<Glance> = {}): Glance => ({
  total: 4,
  inTransit: 2,
  pickup: 1,
  exception: 1,
  credits: { progress: 2, exception: 1, service: 0 },
  ...over,
});

test('我的包裹 at a glance: how many are on their way, waiting to be picked up, in trouble', async () => {
  glance.mockResolvedValue(mine());
  await renderHome();
  expect(screen.getByTestId('glance').textContent).toBe('2运输中1待取件1异常');
  expect(screen.getByText('共 4 个 ›')).toBeTruthy();
});

test('最近查询 shows each number with the status its last look-up found', async () => {
  recent = [
    { waybillNo: 'YT7530129834569', carrier: 'YTO', carrierName: '圆通速递', status: 'AWAITING_PICKUP' },
    { waybillNo: 'YT7530129834565', carrier: 'YTO', carrierName: '圆通速递', status: 'EXCEPTION' },
    { waybillNo: 'YT7530129834561', carrier: 'YTO', carrierName: '圆通速递' },
  ];
  await renderHome();
  expect(screen.getAllByTestId('recent-status').map((e) => e.textContent)).toEqual(['待取件', '异常件']);
  expect(screen.getAllByTestId('recent-status')[1].className).toContain('recent__status--trouble');
});

test('a waybill number in the clipboard is offered once; yes looks it up, and it is not offered again', async () => {
  device.clipboard = '【中通快递】运单号 73190553102531 已到达【杭州转运中心】';
  device.confirm = true;
  lookupParcel.mockResolvedValue(found({ waybillNo: '73190553102531', carrier: 'ZTO' }));
  await renderHome();
  expect(calls.modals).toEqual(['73190553102531，查询？']);
  expect(lookupParcel).toHaveBeenCalledWith({ waybillNo: '73190553102531' });
  await renderHome();
  expect(calls.modals).toHaveLength(1);
});

test('no means nothing is looked up; a phone number or plain text in the clipboard is never offered', async () => {
  device.clipboard = 'YT7530129834561';
  await renderHome();
  expect(calls.modals).toHaveLength(1);
  expect(lookupParcel).not.toHaveBeenCalled();
  for (const text of ['13800138000', '明天下午三点开会', '']) {
    device.clipboard = text;
    await renderHome();
  }
  expect(calls.modals).toHaveLength(1);
});

test('opening 我的包裹 asks for more reminders when moving parcels outnumber them, once a day', async () => {
  glance.mockResolvedValue(mine({ inTransit: 3, credits: { progress: 1, exception: 1, service: 0 } }));
  await renderHome();
  await act(async () => fireEvent.click(screen.getByTestId('nav-parcels')));
  await act(async () => fireEvent.click(screen.getByTestId('nav-parcels')));
  expect(requestReminders).toHaveBeenCalledTimes(1);
  expect(navigations).toEqual(['/pages/parcels/index', '/pages/parcels/index']);
});

test('with enough reminders left, opening 我的包裹 asks nothing', async () => {
  glance.mockResolvedValue(mine());
  await renderHome();
  await act(async () => fireEvent.click(screen.getByTestId('nav-parcels')));
  expect(requestReminders).not.toHaveBeenCalled();
  expect(navigations).toEqual(['/pages/parcels/index']);
});
