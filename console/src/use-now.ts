import { useEffect, useState } from 'react';

/** The server's clock runs ahead of the browser's by this much (the local dev clock can be moved). */
let offsetMs = 0;
export const setServerNow = (iso: string) => (offsetMs = Date.parse(iso) - Date.now());
export const serverNow = () => Date.now() + offsetMs;

/** The server's time, ticking every second so countdowns stay live. */
export function useNow(): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
