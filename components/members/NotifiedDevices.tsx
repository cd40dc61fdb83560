import { removeDeviceAction } from '@/features/pushAlerts/removeDeviceAction'
import { formatWhen } from '@/lib/format/formatWhen'

type Device = { id: number; label: string; since: string; lastSuccessAt: string | null }

/** Every device of the member's with notifications on, each removable (a lost or replaced phone). */
export const NotifiedDevices = ({ devices }: { devices: Device[] }) =>
  devices.length ? (
    <section aria-labelledby="notified-devices" className="space-y-2">
      <h2 id="notified-devices" className="text-lg font-semibold">
        Your devices with notifications on
      </h2>
      <ul className="space-y-2">
        {devices.map((device) => (
          <li
            key={device.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded border p-2"
          >
            <span>
              {device.label}, since {formatWhen(device.since)}
              {device.lastSuccessAt ? `; last alert ${formatWhen(device.lastSuccessAt)}` : ''}
            </span>
            <form action={removeDeviceAction}>
              <input type="hidden" name="device" value={device.id} />
              <button type="submit" className="rounded border border-slate-500 px-3 py-2 font-semibold">
                Remove<span className="sr-only"> {device.label}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  ) : null
