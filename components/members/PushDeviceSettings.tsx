'use client'
import { useEffect, useState, useTransition } from 'react'
import { compactInputClass } from '@/components/shared/inputClasses'
import {
  type DeviceSettings,
  deviceSettingsAction,
  subscribeDeviceAction,
  unsubscribeDeviceAction,
  updateDeviceSettingsAction,
} from '@/features/pushAlerts/pushDeviceActions'
import { applicationServerKeyOf, browserSupportsPush, pushServiceWorker } from './pushSupport'

type Status = 'checking' | 'unsupported' | 'blocked' | 'off' | 'on'

const defaults: DeviceSettings = {
  preferences: { urgent: true, inTown: true, briefings: true, digest: false },
  quietHours: { start: '', end: '' },
}

const choices = [
  ['urgent', 'Urgent alerts (these come through during quiet hours too)'],
  ['inTown', '“In town now”: someone from the gallery seen in town'],
  ['briefings', 'New briefings'],
  ['digest', 'Weekly digest'],
] as const

/**
 * "Notifications on this device" on the account page: asks the browser's permission, subscribes through the
 * service worker with the scheme's VAPID key, and saves the subscription and this device's choices with the
 * account's server actions. Each device has its own settings.
 */
export const PushDeviceSettings = ({ publicKey }: { publicKey: string | null }) => {
  const [status, setStatus] = useState<Status>('checking')
  const [endpoint, setEndpoint] = useState<string | null>(null)
  const [settings, setSettings] = useState<DeviceSettings>(defaults)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()

  useEffect(() => {
    if (!publicKey || !browserSupportsPush()) {
      setStatus('unsupported')
      return
    }
    if (Notification.permission === 'denied') {
      setStatus('blocked')
      return
    }
    navigator.serviceWorker
      .getRegistration('/')
      .then((registration) => registration?.pushManager.getSubscription())
      .then(async (subscription) => {
        if (!subscription) return setStatus('off')
        const stored = await deviceSettingsAction(subscription.endpoint)
        setEndpoint(subscription.endpoint)
        if (stored) setSettings(stored)
        setStatus(stored ? 'on' : 'off')
      })
      .catch(() => setStatus('off'))
  }, [publicKey])

  const turnOn = () =>
    startTransition(async () => {
      setMessage(null)
      if (!publicKey) return
      const permission = await Notification.requestPermission()
      if (permission !== 'granted') {
        setStatus(permission === 'denied' ? 'blocked' : 'off')
        return
      }
      try {
        const registration = await pushServiceWorker()
        const subscription =
          (await registration.pushManager.getSubscription()) ??
          (await registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: applicationServerKeyOf(publicKey),
          }))
        const json = subscription.toJSON()
        const result = await subscribeDeviceAction({
          endpoint: subscription.endpoint,
          keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
        })
        setMessage({ ok: result.ok, text: result.message })
        if (result.ok) {
          setEndpoint(subscription.endpoint)
          setSettings((await deviceSettingsAction(subscription.endpoint)) ?? defaults)
          setStatus('on')
        }
      } catch {
        setMessage({ ok: false, text: 'This browser could not turn notifications on. Try again later.' })
      }
    })

  const turnOff = () =>
    startTransition(async () => {
      setMessage(null)
      const registration = await navigator.serviceWorker.getRegistration('/')
      const subscription = await registration?.pushManager.getSubscription()
      await subscription?.unsubscribe()
      const result = await unsubscribeDeviceAction(endpoint ?? subscription?.endpoint ?? '')
      setMessage({ ok: result.ok, text: result.message })
      setEndpoint(null)
      setStatus('off')
    })

  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!endpoint) return
    startTransition(async () => {
      const result = await updateDeviceSettingsAction({ endpoint, ...settings })
      setMessage({ ok: result.ok, text: result.message })
    })
  }

  return (
    <section aria-labelledby="device-notifications" className="space-y-3">
      <h2 id="device-notifications" className="text-xl font-semibold">
        Notifications on this device
      </h2>
      <p>
        Alerts say only that something has happened and where. Names and photos are shown after you open the
        app and sign in. Without notifications, alerts come by email.
      </p>
      {status === 'unsupported' ? (
        <p>
          This browser cannot show notifications from the members’ area. On an iPhone, add the site to your
          home screen first and open it from there.
        </p>
      ) : null}
      {status === 'blocked' ? (
        <p>
          Notifications are blocked for this site. Allow them in your browser’s site settings, then come back.
        </p>
      ) : null}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'font-semibold text-red-800'}>
          {message.text}
        </p>
      ) : null}
      {status === 'off' ? (
        <button
          type="button"
          onClick={turnOn}
          disabled={pending}
          className="rounded bg-brand px-4 py-3 font-semibold text-on-brand disabled:opacity-60"
        >
          {pending ? 'Turning on…' : 'Turn on notifications'}
        </button>
      ) : null}
      {status === 'on' ? (
        <form onSubmit={save} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <fieldset className="space-y-2">
            <legend className="font-semibold">Send to this device</legend>
            {choices.map(([name, label]) => (
              <label key={name} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={name}
                  className="mt-1 h-5 w-5"
                  checked={settings.preferences[name]}
                  onChange={(event) =>
                    setSettings((current) => ({
                      ...current,
                      preferences: { ...current.preferences, [name]: event.target.checked },
                    }))
                  }
                />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="font-semibold">Quiet hours (UK time)</legend>
            <p className="text-sm">
              Nothing but urgent alerts between these times. Leave both empty for none.
            </p>
            <div className="grid grid-cols-2 gap-3">
              {(['start', 'end'] as const).map((end) => (
                <label key={end} className="space-y-1">
                  <span className="block">{end === 'start' ? 'From' : 'Until'}</span>
                  <input
                    type="time"
                    name={`quiet-${end}`}
                    className={compactInputClass}
                    value={settings.quietHours[end]}
                    onChange={(event) =>
                      setSettings((current) => ({
                        ...current,
                        quietHours: { ...current.quietHours, [end]: event.target.value },
                      }))
                    }
                  />
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-semibold text-on-brand disabled:opacity-60"
            >
              Save these settings
            </button>
            <button
              type="button"
              onClick={turnOff}
              disabled={pending}
              className="rounded border border-slate-500 px-4 py-2 font-semibold"
            >
              Turn off on this device
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
