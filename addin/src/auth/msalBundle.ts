// Entry of dist/msal.js: hands MSAL to the pane, which loads this script only when the service trusts Entra ID.
import { msalApi } from "./msal";

(window as unknown as { OfficeReviewMsal: typeof msalApi }).OfficeReviewMsal = msalApi;
