'use client'
import { useEffect, useState } from 'react'

/**
 * One chosen photo, shown from the phone's memory (a blob: address, freed when the photo is removed), with
 * its own remove button named after the photo so a screen reader says which one goes.
 */
export const PhotoThumbnail = ({
  file,
  position,
  onRemove,
}: {
  file: File
  /** 1-based, for "Photo 2 of 3". */
  position: number
  onRemove: () => void
}) => {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    const objectUrl = URL.createObjectURL(file)
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [file])
  return (
    <li className="relative overflow-hidden rounded-lg border border-slate-300 bg-slate-100">
      {url ? (
        // biome-ignore lint/performance/noImgElement: a local preview of the member's own photo, never served
        <img src={url} alt={file.name} className="aspect-square w-full object-cover" />
      ) : (
        <span className="block aspect-square w-full" />
      )}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove photo ${position} (${file.name})`}
        className="absolute top-1 right-1 flex size-11 items-center justify-center rounded-full bg-slate-900/80 text-2xl leading-none font-bold text-white"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  )
}
