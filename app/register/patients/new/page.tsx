import { NotAllowed } from "../../_components/not-allowed";
import { pageAccess } from "../../_components/page-user";
import { FhirImportForm } from "./fhir-import-form";

export const metadata = { title: "Add a patient — JAK Monitor register" };

/** /register/patients/new: a record from a FHIR bundle. (The planner's "Save to register" is the other way in.) */
export default async function NewPatientPage() {
  const access = await pageAccess("patient.create", "/register/patients/new");
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  return (
    <>
      <h1>Add a patient from a FHIR bundle</h1>
      <p className="lede">
        Paste a FHIR R4 Bundle (Patient, MedicationRequest, Observations, Immunizations). It is read as the planner
        reads it; the record keeps the plan request, not the bundle. To add a patient you have planned, use{" "}
        <strong>Save to register</strong> on the planner.
      </p>
      <FhirImportForm csrfToken={access.csrfToken} />
    </>
  );
}
