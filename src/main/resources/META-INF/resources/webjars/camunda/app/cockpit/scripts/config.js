// Planflow: Vietnamese unless English was chosen, dates dd/MM/yyyy (planflow/settings.js), and the
// header's links (planflow/header.js). Overrides the file of the same path in the Camunda webjar.
import {dateFormat, locales} from "../../planflow/settings.js";

export default {
  customScripts: ["../planflow/header.js"],
  locales: locales(),
  dateFormat
};
