// Planflow: two links in the header every webapp shares (Tasklist, Cockpit, Admin, the welcome
// page), loaded by each app's config.js (customScripts); it adds no plugin of its own.
// - For everyone, "Kế hoạch chủ trì": the plans the official's agency leads, with who has answered
//   and who is late (/tai-lieu/).
// - For administrators, "Quản trị kế hoạch": Planflow's own pages (/quan-tri/…), which link back.
// - For administrators and the province's leaders, "Bảng điều khiển": the plans' dashboard
//   (/quan-tri/bang-dieu-khien), shown once its /quyen-xem answers 204 to this session.
// - For everyone, "Cá nhân": their own settings (mail or daily digest, absences and stand-ins, /ca-nhan/).
// - For everyone, the other language: "English" or "Tiếng Việt", remembered in this browser
//   (planflow/settings.js reads it when the app starts).

import {LANGUAGE_KEY, shownLanguage} from "./settings.js";

let admin = null;
let dashboardReader = null;

function mayReadDashboard(then) {
  if (dashboardReader !== null) {
    return dashboardReader;
  }
  dashboardReader = false;
  fetch("/quan-tri/bang-dieu-khien/quyen-xem", {credentials: "same-origin"})
    .then((response) => {
      dashboardReader = response.status === 204;
      then();
    })
    .catch(() => { dashboardReader = false; });
  return false;
}

function isAdmin(then) {
  if (admin !== null) {
    return admin;
  }
  admin = false;
  fetch("/camunda/api/admin/auth/user/default", {credentials: "same-origin"})
    .then((response) => response.ok ? response.json() : {})
    .then((user) => {
      admin = (user.authorizedApps || []).includes("admin");
      then();
    })
    .catch(() => { admin = false; });
  return false;
}

function item(className, href, text, onClick) {
  const li = document.createElement("li");
  li.className = className;
  const link = document.createElement("a");
  link.href = href;
  link.textContent = text;
  if (onClick) {
    link.addEventListener("click", onClick);
  }
  li.appendChild(link);
  return li;
}

function addLinks() {
  const menu = document.querySelector("nav.cam-nav.app-menu > ul");
  if (!menu) {
    return;
  }
  const account = menu.querySelector(":scope > li.account");
  if (!account) {
    return; // not signed in (the login page): the language link only once signed in is enough
  }
  if (!menu.querySelector(":scope > li.planflow-language")) {
    const other = shownLanguage() === "vi" ? "en" : "vi";
    menu.insertBefore(item("planflow-language", "#", other === "en" ? "English" : "Tiếng Việt", (event) => {
      event.preventDefault();
      try {
        window.localStorage.setItem(LANGUAGE_KEY, other);
      } catch (e) {
        return;
      }
      window.location.reload();
    }), account);
  }
  if (!menu.querySelector(":scope > li.planflow-personal")) {
    menu.insertBefore(item("planflow-personal", "/ca-nhan/thong-bao", "Cá nhân"),
      menu.querySelector(":scope > li.planflow-language"));
  }
  if (!menu.querySelector(":scope > li.planflow-lead-plans")) {
    menu.insertBefore(item("planflow-lead-plans", "/tai-lieu/", "Kế hoạch chủ trì"),
      menu.querySelector(":scope > li.planflow-personal"));
  }
  if (!menu.querySelector(":scope > li.planflow-dashboard-link") && mayReadDashboard(addLinks)) {
    menu.insertBefore(item("planflow-dashboard-link", "/quan-tri/bang-dieu-khien", "Bảng điều khiển"),
      menu.querySelector(":scope > li.planflow-lead-plans"));
  }
  if (!menu.querySelector(":scope > li.planflow-admin-link") && isAdmin(addLinks)) {
    menu.insertBefore(item("planflow-admin-link", "/quan-tri/ke-hoach", "Quản trị kế hoạch"),
      menu.querySelector(":scope > li.planflow-lead-plans"));
  }
}

new MutationObserver(addLinks).observe(document.documentElement, {childList: true, subtree: true});

export default [];
