/** Edit distance with adjacent transpositions, so 'bta1' is one edit from 'beta1' and 'teh' from 'the'. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/** The closest known name within two edits, or '' when none is close. */
export function closest(name: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d < name.length) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** " — did you mean 'beta1'?" for the closest known name within two edits, or '' when none is close. */
export function suggest(name: string, known: Iterable<string>): string {
  const best = closest(name, known);
  return best ? ` — did you mean '${best}'?` : '';
}
