import type { Surface } from './Surface.ts';
import { ackley } from './ackley.ts';
import { beale } from './beale.ts';
import { booth } from './booth.ts';
import { goldsteinPrice } from './goldsteinPrice.ts';
import { himmelblau } from './himmelblau.ts';
import { monkeySaddle } from './monkeySaddle.ts';
import { quadratic } from './quadratic.ts';
import { rastrigin } from './rastrigin.ts';
import { rosenbrock } from './rosenbrock.ts';
import { saddle } from './saddle.ts';
import { sixHumpCamel } from './sixHumpCamel.ts';

/** Every surface the app offers, in menu order; a new surface is one more entry here. */
export const surfaces: readonly Surface[] = [rosenbrock, saddle, quadratic, beale, himmelblau, rastrigin, ackley, booth, monkeySaddle, sixHumpCamel, goldsteinPrice];

export const surfaceIds: readonly string[] = surfaces.map((s) => s.id);

const byId = new Map(surfaces.map((s) => [s.id, s]));

export function surfaceById(id: string): Surface | undefined {
  return byId.get(id);
}
