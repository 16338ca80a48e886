/** What `export(kind)` can make, in menu order. `pytorch-experiment` is the experiment panel's script. */
export const EXPORT_KINDS = ['png', 'traces-json', 'traces-csv', 'experiment-csv', 'pytorch', 'pytorch-experiment'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Each kind's media type and file name ending. */
export const EXPORT_FILES: Readonly<Record<ExportKind, { type: string; suffix: string }>> = {
  png: { type: 'image/png', suffix: '.png' },
  'traces-json': { type: 'application/json', suffix: '-traces.json' },
  'traces-csv': { type: 'text/csv', suffix: '-traces.csv' },
  'experiment-csv': { type: 'text/csv', suffix: '-experiment.csv' },
  pytorch: { type: 'text/x-python', suffix: '.py' },
  'pytorch-experiment': { type: 'text/x-python', suffix: '-experiment.py' },
};

export const isExportKind = (kind: unknown): kind is ExportKind => (EXPORT_KINDS as readonly unknown[]).includes(kind);
