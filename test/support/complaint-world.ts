import { SequentialIds } from '../../server/adapters/system/random-ids';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { jpeg, video } from '../../server/adapters/evidence/test-media';
import { createAllFunctions, createAllHttp, createAllTimers } from '../../server/functions';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import type { FunctionName } from '../../types/functions';
import type { StaffFunctionName } from '../../types/staff';
import { testDeps } from './app-deps';
import { checkReply, checkStaffReply } from './contract';

/** A staff password that passes the account rules. */
export const STAFF_PASSWORD = 'correct-horse-battery-staple';

/** 2026-11-23 (Mon) 09:00 in Shanghai: a plain working week, far from holidays. */
export const COMPLAINT_START_MS = Date.parse('2026-11-23T09:00:00+08:00');

export const DAMAGE = {
  waybillNo: 'YT7530129834561',
  type: 'DAMAGED',
  description: '外箱被压扁，里面的玻璃杯碎了两个',
  remedy: { kind: 'COMPENSATION', amountFen: 8800 },
  contactPhone: '13800138000',
} as const;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The whole product in-process for complaint tests: the real functions, the console's HTTP
 * function and the timers over SQLite, the cloud-storage fake (clients upload themselves, as in
 * WeChat), a clock moved by hand. Every answer is checked against its registry.
 */
export function complaintWorld(startMs = COMPLAINT_START_MS) {
  const deps = testDeps({ clock: new ManualClock(startMs), ids: new SequentialIds('case') });
  const fns = createAllFunctions(deps);
  const consoleHttp = createAllHttp(deps).console;
  const timers = createAllTimers(deps);
  let uploads = 0;

  async function call(name: FunctionName, body: unknown, openid: string | null) {
    return checkReply(name, await fns[name](body, openid ? { openid } : null));
  }
  /** The data of a call that must succeed. */
  async function ok(name: FunctionName, body: unknown, openid: string): Promise<Data> {
    const reply = await call(name, body, openid);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    return reply.data as Data;
  }
  async function staff(name: StaffFunctionName | 'login', body: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const reply = await consoleHttp({ vendor: name, rawBody: JSON.stringify(body), headers });
    return { status: reply.status, ...checkStaffReply(name, JSON.parse(reply.body)) };
  }
  async function staffOk(name: StaffFunctionName, body: unknown, token: string): Promise<Data> {
    const reply = await staff(name, body, token);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    return reply.data as Data;
  }

  return {
    deps,
    call,
    ok,
    staff,
    staffOk,
    timers,
    /** What the mini program does: upload to cloud storage, then ask checkEvidence to adopt the file. */
    upload(openid: string, bytes: Buffer, name: string): string {
      uploads += 1;
      return deps.cloudFiles.clientUpload(`uploads/${openid}/${uploads}-${name}`, bytes);
    },
    async checkedEvidence(openid: string, files: { bytes: Buffer; name: string }[]): Promise<string[]> {
      const ids: string[] = [];
      for (const f of files) {
        const fileId = this.upload(openid, f.bytes, f.name);
        await ok('checkEvidence', { fileId }, openid);
        ids.push(fileId);
      }
      return ids;
    },
    /** A damage complaint with two photos and a short video. */
    async fileDamage(openid: string, extra: object = {}): Promise<Data> {
      const evidence = await this.checkedEvidence(openid, [
        { bytes: jpeg(), name: 'box.jpg' },
        { bytes: jpeg(4096), name: 'glass.jpg' },
        { bytes: video({ seconds: 12 }), name: 'unboxing.mp4' },
      ]);
      return (await ok('fileComplaint', { ...DAMAGE, evidence, ...extra }, openid)).complaint;
    },
    async addStaff(username: string, role: 'agent' | 'supervisor'): Promise<string> {
      await createAddStaff(deps)({ username, role, password: STAFF_PASSWORD });
      return this.login(username);
    },
    /** A fresh staff token: tokens last a shift on the test clock. */
    async login(username: string): Promise<string> {
      const reply = await staff('login', { username, password: STAFF_PASSWORD });
      if (!reply.ok) throw new Error(`login ${username}: ${reply.error.message}`);
      return (reply.data as { token: string }).token;
    },
    advance(ms: number) {
      deps.clock.advance(ms);
    },
  };
}
