'use client'
import { Button, SelectInput, TextInput } from '@payloadcms/ui'
import { useState, useTransition } from 'react'
import { businessCategories } from '@/collections/Businesses/businessCategories'
import { sendTownAlertStaffAction, type TownAlertState } from '@/features/pushAlerts/townAlertActions'

const audiences = [
  { label: 'Every member business', value: 'all' },
  { label: 'Businesses of one type', value: 'category' },
  { label: 'Businesses in one postcode area', value: 'area' },
]

const optionValue = (option: unknown): string =>
  option && typeof option === 'object' && 'value' in option
    ? String((option as { value: unknown }).value)
    : ''

/**
 * Sidebar panel on a gallery profile in the admin: tell member businesses this person was seen in town. Not
 * a form of its own: it sits inside the admin's document form, and a form may not hold another.
 */
export const TownAlertButton = ({ profileId }: { profileId: number }) => {
  const [place, setPlace] = useState('')
  const [kind, setKind] = useState('all')
  const [category, setCategory] = useState('')
  const [area, setArea] = useState('')
  const [state, setState] = useState<TownAlertState>({})
  const [pending, startTransition] = useTransition()
  const send = () =>
    startTransition(async () => {
      const form = new FormData()
      form.set('offender', String(profileId))
      form.set('place', place)
      form.set('audienceKind', kind)
      form.set('category', category)
      form.set('area', area)
      setState(await sendTownAlertStaffAction({}, form))
    })
  return (
    <div className="field-type">
      <p className="field-label">In town now: members get a notification naming nobody</p>
      <TextInput
        path="townAlertPlace"
        label="Seen at"
        value={place}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPlace(event.target.value)}
      />
      <SelectInput
        path="townAlertAudience"
        name="townAlertAudience"
        label="Tell"
        options={audiences}
        value={kind}
        isClearable={false}
        onChange={(option) => setKind(optionValue(option) || 'all')}
      />
      {kind === 'category' ? (
        <SelectInput
          path="townAlertCategory"
          name="townAlertCategory"
          label="Type of business"
          options={businessCategories.map((entry) => ({ label: entry.label, value: entry.value }))}
          value={category}
          onChange={(option) => setCategory(optionValue(option))}
        />
      ) : null}
      {kind === 'area' ? (
        <TextInput
          path="townAlertArea"
          label="Postcode area (NB1 or NB1 4)"
          value={area}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setArea(event.target.value)}
        />
      ) : null}
      {state.message ? (
        <p
          role={state.ok ? 'status' : 'alert'}
          style={{ color: state.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}
        >
          {state.message}
        </p>
      ) : null}
      <Button type="button" buttonStyle="secondary" size="small" disabled={pending} onClick={send}>
        {pending ? 'Sending…' : 'Send “in town now”'}
      </Button>
    </div>
  )
}
