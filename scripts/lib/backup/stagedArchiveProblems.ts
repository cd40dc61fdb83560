import type { BackupManifest } from './backupManifest'
import type { StagedEntry } from './extractArchive'

/**
 * What differs between an unpacked archive and its manifest: the dump or a file missing or with another
 * hash, or an entry the manifest does not list. None means the archive is whole.
 */
export const stagedArchiveProblems = (
  manifest: BackupManifest,
  staged: Map<string, StagedEntry>,
): string[] => {
  const problems: string[] = []
  const expected = new Map<string, { sha256: string; bytes: number }>([
    ['database.dump', manifest.database],
    ...manifest.files.entries.flatMap((file) =>
      file.path ? [[file.path, file] as [string, { sha256: string; bytes: number }]] : [],
    ),
  ])
  for (const [name, want] of expected) {
    const got = staged.get(name)
    if (!got) problems.push(`${name} is missing from the archive`)
    else if (got.sha256 !== want.sha256 || got.bytes !== want.bytes)
      problems.push(`${name} does not match its SHA-256 in the manifest`)
  }
  for (const name of staged.keys()) {
    if (name !== 'manifest.json' && !expected.has(name)) problems.push(`${name} is not in the manifest`)
  }
  return problems
}
