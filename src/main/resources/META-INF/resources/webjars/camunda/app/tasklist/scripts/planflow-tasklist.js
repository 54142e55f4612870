// Planflow: what Camunda Forms (form-js, inside Tasklist) write in English, in Vietnamese; the
// plan's documents page opened beside the form (a new tab), so that what was typed stays; a
// refusal of the process shown at the top of the form, where the official is looking, and not
// only in Tasklist's notification at the bottom of the page. Loaded by config.js (customScripts)
// as a Tasklist plugin module; it adds no plugin of its own. The header's links are
// planflow/header.js, shared with the other webapps.

import {shownLanguage} from "../../planflow/settings.js";

// form-js's date fields take their format from the browser's default locale
// (Intl.DateTimeFormat("default")), which is American on many an official's computer: in Vietnamese,
// the default locale is Vietnamese (day/month/year).
if (shownLanguage() === "vi") {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const VietnameseByDefault = function (locales, options) {
    return new NativeDateTimeFormat(locales === undefined || locales === "default" ? "vi-VN" : locales, options);
  };
  VietnameseByDefault.prototype = NativeDateTimeFormat.prototype;
  VietnameseByDefault.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = VietnameseByDefault;
}

const MESSAGES = [
  [/^Field is required\.$/, () => "Vui lòng điền mục này."],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Tối đa ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, () => "Nội dung chưa đúng định dạng yêu cầu."],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => "Địa chỉ thư điện tử chưa đúng."],
  [/^Field must be a valid +international phone number\..*$/,
    () => "Số điện thoại chưa đúng dạng quốc tế (ví dụ +84 912 345 678)."],
  [/^Search$/, () => "Tìm kiếm"],
  [/^No results$/, () => "Không có kết quả"],
  [/^Select$/, () => "Chọn"],
  [/^<none>$/, () => "<không chọn>"],
  // the dynamic lists (comments on the draft, the lead's answers)
  [/^Add new$/, () => "Thêm ý kiến"],
  [/^Collapse$/, () => "Thu gọn"],
  [/^Expand$/, () => "Mở rộng"]
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return vietnamese(match);
    }
  }
  return null;
}

function translateTree(root) {
  if (!root || !root.querySelectorAll) {
    return;
  }
  const forms = root.matches && root.matches(".fjs-container, .fjs-form") ? [root]
    : root.querySelectorAll(".fjs-container, .fjs-form");
  forms.forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const vietnamese = translate(node.nodeValue);
      if (vietnamese !== null) {
        node.nodeValue = vietnamese;
      }
    }
    form.querySelectorAll("input[placeholder]").forEach((input) => {
      const vietnamese = translate(input.getAttribute("placeholder"));
      if (vietnamese !== null) {
        input.setAttribute("placeholder", vietnamese);
      }
    });
  });
  root.querySelectorAll("a[href*='/tai-lieu/']").forEach((link) => {
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener");
  });
}

// the engine's English wrapping of a refusal ("Cannot submit task form <id>: …")
const WRAPPING = /^(?:Cannot (?:submit task form|complete task) [^:]*:\s*)+/;

function unwrap(text) {
  return text.replace(WRAPPING, "");
}

// the refusal's own words (the notification's message, unwrapped), above the form
function showRefusal() {
  document.querySelectorAll(".page-notifications .message").forEach((message) => {
    const plain = unwrap(message.textContent.trim());
    if (plain !== message.textContent.trim()) {
      message.textContent = plain;
    }
  });
  const form = document.querySelector(".fjs-container");
  const messages = Array.from(document.querySelectorAll(
    ".page-notifications .alert-danger .message, .page-notifications .alert-error .message"))
    .map((message) => message.textContent.trim()).filter((text) => text.length > 0);
  let box = document.querySelector(".planflow-refusal");
  if (!form || messages.length === 0) {
    if (box && (!form || !document.querySelector(".page-notifications .alert-danger, .page-notifications .alert-error"))) {
      box.remove();
    }
    return;
  }
  const text = messages[messages.length - 1];
  if (!box) {
    box = document.createElement("div");
    box.className = "alert alert-danger planflow-refusal";
    box.setAttribute("role", "alert");
    form.parentNode.insertBefore(box, form);
  }
  if (box.textContent !== text) {
    box.textContent = text;
    box.scrollIntoView({block: "nearest"});
  }
}

// Camunda 7.24's Tasklist counts the error entries form-js keeps for every field of a dynamic list
// (empty once the field is valid) and so disables "Complete" after any edit inside a list (the
// comments on the draft, the lead's answers). Submitting still runs form-js's own validation, which
// shows real errors; so while the form shows no error, the button is enabled again, and disabled
// again for the moment a completion is under way, so that it is not sent twice.
let submitting = false;

function enableCompleteInLists() {
  const form = document.querySelector(".fjs-container");
  if (!form || !form.querySelector(".fjs-form-field-dynamiclist")) {
    return;
  }
  document.querySelectorAll("button[ng-click='complete()']").forEach((button) => {
    if (!button.dataset.planflowGuarded) {
      button.dataset.planflowGuarded = "true";
      button.addEventListener("click", () => {
        submitting = true;
        setTimeout(() => { button.disabled = true; }, 0);
      });
    }
    const shownErrors = form.querySelector(".fjs-form-field-error");
    if (button.disabled && !submitting && !shownErrors) {
      button.disabled = false;
    }
  });
}

["input", "change", "click"].forEach((type) => document.addEventListener(type, () => {
  if (type !== "click") {
    submitting = false; // the official edits again after a refusal
  }
  setTimeout(enableCompleteInLists, 0);
}, true));

new MutationObserver((mutations) => {
  showRefusal();
  if (document.querySelector(".page-notifications .alert-danger, .page-notifications .alert-error")) {
    submitting = false;
  }
  enableCompleteInLists();
  mutations.forEach((mutation) => {
    if (mutation.type === "characterData") {
      const vietnamese = translate(mutation.target.nodeValue || "");
      if (vietnamese !== null && mutation.target.parentElement
          && mutation.target.parentElement.closest(".fjs-container, .fjs-form")) {
        mutation.target.nodeValue = vietnamese;
      }
      return;
    }
    mutation.addedNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        translateTree(node.parentElement && node.parentElement.closest(".fjs-container, .fjs-form"));
      } else {
        translateTree(node.closest ? (node.closest(".fjs-container, .fjs-form") || node) : node);
      }
    });
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
