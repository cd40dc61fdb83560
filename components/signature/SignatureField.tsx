'use client'

import { useEffect, useId, useRef, useState } from 'react'
import SignaturePad from 'signature_pad'

/**
 * A signature drawn with a finger or mouse, sent with its form as a PNG data URL in a hidden input.
 * signature_pad does the stroke smoothing and pointer handling; this only sizes the canvas to the screen's
 * pixel ratio (so strokes are sharp on a phone) and keeps the hidden input in step.
 */
export const SignatureField = ({
  name = 'signature',
  label,
  hint,
  required = false,
}: {
  name?: string
  label: string
  hint?: string
  required?: boolean
}) => {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const [value, setValue] = useState('')
  const id = useId()

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#111827', backgroundColor: 'rgb(255,255,255)' })
    padRef.current = pad
    const fitToScreen = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const strokes = pad.toData()
      canvas.width = canvas.offsetWidth * ratio
      canvas.height = canvas.offsetHeight * ratio
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.clear()
      pad.fromData(strokes)
    }
    fitToScreen()
    const onEnd = () => setValue(pad.isEmpty() ? '' : pad.toDataURL('image/png'))
    pad.addEventListener('endStroke', onEnd)
    window.addEventListener('resize', fitToScreen)
    return () => {
      pad.removeEventListener('endStroke', onEnd)
      window.removeEventListener('resize', fitToScreen)
      pad.off()
    }
  }, [])

  const clear = () => {
    padRef.current?.clear()
    setValue('')
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <canvas
        id={id}
        ref={canvasRef}
        role="img"
        aria-label={value ? `${label}: signed` : `${label}: empty, draw to sign`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="h-48 w-full touch-none rounded border-2 border-gray-400 bg-white focus:outline-none focus-visible:ring-4 focus-visible:ring-blue-600"
        tabIndex={0}
        data-testid={`signature-${name}`}
      />
      <input type="hidden" name={name} value={value} required={required} />
      <button
        type="button"
        onClick={clear}
        className="min-h-11 rounded border border-gray-500 px-4 py-2 text-sm font-medium hover:bg-gray-100 focus-visible:ring-4 focus-visible:ring-blue-600"
      >
        Clear signature
      </button>
    </div>
  )
}
