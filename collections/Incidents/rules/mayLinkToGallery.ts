/** A welfare concern is about someone's wellbeing: it never links to, or proposes, an offender profile. */
export const mayLinkToGallery = (type: string | null | undefined): boolean => type !== 'welfare-concern'
