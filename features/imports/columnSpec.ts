/** One column of an import file: the key the import uses, its heading in the template, other spellings. */
export type ColumnSpec<Key extends string = string> = {
  key: Key
  header: string
  aliases: readonly string[]
  required?: boolean
  example: string
  help: string
}

export type ImportKind = 'offenders' | 'incidents'
