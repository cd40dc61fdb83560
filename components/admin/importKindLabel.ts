/** How the import page names each kind of file. */
export const importKindLabel = { offenders: 'Offenders', incidents: 'Incidents' } as const
