import { testDeps } from '../../../test/support/app-deps';
import { createScryptHasher } from '../../adapters/staff/scrypt-password-hasher';
import { ManualClock } from '../../adapters/system/system-clock';
import { createAddStaff, createStaffLogin } from './staff-login.use-case';
import { STAFF_ACCOUNTS, type StaffAccount } from './staff-account.repository';

const PASSWORD = 'correct-horse-battery-staple';

async function setup() {
  const deps = testDeps({ clock: new ManualClock(Date.parse('2026-11-23T09:00:00+08:00')) });
  await createAddStaff(deps)({ username: 'wang.agent', role: 'agent', password: PASSWORD });
  return { deps, login: createStaffLogin(deps) };
}

test('a good login gives a staff token with the account role, valid for a shift', async () => {
  const { deps, login } = await setup();
  const answer = await login({ username: 'wang.agent', password: PASSWORD });
  expect(answer).toMatchObject({ username: 'wang.agent', role: 'agent', expiresAt: '2026-11-23T17:00:00+08:00' });
  expect(deps.staffTokens.verify(answer.token)).toEqual({ username: 'wang.agent', role: 'agent' });
});

test('a wrong password and an unknown username get the same answer', async () => {
  const { login } = await setup();
  await expect(login({ username: 'wang.agent', password: 'not-the-password' })).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
  await expect(login({ username: 'nobody.here', password: PASSWORD })).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
});

test('the fifth failure locks the account for 15 minutes, even against the right password, then it opens again', async () => {
  const { deps, login } = await setup();
  for (let i = 0; i < 4; i += 1)
    await expect(login({ username: 'wang.agent', password: `wrong-${i}` })).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
  await expect(login({ username: 'wang.agent', password: 'wrong-4' })).rejects.toMatchObject({
    code: 'ACCOUNT_LOCKED',
    userMessage: '登录失败次数过多，请 15 分钟后再试',
  });
  await expect(login({ username: 'wang.agent', password: PASSWORD })).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
  deps.clock.advance(15 * 60_000);
  await expect(login({ username: 'wang.agent', password: PASSWORD })).resolves.toMatchObject({ role: 'agent' });
});

test('an unknown username locks too, so a lockout does not tell which names exist', async () => {
  const { login } = await setup();
  for (let i = 0; i < 4; i += 1)
    await expect(login({ username: 'ghost.user', password: 'x' })).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
  await expect(login({ username: 'ghost.user', password: 'x' })).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
});

test('a hash made with weaker parameters is upgraded after a good login', async () => {
  const weak = createScryptHasher({ ln: 8, r: 8, p: 1 });
  const { deps, login } = await setup();
  await deps.store.update<StaffAccount>(STAFF_ACCOUNTS, 'wang.agent', { passwordHash: await weak.hash(PASSWORD) });
  await login({ username: 'wang.agent', password: PASSWORD });
  expect((await deps.store.get<StaffAccount>(STAFF_ACCOUNTS, 'wang.agent'))?.passwordHash).toMatch(/^\$scrypt\$ln=10,/);
});

test('an account needs a strong password and a proper username', async () => {
  const { deps } = await setup();
  const add = createAddStaff(deps);
  await expect(add({ username: 'li.lead', role: 'supervisor', password: 'short' })).rejects.toMatchObject({
    userMessage: '密码至少 12 位',
  });
  await expect(add({ username: 'li.lead', role: 'supervisor', password: 'li.lead-is-my-password' })).rejects.toMatchObject({
    userMessage: '密码不能包含用户名',
  });
  await expect(add({ username: '1abc', role: 'agent', password: PASSWORD })).rejects.toThrow();
  await expect(add({ username: 'wang.agent', role: 'supervisor', password: PASSWORD })).resolves.toBe('UPDATED');
});
