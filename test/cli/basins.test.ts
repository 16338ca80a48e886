import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/cli/commands/basinsPng.ts';
import { runCli } from '../../src/cli/runCli.ts';
import type { Io } from '../../src/cli/io.ts';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { computeBasins } from '../../src/sim/basins.ts';
import { basinPixels } from '../../src/sim/basinsColors.ts';
import { expectInputError } from './runIo.ts';

async function runAsync(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), readText: () => '' };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** CRC-32 bit by bit, as the PNG specification defines it, apart from zlib's. */
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The chunks of a PNG file, each CRC checked. */
function readPng(file: Buffer): { type: string; data: Buffer }[] {
  expect(Array.from(file.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let o = 8; o < file.length; ) {
    const length = file.readUInt32BE(o);
    const type = file.toString('latin1', o + 4, o + 8);
    const data = file.subarray(o + 8, o + 8 + length);
    expect(file.readUInt32BE(o + 8 + length), `${type} CRC`).toBe(crc(file.subarray(o + 4, o + 8 + length)));
    chunks.push({ type, data });
    o += 12 + length;
  }
  return chunks;
}

describe('basins', () => {
  it('prints the map of every pixel as one thread computes it, and writes it as a PNG', async () => {
    const png = join(mkdtempSync(join(tmpdir(), 'basins-')), 'map.png');
    const argv = ['basins', '--surface', 'himmelblau', '--optimizer', 'adam', '--params', '{"lr":0.1}', '--size', '12', '--steps', '90', '--workers', '2', '--png', png];
    const { code, out, err } = await runAsync(argv);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { minima: number[][]; basin: number[]; stepsTaken: number[] };
    const himmelblau = surfaceById('himmelblau')!;
    const adam = optimizerById('adam')!;
    const params = { ...defaultParams(adam), lr: 0.1 };
    const alone = computeBasins({ surface: himmelblau, optimizer: adam, params, view: himmelblau.view, size: 12, steps: 90 });
    expect(doc).toMatchObject({ surface: 'himmelblau', optimizer: 'adam', params, steps: 90, size: 12, view: { x: [-5, 5], y: [-5, 5] } });
    expect(doc.minima).toEqual(himmelblau.minima.map((m) => [m.x, m.y]));
    expect(doc.basin).toEqual(Array.from(alone.basin));
    expect(doc.stepsTaken).toEqual(Array.from(alone.stepsTaken));
    expect(new Set(doc.basin)).toEqual(new Set([0, 1, 2, 3]));

    const chunks = readPng(readFileSync(png));
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([chunks[0].data.readUInt32BE(0), chunks[0].data.readUInt32BE(4), chunks[0].data[8], chunks[0].data[9]]).toEqual([12, 12, 8, 2]);
    const rows = inflateSync(chunks[1].data);
    const pixels = basinPixels(alone.basin, alone.stepsTaken, 90);
    for (let j = 0; j < 12; j++) {
      expect(rows[37 * j]).toBe(0);
      expect(Array.from(rows.subarray(37 * j + 1, 37 * (j + 1)))).toEqual(Array.from(pixels.subarray(36 * j, 36 * (j + 1))));
    }
  }, 30_000);

  it('a PNG that cannot be written is bad input: exit 2, one line naming --png, no JSON', async () => {
    const png = join(mkdtempSync(join(tmpdir(), 'basins-')), 'missing', 'map.png');
    const { code, out, err } = await runAsync(['basins', '--surface', 'booth', '--optimizer', 'sgd', '--size', '2', '--steps', '3', '--workers', '1', '--png', png]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^slopes: --png: cannot write ".*map\.png": ENOENT\n$/);
  }, 30_000);

  it('encodePng refuses pixels that do not fill the image', () => {
    expect(() => encodePng(2, 2, new Uint8Array(11))).toThrow(/needs 12 bytes/);
  });

  it('runs from the command line through tsx, its workers loading TypeScript too', () => {
    const r = spawnSync(
      process.execPath,
      ['src/cli/bin.js', 'basins', '--surface', 'booth', '--optimizer', 'sgd', '--params', '{"lr":0.01}', '--size', '4', '--steps', '400'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Booth is one convex bowl: from every start, SGD reaches its single minimum.
    expect((JSON.parse(r.stdout) as { basin: number[] }).basin).toEqual(new Array(16).fill(0));
  }, 30_000);

  it.each([
    [['--optimizer', 'sgd'], /basins: --surface is required/],
    [['--surface', 'booth'], /basins: --optimizer is required/],
    [['--surface', 'moon', '--optimizer', 'sgd'], /--surface: unknown surface "moon"/],
    [['--surface', 'booth', '--optimizer', 'adam', '--params', '{"betas":[0.9,2]}'], /--params: .*betas/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--params', '{lr'], /--params is not valid JSON/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--size', '0'], /--size must be an integer >= 1/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--size', '2000'], /--size must be at most 1024/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--steps', '-1'], /--steps must be an integer >= 0/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--view', '1,0,0,1'], /--view must be four finite numbers/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--workers', '0'], /--workers must be an integer >= 1/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--size', '1024', '--steps', '1000000'], /--steps: .*particle-steps/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--colour', 'red'], /--colour|colour/],
  ])('bad input %j exits 2 with one line, before any worker starts', (argv, message) => expectInputError(['basins', ...argv], {}, message));
});
