/** The join form's hidden trap field: people never see it, form-filling bots fill it in. */
export const honeypotField = 'website'
