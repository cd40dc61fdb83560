import { RichText } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'
import { safeConverters } from './richTextConverters'

type Content = ComponentProps<typeof RichText>['data']

/** Staff-written rich text, styled with Tailwind (no typography plugin) and with safe links only. */
export const RichTextBody = ({ content }: { content: Content }) => (
  <RichText
    data={content}
    converters={safeConverters}
    className="max-w-prose space-y-4 text-lg leading-relaxed [&_a]:font-medium [&_a]:text-brand-ink [&_a]:underline [&_h2]:pt-2 [&_h2]:text-2xl [&_h2]:font-semibold [&_h3]:text-xl [&_h3]:font-semibold [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4"
  />
)
