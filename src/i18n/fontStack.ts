/**
 * The page's sans-serif font list, shared by the CSS (app.css declares the same list) and every canvas that draws text:
 * a canvas does not inherit the page's fonts, and without CJK names Chinese labels fall back to a Japanese glyph set
 * or to boxes.
 */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', sans-serif";

/** A 2-D canvas `font` value in the shared list. */
export function canvasFont(px: number, weight?: 'bold' | '600'): string {
  return `${weight ? `${weight} ` : ''}${px}px ${FONT_STACK}`;
}
