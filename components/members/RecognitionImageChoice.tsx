/**
 * The profile's images as radio buttons with thumbnails, served by the access-checked photo route: the
 * member says which exact image they recognised the person from.
 */
export const RecognitionImageChoice = ({ imageIds, name }: { imageIds: number[]; name: string }) => (
  <fieldset className="space-y-2">
    <legend className="font-medium">Which image did you recognise them from?</legend>
    {imageIds.length ? (
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {imageIds.map((id, index) => (
          <li key={id}>
            <label className="block cursor-pointer rounded border-2 border-slate-300 p-1 has-[:checked]:border-blue-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700">
              {/* biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached */}
              <img src={`/photos/${id}`} alt="" width={160} height={200} className="w-full rounded" />
              <span className="mt-1 flex items-center gap-2">
                <input type="radio" name={name} value={id} /> Image {index + 1}
              </span>
            </label>
          </li>
        ))}
      </ul>
    ) : (
      <p>This profile has no images to choose from: say where you saw them in the note.</p>
    )}
  </fieldset>
)
