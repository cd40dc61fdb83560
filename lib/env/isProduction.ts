/** Whether this is a production build or start (NODE_ENV=production); false by default. */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production'
