import type { Lang } from '../../i18n/Lang.ts';
import type { Words } from '../../i18n/words.ts';
import type { Simulation } from '../../sim/Simulation.ts';
import { WorkerPool } from '../../workers/pool.ts';
import { browserPoolSize, webWorkerFactory } from '../../workers/poolWebWorker.ts';
import '../instruments.css';
import './explore.css';
import { HypermapPanel, type ExploreHost } from './HypermapPanel.ts';
import { node } from './dom.ts';
import { MinibatchPanel } from './MinibatchPanel.ts';
import { SlicePanel } from './SlicePanel.ts';

/** Where an optimizer's first ball is now, for the tools that look at it; null if it is not on the map. */
export function firstBall(sim: Simulation, optimizerId: string): [number, number] | null {
  const track = sim.track(optimizerId);
  return track ? [track.group.pos[0], track.group.pos[1]] : null;
}

/**
 * The explore tools, each folded in its own section that costs nothing until opened. They share one
 * worker pool, made when a tool first needs it and stopped with the instance.
 */
export class Explore {
  readonly root: HTMLDetailsElement;
  readonly hypermap: HypermapPanel;
  readonly minibatch: MinibatchPanel;
  readonly slice: SlicePanel;
  private pool: WorkerPool | null = null;

  constructor(parent: HTMLElement, host: Omit<ExploreHost, 'pool'>, words: Words, lang: Lang) {
    this.root = node('details', parent, 'instruments explore');
    this.root.dataset.role = 'explore';
    node('summary', this.root).textContent = words.explore.title;
    const pool = () =>
      (this.pool ??= new WorkerPool(
        webWorkerFactory(() => new Worker(new URL('../../workers/basins.worker.ts', import.meta.url), { type: 'module' })),
        browserPoolSize(),
      ));
    this.hypermap = new HypermapPanel(this.root, { ...host, pool }, words, lang);
    this.minibatch = new MinibatchPanel(this.root, { ...host, pool }, words, lang);
    this.slice = new SlicePanel(this.root, { ...host, pool }, words, lang);
  }

  /** Refreshes the open tools; called on still frames. */
  update(): void {
    if (!this.root.open) return;
    this.hypermap.update();
    this.minibatch.update();
    this.slice.update();
  }

  destroy(): void {
    this.hypermap.destroy();
    this.slice.destroy();
    this.pool?.terminate();
  }
}
