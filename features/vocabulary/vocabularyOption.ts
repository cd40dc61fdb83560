/** One entry of scheme vocabulary as pages and forms use it: the key as value, the label to show. */
export type VocabularyOption = { value: string; label: string; retired: boolean }

/** A report type as the report form offers it: what the form must do for it comes with it. */
export type ReportTypeOption = {
  value: string
  label: string
  /** A welfare concern: no gallery links, the welfare notice (collections/IncidentTypes/incidentMeanings). */
  welfare: boolean
  asksValue: boolean
}
