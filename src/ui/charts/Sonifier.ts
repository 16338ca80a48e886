/** How long one curve plays, whatever its length: long enough to follow, short enough to repeat. */
const SECONDS = 4;
const VOLUME = 0.18;

/**
 * Plays a sequence of pitches as one continuous tone (a rest where a pitch is NaN) with WebAudio.
 * The audio context is made on the first play, inside the click that asks for sound, as browsers'
 * autoplay rules want; `onEnd` is told when a tune ends or is stopped.
 */
export class Sonifier {
  private context: AudioContext | null = null;
  private voice: { osc: OscillatorNode; gain: GainNode } | null = null;

  constructor(private readonly onEnd: () => void) {}

  get available(): boolean {
    return typeof AudioContext === 'function';
  }

  get playing(): boolean {
    return this.voice !== null;
  }

  play(pitches: Float64Array): void {
    this.stop();
    this.context ??= new AudioContext();
    const ctx = this.context;
    void ctx.resume();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.connect(gain).connect(ctx.destination);
    const t0 = ctx.currentTime + 0.05;
    const dt = SECONDS / Math.max(1, pitches.length);
    gain.gain.setValueAtTime(0, ctx.currentTime);
    for (let i = 0; i < pitches.length; i++) {
      const t = t0 + i * dt;
      const hz = pitches[i];
      if (Number.isFinite(hz)) osc.frequency.setValueAtTime(hz, t);
      // A short ramp rather than a jump: a step in gain clicks.
      gain.gain.setTargetAtTime(Number.isFinite(hz) ? VOLUME : 0, t, 0.01);
    }
    const end = t0 + pitches.length * dt;
    gain.gain.setTargetAtTime(0, end, 0.02);
    osc.start(t0);
    osc.stop(end + 0.1);
    osc.onended = () => {
      if (this.voice?.osc !== osc) return;
      this.voice = null;
      this.onEnd();
    };
    this.voice = { osc, gain };
  }

  stop(): void {
    const voice = this.voice;
    if (!voice) return;
    this.voice = null;
    voice.osc.onended = null;
    voice.osc.stop();
    voice.gain.disconnect();
    this.onEnd();
  }

  destroy(): void {
    this.stop();
    void this.context?.close();
    this.context = null;
  }
}
