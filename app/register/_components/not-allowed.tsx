/** What a signed-in user sees on a register page their role does not open. Nothing of the page's data is loaded. */
export function NotAllowed({ role }: { role: string }) {
  return (
    <section aria-labelledby="not-allowed-heading">
      <h1 id="not-allowed-heading">Not available to your role</h1>
      <p>
        Your register role ({role === "none" ? "no role yet" : role}) does not open this page. An admin of the register
        can change your role.
      </p>
    </section>
  );
}
