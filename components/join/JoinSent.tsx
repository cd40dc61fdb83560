/** The answer once an application is sent. */
export const JoinSent = ({ email }: { email?: string }) => (
  <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4">
    <h2 className="text-xl font-bold">Application sent</h2>
    <p>
      Thank you. We have emailed a confirmation to <strong>{email || 'you'}</strong>. The scheme team will
      review your application and email you when it is decided.
    </p>
  </div>
)
