/** A head-and-shoulders outline filling its box, with an optional word under it (e.g. "No photo"). */
export const PhotoPlaceholder = ({ label }: { label?: string }) => (
  <span className="absolute inset-0 flex flex-col items-center justify-center gap-1">
    <svg aria-hidden="true" viewBox="0 0 48 48" className="size-1/2" fill="currentColor">
      <circle cx="24" cy="17" r="9" />
      <path d="M6 46c1-10 8-15 18-15s17 5 18 15z" />
    </svg>
    {label ? <span className="font-medium text-slate-700">{label}</span> : null}
  </span>
)
