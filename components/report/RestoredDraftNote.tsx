/** Says the form was filled from this phone's unsent draft, and which photos must be added again. */
export const RestoredDraftNote = ({
  photosLost,
  onDiscard,
}: {
  photosLost: number
  onDiscard: () => void
}) => (
  <div role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
    <p className="font-semibold">Your unsent report was kept on this phone.</p>
    {photosLost ? (
      <p>
        Photos cannot be kept on the phone: {photosLost} photo
        {photosLost > 1 ? 's need' : ' needs'} adding again.
      </p>
    ) : null}
    <button type="button" className="underline" onClick={onDiscard}>
      Discard it and start again
    </button>
  </div>
)
