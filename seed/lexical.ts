/** Builds Payload's Lexical rich-text JSON from plain headings and paragraphs (seed content only). */
type Block = { heading: string } | { paragraph: string }

const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

export const lexical = (blocks: Block[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: blocks.map((block) =>
      'heading' in block
        ? {
            type: 'heading',
            tag: 'h2',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [text(block.heading)],
          }
        : {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [text(block.paragraph)],
          },
    ),
  },
})
