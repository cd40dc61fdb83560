import { galleryCacheState } from './galleryCacheState'

/** Forgets every cached gallery page: a gallery change committed, or the change notices may have been missed. */
export const dropGalleryCache = (): void => {
  const state = galleryCacheState()
  state.generation += 1
  state.pages.clear()
}
