import type { Controller } from 'lil-gui';

/** The element of a lil-gui controller that takes focus: its text or number input, checkbox, select or button. */
export function focusable(c: Controller): HTMLElement | null {
  return c.domElement.querySelector('input:not([type=color]), select, button');
}

/**
 * Gives a control its one-line meaning: a tooltip on the whole row for the mouse, and on the focusable
 * element itself, where a screen reader reads it as the description after the label.
 */
export function describeControl<C extends Controller>(c: C, meaning: string): C {
  c.domElement.title = meaning;
  focusable(c)?.setAttribute('title', meaning);
  return c;
}

/**
 * A number control as a spin button (lil-gui's arrow keys already step it) whose value a screen reader
 * hears in words, "12 steps per frame", not only as digits.
 */
export function speakValue<C extends Controller>(c: C, say: (value: number) => string): C {
  const input = c.domElement.querySelector('input');
  if (!input) return c;
  input.setAttribute('role', 'spinbutton');
  const update = () => {
    const value = c.getValue() as number;
    // aria-valuenow is a plain decimal: 1e-8 written out, as ARIA does not read exponents.
    if (Number.isFinite(value)) input.setAttribute('aria-valuenow', value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }));
    else input.removeAttribute('aria-valuenow');
    input.setAttribute('aria-valuetext', say(value));
  };
  // lil-gui redraws a control through updateDisplay after each edit and each refresh from the state,
  // so the spoken value follows both.
  const draw = c.updateDisplay.bind(c);
  c.updateDisplay = () => {
    draw();
    update();
    return c;
  };
  update();
  return c;
}
