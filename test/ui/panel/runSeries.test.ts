import { describe, expect, it } from 'vitest';
import { optimizerStyle } from '../../../src/render/palette.ts';
import { runSeries } from '../../../src/ui/panel/runSeries.ts';

describe('runSeries', () => {
  it('names each run by optimizer alone while the batch sizes agree', () => {
    const series = runSeries([{ optimizer: 'sgd', params: {} }, { optimizer: 'adam', params: {}, batchSize: 32 }], 32);
    expect(series.map((s) => s.label)).toEqual(['SGD', 'Adam']);
    expect(series[1].color).toBe(optimizerStyle('adam').css);
  });

  it('gives three runs of one optimizer their batch sizes and three different colours and markers', () => {
    const series = runSeries([1000, 32, 1].map((batchSize) => ({ optimizer: 'sgd', params: {}, batchSize })), 32);
    expect(series.map((s) => s.label)).toEqual(['SGD · batch 1000', 'SGD · batch 32', 'SGD · batch 1']);
    expect(series[0].color).toBe(optimizerStyle('sgd').css);
    expect(new Set(series.map((s) => s.color)).size).toBe(3);
    expect(new Set(series.map((s) => s.marker)).size).toBe(3);
  });
});
