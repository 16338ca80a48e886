import { ExportFailure } from './ExportFailure.ts';

/** The longest recording: a minute of WebM at the canvas's size stays a few megabytes. */
export const MAX_RECORD_SECONDS = 60;
const FPS = 30;

export interface RecordingHooks {
  /** Called with the whole seconds left, once at the start and then every second. */
  tick(secondsLeft: number): void;
  /** Draws a frame, so a paused map still gives the stream frames. */
  frame(): void;
  /** Whatever happened, the recording is over. */
  done(): void;
}

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** Whether the browser lacks what recording a canvas needs (MediaRecorder, captureStream, a WebM encoder). */
export function recordingUnsupported(canvas: HTMLCanvasElement): boolean {
  return typeof MediaRecorder === 'undefined' || typeof canvas.captureStream !== 'function' || !MIME_TYPES.some((t) => MediaRecorder.isTypeSupported(t));
}

/**
 * A WebM recording of the canvas for `seconds`: MediaRecorder on its captureStream. `stop` ends it
 * early (the promise still resolves to what was recorded). The caller checks the length and support.
 */
export function recordCanvas(canvas: HTMLCanvasElement, seconds: number, hooks: RecordingHooks): { done: Promise<Blob>; stop(): void } {
  const stream = canvas.captureStream(FPS);
  const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t))!;
  const recorder = new MediaRecorder(stream, { mimeType });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  let left = Math.ceil(seconds);
  let raf = 0;
  const paint = () => {
    hooks.frame();
    raf = requestAnimationFrame(paint);
  };
  const clock = setInterval(() => hooks.tick(Math.max(0, --left)), 1000);
  const timer = setTimeout(() => stop(), seconds * 1000);
  function stop(): void {
    if (recorder.state !== 'inactive') recorder.stop();
  }
  const done = new Promise<Blob>((resolve, reject) => {
    recorder.onstop = () => {
      clearInterval(clock);
      clearTimeout(timer);
      cancelAnimationFrame(raf);
      for (const track of stream.getTracks()) track.stop();
      hooks.done();
      resolve(new Blob(chunks, { type: 'video/webm' }));
    };
    recorder.onerror = () => {
      stop();
      reject(new ExportFailure('recording'));
    };
  });
  hooks.tick(left);
  recorder.start(1000);
  paint();
  return { done, stop };
}
