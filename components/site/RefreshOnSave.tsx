'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In Payload's live preview (this page in an iframe or pop-up beside the editor), re-renders the draft on the
 * server each time staff save. The admin is this same site, so only messages from this origin count; the
 * "ready" message is what the admin waits for before it sends any.
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      const data: unknown = event.data
      if (data && typeof data === 'object' && 'type' in data && data.type === 'payload-document-event') {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
