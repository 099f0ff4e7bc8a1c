import { dayAndTime, deadlineLines, fullDate, yuan } from './complaints';

const deadlines = {
  firstResponseDue: '2026-11-24T12:45:00+08:00',
  resolutionDue: '2026-11-30T18:00:00+08:00',
  firstRespondedAt: null,
  resolvedAt: null,
  appealOpensAt: '2026-11-30T12:45:00+08:00',
  appealClosesAt: '2027-11-23T12:45:00+08:00',
};

test('times read the way people say them, in Beijing time', () => {
  expect(dayAndTime('2026-11-24T12:45:00+08:00')).toBe('11月24日 12:45');
  expect(fullDate('2026-12-03T09:00:00+08:00')).toBe('2026年12月3日');
  expect(yuan(8850)).toBe('88.50 元');
});

test('an open case says by when customer service answers and resolves', () => {
  expect(deadlineLines({ deadlines, breaches: [], appeal: null }).map((l) => l.text)).toEqual([
    '客服最晚 11月24日 12:45 前答复',
    '最晚 11月30日 18:00 前给出处理结果',
  ]);
});

test('a missed deadline says so, by the server’s breaches and not the phone’s clock', () => {
  const breaches = [{ kind: 'FIRST_RESPONSE' as const, dueAt: deadlines.firstResponseDue, markedAt: '2026-11-24T12:50:00+08:00' }];
  const lines = deadlineLines({ deadlines, breaches, appeal: null });
  expect(lines[0]).toEqual({ text: '客服应在 11月24日 12:45 前答复，已超时', late: true });
  expect(lines[1].late).toBe(false);
});

test('answered and appealed cases say when, and by when 12305 answers', () => {
  const lines = deadlineLines({
    deadlines: { ...deadlines, firstRespondedAt: '2026-11-23T15:02:00+08:00' },
    breaches: [],
    appeal: { caseNo: 'SS1', recordedAt: '2026-12-01T10:00:00+08:00', answerDue: '2026-12-31T10:00:00+08:00' },
  });
  expect(lines.map((l) => l.text)).toEqual([
    '客服已于 11月23日 15:02 答复',
    '最晚 11月30日 18:00 前给出处理结果',
    '12305 应在 2026年12月31日 前答复',
  ]);
});
