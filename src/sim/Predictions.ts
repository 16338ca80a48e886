import type { Minimum, View } from '../core/surfaces/Surface.ts';
import { arrivalStep } from './arrivalStep.ts';
import type { Track } from './Simulation.ts';

/** One guess set against what the ball did. */
export interface GuessResult {
  optimizer: string;
  guess: [number, number];
  /** Where the ball is now (the end, once the race stops) and its step. */
  end: [number, number];
  step: number;
  /** From the guess to the end, in the surface's units. */
  distance: number;
}

/** The class's guesses beside what happened. */
export interface PredictionReport {
  on: boolean;
  /** The race has begun: the guesses stand until it is reset. */
  locked: boolean;
  /** Guesses in track order, for optimizers on the map. */
  guesses: GuessResult[];
  /** Which optimizer the class said arrives first, and which did (those tied on the earliest arrival step). */
  first: { guess: string | null; arrived: string[]; step: number | null };
}

/**
 * Predict, then reveal: where the class expects each ball to stop, and which one to arrive first,
 * placed before the race and read against the race as it runs. It holds guesses only; the race
 * itself is the simulation's, read when a report is asked for.
 */
export class Predictions {
  on = false;
  private readonly guesses = new Map<string, [number, number]>();
  private firstGuess: string | null = null;

  place(optimizer: string, x: number, y: number): void {
    if (Number.isFinite(x) && Number.isFinite(y)) this.guesses.set(optimizer, [x, y]);
  }

  guessFirst(optimizer: string | null): void {
    this.firstGuess = optimizer;
  }

  clear(): void {
    this.guesses.clear();
    this.firstGuess = null;
  }

  /** The guesses against each optimizer's first ball; `locked` once any ball has taken a step. */
  report(tracks: readonly Track[], minima: readonly Minimum[], view: View): PredictionReport {
    const guesses: GuessResult[] = [];
    let locked = false;
    let best = Infinity;
    let arrived: string[] = [];
    for (const { group, path } of tracks) {
      const id = group.optimizer.id;
      const step = group.stepOf(0);
      if (step > 0) locked = true;
      const guess = this.guesses.get(id);
      const end: [number, number] = [group.pos[0], group.pos[1]];
      if (guess) guesses.push({ optimizer: id, guess: [guess[0], guess[1]], end, step, distance: Math.hypot(end[0] - guess[0], end[1] - guess[1]) });
      const at = arrivalStep(path, minima, view);
      if (at === null || at > best) continue;
      arrived = at < best ? [id] : [...arrived, id];
      best = at;
    }
    return { on: this.on, locked, guesses, first: { guess: this.firstGuess, arrived, step: Number.isFinite(best) ? best : null } };
  }
}
