import { runBasinsTask } from '../sim/basinsTask.ts';
import { runHypermapTask } from '../sim/hypermapTask.ts';
import type { PoolHandlers } from './poolAnswer.ts';
import { runExperimentRunTask } from './poolExperimentRun.ts';

/** Every task the pool's workers know, by type: one worker script serves basins and the experiment alike. */
export const poolTasks: PoolHandlers = {
  basins: runBasinsTask,
  'experiment-run': runExperimentRunTask,
  hypermap: (task: Parameters<typeof runHypermapTask>[0]) => runHypermapTask(task),
};
