/**
 * H5: each Taro page is a scrolling box; one that holds nothing focusable cannot be scrolled from
 * the keyboard (axe: scrollable-region-focusable). Every page box Taro adds gets a tab stop.
 */
export function letKeyboardScrollPages(): void {
  const mark = () => document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
  mark();
}
