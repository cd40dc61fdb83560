import { instrument } from './instrument'

/** Counts a report a member filed (after its transaction committed; a retried submission is not counted twice). */
export const countReportFiled = (): void => {
  instrument('ntars.reports.filed', (meter) =>
    meter.createCounter('ntars.reports.filed', { description: 'Reports filed by members', unit: '{report}' }),
  ).add(1)
}
