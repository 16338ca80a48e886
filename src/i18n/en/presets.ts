/** Words of the presets area: the story under the header, its badge, and formulas read aloud. */
export const presets = {
  teacherNote: "Teacher's note",
  /** The title of a preset whose scene was changed since: its text describes it as loaded. */
  asLoaded: (title: string) => `${title} (as loaded)`,
  modified: (changes: readonly string[]) => `modified: ${changes.join(', ')}`,
  modifiedTitle: (changes: readonly string[]) => `Changed since the preset was loaded: ${changes.join(', ')}. The text under the header describes the preset as it was.`,
  restore: 'restore',
  restoreTitle: 'Load the preset again as it was',
  /** A surface's formula read aloud, for screen readers without MathML: built from the same layout as the MathML. */
  formula: {
    equals: (rhs: string) => `f of x and y equals ${rhs}`,
    join: (parts: readonly string[]) => parts.join(' '),
    plus: 'plus',
    minus: 'minus',
    times: 'times',
    negative: 'minus',
    pi: 'pi',
    group: (inner: string) => `open paren ${inner} close paren`,
    squared: (base: string) => `${base} squared`,
    cubed: (base: string) => `${base} cubed`,
    power: (base: string, exponent: string) => `${base} to the power ${exponent}`,
    /** A fraction of two single symbols or numbers. */
    over: (numerator: string, denominator: string) => `${numerator} over ${denominator}`,
    fraction: (numerator: string, denominator: string) => `the fraction with numerator ${numerator} and denominator ${denominator}`,
    sqrt: (arg: string) => `the square root of ${arg}`,
    abs: (arg: string) => `the absolute value of ${arg}`,
    call: (name: string, args: readonly string[]) => `${name} of ${args.join(' and ')}`,
    functions: {
      log: 'the natural log',
      sin: 'sine',
      cos: 'cosine',
      tan: 'tangent',
      tanh: 'hyperbolic tangent',
      min: 'the minimum',
      max: 'the maximum',
    } as Record<string, string>,
  },
};
