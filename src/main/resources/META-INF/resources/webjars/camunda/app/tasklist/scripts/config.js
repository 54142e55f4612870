// Planflow: Vietnamese unless English was chosen, dates dd/MM/yyyy (planflow/settings.js), the
// header's links (planflow/header.js), and what Tasklist's forms need (scripts/planflow-tasklist.js:
// form-js's messages in Vietnamese, the documents page in a new tab, refusals at the top of the
// form). Overrides the file of the same path in the Camunda webjar.
import {dateFormat, locales} from "../../planflow/settings.js";

export default {
  customScripts: ["scripts/planflow-tasklist.js", "../planflow/header.js"],
  locales: locales(),
  dateFormat,
  shortcuts: {
    claimTask: { key: "ctrl+alt+c", description: "nhận công việc đang chọn" },
    focusFilter: { key: "ctrl+shift+f", description: "chuyển đến bộ lọc đầu tiên" },
    focusList: { key: "ctrl+alt+l", description: "chuyển đến công việc đầu tiên trong danh sách" },
    focusForm: { key: "ctrl+alt+f", description: "chuyển đến ô nhập đầu tiên của biểu mẫu" },
    startProcess: { key: "ctrl+alt+p", description: "mở hộp thoại bắt đầu quy trình" }
  }
};
