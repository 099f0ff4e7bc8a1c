import { AppError } from '../app-error';
import { COMPLAINT_STATES } from '../../../types/complaints';
import { CASE_ACTIONS, nextState, transition } from './case-state';

describe('the case state machine', () => {
  it('walks a case from filing through a rejected resolution and an appeal to acceptance', () => {
    const path = ['STAFF_REPLY', 'RESOLVE', 'REJECT', 'RECORD_APPEAL', 'RESOLVE', 'ACCEPT'] as const;
    const states = path.reduce<string[]>((seen, action) => [...seen, transition(seen.at(-1) as never, action)], ['OPEN']);
    expect(states).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'APPEALED', 'RESOLVED', 'CLOSED']);
  });

  it('accept and reject only answer a pending resolution', () => {
    expect(() => transition('IN_PROGRESS', 'ACCEPT')).toThrow(AppError);
    expect(() => transition('REJECTED', 'REJECT')).toThrow('现在没有待确认的处理结果');
  });

  it('a closed case takes nothing more: only a look at the phone number, which is logged', () => {
    for (const action of CASE_ACTIONS.filter((a) => a !== 'REVEAL_CONTACT')) expect(nextState('CLOSED', action)).toBeNull();
    expect(nextState('CLOSED', 'REVEAL_CONTACT')).toBe('CLOSED');
    expect(() => transition('CLOSED', 'USER_MESSAGE')).toThrow('这件投诉已完结');
  });

  it('the refusal carries the stable code and the message', () => {
    expect(() => transition('RESOLVED', 'RECORD_APPEAL')).toThrow('NOT_ALLOWED_IN_STATE: 这件投诉现在不能登记申诉');
  });

  it('every open state lets both sides keep talking and staff keep the books', () => {
    for (const state of COMPLAINT_STATES.filter((s) => s !== 'CLOSED' && s !== 'OPEN')) {
      for (const action of ['USER_MESSAGE', 'STAFF_REPLY', 'ASSIGN', 'SET_TIER', 'MARK_BREACH'] as const)
        expect(nextState(state, action)).toBe(state);
    }
  });
});
