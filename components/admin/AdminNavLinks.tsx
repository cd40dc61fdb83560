/** Links to NTARS's own admin views, under the collection links. */
export const AdminNavLinks = () => (
  <div className="ntars-nav">
    <a href="/admin/approvals" className="nav__link">
      Approval queue
    </a>
  </div>
)
