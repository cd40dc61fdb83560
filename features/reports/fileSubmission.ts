/**
 * A browser File as Payload's Local API takes an upload. `batch` is unique to one filing attempt: every file
 * written for it (the photo and Payload's thumbnail) starts with `report-photo-<batch>-`, so a failed attempt
 * can remove its files by name even when the database failed before Payload returned the photo's row.
 */
export const fileSubmission = async (file: File, index: number, batch: string) => {
  const data = Buffer.from(await file.arrayBuffer())
  const extension = file.type === 'image/png' ? 'png' : file.type === 'image/webp' ? 'webp' : 'jpg'
  // The member's own file name can carry personal details; the stored name never does.
  return {
    data,
    mimetype: file.type,
    name: `${photoFilePrefix(batch)}${index + 1}.${extension}`,
    size: data.length,
  }
}

export const photoFilePrefix = (batch: string) => `report-photo-${batch}-`
