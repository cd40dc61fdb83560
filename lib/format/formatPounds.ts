const poundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** £1,234.50: pence always shown, because totals of small thefts are what a report is about. */
export const formatPounds = (pounds: number): string => poundsFormat.format(pounds)
