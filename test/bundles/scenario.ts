import { kuaidi100PushBody } from '../support/vendor-pushes';
import kuaidi100Result from '../../server/adapters/carriers/kuaidi100/fixtures/query-success.json';
import { FUNCTION_NAMES } from '../../types/functions';
import { jpeg, video, windowsExecutable } from '../../server/adapters/evidence/test-media';

/**
 * One day of a user in WeChat, step by step, run against the built cloud bundles and the local
 * server alike. A new function joins by adding its steps here: the test fails while a built
 * function has none.
 */
export type Who = 'alice' | 'bob';

export type Step = {
  title: string;
  advanceMs?: number;
  /** What the cloud answer must match (a user call: `{ ok: true }` unless said). */
  expect?: object;
  /** Why this step has no local counterpart: only the cloud answer is checked. */
  cloudOnly?: string;
} & (
  | {
      kind: 'user';
      fn: string;
      as: Who | null;
      /** Strings '<case>' and '<file:NAME>' stand for the case filed and the files uploaded in each runtime. */
      data: object;
      /** A file the user uploads first: to cloud storage in WeChat, to /api/_upload locally. */
      upload?: { name: string; bytes: () => Buffer; contentType: string };
    }
  | { kind: 'timer'; fn: string }
  | {
      kind: 'http';
      fn: string;
      vendor: string;
      rawBody: string;
      contentType: string;
      /** The staff token from the console's last login. */
      bearer?: 'staff';
    }
);

/** What the cloud functions' environment holds (README: Configuration); the local server gets the same. */
export const FUNCTION_ENV = {
  PHONE_TAIL_KEY: '4f'.repeat(32),
  WX_TEMPLATE_PROGRESS: 'tmpl-progress-bundle-test',
  WX_TEMPLATE_EXCEPTION: 'tmpl-exception-bundle-test',
  WX_TEMPLATE_SERVICE: 'tmpl-service-bundle-test',
  KUAIDI100_CALLBACK_SALT: 'bundle-test-salt',
  STAFF_TOKEN_SECRET: 'bundle-test-staff-token-secret-0000',
  LOG_LEVEL: 'warn',
};

/** The staff account both runtimes hold (made with `cli staff add`, here put in the database directly). */
export const STAFF = { username: 'lina', password: 'correct-horse-battery-staple' };

/** 2026-11-23 09:00 in Shanghai: where both clocks start. */
export const START_MS = Date.parse('2026-11-23T09:00:00+08:00');

const NO = 'YT7530129834561'; // sandbox: a normal delivery over three days
const PARCEL = `YTO:${NO}`;
const HOUR = 3600 * 1000;

/** A Kuaidi100 push as its servers send it: form POST of param + sign (md5(param + salt)). */
const kuaidi100Param = JSON.stringify({ status: 'polling', message: '', lastResult: kuaidi100Result });
const kuaidi100Body = kuaidi100PushBody(kuaidi100Param, FUNCTION_ENV.KUAIDI100_CALLBACK_SALT);

const refused = (code: string) => ({ ok: false, error: { code } });

const DAY = 24 * HOUR;
const staffCall = (vendor: string, body: object, extra: Partial<Step> = {}): Step =>
  ({
    title: `console: ${vendor}`,
    kind: 'http',
    fn: 'console',
    vendor,
    rawBody: JSON.stringify(body),
    contentType: 'application/json',
    bearer: 'staff',
    expect: { status: 200, json: { ok: true } },
    ...extra,
  }) as Step;
const upload = (name: string, bytes: () => Buffer, contentType: string, title: string, expect?: object): Step => ({
  title,
  kind: 'user',
  fn: 'checkEvidence',
  as: 'bob',
  data: { fileId: `<file:${name}>` },
  upload: { name, bytes, contentType },
  ...(expect ? { expect } : {}),
});

