import { InputError } from '../InputError.ts';
import type { Optimizer, Params } from './Optimizer.ts';
import { optimizerById, optimizerIds } from './registry.ts';
import { resolveParams } from './resolveParams.ts';

export function resolveOptimizer(id: string, field: string): Optimizer {
  const optimizer = optimizerById(id);
  if (!optimizer) throw new InputError(`${field}: unknown optimizer "${id}" (allowed: ${optimizerIds.join(', ')})`);
  return optimizer;
}

/** Checks an optimizer's params against its declaration; the message names the field. */
export function resolveParamsOrThrow(optimizer: Optimizer, input: unknown, field: string): Params {
  const result = resolveParams(optimizer, input);
  if (!result.ok) throw new InputError(`${field}: ${result.error}`);
  return result.params;
}
