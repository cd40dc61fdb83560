/** A gallery profile's photos, each through the access-checked, watermarking `/photos/<id>` route. */
export function ProfilePhotoGrid({ name, photoIds }: { name: string; photoIds: number[] }) {
  if (!photoIds.length) return null
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {photoIds.map((photoId, index) => (
        <li key={photoId}>
          {/* biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached */}
          <img
            src={`/photos/${photoId}`}
            alt={`${name}, view ${index + 1}`}
            width={480}
            height={600}
            className="w-full rounded"
          />
        </li>
      ))}
    </ul>
  )
}