/** Bob's damaged parcel: evidence checked, the case filed, answered in the console, escalated to 12305, resolved. */
const COMPLAINT_STEPS: Step[] = [
  upload('box.jpg', () => jpeg(), 'image/jpeg', 'a photo of the crushed box'),
  upload('glass.jpg', () => jpeg(4096), 'image/jpeg', 'a photo of the broken glasses'),
  upload('unboxing.mp4', () => video({ seconds: 12 }), 'video/mp4', 'a short video of the unboxing'),
  upload('invoice.jpg', () => windowsExecutable(), 'image/jpeg', 'an executable renamed .jpg', refused('EVIDENCE_INVALID')),
  {
    title: 'file a damage complaint with two photos and a video',
    kind: 'user',
    fn: 'fileComplaint',
    as: 'bob',
    data: {
      waybillNo: NO,
      type: 'DAMAGED',
      description: '外箱被压扁，里面的玻璃杯碎了两个',
      remedy: { kind: 'COMPENSATION', amountFen: 8800 },
      contactPhone: '13800138000',
      evidence: ['<file:box.jpg>', '<file:glass.jpg>', '<file:unboxing.mp4>'],
    },
    expect: { ok: true, data: { complaint: { tier: 2, state: 'OPEN' } } },
  },
  { title: 'my complaints', kind: 'user', fn: 'listComplaints', as: 'bob', data: {} },
  { title: 'my complaint', kind: 'user', fn: 'getComplaint', as: 'bob', data: { id: '<case>' } },
  {
    title: "someone else's complaint",
    kind: 'user',
    fn: 'getComplaint',
    as: 'alice',
    data: { id: '<case>' },
    expect: refused('FORBIDDEN'),
  },
  staffCall('login', STAFF, { title: 'a supervisor signs in to the console', bearer: undefined }),
  staffCall('staffQueue', {}, { title: 'the queue, most urgent first' }),
  staffCall('staffGetCase', { id: '<case>' }, { title: 'the case with its files, timeline and log' }),
  staffCall('staffReply', { id: '<case>', text: '您好，已联系网点核实破损情况，请保留外包装。' }, { title: 'a reply to the user' }),
  staffCall(
    'staffQueue',
    {},
    { title: 'the console without a staff token', bearer: undefined, expect: { status: 403, json: refused('FORBIDDEN') } },
  ),
  {
    title: 'the user answers in the thread',
    kind: 'user',
    fn: 'addComplaintMessage',
    as: 'bob',
    data: { id: '<case>', text: '好的，外包装还在。' },
  },
  { title: '12305 not yet: the carrier has 7 days', kind: 'user', fn: 'prepareAppeal', as: 'bob', data: { id: '<case>' } },
  { title: 'the SLA timer eight days later marks the missed resolution', kind: 'timer', fn: 'slaWatch', advanceMs: 8 * DAY },
  { title: '12305 now: no resolution in 7 days', kind: 'user', fn: 'prepareAppeal', as: 'bob', data: { id: '<case>' } },
  {
    title: 'the 12305 case number recorded',
    kind: 'user',
    fn: 'recordAppeal',
    as: 'bob',
    data: { id: '<case>', caseNo: 'SS2026120100123' },
  },
  staffCall('login', STAFF, { title: 'the supervisor signs in again the next day', bearer: undefined }),
  staffCall(
    'staffResolve',
    { id: '<case>', resolution: '网点同意赔偿 88 元', remedy: { kind: 'COMPENSATION', amountFen: 8800 } },
    { title: 'a resolution' },
  ),
  { title: 'the user accepts it', kind: 'user', fn: 'respondToResolution', as: 'bob', data: { id: '<case>', accept: true } },
  staffCall('staffReport', {}, { title: 'the supervisors report' }),
];

