// Planflow: the webapps speak Vietnamese (locales/vi.json) unless the browser asks for English;
// dates the Vietnamese way (dd/MM/yyyy). Overrides the file of the same path in the Camunda webjar.

export default {
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
  }
};
