// Each field the report form shows, by the id of its control: the type's fieldset, the gallery search box
// for linked people, and the field's own name for the rest.
const controlIds: Record<string, string> = {
  type: 'type',
  offenderIds: 'gallery-search',
  occurredAt: 'occurredAt',
  description: 'description',
  photos: 'photos',
  unknownDescription: 'unknownDescription',
  proposeIdSought: 'proposeIdSought',
  valueLost: 'valueLost',
  valueRecovered: 'valueRecovered',
  spot: 'spot',
  crimeReference: 'crimeReference',
  policeCalled: 'policeCalled',
}

/** The id of the report form's control for a field error, for the error summary's links; none for the rest. */
export const reportControlIdOf = (field: string): string | undefined => controlIds[field]
