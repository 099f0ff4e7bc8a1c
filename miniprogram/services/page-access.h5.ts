/**
 * H5: each Taro page is a scrolling box; one that holds nothing focusable cannot be scrolled from
 * the keyboard (axe: scrollable-region-focusable). Every page box Taro adds gets a tab stop, and so
 * does each list of NutUI's region picker (Cascader).
 */
const SCROLLING_BOXES = '.taro_page:not([tabindex]), .nut-cascader-pane:not([tabindex])';

export function letKeyboardScrollPages(): void {
  const mark = () => document.querySelectorAll(SCROLLING_BOXES).forEach((el) => el.setAttribute('tabindex', '0'));
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
  mark();
}
