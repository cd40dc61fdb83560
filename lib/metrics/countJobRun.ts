import { instrument } from './instrument'

/** Counts one run of a queued job's task, by task and outcome: failures are the runs with `failed`. */
export const countJobRun = (task: string, outcome: 'succeeded' | 'failed'): void => {
  instrument('ntars.jobs.runs', (meter) =>
    meter.createCounter('ntars.jobs.runs', { description: 'Job task runs', unit: '{run}' }),
  ).add(1, { task, outcome })
}
