/** Whether this is `next dev` (NODE_ENV=development); false by default. */
export const isDevelopment = (): boolean => process.env.NODE_ENV === 'development'
