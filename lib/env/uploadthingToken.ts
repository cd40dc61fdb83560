/** The UploadThing v7 token (UPLOADTHING_TOKEN) for the production file store; unset keeps files on local disk. */
export const uploadthingToken = (): string | undefined => process.env.UPLOADTHING_TOKEN
