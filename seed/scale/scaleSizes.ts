/** The scale scheme: about 50 times the article's town (one BID, five years of reports). */
export const scaleSizes = {
  businesses: 2_000,
  members: 5_000,
  offenders: 10_000,
  incidents: 200_000,
  years: 5,
  /** One profile linked to this many reports: the "busy profile" the benchmark opens. */
  busiestProfileIncidents: 600,
}
export type ScaleSizes = typeof scaleSizes
