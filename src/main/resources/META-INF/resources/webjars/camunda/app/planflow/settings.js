// Planflow: what the config.js of Tasklist, Cockpit, Admin and the welcome page share. The webapps
// speak Vietnamese (locales/vi.json) unless the official chose English in the header
// (planflow/header.js), or, having chosen nothing, the browser asks for English; dates the
// Vietnamese way (dd/MM/yyyy).

export const LANGUAGE_KEY = "planflow-language";

export function chosenLanguage() {
  try {
    const chosen = window.localStorage.getItem(LANGUAGE_KEY);
    return chosen === "vi" || chosen === "en" ? chosen : null;
  } catch (e) {
    return null; // storage refused (private mode): the browser's language decides
  }
}

// The language the webapps show: the one chosen, else the browser's first if it is English, else
// Vietnamese (what the webapps' own choice among locales() comes to).
export function shownLanguage() {
  const chosen = chosenLanguage();
  if (chosen !== null) {
    return chosen;
  }
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || "";
  return browser.toLowerCase().startsWith("en") ? "en" : "vi";
}

// The webapps pick the first of the browser's languages that is available, else the fallback:
// a choice made in the header leaves only that language available.
export function locales() {
  const chosen = chosenLanguage();
  return chosen === null
    ? {availableLocales: ["vi", "en"], fallbackLocale: "vi"}
    : {availableLocales: [chosen], fallbackLocale: chosen};
}

export const dateFormat = {
  monthName: "MMMM",
  day: "DD",
  abbr: "DD/MM/YYYY HH:mm",
  normal: "DD/MM/YYYY HH:mm",
  long: "dddd, DD/MM/YYYY HH:mm",
  short: "DD/MM/YYYY"
};
