import type { Optimizer, Params } from '../core/optimizers/Optimizer.ts';
import { optimizerById, optimizerIds } from '../core/optimizers/registry.ts';
import { resolveParams } from '../core/optimizers/resolveParams.ts';
import { shown } from './Note.ts';
import { NoteError } from './NoteError.ts';

/** The optimizer `id` names, or a NoteError naming `field`, so the page words the refusal in the reader's language. */
export function optimizerOrNote(id: string, field: string): Optimizer {
  const optimizer = optimizerById(id);
  if (!optimizer) throw new NoteError({ kind: 'unknownOptimizer', field, allowed: optimizerIds, got: shown(id) });
  return optimizer;
}

/** An optimizer's params checked against its declaration, or a NoteError naming `field`. */
export function paramsOrNote(optimizer: Optimizer, input: unknown, field: string): Params {
  const result = resolveParams(optimizer, input);
  if (!result.ok) throw new NoteError({ kind: 'params', field, optimizer: optimizer.id, problem: result.problem });
  return result.params;
}
