/** Whether this process runs the jobs queue: on by default, NTARS_JOBS=off stops it (scripts and tests run jobs themselves). */
export const jobsEnabled = (): boolean => process.env.NTARS_JOBS !== 'off'
