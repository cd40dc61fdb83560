'use client'
import { type ChangeEvent, useState } from 'react'

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string

/**
 * A form's answers in component state, so a refused answer or a dropped connection never clears them, with
 * the props that tie a control to one answer.
 */
export const useFormValues = <T extends Record<string, string | boolean>>(initial: T) => {
  const [values, setValues] = useState<T>(initial)
  const set = <K extends keyof T>(key: K, value: T[K]) =>
    setValues((current) => ({ ...current, [key]: value }))
  /** Id, value and change handler for a text box, text area or drop-down. */
  const textProps = <K extends KeysOf<T, string>>(key: K) => ({
    id: key,
    value: values[key] as string,
    onChange: (event: ChangeEvent<{ value: string }>) => set(key, event.target.value as T[K]),
  })
  /** Id, checked state and change handler for a checkbox. */
  const checkboxProps = <K extends KeysOf<T, boolean>>(key: K) => ({
    id: key,
    checked: values[key] as boolean,
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.target.checked as T[K]),
  })
  return { values, setValues, set, textProps, checkboxProps }
}

/** What `useFormValues` gives a form, for the parts of a form that bind their own controls. */
export type FormValues<T extends Record<string, string | boolean>> = ReturnType<typeof useFormValues<T>>
