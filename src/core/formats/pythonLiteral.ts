/**
 * A float as Python writes it back: the shortest text that reads as the same double, with a `.0`
 * on whole numbers so Python computes in floats (not exact integers) from the start.
 */
export function pythonFloat(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "float('-inf')";
  const text = String(v);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A value of a hyperparameter or schedule argument as a Python literal. */
export function pythonValue(v: unknown, integer = false): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return integer ? String(v) : pythonFloat(v);
  if (typeof v === 'string') return JSON.stringify(v).replace(/^"|"$/g, "'");
  if (Array.isArray(v)) {
    const items = v.map((x) => pythonValue(x, integer));
    return v.length === 2 && !integer ? `(${items.join(', ')})` : `[${items.join(', ')}]`;
  }
  throw new Error(`no Python literal for ${JSON.stringify(v)}`);
}
