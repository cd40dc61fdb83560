/** A pack that cannot be made for this viewer or request; `status` is what the route answers. */
export class EvidencePackRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404,
  ) {
    super(message)
    this.name = 'EvidencePackRefused'
  }
}
