import { InputError } from '../../core/InputError.ts';
import { compileRule } from '../../core/rules/compileRule.ts';
import { toPyTorch } from '../../core/rules/toPyTorch.ts';
import { parseFlags } from '../args.ts';
import { readText, type Io } from '../io.ts';

/**
 * `rule FILE` checks an update rule and lists what it declares and runs; `--pytorch` prints it as a
 * torch.optim.Optimizer subclass instead. A mistake is `FILE:line:column: reason`, exit 2.
 */
export function rule(argv: string[], io: Io): number {
  const [file, ...rest] = argv;
  if (file === undefined || file.startsWith('--')) throw new InputError("rule: give the rule's file, e.g. slopes rule adam.rule [--pytorch] [--json]");
  const flags = parseFlags('rule', rest, { pytorch: { type: 'boolean' }, json: { type: 'boolean' } });
  const compiled = compileRule(readText(io, file, 'rule'));
  if (!compiled.ok) throw new InputError(`${file}:${compiled.error.line}:${compiled.error.column}: ${compiled.error.reason}`);
  const { rule: parsed, optimizer } = compiled;
  if (flags.pytorch) {
    io.out(toPyTorch(parsed));
    return 0;
  }
  const listing = {
    name: parsed.name,
    id: optimizer.id,
    params: parsed.params.map((p) => ({ name: p.name, default: p.default })),
    states: parsed.states.map((s) => ({ name: s.name, init: s.source })),
    steps: parsed.statements.map((s) => `${s.target} = ${s.source}`),
    usesGradient: compiled.usesGradient,
  };
  if (flags.json) {
    io.out(`${JSON.stringify(listing, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${parsed.name ?? optimizer.id} (ok)`,
    `params: ${listing.params.map((p) => `${p.name} = ${p.default}`).join(', ') || 'none'}`,
    `states: ${listing.states.map((s) => `${s.name} = ${s.init}`).join(', ') || 'none'}`,
    'each step:',
    ...listing.steps.map((s) => `  ${s}`),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
