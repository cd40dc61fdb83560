/** What a member may search and filter the gallery by (the page's query string, parsed). */
export type GalleryFilters = {
  query?: string
  markers?: string[]
  gallery?: 'known' | 'id-sought'
  recentDays?: number
  page?: number
  limit?: number
}
