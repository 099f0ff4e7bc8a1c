import { fireEvent, render, screen } from '@testing-library/react';
import { navigations, resetTaroMock } from '../../../test/taro-mock/taro';
import ComplaintEntry from './index';

beforeEach(() => resetTaroMock());

test('投诉 opens the form for this parcel, number and carrier filled in; 我的投诉 opens the list', () => {
  render(<ComplaintEntry waybillNo="YT7530129834561" carrier="YTO" />);
  fireEvent.click(screen.getByTestId('complain'));
  fireEvent.click(screen.getByText('我的投诉'));
  expect(navigations).toEqual(['/pages/complaint/new/index?waybillNo=YT7530129834561&carrier=YTO', '/pages/complaint/list/index']);
});
