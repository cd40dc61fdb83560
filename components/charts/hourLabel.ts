/** "07:00" for hour 7: the 24-hour clock UK police and incident reports use. */
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`
