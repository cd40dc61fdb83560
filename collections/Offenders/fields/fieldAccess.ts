import { isSchemeManagerField } from '@/access/staff'
import { policeOrSchemeManagerField } from '@/collections/Incidents/access/policeOrSchemeManagerField'

/** Read by whoever reads the profile; only scheme staff change it. */
export const staffEdits = { update: isSchemeManagerField }
/** Staff-only on create too: a member's proposal describes a person, it never sets exclusions or links. */
export const staffWrites = { create: isSchemeManagerField, update: isSchemeManagerField }
/** Scheme staff only, to read as to write. */
export const staffOnly = {
  read: isSchemeManagerField,
  create: isSchemeManagerField,
  update: isSchemeManagerField,
}
/** Police and scheme staff read and update; only staff create. */
export const policeAndStaff = {
  read: policeOrSchemeManagerField,
  create: isSchemeManagerField,
  update: policeOrSchemeManagerField,
}
