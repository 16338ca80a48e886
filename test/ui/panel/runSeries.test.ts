import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/i18n/words.ts';
import { optimizerStyle } from '../../../src/render/palette.ts';
import { contrast } from '../../../src/ui/charts/inkOn.ts';
import { runSeries } from '../../../src/ui/panel/runSeries.ts';

const en = wordsFor('en');

describe('runSeries', () => {
  it('names each run by optimizer alone while the batch sizes agree', () => {
    const series = runSeries(
      [
        { optimizer: 'sgd', params: {} },
        { optimizer: 'adam', params: {}, batchSize: 32 },
      ],
      32,
      en,
    );
    expect(series.map((s) => s.label)).toEqual(['SGD', 'Adam']);
    expect(series[1].color).toBe(optimizerStyle('adam').css);
  });

  it('gives three runs of one optimizer their batch sizes and three different colours and markers', () => {
    const series = runSeries(
      [1000, 32, 1].map((batchSize) => ({ optimizer: 'sgd', params: {}, batchSize })),
      32,
      en,
    );
    expect(series.map((s) => s.label)).toEqual(['SGD · batch 1,000', 'SGD · batch 32', 'SGD · batch 1']);
    expect(series[0].color).toBe(optimizerStyle('sgd').css);
    expect(new Set(series.map((s) => s.color)).size).toBe(3);
    expect(new Set(series.map((s) => s.marker)).size).toBe(3);
  });

  it('names runs in Chinese with the Chinese catalogue, code names kept', () => {
    const series = runSeries(
      [
        { optimizer: 'momentum', params: {}, batchSize: 1 },
        { optimizer: 'adam', params: {}, batchSize: 32 },
      ],
      32,
      wordsFor('zh'),
    );
    expect(series.map((s) => s.label)).toEqual(['Momentum（动量） · 批大小 1', 'Adam · 批大小 32']);
  });

  it('draws every curve at 3:1 or more against the white chart', () => {
    const ids = ['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam'];
    const series = runSeries(
      ids.map((optimizer) => ({ optimizer, params: {} })),
      32,
      en,
    );
    for (const s of series) expect(contrast(s.color, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
