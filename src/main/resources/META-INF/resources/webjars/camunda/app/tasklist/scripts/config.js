// Planflow: Tasklist speaks Vietnamese (locales/vi.json) unless the browser asks for English;
// dates the Vietnamese way (dd/MM/yyyy). Overrides the file of the same path in the Camunda webjar.
export default {
  // form-js's messages in Vietnamese, the documents page in a new tab (scripts/planflow-tasklist.js)
  customScripts: ["scripts/planflow-tasklist.js"],
  locales: {
    availableLocales: ["vi", "en"],
    fallbackLocale: "vi"
  },
  dateFormat: {
    monthName: "MMMM",
    day: "DD",
    abbr: "DD/MM/YYYY HH:mm",
    normal: "DD/MM/YYYY HH:mm",
    long: "dddd, DD/MM/YYYY HH:mm",
    short: "DD/MM/YYYY"
  },
  shortcuts: {
    claimTask: { key: "ctrl+alt+c", description: "nhận công việc đang chọn" },
    focusFilter: { key: "ctrl+shift+f", description: "chuyển đến bộ lọc đầu tiên" },
    focusList: { key: "ctrl+alt+l", description: "chuyển đến công việc đầu tiên trong danh sách" },
    focusForm: { key: "ctrl+alt+f", description: "chuyển đến ô nhập đầu tiên của biểu mẫu" },
    startProcess: { key: "ctrl+alt+p", description: "mở hộp thoại bắt đầu quy trình" }
  }
};
