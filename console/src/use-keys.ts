import { useEffect, useState } from 'react';
import { go } from './route';

const typing = (e: KeyboardEvent) => Boolean((e.target as HTMLElement).closest('input, textarea, [role="listbox"]'));

/** A list worked from the keyboard: ↑/↓ or j/k choose a row, Enter opens it, R refreshes. Returns the chosen row. */
export function useListKeys<T>(items: T[], open: (item: T) => void, refresh: () => void): number {
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e)) return;
      if (e.key === 'ArrowDown' || e.key === 'j') setSelected((i) => Math.min(i + 1, items.length - 1));
      else if (e.key === 'ArrowUp' || e.key === 'k') setSelected((i) => Math.max(i - 1, 0));
      else if (e.key === 'Enter' && items[selected]) open(items[selected]);
      else if (e.key === 'r' || e.key === 'R') refresh();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selected, open, refresh]);
  return selected;
}

/** Esc (outside a text field) goes back to the list a page was opened from. */
export function useEscapeTo(hash: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target as HTMLElement).closest('input, textarea')) go(hash);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hash]);
}
