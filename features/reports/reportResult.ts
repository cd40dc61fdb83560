export type ReportResult =
  | { ok: true; reference: string; id: number; proposed: boolean }
  | {
      ok: false
      message: string
      fieldErrors?: Record<string, string>
      /** Nothing was wrong with the answers: sending the same report again may work (busy, store down). */
      retry?: boolean
    }
