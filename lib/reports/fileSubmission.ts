/** A browser File as Payload's Local API takes an upload. */
export const fileSubmission = async (file: File, index: number) => {
  const data = Buffer.from(await file.arrayBuffer())
  const extension = file.type === 'image/png' ? 'png' : file.type === 'image/webp' ? 'webp' : 'jpg'
  // The member's own file name can carry personal details; the stored name never does.
  return {
    data,
    mimetype: file.type,
    name: `report-photo-${Date.now()}-${index + 1}.${extension}`,
    size: data.length,
  }
}
