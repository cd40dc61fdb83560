/**
 * The tag of the root layout, which every cached page carries (Next tags a page with each layout above it):
 * expiring it is `revalidatePath('/', 'layout')`, the whole site. Used when a message may have been missed.
 */
export const everyPageTag = '_N_T_/layout'
