import { fillSlices } from '../../core/formats/experiment.ts';
import type { Io } from '../io.ts';
import { readExperimentArgs } from './experiment.ts';

export function slice(argv: string[], io: Io): number {
  const { doc, overrides } = readExperimentArgs('slice', argv, io);
  io.out(`${JSON.stringify(fillSlices(doc, overrides))}\n`);
  return 0;
}
