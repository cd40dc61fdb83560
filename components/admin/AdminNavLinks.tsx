/** Links to our own admin views, under the collection links. */
export const AdminNavLinks = () => (
  <div className="ntars-nav">
    <a href="/admin/approvals" className="nav__link">
      Approval queue
    </a>
    <a href="/admin/outcomes" className="nav__link">
      Outcome reports
    </a>
    <a href="/admin/patterns" className="nav__link">
      Patterns
    </a>
    <a href="/admin/audit" className="nav__link">
      Audit log
    </a>
    <a href="/admin/import" className="nav__link">
      Import
    </a>
  </div>
)
