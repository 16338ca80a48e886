import { experimentCsv } from '../../core/formats/experimentCsv.ts';
import { pytorchExperiment } from '../../core/formats/pytorchExperiment.ts';
import { tracesCsv } from '../../core/formats/tracesCsv.ts';
import type { Words } from '../../i18n/words.ts';
import { experimentSetupOf, trainedExperiment } from './experimentExport.ts';
import { EXPORT_FILES, isExportKind, EXPORT_KINDS, type ExportKind } from './exportKinds.ts';
import { scenePytorch, sceneTraceDocument, type SceneSource } from './sceneExport.ts';

export interface ExporterDeps {
  words: Words;
  scene(): SceneSource;
  /** The map with its legend as a PNG. */
  png(): Promise<Blob>;
}

export interface Exporter {
  export(kind: ExportKind): Promise<Blob>;
  /** The text of a script or table kind (what "Copy as PyTorch" puts on the clipboard). */
  text(kind: Exclude<ExportKind, 'png'>): string;
  /** A file name for the kind: the scene's preset or surface, then the kind's ending. */
  fileName(kind: ExportKind): string;
}

/** Every export of one instance, made from its current state when asked. */
export function createExporter(d: ExporterDeps): Exporter {
  const text = (kind: Exclude<ExportKind, 'png'>): string => {
    const src = d.scene();
    switch (kind) {
      case 'traces-json':
        return `${JSON.stringify(sceneTraceDocument(src))}\n`;
      case 'traces-csv':
        return tracesCsv(sceneTraceDocument(src));
      case 'experiment-csv':
        return experimentCsv(trainedExperiment(src.state));
      case 'pytorch':
        // A network surface is no formula of x and y: its script is the training it comes from.
        return scenePytorch(src) ?? pytorchExperiment(experimentSetupOf(src.state).doc, d.words.exports.networkScript);
      case 'pytorch-experiment':
        return pytorchExperiment(experimentSetupOf(src.state).doc);
    }
  };
  return {
    text,
    async export(kind) {
      if (!isExportKind(kind)) throw new Error(`export: unknown kind "${String(kind)}" (allowed: ${EXPORT_KINDS.join(', ')})`);
      if (kind === 'png') return d.png();
      return new Blob([text(kind)], { type: EXPORT_FILES[kind].type });
    },
    fileName(kind) {
      const src = d.scene();
      return `slopes-${src.name}${EXPORT_FILES[kind].suffix}`;
    },
  };
}
