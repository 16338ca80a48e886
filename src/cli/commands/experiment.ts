import { InputError } from '../../core/InputError.ts';
import { parseExperimentDocument, runExperimentDocument, type ExperimentOverrides } from '../../core/formats/experiment.ts';
import { parseFlags, parseNumberFlag } from '../args.ts';
import { readJson, type Io } from '../io.ts';

const options = {
  config: { type: 'string' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  seed: { type: 'string' },
  points: { type: 'string' },
  noise: { type: 'string' },
} as const;

/** Flags shared by `experiment` and `slice`: the file, and overrides of its epochs, batch size, seed, points and noise. */
export function readExperimentArgs(command: string, argv: string[], io: Io) {
  const flags = parseFlags(command, argv, options);
  if (flags.config === undefined) throw new InputError(`${command}: --config FILE is required`);
  const overrides: ExperimentOverrides = {};
  if (flags.epochs !== undefined) overrides.epochs = parseNumberFlag('epochs', flags.epochs, { integer: true, min: 1 });
  if (flags['batch-size'] !== undefined) overrides.batchSize = parseNumberFlag('batch-size', flags['batch-size'], { integer: true, min: 1 });
  if (flags.seed !== undefined) overrides.seed = parseNumberFlag('seed', flags.seed, { integer: true, min: 0 });
  if (flags.points !== undefined) overrides.points = parseNumberFlag('points', flags.points, { integer: true, min: 1 });
  if (flags.noise !== undefined) overrides.noise = parseNumberFlag('noise', flags.noise, { min: 0 });
  const doc = parseExperimentDocument(readJson(io, flags.config, '--config'));
  return { doc, overrides };
}

export function experiment(argv: string[], io: Io): number {
  const { doc, overrides } = readExperimentArgs('experiment', argv, io);
  if (doc.runs.length === 0) throw new InputError('runs: expected at least one run to train (a document with none serves only slice)');
  io.out(`${JSON.stringify(runExperimentDocument(doc, overrides))}\n`);
  return 0;
}
