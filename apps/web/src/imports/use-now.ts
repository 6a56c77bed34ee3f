import { useEffect, useState } from 'react';

/** The time, moved on every `everyMs`: deadlines shown as 剩余 x 小时 keep counting down. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
