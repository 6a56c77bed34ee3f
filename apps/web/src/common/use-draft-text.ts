import { useEffect, useEffectEvent, useState } from 'react';

/**
 * A search box over a value kept elsewhere (the address bar): what is typed shows at once
 * and is handed to `commit`, trimmed, once typing pauses. A change made elsewhere (a saved
 * view applied, the back button) replaces what the box shows; our own commit arriving late
 * does not, so nothing typed in the meantime is lost.
 */
export function useDraftText(
  committed: string,
  commit: (text: string) => void,
  delayMs = 300,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState(committed);
  // The committed value last seen, and the one we last wrote (or adopted).
  const [seen, setSeen] = useState(committed);
  const [written, setWritten] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== written) {
      setWritten(committed);
      setDraft(committed);
    }
  }

  const settle = useEffectEvent((text: string) => {
    const trimmed = text.trim();
    if (trimmed === written) return;
    setWritten(trimmed);
    commit(trimmed);
  });
  useEffect(() => {
    const timer = setTimeout(() => settle(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs]);

  return [draft, setDraft];
}
