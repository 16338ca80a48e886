import type { ShownToken } from './ExprError.ts';

/** A token as the English messages name it: "number '3'", "name 'x'", "')'", "end of the expression". */
export function shownText(token: ShownToken): string {
  switch (token.kind) {
    case 'number':
      return `number '${token.text}'`;
    case 'name':
      return `name '${token.text}'`;
    case 'symbol':
      return `'${token.text}'`;
    case 'control':
      return `character ${token.text}`;
    case 'end':
      return 'end of the expression';
  }
}
