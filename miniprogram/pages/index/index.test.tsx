import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigations, resetTaroMock } from '../../../test/taro-mock/taro';
import type { LookupInput } from '../../services/tracking';
import Home from './index';

const lookupParcel = jest.fn();
jest.mock('../../services/tracking', () => ({
  lookupParcel: (input: LookupInput) => lookupParcel(input),
  recentSearches: () => [],
}));

const parcel = { waybillNo: 'YT2468135790211', carrier: 'YTO' };

async function search(no: string) {
  fireEvent.change(screen.getByPlaceholderText('输入或粘贴快递单号'), { target: { value: no } });
  await act(async () => fireEvent.click(screen.getByText('查询')));
}

beforeEach(() => {
  resetTaroMock();
  lookupParcel.mockReset();
});

test('a found parcel opens its result page', async () => {
  lookupParcel.mockResolvedValue({ ok: true, data: { parcel, candidates: [], notice: null } });
  render(<Home />);
  await search('YT2468135790211');
  expect(lookupParcel).toHaveBeenCalledWith({ waybillNo: 'YT2468135790211' });
  expect(navigations).toEqual(['/pages/result/index?no=YT2468135790211&carrier=YTO']);
});

test('the server’s message for bad input is shown under the box', async () => {
  lookupParcel.mockResolvedValue({ ok: false, error: { code: 'INVALID_INPUT', message: '单号只能包含字母和数字' } });
  render(<Home />);
  await search('YT#1');
  expect(screen.getByTestId('lookup-error').textContent).toBe('单号只能包含字母和数字');
  expect(navigations).toEqual([]);
});

test('an ambiguous number asks for the carrier and searches again with it', async () => {
  lookupParcel
    .mockResolvedValueOnce({
      ok: true,
      data: {
        parcel: null,
        candidates: [
          { carrier: 'STO', name: '申通快递', confidence: 0.5 },
          { carrier: 'YD', name: '韵达快递', confidence: 0.5 },
        ],
        notice: null,
      },
    })
    .mockResolvedValueOnce({ ok: true, data: { parcel: { waybillNo: '432000000000001', carrier: 'YD' }, candidates: [], notice: null } });
  render(<Home />);
  await search('432000000000001');
  await act(async () => fireEvent.click(screen.getByText('韵达快递')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: '432000000000001', carrier: 'YD' });
  expect(navigations).toEqual(['/pages/result/index?no=432000000000001&carrier=YD']);
});

test('SF asks for the phone tail and sends it with the number', async () => {
  lookupParcel
    .mockResolvedValueOnce({ ok: false, error: { code: 'NEEDS_PHONE_TAIL', message: '该快递需要验证收件人或寄件人手机号后四位' } })
    .mockResolvedValueOnce({ ok: true, data: { parcel: { waybillNo: 'SF1234567890123', carrier: 'SF' }, candidates: [], notice: null } });
  render(<Home />);
  await search('SF1234567890123');
  expect(screen.getByText('该快递需要验证收件人或寄件人手机号后四位')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('手机号后四位'), { target: { value: '5678' } });
  await act(async () => fireEvent.click(screen.getByText('验证并查询')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: 'SF1234567890123', carrier: undefined, phoneTail: '5678' });
});
