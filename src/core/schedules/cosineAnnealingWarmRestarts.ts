import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { etaMinParam } from './scheduleParams.ts';

export const cosineAnnealingWarmRestarts: CurveScheduleType = {
  type: 'CosineAnnealingWarmRestarts',
  torch: 'torch.optim.lr_scheduler.CosineAnnealingWarmRestarts',
  summary: 'Cosine descents that restart at the full lr: cycles of T_0, T_0 T_mult, T_0 T_mult², … steps.',
  kind: 'curve',
  chainable: true,
  parameters: [
    { name: 'T_0', kind: 'integer', default: 50, min: 1, slider: [1, 500], required: true, help: 'Length of the first cycle in steps.' },
    { name: 'T_mult', kind: 'integer', default: 1, min: 1, slider: [1, 4], help: 'Each cycle is T_mult times longer than the one before.' },
    etaMinParam('The lr a cycle approaches just before it restarts.'),
  ],
  curve(p, base) {
    const t0 = numberArg(p, 'T_0');
    const tMult = numberArg(p, 'T_mult');
    const etaMin = numberArg(p, 'eta_min');
    const cosine = (tCur: number, tI: number) => etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
    // Equal cycles need no walk; growing ones are walked, which takes a logarithmic number of rounds.
    if (tMult === 1) return { lr: (k) => cosine(k % t0, t0) };
    return {
      lr(k) {
        let tI = t0;
        let tCur = k;
        while (tCur >= tI) {
          tCur -= tI;
          tI *= tMult;
        }
        return cosine(tCur, tI);
      },
    };
  },
};
