import { join } from 'node:path';
import { createAllFunctions } from '../../server/functions';
import type { FunctionName } from '../../types/functions';
import { testDeps } from '../support/app-deps';

/**
 * The built weapp (dist/weapp) run the way WeChat runs it, in one thread: app.js registers the
 * App, each page's compiled js calls Page(...), which we register as a component for
 * miniprogram-simulate (it renders components only), with its wxml compiled by WeChat's own wcc
 * against Taro's base template and `comp` component. `wx.cloud.callFunction` is answered in
 * process by the real handlers over SQLite, as the caller `OPENID`.
 */
export const WEAPP = join(__dirname, '..', '..', 'dist', 'weapp');
export const OPENID = 'o_weapp_tester';

export interface CloudCall {
  name: string;
  data: Record<string, unknown>;
}

type PageOptions = Record<string, unknown> & { data?: object };
/** The part of miniprogram-simulate we use (its own typings declare WeChat's globals over Node's, so we do not import them). */
interface Simulate {
  load(path: string, options: { rootPath: string }): string;
  render(id: string): unknown;
}
const simulate = require('miniprogram-simulate') as Simulate;
type Instance = Record<string, (...args: unknown[]) => unknown> & { route?: string };
interface SimComponent {
  dom: HTMLElement;
  instance: Instance;
  attach(parent: Element): void;
  querySelector(selector: string): { dispatchEvent(name: string, options?: object): void } | undefined;
}

export interface WeappSession {
  calls: CloudCall[];
  navigations: string[];
  toasts: string[];
  /** What `wx.getClipboardData` answers; and every `wx.showModal` shown, answered with `modalAnswer`. */
  clipboard: { text: string };
  modals: { title: string; content: string }[];
  modalAnswer: { confirm: boolean };
  open(route: string, query?: Record<string, string>): Promise<OpenPage>;
}

export interface OpenPage {
  text(): string;
  tap(label: string): void;
  type(value: string): void;
  waitFor(check: () => boolean, what: string): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A page's `Page({...})` options as a component: data stays data, every function (lifecycles, Taro's `eh`) becomes a method. */
function pageAsComponent(options: PageOptions) {
  const methods = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'function'));
  return { data: options.data ?? {}, methods };
}

/**
 * WeChat's logic layer has no Web storage, history or navigator; jsdom, which miniprogram-simulate
 * renders into, has. Taken away so a page that touches them fails here as it would in WeChat.
 * (`window`, `document` and `location` cannot leave jsdom: the build's static check covers them.)
 */
const NOT_IN_WECHAT = ['localStorage', 'sessionStorage', 'history', 'navigator'];

export function startWeapp(): WeappSession {
  for (const name of NOT_IN_WECHAT) Object.defineProperty(globalThis, name, { value: undefined, configurable: true });
  const deps = testDeps();
  const handlers = createAllFunctions(deps);
  const calls: CloudCall[] = [];
  const navigations: string[] = [];
  const toasts: string[] = [];
  const clipboard = { text: '' };
  const modals: { title: string; content: string }[] = [];
  const modalAnswer = { confirm: false };
  const storage = new Map<string, unknown>();
  const g = globalThis as unknown as Record<string, unknown>;
  let app: Record<string, (...args: unknown[]) => unknown> = {};
  const pages: Instance[] = [];

  g.App = (options: typeof app) => (app = options);
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  g.Page = (options: PageOptions) => (g.Component as (o: object) => void)(pageAsComponent(options));
  Object.assign(g.wx as object, {
    cloud: {
      init: () => undefined,
      async callFunction({ name, data }: CloudCall) {
        calls.push({ name, data });
        const handler = handlers[name as FunctionName];
        if (!handler) throw Object.assign(new Error(`FunctionName parameter could not be found`), { errCode: -501000 });
        // The platform carries data and result as JSON.
        const result = await handler(JSON.parse(JSON.stringify(data ?? {})), { openid: OPENID });
        return { result: JSON.parse(JSON.stringify(result)), requestID: `req-${calls.length}`, errMsg: 'cloud.callFunction:ok' };
      },
    },
    navigateTo: ({ url, success }: { url: string; success?: () => void }) => {
      navigations.push(url);
      success?.();
    },
    showToast: ({ title }: { title: string }) => void toasts.push(title),
    getClipboardData: ({ success }: { success?: (r: { data: string }) => void }) => success?.({ data: clipboard.text }),
    showModal: ({
      title,
      content,
      success,
    }: {
      title: string;
      content: string;
      success?: (r: { confirm: boolean; cancel: boolean }) => void;
    }) => {
      modals.push({ title, content });
      success?.({ confirm: modalAnswer.confirm, cancel: !modalAnswer.confirm });
    },
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    stopPullDownRefresh: () => undefined,
  });

  require(join(WEAPP, 'app.js'));
  app.onLaunch?.({ path: 'pages/index/index', query: {}, scene: 1001 });
  app.onShow?.({ path: 'pages/index/index', query: {}, scene: 1001 });

  // A page's js runs once (webpack keeps its chunk installed), as in WeChat; each open renders a new instance.
  const loaded = new Map<string, string>();
  async function open(route: string, query: Record<string, string> = {}): Promise<OpenPage> {
    const id = loaded.get(route) ?? simulate.load(join(WEAPP, route), { rootPath: WEAPP });
    loaded.set(route, id);
    const comp = simulate.render(id) as unknown as SimComponent;
    comp.attach(document.createElement('page-wrapper'));
    const page = comp.instance;
    page.route = route;
    pages.push(page);
    page.onLoad(query);
    page.onShow();
    page.onReady();

    const sidOf = (match: (el: Element) => boolean, what: string) => {
      const el = [...comp.dom.querySelectorAll('[data-sid]')].find(match);
      if (!el) throw new Error(`no ${what} on ${route}; it shows: ${comp.dom.textContent}`);
      return el.getAttribute('data-sid') as string;
    };
    const fire = (sid: string, name: string, options?: object) => comp.querySelector(`#${sid}`)?.dispatchEvent(name, options);
    const opened: OpenPage = {
      text: () => comp.dom.textContent ?? '',
      tap: (label) =>
        fire(
          sidOf((el) => el.textContent?.trim() === label, `"${label}"`),
          'tap',
        ),
      type: (value) =>
        fire(
          sidOf((el) => el.tagName === 'WX-INPUT', 'input'),
          'input',
          { detail: { value, cursor: value.length } },
        ),
      async waitFor(check, what) {
        for (let waited = 0; !check(); waited += 10) {
          if (waited > 10_000) throw new Error(`${route}: still waiting for ${what}; it shows: ${comp.dom.textContent}`);
          await sleep(10);
        }
      },
    };
    // Taro renders through setData after onLoad: the page is open once it shows something.
    await opened.waitFor(() => opened.text().trim() !== '', 'its first render');
    return opened;
  }

  return { calls, navigations, toasts, clipboard, modals, modalAnswer, open };
}
