/**
 * Browser features a page may use. Only the report form (/report) takes photos with the camera; nothing
 * needs the microphone, location or payment, so they are off everywhere (also for anything injected).
 */
export const permissionsPolicy = (pathname: string): string => {
  const camera = pathname === '/report' || pathname.startsWith('/report/') ? 'camera=(self)' : 'camera=()'
  return [camera, 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'browsing-topics=()'].join(', ')
}
