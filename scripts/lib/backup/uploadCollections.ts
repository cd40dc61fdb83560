/**
 * The upload collections whose files a backup carries. Each keeps its files in `<store>/<slug>/` on local
 * disk (its `staticDir`), and its table has the same name as its slug.
 */
export const uploadCollections = ['evidence', 'media'] as const
