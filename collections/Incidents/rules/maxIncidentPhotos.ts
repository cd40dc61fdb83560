/** The most photos one report carries. */
export const maxIncidentPhotos = 8
