import { useCallback, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Envelope } from '../../types';

/** A page's data: fetched each time the page shows and on pull-down, with the error to show instead. */
export function useLoaded<T>(fetch: () => Promise<Envelope<T>>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const reply = await fetch();
    setError(reply.ok ? null : reply.error.message);
    if (reply.ok) setData(reply.data);
  }, [fetch]);
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));
  return { data, error, load };
}
