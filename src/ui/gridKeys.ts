/** What a grid's keys ask of its owner. */
export interface GridKeyHost {
  /** Move the keyboard cursor by whole cells, rightward and upward on screen; `fine` when Shift is held. */
  move(right: number, up: number, fine: boolean): void;
  /** Enter or Space: act on the cursor's cell. */
  pick(): void;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * Arrow keys move a grid's cursor (a basin map, the hyperparameter map) and Enter or Space acts on
 * its cell. The grid handles them itself: the page's own keys listen on the document, where Space
 * would also play or pause and the arrows move the map's start marker.
 */
export function bindGridKeys(element: HTMLElement, host: GridKeyHost): void {
  element.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const arrow = ARROWS[e.key];
    if (arrow) host.move(arrow[0], arrow[1], e.shiftKey);
    else if (e.key === 'Enter' || e.key === ' ') host.pick();
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
}
