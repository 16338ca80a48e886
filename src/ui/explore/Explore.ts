import type { Lang } from '../../i18n/Lang.ts';
import type { Words } from '../../i18n/words.ts';
import type { Simulation } from '../../sim/Simulation.ts';
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

/** The explore tools, each folded in its own section that costs nothing until opened, on the instance's workers. */
export class Explore {
  readonly root: HTMLDetailsElement;
  readonly hypermap: HypermapPanel;
  readonly minibatch: MinibatchPanel;
  readonly slice: SlicePanel;
  constructor(parent: HTMLElement, host: ExploreHost, words: Words, lang: Lang) {
    this.root = node('details', parent, 'instruments explore');
    this.root.dataset.role = 'explore';
    node('summary', this.root).textContent = words.explore.title;
    this.hypermap = new HypermapPanel(this.root, host, words, lang);
    this.minibatch = new MinibatchPanel(this.root, host, words, lang);
    this.slice = new SlicePanel(this.root, host, words, lang);
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
  }
}
