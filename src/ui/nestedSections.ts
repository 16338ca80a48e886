/** The section and the sections it sits in, innermost first. */
export function nested(details: HTMLDetailsElement): HTMLDetailsElement[] {
  const out: HTMLDetailsElement[] = [];
  for (let d: HTMLDetailsElement | null = details; d; d = d.parentElement?.closest('details') ?? null) out.push(d);
  return out;
}

/** Whether a section can be seen: it and every section around it are open. */
export const shown = (details: HTMLDetailsElement): boolean => nested(details).every((d) => d.open);

/** Opens a section and every section around it, so it is seen. */
export function openNested(details: HTMLDetailsElement): void {
  for (const d of nested(details)) d.open = true;
}
