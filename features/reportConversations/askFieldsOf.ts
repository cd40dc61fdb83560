/** The ask form's fields as askOnReport takes them (the members' and the admin forms send the same names). */
export const askFieldsOf = (form: FormData) => ({
  incidentId: form.get('incidentId'),
  kind: form.get('kind'),
  body: form.get('body') ?? '',
  cctvFrom: form.get('cctvFrom') ?? undefined,
  cctvTo: form.get('cctvTo') ?? undefined,
  cctvPlace: form.get('cctvPlace') ?? undefined,
})
