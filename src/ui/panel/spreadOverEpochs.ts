/**
 * Losses of runs with different batches per epoch on one x grid of `most` points an epoch (the run
 * with most batches): run k's i-th update sits at the grid point nearest its place in the epoch,
 * (i + 1) / runBatches[k], and the points between stay null (a gap uPlot's spanGaps bridges).
 * Every run has finished the same number of epochs.
 */
export function spreadOverEpochs(losses: readonly ArrayLike<number>[], runBatches: readonly number[], most: number): (number | null)[][] {
  const epochsDone = losses.length ? losses[0].length / Math.max(1, runBatches[0]) : 0;
  const n = Math.round(epochsDone * most);
  return losses.map((loss, k) => {
    const column = new Array<number | null>(n).fill(null);
    const stride = most / runBatches[k];
    for (let i = 0; i < loss.length; i++) column[Math.min(n - 1, Math.round((i + 1) * stride) - 1)] = loss[i];
    return column;
  });
}
