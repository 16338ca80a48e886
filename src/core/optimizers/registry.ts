import type { Optimizer } from './Optimizer.ts';
import { adadelta } from './adadelta.ts';
import { adagrad } from './adagrad.ts';
import { adam } from './adam.ts';
import { adamax } from './adamax.ts';
import { adamw } from './adamw.ts';
import { momentum } from './momentum.ts';
import { nadam } from './nadam.ts';
import { nag } from './nag.ts';
import { radam } from './radam.ts';
import { rmsprop } from './rmsprop.ts';
import { sgd } from './sgd.ts';

/** Every optimizer the app offers, in menu order. */
export const optimizers: readonly Optimizer[] = [sgd, momentum, nag, adagrad, adadelta, rmsprop, adam, adamw, nadam, radam, adamax];

export const optimizerIds: readonly string[] = optimizers.map((o) => o.id);

const byId = new Map(optimizers.map((o) => [o.id, o]));

export function optimizerById(id: string): Optimizer | undefined {
  return byId.get(id);
}