export const SCENARIO: Step[] = [
  { title: 'a look-up by number alone', kind: 'user', fn: 'lookup', as: 'alice', data: { waybillNo: NO } },
  {
    title: 'a number that cannot be one',
    kind: 'user',
    fn: 'lookup',
    as: 'alice',
    data: { waybillNo: '12' },
    expect: refused('INVALID_INPUT'),
  },
  {
    title: 'a carrier that needs a phone tail',
    kind: 'user',
    fn: 'lookup',
    as: 'bob',
    data: { waybillNo: '73190553102532', carrier: 'ZTO' },
    // Not an error: the answer asks for the digits without calling the carrier.
    expect: { ok: true, data: { parcel: null, needsPhoneTail: 'ZTO' } },
  },
  {
    title: 'reminders accepted',
    kind: 'user',
    fn: 'reportSubscription',
    as: 'alice',
    data: { results: { progress: 'accept', exception: 'accept' } },
  },
  { title: 'follow the parcel with a remark', kind: 'user', fn: 'bindParcel', as: 'alice', data: { waybillNo: NO, remark: '妈妈的药' } },
  { title: 'my parcels', kind: 'user', fn: 'listParcels', as: 'alice', data: {} },
  { title: 'someone else does not see them', kind: 'user', fn: 'listParcels', as: 'bob', data: {} },
  { title: 'rename the parcel', kind: 'user', fn: 'updateParcel', as: 'alice', data: { parcelId: PARCEL, remark: '药' } },
  { title: 'the monitor timer fires a day and a half later', kind: 'timer', fn: 'monitor', advanceMs: 36 * HOUR },
  { title: 'the message centre after the timer', kind: 'user', fn: 'listMessages', as: 'alice', data: {} },
  { title: 'mark all read', kind: 'user', fn: 'markMessagesRead', as: 'alice', data: {} },
  { title: 'seen on the result page', kind: 'user', fn: 'updateParcel', as: 'alice', data: { parcelId: PARCEL, seen: true } },
  {
    title: 'a Kuaidi100 push through HTTP access',
    kind: 'http',
    fn: 'carrierPush',
    vendor: 'kuaidi100',
    rawBody: kuaidi100Body.toString(),
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    title: 'the same push again is a replay',
    kind: 'http',
    fn: 'carrierPush',
    vendor: 'kuaidi100',
    rawBody: kuaidi100Body.toString(),
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    title: 'a push signed with another salt',
    kind: 'http',
    fn: 'carrierPush',
    vendor: 'kuaidi100',
    rawBody: 'param=%7B%7D&sign=0',
    contentType: 'application/x-www-form-urlencoded',
  },
  // Intercepts: the cloud here has no WeChat Pay keys, so they say they are not offered; locally the pay sandbox stands in.
  {
    title: 'can the parcel still be stopped: not offered without WeChat Pay',
    kind: 'user',
    fn: 'checkIntercept',
    as: 'alice',
    data: { waybillNo: NO },
    expect: refused('PAYMENT_UNAVAILABLE'),
    cloudOnly: 'locally the pay sandbox takes the fee',
  },
  {
    title: 'asking for an intercept: not offered without WeChat Pay',
    kind: 'user',
    fn: 'requestIntercept',
    as: 'alice',
    data: { waybillNo: NO, type: 'RETURN', phoneTail: '1234' },
    expect: refused('PAYMENT_UNAVAILABLE'),
    cloudOnly: 'locally the pay sandbox takes the fee',
  },
  { title: 'my intercepts: none', kind: 'user', fn: 'listIntercepts', as: 'alice', data: {}, expect: { ok: true, data: { items: [] } } },
  {
    title: 'an intercept of nobody',
    kind: 'user',
    fn: 'getIntercept',
    as: 'bob',
    data: { id: 'ICnobody0001' },
    expect: refused('NOT_FOUND'),
  },
  {
    title: 'cancelling an intercept of nobody',
    kind: 'user',
    fn: 'cancelIntercept',
    as: 'bob',
    data: { id: 'ICnobody0001' },
    expect: refused('NOT_FOUND'),
  },
  {
    title: 'a payment notification where no WeChat Pay keys are set is to be sent again',
    kind: 'http',
    fn: 'payNotify',
    vendor: 'wechatpay',
    rawBody: '{"id":"EV-1","event_type":"TRANSACTION.SUCCESS"}',
    contentType: 'application/json',
    expect: { status: 500 },
    cloudOnly: 'locally the pay sandbox verifies it (and refuses this unsigned one)',
  },
  { title: 'the intercept watch timer with nothing to watch', kind: 'timer', fn: 'interceptWatch', advanceMs: HOUR },
  { title: 'the monitor timer fires again two days later', kind: 'timer', fn: 'monitor', advanceMs: 47 * HOUR },
  { title: 'the hourly housekeeping purges expired rate-limit windows', kind: 'timer', fn: 'housekeeping', advanceMs: HOUR },
  { title: 'the message centre at the end', kind: 'user', fn: 'listMessages', as: 'alice', data: { limit: 20 } },
  { title: 'unfollow', kind: 'user', fn: 'unbindParcel', as: 'alice', data: { parcelId: PARCEL } },
  { title: 'my parcels after unfollowing', kind: 'user', fn: 'listParcels', as: 'alice', data: { archived: false } },
  {
    title: 'a user cannot run the timer with callFunction, even dressed as its trigger',
    kind: 'user',
    fn: 'monitor',
    as: 'alice',
    data: { Type: 'Timer', TriggerName: 'everyMinute' },
    expect: refused('FORBIDDEN'),
    cloudOnly: 'locally, timers are not callable at all',
  },
  {
    title: 'a user cannot call the carrier callback with callFunction',
    kind: 'user',
    fn: 'carrierPush',
    as: 'alice',
    data: { httpMethod: 'POST', headers: {}, body: '' },
    expect: { statusCode: 403 },
    cloudOnly: 'locally, callbacks come only to /hooks',
  },
  ...COMPLAINT_STEPS,
  // Every user function refuses a call that WeChat did not attribute to a user.
  ...FUNCTION_NAMES.map((fn): Step => ({
    title: `${fn} without an OPENID`,
    kind: 'user',
    fn,
    as: null,
    data: {},
    expect: refused('FORBIDDEN'),
  })),
];
