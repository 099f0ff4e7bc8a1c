/** The slice of @tarojs/taro the app uses, backed by memory, for component tests in jsdom. */
import { useEffect } from 'react';

const storage = new Map<string, unknown>();

export const router = { params: {} as Record<string, string> };
export const navigations: string[] = [];
export const calls: { phone: string[]; clipboard: string[]; toasts: string[]; modals: string[] } = {
  phone: [],
  clipboard: [],
  toasts: [],
  modals: [],
};
/** What the clipboard holds for `getClipboardData`, and how the next `showModal` is answered. */
export const device = { clipboard: '', confirm: false };

export function resetTaroMock(): void {
  storage.clear();
  navigations.length = 0;
  calls.phone.length = 0;
  calls.clipboard.length = 0;
  calls.toasts.length = 0;
  calls.modals.length = 0;
  device.clipboard = '';
  device.confirm = false;
  router.params = {};
  listeners.clear();
  payment.errMsg = null;
  payment.asked.length = 0;
}

/** Taro's event centre: pages hand results to each other through it (the pay sheet to the page that asked). */
const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
const eventCenter = {
  once(name: string, fn: (...args: unknown[]) => void) {
    const once = (...args: unknown[]) => {
      listeners.set(
        name,
        (listeners.get(name) ?? []).filter((f) => f !== once),
      );
      fn(...args);
    };
    listeners.set(name, [...(listeners.get(name) ?? []), once]);
  },
  trigger(name: string, ...args: unknown[]) {
    for (const fn of listeners.get(name) ?? []) fn(...args);
  },
};

/** How the next `requestPayment` answers: resolved, or rejected with this errMsg. */
export const payment = { errMsg: null as string | null, asked: [] as unknown[] };

const Taro = {
  eventCenter,
  requestPayment: async (params: unknown) => {
    payment.asked.push(params);
    if (payment.errMsg) throw { errMsg: payment.errMsg };
    return { errMsg: 'requestPayment:ok' };
  },
  navigateBack: async () => void navigations.push('back'),
  redirectTo: async ({ url }: { url: string }) => void navigations.push(url),
  getStorageSync: <T>(key: string): T => storage.get(key) as T,
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: async ({ url }: { url: string }) => void navigations.push(url),
  makePhoneCall: async ({ phoneNumber }: { phoneNumber: string }) => void calls.phone.push(phoneNumber),
  setClipboardData: async ({ data }: { data: string }) => void calls.clipboard.push(data),
  getClipboardData: async () => ({ data: device.clipboard }),
  showModal: async ({ content }: { content: string }) => {
    calls.modals.push(content);
    return { confirm: device.confirm, cancel: !device.confirm };
  },
  showToast: async ({ title }: { title: string }) => void calls.toasts.push(title),
  reLaunch: async ({ url }: { url: string }) => void navigations.push(url),
  stopPullDownRefresh: () => undefined,
  cloud: {
    init: () => undefined,
    callFunction: async () => {
      throw new Error('callFunction is not available in component tests: mock the service');
    },
  },
};

export default Taro;

export function useRouter() {
  return router;
}

export function useDidShow(effect: () => void) {
  useEffect(effect, []);
}

export function usePullDownRefresh(_effect: () => void) {}

export function useShareAppMessage(_effect: () => unknown) {}
